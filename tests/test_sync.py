"""Full and incremental sync against the sandbox Gmail, through the unmodified client, on
SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from afterview.model import Action
from storage.models import SyncState, SyncStatus, ThreadRecord
from tests.sync_helpers import (
    FIXED_NOW,
    admin,
    client_for,
    comparable,
    connect,
    deliver,
    differences,
    generated_sandbox,
    mailbox_state,
    recruiter_mail,
    reset_usage,
    settings_for,
    system_labels,
    usage,
)
from worker.labels import label_name
from worker.sync import Syncer, SyncProgress, changes_in_history

THREADS = 60


def syncer(running, db, account_id, **options):
    settings = settings_for(running, db)
    client = client_for(settings, db, account_id)
    return Syncer(db, client, account_id, now=lambda: FIXED_NOW, **options), client


def interview_records(db, account_id):
    with db.session() as session:
        return session.scalars(
            select(ThreadRecord).where(
                ThreadRecord.account_id == account_id, ThreadRecord.interview.is_(True)
            )
        ).all()


def test_full_sync_stores_advice_and_labels_each_interview_thread_once(db):
    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)
        untouched = system_labels(running)
        reset_usage(running)
        sync, client = syncer(running, db, account_id)

        report = sync.run()

        assert report.kind == "full" and not report.resumed
        assert report.threads_read == report.threads_listed > 0
        assert 0 < report.interview_threads < report.threads_read <= THREADS
        # Every unit the client counted is one the sandbox charged (no faults here).
        assert usage(running)["unitsSpent"] == sync.units_spent() == report.units
        assert usage(running)["calls"]["gmail.users.threads.get"] == report.threads_read
        records = interview_records(db, account_id)
        assert len(records) == report.interview_threads
        assert all(r.action is not Action.NONE and r.reason for r in records)
        assert all(r.gmail_message_ids and r.synced_at is not None for r in records)
        with db.session() as session:
            state = session.get(SyncState, account_id)
            assert state.status is SyncStatus.IDLE and state.last_error is None
            assert state.history_id is not None and state.last_full_sync_at is not None
            assert state.full_sync_started_at is None
            assert state.progress_done == state.progress_total == report.threads_listed
            assert state.quota_units_spent == report.units
        # Each interview thread carries exactly the label of its action, on every message.
        names = {label["id"]: label["name"] for label in mailbox_state(running)["labels"]}
        on_gmail: dict[str, set[str]] = {}
        for message in mailbox_state(running)["messages"]:
            ours = {names[i] for i in message.get("labelIds", []) if i in names}
            on_gmail.setdefault(message["threadId"], set()).update(
                name for name in ours if name.startswith("Afterview")
            )
        for record in records:
            assert on_gmail.get(record.gmail_thread_id) == {label_name(record.action.value)}
        labelled = {thread for thread, names_on in on_gmail.items() if names_on}
        assert labelled == {r.gmail_thread_id for r in records}
        # Nothing outside Afterview/ changed: system labels are as they were.
        assert system_labels(running) == untouched


def test_incremental_sync_reads_only_the_changed_threads(db):
    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)
        sync, _client = syncer(running, db, account_id)
        sync.run()
        waiting = next(r for r in interview_records(db, account_id) if r.action is Action.WAIT)
        before = mailbox_state(running)
        reply_to = next(m for m in before["messages"] if m["threadId"] == waiting.gmail_thread_id)
        reset_usage(running)
        deliver(
            running,
            recruiter_mail(
                "Re: " + waiting.subject,
                "Thanks again. Could you send me your availability for a final round?",
                In_Reply_To=reply_to["rfc822MessageId"],
            ),
            thread_id=waiting.gmail_thread_id,
        )
        deliver(
            running,
            recruiter_mail(
                "Interview invitation: Data Engineer at Northwind",
                "We would like to invite you to an interview. Are you available Thursday?",
            ),
        )
        deliver(running, recruiter_mail("Lunch?", "Pizza at noon?", sender="pal@friends.example"))

        report = sync.run()

        assert report.kind == "incremental"
        assert report.threads_read == 3
        calls = usage(running)["calls"]
        assert calls["gmail.users.threads.get"] == 3
        assert "gmail.users.messages.list" not in calls  # no search: history named them
        # O(k): three thread reads, three history views, the label list, a few modifies.
        assert usage(running)["unitsSpent"] <= 3 * 10 + 3 * 2 + 1 + 3 * 10
        with db.session() as session:
            replied = session.scalars(
                select(ThreadRecord).where(ThreadRecord.gmail_thread_id == waiting.gmail_thread_id)
            ).one()
            assert replied.action is Action.REPLY
            new = session.scalars(
                select(ThreadRecord).where(ThreadRecord.subject.contains("Northwind"))
            ).one()
            assert new.interview and new.action is Action.REPLY
            state = session.get(SyncState, account_id)
            assert state.history_id == mailbox_state(running)["historyId"] or int(
                state.history_id
            ) >= int(before["historyId"])
        # Nothing new: the next incremental reads nothing and changes nothing.
        reset_usage(running)
        again = sync.run()
        assert again.threads_read == 0
        assert set(usage(running)["calls"]) <= {
            "gmail.users.history.list",
            "gmail.users.labels.list",
        }


def test_expired_history_falls_back_to_a_full_sync(db):
    with generated_sandbox(30) as running:
        account_id = connect(running, db)
        sync, _client = syncer(running, db, account_id)
        first = sync.run()
        admin(running, "/mailboxes/me@example.com/history/expire", {})

        report = sync.run()

        assert report.kind == "full" and report.fell_back
        assert report.threads_read == first.threads_read
        with db.session() as session:
            state = session.get(SyncState, account_id)
            assert state.status is SyncStatus.IDLE
            assert int(state.history_id) >= int(mailbox_state(running)["oldestValidHistoryId"])
        # And the id it stored is good: the next sync is incremental again.
        assert sync.run().kind == "incremental"


class Interrupted(Exception):
    pass


def test_an_interrupted_full_sync_resumes_and_ends_like_a_clean_one(db, tmp_path):
    from storage.db import Database
    from storage.migrate import upgrade

    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)

        stopped: list[int] = []

        def stop_in_the_window(step: SyncProgress) -> None:
            # After the first handful and recent mail: in the middle of the widest phase.
            if step.phase == "window" and 0 < step.done < step.total:
                stopped.append(step.done)
                raise Interrupted

        broken, _ = syncer(running, db, account_id, chunk_size=10, progress=stop_in_the_window)
        with pytest.raises(Interrupted):
            broken.run(full=True)
        with db.session() as session:
            state = session.get(SyncState, account_id)
            assert state.full_sync_started_at is not None
            assert state.progress_done == stopped[0]
            stored = session.scalar(select(func.count()).select_from(ThreadRecord))
            assert stored == stopped[0]

        resumed, _ = syncer(running, db, account_id, chunk_size=10)
        report = resumed.run()  # not even asked for a full one: the unfinished one resumes

        assert report.kind == "full" and report.resumed
        assert report.threads_skipped == stopped[0]
        assert report.threads_read == report.threads_listed - stopped[0]
        resumed_state = comparable(running, db, account_id)

    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    upgrade(clean_url)
    clean_db = Database.from_url(clean_url)
    try:
        with generated_sandbox(THREADS) as running:
            clean_id = connect(running, clean_db)
            syncer(running, clean_db, clean_id, chunk_size=10)[0].run()
            diff = differences(comparable(running, clean_db, clean_id), resumed_state)
            assert not diff, "\n".join(diff)
    finally:
        clean_db.dispose()


def test_history_names_new_mail_and_content_label_changes_only():
    ours = frozenset({"Label_7"})
    records = [
        {"messagesAdded": [{"message": {"id": "m1", "threadId": "t1", "labelIds": ["INBOX"]}}]},
        {"messagesAdded": [{"message": {"id": "d1", "threadId": "t2", "labelIds": ["DRAFT"]}}]},
        {"labelsRemoved": [{"message": {"id": "m3", "threadId": "t3"}, "labelIds": ["UNREAD"]}]},
        {"labelsAdded": [{"message": {"id": "m4", "threadId": "t4"}, "labelIds": ["Label_7"]}]},
        {"labelsRemoved": [{"message": {"id": "m5", "threadId": "t5"}, "labelIds": ["Label_7"]}]},
        {"labelsAdded": [{"message": {"id": "m6", "threadId": "t6"}, "labelIds": ["TRASH"]}]},
        {"messagesAdded": [{"message": {"id": "m7", "threadId": "t1", "labelIds": ["INBOX"]}}]},
    ]

    changed, removals = changes_in_history(records, ours)

    assert changed == ["t1", "t6"]  # drafts, read marks and our own labels read nothing
    assert removals == {"t5": {"Label_7"}}
