"""What to do about a failed Gmail call: retry it, report it missing, or give up.

One retry policy for every call the worker makes, batched or not (the client library's
own ``num_retries`` is never used), so there is a single place that decides how long to
back off and which failures are worth another attempt.
"""

from __future__ import annotations

import email.utils
import enum
import http.client
import json
import random
import re
import time
from dataclasses import dataclass
from datetime import datetime

import httplib2
from google.auth.exceptions import TransportError
from googleapiclient.errors import BatchError, HttpError

# 403 reasons that mean "slow down", not "forbidden".
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Errors raised while talking to the server rather than answered by it.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # ConnectionError (reset, refused, dropped), TimeoutError
    http.client.HTTPException,  # IncompleteRead, a half-written status line
    httplib2.HttpLib2Error,
    TransportError,  # google-auth's wrapper, raised while reaching the token endpoint
)

# Gmail states the moment to come back in its 429 message: "Retry after 2024-05-01T...Z".
_RETRY_AFTER_IN_MESSAGE = re.compile(r"Retry after (\d{4}-\d\d-\d\dT[0-9:.]+Z)")


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, never shorter than the server asks.

    Attempt n (counting the first as 1) is followed by a pause drawn uniformly from
    ``[0, min(max_delay, base_delay * 2**(n-1))]``, raised to the server's Retry-After
    (capped at ``max_retry_after``) when it gives one.
    """

    max_attempts: int = 8
    base_delay: float = 1.0
    max_delay: float = 32.0
    max_retry_after: float = 300.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must not be negative")

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to pause after failed attempt number ``attempt`` (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        pause = rng.uniform(0, ceiling)
        if retry_after is not None:
            pause = max(pause, min(retry_after, self.max_retry_after))
        return pause


class FailureKind(enum.Enum):
    RETRY = "retry"  # transient: rate limits, server errors, dropped connections
    MISSING = "missing"  # 404: the thing is not there (deleted, never existed)
    UNAUTHORIZED = "unauthorized"  # 401 the library's own token refresh did not cure
    FATAL = "fatal"  # any other 4xx: our request is wrong; repeating it will not help


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    status: int | None
    reason: str
    message: str
    retry_after: float | None = None
    # False only when the server certainly did not act on the request (it refused it for
    # quota or auth, or no connection was made): a non-idempotent call may then be resent.
    maybe_processed: bool = True
    # Gmail refused it for rate (429, or 403 rateLimitExceeded): the limiter let it go
    # into a window Gmail counted as full (`Limiter.rate_refused`).
    rate_limited: bool = False

    def describe(self) -> str:
        status = f"HTTP {self.status}" if self.status is not None else "no response"
        detail = f"{self.reason}: {self.message}" if self.message else self.reason
        return f"{status} ({detail})" if detail else status


def classify_http_error(error: HttpError, now: float | None = None) -> Failure:
    """Sort an error the server answered with (or a batch envelope we could not read)."""
    if isinstance(error, BatchError):
        # The multipart answer was malformed: a proxy or a broken connection mangled it.
        return Failure(FailureKind.RETRY, None, "malformedBatchResponse", str(error.reason))
    status = error.resp.status
    reason, message = _error_reason_and_message(error.content)
    retry_after = parse_retry_after(error.resp.get("retry-after"), message, now)
    refused = rate_limited = False
    if status == 404:
        kind = FailureKind.MISSING
    elif status == 401:
        kind, refused = FailureKind.UNAUTHORIZED, True
    elif status == 429 or (status == 403 and reason in RATE_LIMIT_REASONS):
        kind, refused = FailureKind.RETRY, True
        rate_limited = True
    elif status in RETRYABLE_STATUSES or status >= 500:
        kind = FailureKind.RETRY
    else:
        kind = FailureKind.FATAL
    return Failure(
        kind,
        status,
        reason,
        message,
        retry_after,
        maybe_processed=not refused,
        rate_limited=rate_limited,
    )


def classify_transport_error(error: BaseException) -> Failure:
    """A request that got no usable answer: always worth retrying when idempotent."""
    never_connected = isinstance(error, ConnectionRefusedError | httplib2.ServerNotFoundError)
    return Failure(
        FailureKind.RETRY,
        None,
        type(error).__name__,
        str(error),
        maybe_processed=not never_connected,
    )


def parse_retry_after(
    header: str | None, message: str = "", now: float | None = None
) -> float | None:
    """Seconds the server asked us to wait: a Retry-After header (seconds or an HTTP
    date), else Gmail's "Retry after <timestamp>" in the error message."""
    now = time.time() if now is None else now
    if header:
        header = header.strip()
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - now)
    found = _RETRY_AFTER_IN_MESSAGE.search(message or "")
    if found:
        try:
            when = datetime.fromisoformat(found.group(1).replace("Z", "+00:00"))
        except ValueError:
            return None
        return max(0.0, when.timestamp() - now)
    return None


def _error_reason_and_message(content: bytes | str | None) -> tuple[str, str]:
    """Google's error body: {"error": {"errors": [{"reason": ...}], "message": ...}}."""
    if not content:
        return "", ""
    try:
        text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
        error = json.loads(text)["error"]
    except (ValueError, KeyError, TypeError):
        return "", ""
    if not isinstance(error, dict):
        return "", str(error)[:200]
    message = str(error.get("message", ""))[:500]
    errors = error.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str(errors[0].get("reason", "")), message
    return str(error.get("status", "")), message
