"""Gmail push notifications, the worker's side: each account's `users.watch`, renewed
daily, and what its answer leaves in the database.

Gmail pushes a mailbox's changes to the Pub/Sub topic for 7 days after `watch` and
recommends calling it again once a day
(https://developers.google.com/workspace/gmail/api/guides/push, "Renewing mailbox
watch"): the scheduler's tick (`worker.jobs.enqueue_watch_renewals`) queues a
`watch-<account>` job for every account whose watch is missing or a day old, so each is
renewed daily and a new account is watched within a tick of signing in. `watch` costs 100
quota units (gmail/quota.py); calling it again is harmless, so the job is safe to retry.
While a watch is live, polling falls back to the quiet interval (`worker.polling`);
a watch that lapsed (the worker down for a week, a failing renewal) is polled as before.
Gmail's rules for a watch's life are `gmail.watch`, which the server applies too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import SyncState


def record_watch(session: Session, account_id: int, answer: dict[str, Any]) -> SyncState:
    """Keep `users.watch`'s answer: the history id it started from and its expiry."""
    state = session.get(SyncState, account_id)
    if state is None:
        state = SyncState(account_id=account_id)
        session.add(state)
    state.watch_history_id = str(answer["historyId"])
    state.watch_expires_at = datetime.fromtimestamp(int(answer["expiration"]) / 1000, UTC)
    return state
