"""Gmail's rules for a mailbox watch (`users.watch`), which the worker (renewing it) and the
server (believing a push) both apply.

Gmail pushes a mailbox's changes for 7 days after `watch` and recommends calling it again
once a day (https://developers.google.com/workspace/gmail/api/guides/push, "Renewing
mailbox watch").
"""

from __future__ import annotations

from datetime import datetime, timedelta

WATCH_LIFETIME = timedelta(days=7)
RENEW_AFTER = timedelta(days=1)


def renewal_due_before(now: datetime) -> datetime:
    """A watch expiring before this was set (or renewed) more than a day ago."""
    return now + WATCH_LIFETIME - RENEW_AFTER


def watch_live(expires_at: datetime | None, now: datetime) -> bool:
    return expires_at is not None and expires_at > now
