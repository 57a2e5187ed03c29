"""Errors the Gmail client raises, each naming what the caller should do next.

Messages name the method and the id involved, never a token: they end up in logs, job
results and the sync state the user sees.
"""

from __future__ import annotations


class GmailError(Exception):
    """Base of every error the Gmail client raises."""


class AuthRevoked(GmailError):
    """Google no longer accepts this account's grant: the user must sign in again.

    Raised when the refresh token is revoked, expired or invalid (``invalid_grant``), or
    when a freshly refreshed access token is still refused.
    """


class HistoryExpired(GmailError):
    """history.list answered 404: the start history id is too old; run a full sync."""

    def __init__(self, start_history_id: str) -> None:
        super().__init__(
            f"Gmail no longer keeps history from id {start_history_id}; a full sync is needed"
        )
        self.start_history_id = start_history_id


class GmailRequestFailed(GmailError):
    """Gmail refused a request for a reason retrying will not fix (a 4xx other than
    404 and rate limits). Fail the job fast; the message says which call and why."""

    def __init__(self, method_id: str, target: str, status: int | None, detail: str) -> None:
        super().__init__(f"{method_id} for {target} failed: {detail}")
        self.method_id = method_id
        self.target = target
        self.status = status


class GmailUnavailable(GmailError):
    """A transient failure outlasted every retry. Worth retrying the job later."""

    def __init__(self, method_id: str, target: str, attempts: int, detail: str) -> None:
        super().__init__(
            f"{method_id} for {target} still failing after {attempts} attempts: {detail}"
        )
        self.method_id = method_id
        self.target = target
        self.attempts = attempts


class OutcomeUnknown(GmailError):
    """A call that must not run twice (sending, creating a draft) failed in a way that
    leaves open whether Gmail acted on it. It is not retried: check before resending
    (for example search for the message's Message-ID)."""

    def __init__(self, method_id: str, target: str, detail: str) -> None:
        super().__init__(
            f"{method_id} for {target} may or may not have taken effect ({detail}); "
            "not retried, check before repeating it"
        )
        self.method_id = method_id
        self.target = target
