"""Gmail labels: exactly one Afterview label per interview thread, set with the fewest
calls, never fought over with the user, nothing outside Afterview/ touched."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from afterview.model import Action
from storage import repository as repo
from storage.models import GmailAccount, LabelMapping, ThreadRecord
from tests.sync_helpers import (
    FIXED_NOW,
    client_for,
    connect,
    deliver,
    generated_sandbox,
    gmail_labels,
    label_names,
    mailbox_state,
    recruiter_mail,
    reset_usage,
    settings_for,
    system_labels,
    usage,
)
from worker import labels as labels_module
from worker.labels import LABEL_NAMES, label_name, plan_changes, reconcile_labels
from worker.sync import Syncer

MODIFY_CALLS = {
    "gmail.users.threads.modify",
    "gmail.users.messages.batchModify",
    "gmail.users.messages.modify",
    "gmail.users.labels.create",
    "gmail.users.labels.patch",
    "gmail.users.labels.update",
    "gmail.users.labels.delete",
}


@pytest.fixture
def synced(db):
    """A generated mailbox synced once: (running sandbox, db, account id, syncer)."""
    with generated_sandbox(40) as running:
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        sync = Syncer(db, client, account_id, now=lambda: FIXED_NOW)
        sync.run()
        yield running, db, account_id, sync


def records(db, account_id, **where):
    with db.session() as session:
        query = select(ThreadRecord).where(ThreadRecord.account_id == account_id)
        for name, value in where.items():
            query = query.where(getattr(ThreadRecord, name) == value)
        return session.scalars(query).all()


def user_service(running):
    """The user, in Gmail: the unmodified client with the user's own token."""
    return running.gmail().users()


def modify_calls(running) -> dict[str, int]:
    return {k: v for k, v in usage(running)["calls"].items() if k in MODIFY_CALLS}


def test_labels_are_created_once_nested_under_afterview(synced):
    running, db, account_id, sync = synced
    names = set(label_names(running).values())
    assert {label_name(purpose) for purpose in ("parent", *LABEL_NAMES)} <= names
    assert "Afterview/Thank-you due" in names and "Afterview/Reply needed" in names
    with db.session() as session:
        mappings = session.scalars(
            select(LabelMapping).where(LabelMapping.account_id == account_id)
        ).all()
    assert len(mappings) == 1 + len(LABEL_NAMES)


def test_a_second_run_makes_no_modify_call(synced):
    running, db, account_id, sync = synced
    reset_usage(running)
    assert sync.run().kind == "incremental"
    assert sync.run(full=True).kind == "full"  # reads every thread again, changes nothing
    assert modify_calls(running) == {}


def test_changes_go_out_grouped_in_the_cheapest_form(db):
    with generated_sandbox(60) as running:
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        reset_usage(running)
        Syncer(db, client, account_id, now=lambda: FIXED_NOW).run()
        groups = Counter(r.action for r in records(db, account_id, interview=True))
        groups.pop(Action.NONE, None)
        calls = usage(running)["calls"]
        # Within a labelling pass, one batchModify (50 units) for a group of more than 5
        # threads, else one threads.modify (10 units) per thread. A first sync labels in
        # three passes (the first handful, recent mail, the rest), so a group may go out
        # in up to three parts, and no thread is modified twice.
        big = [n for n in groups.values() if n > 5]
        assert big, "the generated mailbox should have a large group"
        batches = calls.get("gmail.users.messages.batchModify", 0)
        assert 1 <= batches <= 3 * len(groups)
        assert calls.get("gmail.users.threads.modify", 0) <= sum(groups.values()) - 6 * batches


def test_a_label_the_user_removes_stays_removed(synced):
    running, db, account_id, sync = synced
    waiting = records(db, account_id, action=Action.WAIT)[0]
    label_id = waiting.applied_label_id
    user_service(running).threads().modify(
        userId="me", id=waiting.gmail_thread_id, body={"removeLabelIds": [label_id]}
    ).execute()

    sync.run()
    (after,) = records(db, account_id, gmail_thread_id=waiting.gmail_thread_id)
    assert after.label_suppressed and after.applied_label_id is None

    # The employer writes again: the advice changes, the thread is read again, and still
    # no label of ours goes back on it.
    employer_writes_again(running, waiting)
    sync.run()
    sync.run(full=True)
    (after,) = records(db, account_id, gmail_thread_id=waiting.gmail_thread_id)
    assert after.action is Action.REPLY and after.label_suppressed
    assert afterview_labels_on(running, waiting) == set()


def employer_writes_again(running, thread: ThreadRecord, **mail) -> None:
    """A reply from the employer in `thread`, asking for the candidate's availability."""
    message = next(
        m for m in mailbox_state(running)["messages"] if m["threadId"] == thread.gmail_thread_id
    )
    deliver(
        running,
        recruiter_mail(
            "Re: " + thread.subject,
            "Could you share your availability for another conversation?",
            In_Reply_To=message["rfc822MessageId"],
            **mail,
        ),
        thread_id=thread.gmail_thread_id,
    )


