"""Which accounts to poll now: fresh mail for active mailboxes within the minute, and
less often for the quiet ones.

Every `poll_interval` (a minute) the scheduler asks `due_account_ids`; each account it
names gets an incremental sync (`history.list` from the stored history id: 6 units when
nothing changed, so a minute's poll costs an account next to nothing). An account is
polled every minute while it is active — new mail read in the last `ACTIVE_FOR` (a
sign-in's full sync counts) — and then less often the longer it has been quiet:
every twelfth of its quiet time, so after an hour every 5 minutes, never less often than
`longest` (the sync interval). A new interview mail in an active mailbox is thus read,
advised and labelled within a minute plus the sync's own second or two; the popup's
list follows at once (its cache is keyed by the stored rows' version).

With Gmail push notifications (`worker.watching`), an account whose watch is live is
synced when Gmail says it changed, so polling is only the fallback: it is polled at the
quiet interval (`longest`) whatever its activity. One whose watch lapsed is polled as
above until the watch is renewed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gmail.watch import watch_live
from storage.models import GmailAccount, SyncState, ThreadRecord

ACTIVE_FOR = timedelta(minutes=12)
BACK_OFF_SHARE = 12  # a quiet account is polled every twelfth of its quiet time


def poll_interval(quiet_for: timedelta, shortest: float, longest: float) -> float:
    """Seconds between polls of an account whose last change was `quiet_for` ago."""
    if quiet_for <= ACTIVE_FOR:
        return shortest
    return max(shortest, min(longest, quiet_for.total_seconds() / BACK_OFF_SHARE))


def due_account_ids(
    session: Session, now: datetime, longest: float, shortest: float = 60.0
) -> list[int]:
    """Accounts whose sign-in works and whose next poll has come (half a poll early at
    most, so a sync not queued by a poll — a push, a person's request — a moment before
    a tick does not make that tick's poll twice the sync's).

    An account's last poll is the tick that queued its last incremental sync
    (`SyncState.last_polled_at`), not when that sync began: a sync that waited in the
    queue, behind others or on a loaded machine, is still that tick's poll, and the next
    tick finds the account due. `now`: this poll's tick."""
    last_read = (
        select(ThreadRecord.account_id, func.max(ThreadRecord.synced_at).label("read_at"))
        .group_by(ThreadRecord.account_id)
        .subquery()
    )
    rows = session.execute(
        select(
            GmailAccount.id,
            SyncState.last_full_sync_at,
            SyncState.last_incremental_sync_at,
            SyncState.last_polled_at,
            SyncState.watch_expires_at,
            last_read.c.read_at,
        )
        .outerjoin(SyncState, SyncState.account_id == GmailAccount.id)
        .outerjoin(last_read, last_read.c.account_id == GmailAccount.id)
        .where(GmailAccount.needs_reauth.is_(False))
        .where(GmailAccount.refresh_token_ciphertext.is_not(None))
        .order_by(GmailAccount.id)
    ).all()
    due = []
    for account_id, full_at, incremental_at, polled_at, watch_expires_at, read_at in rows:
        # Not `incremental_at` beside `polled_at`: it is later by the time the sync waited.
        last_poll = polled_at if polled_at is not None else incremental_at
        polled = [moment for moment in (full_at, last_poll) if moment is not None]
        if not polled:
            due.append(account_id)  # never synced: its first sync is due
            continue
        changed = max(moment for moment in (full_at, read_at) if moment is not None)
        if watch_live(watch_expires_at, now):
            interval = longest  # Gmail pushes its changes; this poll is the fallback
        else:
            interval = poll_interval(now - changed, shortest, longest)
        if (now - max(polled)).total_seconds() >= interval - shortest / 2:
            due.append(account_id)
    return due
