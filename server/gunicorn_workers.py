"""Gunicorn workers whose own error answers are JSON of the API's one error shape.

Gunicorn refuses a request line too long (414) or headers too many or too large (431)
before the app sees the request, and writes an HTML page for it. These workers (the sync
one and gthread, as `afterview serve` picks) write `{"error": {"code", "message"}}`
instead; every other error goes to gunicorn's own handling.
"""

from __future__ import annotations

import json
from typing import Any

from gunicorn import util
from gunicorn.glogging import Logger
from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
from gunicorn.workers.gthread import ThreadWorker
from gunicorn.workers.sync import SyncWorker

import afterview_config
from afterview_config import logs
from server.errors import CODES

# exception -> (status, reason phrase, message)
_LIMITS: tuple[tuple[type[Exception], int, str, str], ...] = (
    (LimitRequestLine, 414, "URI Too Long", "the request line (method and URL) is too long"),
    (
        LimitRequestHeaders,
        431,
        "Request Header Fields Too Large",
        "the request has too many headers, or one too large",
    ),
)


def json_error(status: int, reason: str, message: str) -> bytes:
    """A whole HTTP/1.1 answer carrying the API's error body; the connection closes."""
    body = json.dumps({"error": {"code": CODES[status], "message": message}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        "Cache-Control: no-store\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class JsonLimitErrors:
    """Mixed into a gunicorn worker class, before it."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        for error, status, reason, message in _LIMITS:
            if isinstance(exc, error):
                self.log.warning(  # type: ignore[attr-defined]
                    "Invalid request from ip=%s: %s", (addr or ("",))[0], exc
                )
                try:
                    util.write_nonblock(client, json_error(status, reason, message))
                except Exception:
                    self.log.debug("Failed to send error message.")  # type: ignore[attr-defined]
                return
        super().handle_error(req, client, addr, exc)  # type: ignore[misc]


class JsonErrorsSyncWorker(JsonLimitErrors, SyncWorker):
    pass


class JsonErrorsThreadWorker(JsonLimitErrors, ThreadWorker):
    pass


class AfterviewLogger(Logger):
    """Gunicorn's own lines (start-up, errors, the access log) in the process's format
    (`AFTERVIEW_LOG_FORMAT`), secrets redacted, like every other line of the API."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        log_format = afterview_config.read().get("LOG_FORMAT") or logs.TEXT
        for logger in (self.error_log, self.access_log):
            logger.addFilter(logs.REDACTOR)
            if log_format == logs.JSON:
                for handler in logger.handlers:
                    handler.setFormatter(logs.JsonFormatter())