def afterview_labels_on(running, thread: ThreadRecord) -> set[str]:
    """The names of our labels on any message of `thread`, as Gmail has them."""
    return {
        name
        for m in mailbox_state(running)["messages"]
        if m["threadId"] == thread.gmail_thread_id
        for name in gmail_labels(running)[m["id"]]
        if name.startswith("Afterview")
    }


def test_a_dismissed_thread_loses_its_label_until_the_employer_writes_again(synced):
    running, db, account_id, sync = synced
    waiting = records(db, account_id, action=Action.WAIT)[0]
    with db.session() as session:
        user_id = session.get(GmailAccount, account_id).user_id
        dismissal = repo.add_feedback(session, user_id, "dismissed", thread_id=waiting.id)
        dismissal.created_at = waiting.last_message_at + timedelta(seconds=1)
        dismissed_at = dismissal.created_at

    sync.run(full=True)
    assert afterview_labels_on(running, waiting) == set()

    employer_writes_again(running, waiting, date=dismissed_at + timedelta(minutes=1))
    sync.run()
    (after,) = records(db, account_id, id=waiting.id)
    assert len(afterview_labels_on(running, waiting)) == 1 and after.applied_label_id is not None


def test_a_label_the_user_renames_keeps_working_and_is_not_renamed_back(synced):
    running, db, account_id, sync = synced
    with db.session() as session:
        waiting_id = session.scalars(
            select(LabelMapping.label_id).where(LabelMapping.purpose == "wait")
        ).one()
    user_service(running).labels().patch(
        userId="me", id=waiting_id, body={"name": "Job hunt/Waiting on them"}
    ).execute()
    reset_usage(running)

    deliver(
        running,
        recruiter_mail(
            "Your interview with Northwind",
            "Thank you for interviewing with us today. We will be in touch by next Friday.",
        ),
    )
    sync.run()

    assert modify_calls(running).keys() <= {
        "gmail.users.threads.modify",
        "gmail.users.messages.batchModify",
    }
    assert label_names(running)[waiting_id] == "Job hunt/Waiting on them"
    with db.session() as session:
        mapping = session.scalars(
            select(LabelMapping).where(LabelMapping.label_id == waiting_id)
        ).one()
        assert mapping.label_name == "Job hunt/Waiting on them"
    waiting_threads = records(db, account_id, action=Action.WAIT)
    assert all(r.applied_label_id == waiting_id for r in waiting_threads)


def test_a_label_the_user_deletes_is_not_created_again(synced):
    running, db, account_id, sync = synced
    biggest = Counter(r.action for r in records(db, account_id, interview=True)).most_common(1)
    action = biggest[0][0]
    with db.session() as session:
        label_id = session.scalars(
            select(LabelMapping.label_id).where(LabelMapping.purpose == action.value)
        ).one()
    user_service(running).labels().delete(userId="me", id=label_id).execute()
    reset_usage(running)

    sync.run()
    sync.run(full=True)

    assert "gmail.users.labels.create" not in usage(running)["calls"]
    assert label_name(action.value) not in label_names(running).values()
    with db.session() as session:
        mapping = session.scalars(
            select(LabelMapping).where(LabelMapping.purpose == action.value)
        ).one()
        assert mapping.deleted_at is not None
    assert all(r.applied_label_id is None for r in records(db, account_id, action=action))
    assert not any(r.label_suppressed for r in records(db, account_id))  # not the user's doing
    assert modify_calls(running) == {}


def test_nothing_outside_afterview_is_touched(db):
    with generated_sandbox(30) as running:
        user = user_service(running)
        mine = user.labels().create(userId="me", body={"name": "Applications"}).execute()
        state = mailbox_state(running)
        for message in state["messages"][:25]:
            user.messages().modify(
                userId="me", id=message["id"], body={"addLabelIds": [mine["id"], "STARRED"]}
            ).execute()
        system_before = system_labels(running)
        users_before = {
            mid: [n for n in names if not n.startswith("Afterview")]
            for mid, names in gmail_labels(running).items()
        }
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        sync = Syncer(db, client, account_id, now=lambda: FIXED_NOW)
        sync.run()
        for record in records(db, account_id, interview=True)[:5]:  # the advice moves on
            with db.session() as session:
                session.get(ThreadRecord, record.id).action = Action.CLOSED
        sync.run()

        assert system_labels(running) == system_before
        users_after = {
            mid: [n for n in names if not n.startswith("Afterview")]
            for mid, names in gmail_labels(running).items()
        }
        assert users_after == users_before
        assert label_names(running)[mine["id"]] == "Applications"


