"""Which accounts the scheduler polls: active ones every minute, quiet ones backing off."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage.models import SyncState
from tests.storage_builders import NOW, a_thread, a_user, an_account
from worker.polling import due_account_ids, poll_interval
from worker.sync import polled_moment

MINUTE = 60.0
LONGEST = 300.0


@pytest.mark.parametrize(
    ("quiet", "interval"),
    [
        (timedelta(minutes=2), MINUTE),  # active: every minute
        (timedelta(minutes=12), MINUTE),
        (timedelta(minutes=36), 3 * MINUTE),  # a twelfth of the quiet time
        (timedelta(hours=1), 5 * MINUTE),
        (timedelta(days=3), LONGEST),  # never less often than the sync interval
    ],
)
def test_quiet_accounts_are_polled_less_often_the_longer_they_are_quiet(quiet, interval):
    assert poll_interval(quiet, MINUTE, LONGEST) == interval


def an_account_synced(session, *, polled_ago, changed_ago=None, needs_reauth=False):
    account = an_account(session, a_user(session))
    account.sync_state.last_full_sync_at = NOW - timedelta(days=5)
    account.sync_state.last_incremental_sync_at = NOW - polled_ago
    account.needs_reauth = needs_reauth
    if changed_ago is not None:
        a_thread(session, account, synced_at=NOW - changed_ago)
    session.flush()
    return account.id


def test_active_accounts_are_due_every_minute_and_quiet_ones_only_when_their_turn_comes(db):
    with db.session() as session:
        never = an_account(session, a_user(session)).id
        active = an_account_synced(
            session, polled_ago=timedelta(seconds=58), changed_ago=timedelta(minutes=3)
        )
        active_just_polled = an_account_synced(
            session, polled_ago=timedelta(seconds=20), changed_ago=timedelta(minutes=3)
        )
        quiet_waiting = an_account_synced(session, polled_ago=timedelta(minutes=2))
        quiet_due = an_account_synced(session, polled_ago=timedelta(minutes=5))
        signed_out = an_account_synced(session, polled_ago=timedelta(minutes=9), needs_reauth=True)
        due = due_account_ids(session, NOW, longest=LONGEST, shortest=MINUTE)

    assert never in due and active in due and quiet_due in due
    assert active_just_polled not in due and quiet_waiting not in due
    assert signed_out not in due


def test_a_full_sync_just_done_counts_as_activity(db):
    with db.session() as session:
        account = an_account(session, a_user(session))
        account.sync_state.last_full_sync_at = NOW - timedelta(minutes=1)
        session.flush()
        assert due_account_ids(session, NOW, longest=LONGEST, shortest=MINUTE) == [account.id]
        account.sync_state.last_incremental_sync_at = NOW - timedelta(seconds=10)
        session.flush()
        assert due_account_ids(session, NOW, longest=LONGEST, shortest=MINUTE) == []


def test_an_account_with_a_live_watch_is_polled_only_at_the_quiet_interval(db):
    with db.session() as session:
        watched = an_account_synced(
            session, polled_ago=timedelta(minutes=2), changed_ago=timedelta(minutes=3)
        )
        lapsed = an_account_synced(
            session, polled_ago=timedelta(minutes=2), changed_ago=timedelta(minutes=3)
        )
        watched_due = an_account_synced(
            session, polled_ago=timedelta(minutes=5), changed_ago=timedelta(minutes=3)
        )
        for account_id, expires in (
            (watched, NOW + timedelta(days=6)),
            (lapsed, NOW - timedelta(minutes=1)),  # Gmail stopped pushing: poll as before
            (watched_due, NOW + timedelta(days=6)),
        ):
            session.get(SyncState, account_id).watch_expires_at = expires
        session.flush()
        due = due_account_ids(session, NOW, longest=LONGEST, shortest=MINUTE)

    assert watched not in due  # active, yet Gmail pushes its changes
    assert lapsed in due and watched_due in due


def test_an_account_counts_as_polled_at_the_tick_that_queued_its_sync(db):
    """Its sync began 40 s after the tick (it waited in the queue): still due a minute
    after the tick, where the sync's start alone would put it off a whole minute."""
    with db.session() as session:
        waited = an_account_synced(
            session, polled_ago=timedelta(seconds=20), changed_ago=timedelta(minutes=3)
        )
        session.get(SyncState, waited).last_polled_at = NOW - timedelta(minutes=1)
        unrecorded = an_account_synced(  # synced before ticks were recorded
            session, polled_ago=timedelta(seconds=20), changed_ago=timedelta(minutes=3)
        )
        session.flush()
        due = due_account_ids(session, NOW, longest=LONGEST, shortest=MINUTE)

    assert waited in due and unrecorded not in due


@pytest.mark.parametrize(
    ("previous", "tick", "polled"),
    [
        (None, None, NOW),  # no poll queued it: when it began
        (None, NOW - timedelta(seconds=40), NOW - timedelta(seconds=40)),  # its tick
        (None, NOW + timedelta(seconds=1), NOW),  # a tick ahead of the sync's clock
        # A retry of an older poll's sync after a later one: the cadence does not go back.
        (NOW - timedelta(seconds=10), NOW - timedelta(seconds=70), NOW - timedelta(seconds=10)),
    ],
)
def test_the_polled_moment_is_the_tick_never_later_than_the_sync_nor_going_back(
    previous, tick, polled
):
    assert polled_moment(previous, NOW, tick) == polled
