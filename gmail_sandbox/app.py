"""The Flask app factory: the Gmail API, batch, OAuth and (optionally) admin blueprints
over one `Sandbox`, with every error answered in Google's JSON shape."""

from __future__ import annotations

import socket
from collections.abc import Iterable
from typing import Any

from flask import Flask
from werkzeug.exceptions import HTTPException

from gmail_sandbox import admin as admin_endpoints
from gmail_sandbox import api, batch, oauth
from gmail_sandbox.api.gateway import DROP_CONNECTION, DroppedConnection, json_response
from gmail_sandbox.errors import GoogleError
from gmail_sandbox.sandbox import Sandbox

_REASONS = {404: "notFound", 405: "methodNotAllowed", 413: "badRequest"}


class _DropConnections:
    """WSGI middleware: a request marked by the fault injector is answered by closing the
    socket. werkzeug's server treats the ConnectionResetError as a client that went away."""

    def __init__(self, wsgi_app: Any) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ: dict, start_response: Any) -> Iterable[bytes]:
        result = self.wsgi_app(environ, start_response)
        if not environ.get(DROP_CONNECTION):
            return result
        if hasattr(result, "close"):
            result.close()
        connection = environ.get("werkzeug.socket")
        if connection is not None:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        raise ConnectionResetError("connection dropped by the sandbox's fault injector")


def _google_error(error: GoogleError):
    return json_response(error.body(), error.code, error.headers)


def _http_error(error: HTTPException):
    code = error.code or 500
    reason = _REASONS.get(code, "badRequest" if code < 500 else "backendError")
    message = error.description or error.name
    if code == 404:
        message = "Requested entity was not found."
    return _google_error(GoogleError(code, message, reason=reason))


def create_app(sandbox: Sandbox, *, admin: bool = False) -> Flask:
    """The sandbox's HTTP face. No I/O happens here; serve it with any WSGI server."""
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024 * 1024
    app.extensions["gmail_sandbox"] = sandbox
    app.register_blueprint(api.blueprint)
    app.register_blueprint(batch.blueprint)
    app.register_blueprint(oauth.blueprint)
    if admin:
        app.register_blueprint(admin_endpoints.blueprint)
    app.register_error_handler(GoogleError, _google_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(DroppedConnection, lambda _: json_response({}, 500))

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("sandbox bug while answering a request")
        return _google_error(GoogleError(500, "Backend Error", reason="backendError"))

    app.wsgi_app = _DropConnections(app.wsgi_app)  # type: ignore[method-assign]
    return app
