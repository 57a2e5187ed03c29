"""Logs that never carry a secret: tokens, OAuth codes and client secrets are redacted
from every record of the loggers that can see them, and libraries that log token
responses at DEBUG are held at WARNING."""

from __future__ import annotations

import logging
import re

# The one logger of the server's own modules (also Flask's `app.logger`: the app is named
# after the package). A filter applies to the records of the logger it is attached to,
# not to its children's, so the modules share this one.
log = logging.getLogger("server")

_SECRET_PATTERNS = [
    # Our API tokens, Google access and refresh tokens, wherever they appear.
    (re.compile(r"afv_[A-Za-z0-9_\-]+"), "afv_[redacted]"),
    (re.compile(r"ya29\.[A-Za-z0-9_\-.]+"), "ya29.[redacted]"),
    (re.compile(r"1//[A-Za-z0-9_\-]+"), "1//[redacted]"),
    # OAuth parameters in query strings and form bodies (the callback URL has the code).
    (
        re.compile(
            r"(?i)\b(code|state|token|access_token|refresh_token|id_token|client_secret"
            r"|code_verifier)=([^&\s\"']+)"
        ),
        r"\1=[redacted]",
    ),
    (re.compile(r"(?i)(bearer\s+)[^\s\"',]+"), r"\1[redacted]"),
]

# Libraries that log request bodies and tokens at DEBUG (requests-oauthlib logs the token
# response and the client secret): never below WARNING, whatever the root level.
CHATTY_ABOUT_SECRETS = ("requests_oauthlib", "oauthlib")
# Loggers whose records can contain URLs or headers: access logs, our own, the dev server.
REDACTED_LOGGERS = ("server", "werkzeug", "gunicorn.access", "gunicorn.error", "flask-limiter")


def redact(text: str) -> str:
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretRedactor(logging.Filter):
    """Rewrites a record's message with tokens, codes and secrets replaced."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_REDACTOR = SecretRedactor()


def install_log_redaction() -> None:
    for name in CHATTY_ABOUT_SECRETS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
    for name in REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)
