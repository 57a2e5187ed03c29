"""What the user said wins over what the domain read, in the stored advice and the labels;
threads of one company and role form one application."""

from __future__ import annotations

from sqlalchemy import select

from afterview.applications import application_key
from afterview.model import Action
from afterview.service import FEEDBACK_FORCES_INTERVIEW, FEEDBACK_SENDER_NOT_INTERVIEW
from storage.models import FeedbackKind, ThreadRecord
from storage.repository import add_feedback
from tests.sync_helpers import (
    FIXED_NOW,
    client_for,
    connect,
    generated_sandbox,
    mailbox_state,
    settings_for,
)
from worker.labels import label_name
from worker.sync import Syncer


def afterview_labels_on(running, thread_id: str) -> set[str]:
    state = mailbox_state(running)
    names = {label["id"]: label["name"] for label in state["labels"]}
    return {
        names[label]
        for message in state["messages"]
        if message["threadId"] == thread_id
        for label in message.get("labelIds", [])
        if names.get(label, "").startswith("Afterview")
    }


def test_feedback_turns_threads_in_and_out_and_their_labels_follow(db):
    with generated_sandbox(40) as running:
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        sync = Syncer(db, client, account_id, now=lambda: FIXED_NOW)
        sync.run()
        with db.session() as session:
            flagged = session.scalars(
                select(ThreadRecord).where(
                    ThreadRecord.interview.is_(True), ThreadRecord.contact.is_not(None)
                )
            ).first()
            ignored = session.scalars(
                select(ThreadRecord).where(ThreadRecord.interview.is_(False))
            ).first()
            user_id = flagged.account.user_id
            sender = flagged.contact
            add_feedback(session, user_id, FeedbackKind.NOT_INTERVIEW, sender_address=sender)
            add_feedback(session, user_id, FeedbackKind.IS_INTERVIEW, thread_id=ignored.id)
        assert afterview_labels_on(running, flagged.gmail_thread_id)
        assert not afterview_labels_on(running, ignored.gmail_thread_id)

        sync.run(full=True)  # reads both threads again

        with db.session() as session:
            now_out = session.get(ThreadRecord, flagged.id)
            assert not now_out.interview and now_out.action is Action.NONE
            assert FEEDBACK_SENDER_NOT_INTERVIEW in now_out.signals
            assert now_out.read_facts().interview  # the domain's own reading is kept
            now_in = session.get(ThreadRecord, ignored.id)
            assert now_in.interview and now_in.action is not Action.NONE
            assert FEEDBACK_FORCES_INTERVIEW in now_in.signals
        assert afterview_labels_on(running, flagged.gmail_thread_id) == set()
        assert afterview_labels_on(running, ignored.gmail_thread_id) == {
            label_name(now_in.action.value)
        }


def test_threads_of_one_company_and_role_are_one_application(db):
    with generated_sandbox(80) as running:
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        Syncer(db, client, account_id, now=lambda: FIXED_NOW).run()
        with db.session() as session:
            records = session.scalars(
                select(ThreadRecord).where(ThreadRecord.account_id == account_id)
            ).all()
            interviews = [r for r in records if r.interview and r.company]
            assert interviews and all(r.application_id is not None for r in interviews)
            assert all(r.application_id is None for r in records if not r.interview)
            for record in interviews:
                assert record.application.key == application_key(record.company, record.role)
            keys = {application_key(r.company, r.role) for r in interviews}
            assert len({r.application_id for r in interviews}) == len(keys)
