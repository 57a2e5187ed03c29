"""The multipart batch endpoint (`/batch/gmail/v1` and `/batch`), as Google answers it and
as `googleapiclient.http.BatchHttpRequest` writes and reads it.

Each `application/http` part is replayed through the app as a request of its own (so it
is authenticated, charged quota and exposed to faults like any call) and answered in a
part whose Content-ID is `<response-` + the request part's id + `>`. One part failing
never fails the others. Headers of the outer request apply to every part unless the part
sets them itself (Content-* excepted), as Google documents.
"""

from __future__ import annotations

import secrets
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, request
from werkzeug.test import EnvironBuilder, run_wsgi_app

from gmail_sandbox.api.gateway import BATCH_PART, json_response
from gmail_sandbox.errors import GoogleError, bad_request, invalid_argument

blueprint = Blueprint("batch", __name__)
MAX_PARTS = 100


def _part_request(part: Message) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """(method, target, headers, body) of one application/http part."""
    payload = part.get_payload(decode=True) or b""
    request_line, _, rest = payload.lstrip(b"\r\n").partition(b"\n")
    fields = request_line.decode("latin-1").strip().split()
    if len(fields) < 2:
        raise invalid_argument("A batch part does not start with an HTTP request line")
    head_end = [i for i in (rest.find(b"\r\n\r\n"), rest.find(b"\n\n")) if i >= 0]
    if head_end:
        cut = min(head_end)
        separator = 4 if rest[cut : cut + 4] == b"\r\n\r\n" else 2
        head, body = rest[:cut], rest[cut + separator :]
    elif rest.strip():
        head, body = rest, b""
    else:
        head, body = b"", b""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(head + b"\r\n\r\n").items()
    return fields[0].upper(), fields[1], headers, body


def _replay(
    method: str, target: str, headers: list[tuple[str, str]], body: bytes
) -> tuple[str, list[tuple[str, str]], bytes]:
    split = urlsplit(target)
    if split.path.startswith("/batch"):
        raise invalid_argument("A batch part cannot itself be a batch")
    merged = {
        name.lower(): (name, value)
        for name, value in request.headers.items()
        if not name.lower().startswith("content-") and name.lower() not in ("host",)
    }
    for name, value in headers:
        if name.lower() not in ("content-length", "host"):
            merged[name.lower()] = (name, value)
    builder = EnvironBuilder(
        path=split.path or "/",
        method=method,
        query_string=split.query,
        headers=list(merged.values()),
        data=body,
        base_url=request.host_url,
        environ_overrides={BATCH_PART: True, "REMOTE_ADDR": request.remote_addr or ""},
    )
    try:
        environ = builder.get_environ()
    finally:
        builder.close()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    app_iter, status, response_headers = run_wsgi_app(app.wsgi_app, environ, buffered=True)
    try:
        content = b"".join(app_iter)
    finally:
        if hasattr(app_iter, "close"):
            app_iter.close()
    return status, list(response_headers.items()), content


def _error_part(error: GoogleError) -> tuple[str, list[tuple[str, str]], bytes]:
    response = json_response(error.body(), error.code, error.headers)
    return (
        f"{error.code} {response.status.split(' ', 1)[1]}",
        list(response.headers.items()),
        (response.get_data()),
    )


def _answer_part(content_id: str, status: str, headers: list[tuple[str, str]], body: bytes):
    lines = [
        "Content-Type: application/http",
        f"Content-ID: <response-{content_id}>",
        "",
        f"HTTP/1.1 {status}",
    ]
    has_type = False
    for name, value in headers:
        if name.lower() == "content-length":
            continue
        has_type = has_type or name.lower() == "content-type"
        lines.append(f"{name}: {value}")
    if not has_type:  # the client needs a header block before the blank line
        lines.append("Content-Type: application/json; charset=UTF-8")
    lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body


@blueprint.route("/batch", methods=["POST"])
@blueprint.route("/batch/gmail/v1", methods=["POST"])
def batch():
    content_type = request.headers.get("Content-Type", "")
    if not content_type.lower().startswith("multipart/mixed") or "boundary" not in content_type:
        raise bad_request("A batch request must be multipart/mixed with a boundary")
    envelope = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n"
    message = BytesParser(policy=policy.compat32).parsebytes(envelope + request.get_data())
    parts = message.get_payload() if message.is_multipart() else []
    if not parts:
        raise bad_request("A batch request must contain at least one part")
    if len(parts) > MAX_PARTS:
        raise bad_request(f"Too many requests in batch: {len(parts)} (at most {MAX_PARTS})")
    boundary = "batch_" + secrets.token_urlsafe(18)
    chunks: list[bytes] = []
    for index, part in enumerate(parts):
        content_id = (part.get("Content-ID") or f"<{index}>").strip()
        content_id = content_id[1:-1] if content_id.startswith("<") else content_id
        try:
            status, headers, body = _replay(*_part_request(part))
        except GoogleError as error:
            status, headers, body = _error_part(error)
        chunks.append(
            f"--{boundary}\r\n".encode() + _answer_part(content_id, status, headers, body)
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return Response(
        b"\r\n".join(chunks), status=200, content_type=f"multipart/mixed; boundary={boundary}"
    )
