"""CORS for the extension only, secure response headers, proxy awareness, bodies within
their limit, and logs that never carry a secret."""

from __future__ import annotations

import io

from flask import Flask, Response, request
from flask_cors import CORS
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

API_METHODS = ["GET", "POST", "PUT", "DELETE"]

_SECURE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "Cross-Origin-Opener-Policy": "same-origin",
}


def extension_origins(extension_ids: list[str]) -> list[str]:
    return [f"chrome-extension://{extension_id}" for extension_id in extension_ids]


def init_app(app: Flask) -> None:
    # Only the configured extensions, only on /api; no cookies (the API uses bearer tokens).
    CORS(
        app,
        resources={r"/api/*": {"origins": extension_origins(app.config["EXTENSION_IDS"])}},
        methods=API_METHODS,
        allow_headers=["Authorization", "Content-Type"],
        expose_headers=["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"],
        supports_credentials=False,
        max_age=600,
    )
    app.before_request(_read_streamed_body_within_limit)
    app.after_request(_secure_headers)
    trusted = int(app.config["PROXY_FIX_X_FOR"] or 0)
    if trusted:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=trusted, x_proto=trusted, x_host=trusted
        )


def _read_streamed_body_within_limit() -> None:
    """A body without Content-Length (`Transfer-Encoding: chunked`) is read here, whole or
    refused with 413: Werkzeug stops such a stream at MAX_CONTENT_LENGTH and hands the
    prefix over as if it were the body. Within the limit, the request goes on with the
    bytes read and their length, as if it had been sent with a Content-Length."""
    environ = request.environ
    limit = request.max_content_length
    if limit is None or "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
        return
    if "wsgi.input_terminated" not in environ:
        return  # the server does not end the stream: Werkzeug reads no body at all
    stream, chunks, size = environ["wsgi.input"], [], 0
    while size <= limit:
        chunk = stream.read(limit + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise RequestEntityTooLarge()
    environ["wsgi.input"] = io.BytesIO(b"".join(chunks))
    environ["CONTENT_LENGTH"] = str(size)
    del environ["HTTP_TRANSFER_ENCODING"]
    for cached in ("stream", "content_length"):  # in case a hook before this one read them
        request.__dict__.pop(cached, None)


def _secure_headers(response: Response) -> Response:
    for name, value in _SECURE_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Cache-Control", "no-store")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response
