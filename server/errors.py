"""Every error is JSON of one shape, `{"error": {"code", "message"[, "field"]}}`: never an
HTML page, never a traceback."""

from __future__ import annotations

import redis
from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from server.logs import log

# HTTP status -> the stable `code` clients switch on.
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    431: "headers_too_large",
    500: "internal_error",
    502: "upstream_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error answered as JSON: `raise ApiError(404, "no such thread")`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.field = field
        self.headers = headers or {}


def error_response(
    status: int,
    code: str,
    message: str,
    field: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, str] = {"code": code, "message": message}
    if field is not None:
        body["field"] = field
    response = jsonify(error=body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _api_error(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message, error.field, error.headers)


_MESSAGES = {
    404: "no such resource",
    405: "this method is not allowed here",
    413: "the request body is too large",
    429: "too many requests; slow down and retry later",
}


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    message = _MESSAGES.get(status) or error.description or error.name
    if status == 429:
        message = f"{_MESSAGES[429]} (limit: {error.description})"
    headers = {
        name: value
        for name, value in error.get_headers()
        if name.lower() not in {"content-type", "content-length"}
    }
    return error_response(status, CODES.get(status, "error"), message, headers=headers)


def _unexpected(error: Exception) -> Response:
    # The type and the traceback, which name no secret; the request's data is not logged.
    log.error("unexpected %s while answering a request", type(error).__name__, exc_info=error)
    return error_response(500, "internal_error", "the server failed to answer; it has been logged")


# Redis down (jobs, sign-in state): a passing outage, not our bug. Clients retry after this.
REDIS_RETRY_AFTER_SECONDS = 30
REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


def _redis_down(error: Exception) -> Response:
    log.warning("redis unavailable while answering a request: %s", type(error).__name__)
    return error_response(
        503,
        "unavailable",
        "the job queue is unavailable for a moment; nothing was changed, try again shortly",
        headers={"Retry-After": str(REDIS_RETRY_AFTER_SECONDS)},
    )


def init_app(app: Flask) -> None:
    app.register_error_handler(ApiError, _api_error)
    for error in REDIS_DOWN:
        app.register_error_handler(error, _redis_down)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
