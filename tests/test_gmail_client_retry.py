"""The retry policy's decisions, on the client library's own error objects."""

from __future__ import annotations

import email.utils
import json
import random

import httplib2
import pytest
from googleapiclient.errors import BatchError, HttpError

from gmail.retry import (
    FailureKind,
    RetryPolicy,
    classify_http_error,
    classify_transport_error,
    parse_retry_after,
)

NOW = 1_700_000_000.0


def google_error(status: int, reason: str = "", message: str = "", **headers: str) -> HttpError:
    """An HttpError as the library raises it for an answer Google's way."""
    body = {"error": {"code": status, "message": message, "errors": [{"reason": reason}]}}
    response = httplib2.Response({"status": str(status), **headers})
    return HttpError(response, json.dumps(body).encode(), uri="http://sandbox/gmail/v1/x")


@pytest.mark.parametrize(
    ("status", "reason", "kind", "maybe_processed"),
    [
        (429, "rateLimitExceeded", FailureKind.RETRY, False),
        (403, "userRateLimitExceeded", FailureKind.RETRY, False),
        (403, "rateLimitExceeded", FailureKind.RETRY, False),
        (500, "backendError", FailureKind.RETRY, True),
        (503, "", FailureKind.RETRY, True),
        (404, "notFound", FailureKind.MISSING, True),
        (401, "authError", FailureKind.UNAUTHORIZED, False),
        (403, "forbidden", FailureKind.FATAL, True),
        (403, "insufficientPermissions", FailureKind.FATAL, True),
        (400, "invalidArgument", FailureKind.FATAL, True),
        (409, "duplicate", FailureKind.FATAL, True),
    ],
)
def test_each_answer_is_sorted_by_what_to_do(status, reason, kind, maybe_processed):
    failure = classify_http_error(google_error(status, reason, "why"))
    assert failure.kind is kind
    assert failure.status == status
    assert failure.reason == reason
    assert failure.maybe_processed is maybe_processed


def test_a_body_that_is_not_json_is_still_classified_by_status():
    error = HttpError(httplib2.Response({"status": "502"}), b"<html>Bad Gateway</html>")
    failure = classify_http_error(error)
    assert failure.kind is FailureKind.RETRY
    assert failure.describe() == "HTTP 502"


def test_a_mangled_batch_answer_is_worth_another_try():
    failure = classify_http_error(BatchError("Response not in multipart/mixed format."))
    assert failure.kind is FailureKind.RETRY
    assert failure.status is None


def test_connection_failures_are_retried_and_refusals_were_never_processed():
    dropped = classify_transport_error(ConnectionResetError(104, "Connection reset by peer"))
    refused = classify_transport_error(ConnectionRefusedError(111, "Connection refused"))
    assert dropped.kind is refused.kind is FailureKind.RETRY
    assert dropped.maybe_processed and not refused.maybe_processed


def test_retry_after_seconds_header_is_read():
    failure = classify_http_error(google_error(429, "rateLimitExceeded", **{"retry-after": "7"}))
    assert failure.retry_after == 7.0


def test_retry_after_http_date_header_is_read():
    header = email.utils.formatdate(NOW + 12, usegmt=True)
    assert parse_retry_after(header, now=NOW) == pytest.approx(12.0)


def test_gmail_retry_after_timestamp_in_the_message_is_read():
    message = "User-rate limit exceeded.  Retry after 2023-11-14T22:13:25.000Z"
    assert parse_retry_after(None, message, now=NOW) == pytest.approx(5.0)


@pytest.mark.parametrize("header", ["soon", "", "-3"])
def test_unreadable_or_negative_retry_after_never_means_a_negative_wait(header):
    wait = parse_retry_after(header, now=NOW)
    assert wait is None or wait >= 0


def test_backoff_grows_exponentially_with_full_jitter_up_to_the_cap():
    policy = RetryPolicy(max_attempts=10, base_delay=1.0, max_delay=8.0)
    rng = random.Random(3)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        pauses = [policy.delay(attempt, None, rng) for _ in range(400)]
        assert all(0 <= p <= ceiling for p in pauses)
        assert max(pauses) > 0.9 * ceiling  # the whole range is used, not just its top
        assert min(pauses) < 0.1 * ceiling


def test_backoff_never_undercuts_retry_after_but_caps_an_absurd_one():
    policy = RetryPolicy(base_delay=0.01, max_retry_after=60)
    rng = random.Random(1)
    assert policy.delay(1, 5.0, rng) >= 5.0
    assert policy.delay(1, 86_400.0, rng) == 60


def test_a_policy_without_attempts_is_refused():
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