def test_a_label_change_cut_short_is_completed_and_never_taken_for_the_user(synced, monkeypatch):
    running, db, account_id, sync = synced
    moved = records(db, account_id, action=Action.WAIT)[:3]
    with db.session() as session:
        for record in moved:
            session.get(ThreadRecord, record.id).action = Action.MOVE_ON

    # Killed after Gmail took the change, before it was recorded as applied.
    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(labels_module, "_settle", killed)
    with pytest.raises(KeyboardInterrupt):
        sync.run()
    monkeypatch.undo()
    assert all(records(db, account_id, id=r.id)[0].label_pending for r in moved)

    # The history now says our Waiting label came off those threads: ours, not the user's.
    sync.run()

    with db.session() as session:
        move_on_id = session.scalars(
            select(LabelMapping.label_id).where(LabelMapping.purpose == "move_on")
        ).one()
    for record in moved:
        (after,) = records(db, account_id, id=record.id)
        assert not after.label_pending and not after.label_suppressed
        assert after.applied_label_id == move_on_id
    names = label_names(running)
    for message in mailbox_state(running)["messages"]:
        if message["threadId"] in {r.gmail_thread_id for r in moved}:
            ours = [names[i] for i in message.get("labelIds", []) if i in names]
            assert [n for n in ours if n.startswith("Afterview")] == ["Afterview/Move on"]


def test_a_plan_written_but_never_sent_is_sent_by_the_next_run(synced):
    running, db, account_id, sync = synced
    (thread,) = records(db, account_id, action=Action.WAIT)[:1]
    with db.session() as session:
        session.get(ThreadRecord, thread.id).action = Action.OFFER
        labels = reconcile_labels(session, sync.client, account_id, create=False)
        assert [r.id for r in plan_changes(session, account_id, labels)] == [thread.id]
    # ...killed here, before any call to Gmail.
    sync.run()
    (after,) = records(db, account_id, id=thread.id)
    assert not after.label_pending and after.applied_label_id == labels.ids["offer"]


def test_a_label_pass_leaves_the_threads_facts_in_the_database(synced):
    """After a first sync of a large mailbox a label pass plans tens of thousands of
    threads; it reads what decides a label, not the threads' facts (the worker's memory)."""
    running, db, account_id, sync = synced
    (thread,) = records(db, account_id, action=Action.WAIT)[:1]
    with db.session() as session:
        session.get(ThreadRecord, thread.id).action = Action.OFFER
        session.commit()
        session.expunge_all()
        labels = reconcile_labels(session, sync.client, account_id, create=False)
        planned = plan_changes(session, account_id, labels)
        assert [r.id for r in planned] == [thread.id]
        assert all("facts" in sa.inspect(record).unloaded for record in planned)


@pytest.mark.parametrize("killed_in", ["plan_slice", "_settle"])
def test_a_pass_killed_between_slices_is_completed_by_the_next(synced, monkeypatch, killed_in):
    """A label pass plans, then sends and settles, a slice of threads at a time, committing
    each (its memory stays flat however many threads change): killed after its first
    slice, the next pass finishes the job, each thread labelled once and never suppressed."""
    running, db, account_id, sync = synced
    moved = [r for r in records(db, account_id, interview=True) if r.action is not Action.MOVE_ON]
    assert len(moved) > 4, "the generated mailbox should have more than two slices to change"
    with db.session() as session:
        for record in moved:
            session.get(ThreadRecord, record.id).action = Action.MOVE_ON
        move_on_id = session.scalars(
            select(LabelMapping.label_id).where(LabelMapping.purpose == "move_on")
        ).one()
    monkeypatch.setattr(labels_module, "SLICE", 2)
    first_slice_only = getattr(labels_module, killed_in)

    def killed_after_one(*args, **kwargs):
        monkeypatch.setattr(labels_module, killed_in, killed)
        return first_slice_only(*args, **kwargs)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(labels_module, killed_in, killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        labels_module.apply_labels(db, sync.client, account_id)
    monkeypatch.setattr(labels_module, killed_in, first_slice_only)

    after_kill = [records(db, account_id, id=r.id)[0] for r in moved]
    done = sum(r.applied_label_id == move_on_id and not r.label_pending for r in after_kill)
    pending = sum(r.label_pending for r in after_kill)
    if killed_in == "plan_slice":  # one slice planned (committed), nothing sent
        assert (done, pending) == (0, 2)
    else:  # every slice planned, one sent and settled
        assert (done, pending) == (2, len(moved) - 2)

    report = labels_module.apply_labels(db, sync.client, account_id)

    assert report.changed_threads == len(moved) - done
    for record in moved:
        (after,) = records(db, account_id, id=record.id)
        assert not after.label_pending and not after.label_suppressed
        assert after.applied_label_id == move_on_id
        assert afterview_labels_on(running, record) == {"Afterview/Move on"}
