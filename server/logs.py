"""The server's logger, and its records kept free of secrets.

Redaction itself (the patterns, the JSON and text formats) is `afterview_config.logs`,
shared with the worker and the scheduler. Here: the loggers that can see a token in a
URL or a header get its filter, whatever handler ends up writing them (gunicorn's, the
development server's, a test's), and each line in a request carries the request's id
and, once authenticated, the user's id.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

from flask import Flask, Response, g, has_request_context, request

from afterview_config.logs import REDACTOR, add_context_provider, hold_chatty_libraries

# The one logger of the server's own modules (also Flask's `app.logger`: the app is named
# after the package). A filter applies to the records of the logger it is attached to,
# not to its children's, so the modules share this one.
log = logging.getLogger("server")

# Loggers whose records can contain URLs or headers: access logs, our own, the dev server.
REDACTED_LOGGERS = ("server", "werkzeug", "gunicorn.access", "gunicorn.error", "flask-limiter")

REQUEST_ID_HEADER = "X-Request-ID"
# An id a proxy in front gave the request (Caddy, a load balancer) is kept if it looks
# like one; anything else is replaced, so a client cannot write into the logs.
_GIVEN_ID = re.compile(r"[A-Za-z0-9._\-]{8,64}")


def install_log_redaction() -> None:
    hold_chatty_libraries()
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if REDACTOR not in logger.filters:
            logger.addFilter(REDACTOR)


def request_fields() -> dict[str, Any]:
    """The current request's id and user (set by `server.auth`), for every log line."""
    if not has_request_context():
        return {}
    return {"request_id": g.get("request_id"), "user_id": g.get("user_id")}


def init_app(app: Flask) -> None:
    install_log_redaction()
    add_context_provider(request_fields)

    @app.before_request
    def _name_the_request() -> None:
        given = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = given if _GIVEN_ID.fullmatch(given) else uuid.uuid4().hex

    @app.after_request
    def _tell_the_request_id(response: Response) -> Response:
        if "request_id" in g:
            response.headers[REQUEST_ID_HEADER] = g.request_id
        return response
