"""Every process's logs: one handler on the root logger, in JSON or text
(`AFTERVIEW_LOG_FORMAT`), never carrying a secret.

JSON is one object per line: `time` (UTC, ISO 8601), `level`, `logger`, `message`, the
traceback as `exception` when there is one, and the ids of what the line is about,
given by the process's context providers: `job_id` and `account_id` (or `user_id`,
`draft_request_id`) inside a job (`worker.logcontext`), `request_id` and `user_id` inside
a request (`server.logcontext`). Log aggregators (Loki, CloudWatch, Stackdriver) index
the fields without a parsing rule.

Secrets: tokens, OAuth codes and client secrets are redacted from the whole line,
traceback included, whatever logger wrote it, and libraries that log token responses at
DEBUG are held at WARNING. Message bodies are never logged: no code passes them to a log
call (the log tests plant one and look).

Shared by the API, the worker and the scheduler, so it lives here, beside the settings,
rather than in one of them.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

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

JSON, TEXT = "json", "text"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

# What a line is about, for the code running now: fields bound by `bound`, and the
# providers a process registers (the current RQ job, the current request).
ContextProvider = Callable[[], Mapping[str, Any]]
_bound: ContextVar[Mapping[str, Any] | None] = ContextVar("afterview_log_context", default=None)
_providers: list[ContextProvider] = []


def redact(text: str) -> str:
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretRedactor(logging.Filter):
    """Rewrites a record's message with tokens, codes and secrets replaced (for handlers
    whose formatter is not ours: gunicorn's, Flask's development server's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


REDACTOR = SecretRedactor()


def add_context_provider(provider: ContextProvider) -> None:
    """Fields for every line logged while `provider` has something to say (once each)."""
    if provider not in _providers:
        _providers.append(provider)


@contextmanager
def bound(**fields: Any) -> Iterator[None]:
    """Fields added to every line logged inside the block (this thread or task only)."""
    token = _bound.set({**(_bound.get() or {}), **fields})
    try:
        yield
    finally:
        _bound.reset(token)


def context() -> dict[str, Any]:
    """The ids of what is running now: the providers', then the bound fields."""
    fields: dict[str, Any] = {}
    for provider in _providers:
        try:
            fields.update(provider())
        except Exception:  # a log line is never lost to its context
            continue
    fields.update(_bound.get() or {})
    return {key: value for key, value in fields.items() if value is not None}


class JsonFormatter(logging.Formatter):
    """One JSON object per line, secrets redacted from every string in it."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        for key, value in context().items():
            entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """For people: `time LEVEL logger message [job_id=... account_id=...]`, redacted."""

    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = context()
        if fields:
            first, newline, rest = line.partition("\n")
            ids = " ".join(f"{key}={value}" for key, value in fields.items())
            line = f"{first} [{ids}]{newline}{rest}"
        return redact(line)


def formatter(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == JSON else TextFormatter()


def hold_chatty_libraries() -> None:
    for name in CHATTY_ABOUT_SECRETS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def configure(
    level: str | int,
    log_format: str = TEXT,
    *,
    providers: tuple[ContextProvider, ...] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """The process's one log handler, on the root logger (replacing any), at `level`.

    RQ and Flask add handlers of their own only when none would catch their records, so
    theirs go through this one too."""
    for provider in providers:
        add_context_provider(provider)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter(log_format))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    hold_chatty_libraries()
    return handler
