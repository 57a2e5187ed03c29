"""The weekly summary email, on real Redis (database 11), the sandbox Gmail and a synced
generated mailbox: sent by the scheduler at the user's day 08:00 in their zone (not at
07:59), one multipart/alternative message with the right sections and links, and exactly
one per week whatever happens: a retried job, a crash between claim and send or between
send and record, two workers racing. Nothing to say: no email, and the log says so."""

from __future__ import annotations

import base64
import email
import email.policy
import logging
import re
import threading
from datetime import timedelta

import pytest
import time_machine
from rq.job import Job
from sqlalchemy import select

from afterview.model import Action
from gmail.links import gmail_url
from storage.models import GmailAccount, SummarySent, ThreadRecord, User
from storage.repository import claim_summary
from summary_email import build_summary, summary_bytes, summary_message_id
from tests.builders.workers import BurstWorker
from tests.sync_helpers import (
    FIXED_NOW,
    ME,
    client_for,
    connect,
    flushed_queues,
    generated_sandbox,
    mailbox_state,
    settings_env,
    settings_for,
)
from worker import jobs
from worker.queueing import Origin, Priority
from worker.runtime import reset_runtimes

QUEUE = "afterview-summary-test"
PUBLIC_URL = "https://afterview.example.com"
# FIXED_NOW is Monday 16 March 2026, 15:00 UTC: 08:00 in Los Angeles (PDT since 8 March).
ZONE = "America/Los_Angeles"
WEEK = "2026-W12"
MONDAY_8AM = FIXED_NOW
MONDAY_7_59 = FIXED_NOW - timedelta(minutes=1)


@pytest.fixture
def queues():
    with flushed_queues(QUEUE) as flushed:
        yield flushed


@pytest.fixture
def synced(db, queues, monkeypatch):
    """A generated mailbox synced for a user in Los Angeles: (running sandbox, user id)."""
    with generated_sandbox(40) as running:
        account_id = connect(running, db)
        settings = settings_for(running, db, queue_prefix=QUEUE, public_url=PUBLIC_URL)
        for name, value in {**settings_env(settings), "AFTERVIEW_PUBLIC_URL": PUBLIC_URL}.items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        with db.session() as session:
            account = session.get(GmailAccount, account_id)
            account.user.timezone = ZONE
            user_id, created_at = account.user.id, account.created_at
        jobs.enqueue_sync(queues, account_id, created_at, full=True, origin=Origin.SIGN_IN)
        work(queues, FIXED_NOW - timedelta(hours=1))
        yield running, user_id
    reset_runtimes()


def work(queues, at):
    with time_machine.travel(at, tick=False):
        BurstWorker(queues.in_order(), connection=queues.connection).work(
            burst=True, with_scheduler=False
        )


def sent_summaries(running):
    """The summaries in the sandbox mailbox: parsed messages, oldest first."""
    users = running.gmail().users()
    found = []
    for message in mailbox_state(running)["messages"]:
        if "SENT" not in message.get("labelIds", []):
            continue
        raw = users.messages().get(userId="me", id=message["id"], format="raw").execute()["raw"]
        parsed = email.message_from_bytes(
            base64.urlsafe_b64decode(raw), policy=email.policy.default
        )
        if parsed["X-Afterview-Week"]:
            found.append(parsed)
    return found


def test_the_scheduler_sends_it_at_monday_8am_in_the_users_zone_not_at_7_59(db, queues, synced):
    running, user_id = synced

    with time_machine.travel(MONDAY_7_59, tick=False):
        assert jobs.enqueue_weekly_summaries()["enqueued"] == []
    work(queues, MONDAY_7_59)
    assert sent_summaries(running) == []

    with time_machine.travel(MONDAY_8AM, tick=False):
        assert jobs.enqueue_weekly_summaries()["enqueued"] == [f"summary-{user_id}-{WEEK}"]
        assert jobs.enqueue_weekly_summaries()["enqueued"] == []  # queued: not twice
    assert queues[Priority.EMAIL].job_ids == [f"summary-{user_id}-{WEEK}"]  # its own queue
    work(queues, MONDAY_8AM)
    with time_machine.travel(MONDAY_8AM + timedelta(minutes=5), tick=False):
        assert jobs.enqueue_weekly_summaries()["due"] == 0  # sent: no longer due

    [message] = sent_summaries(running)
    assert message["X-Afterview-Week"] == WEEK
    assert message["To"] == ME and ME in message["From"]
    with db.session() as session:
        row = session.scalars(select(SummarySent)).one()
        assert (row.user_id, row.week, row.sent_at is not None) == (user_id, WEEK, True)
        gmail_id = row.gmail_message_id
    recorded = (
        running.gmail()
        .users()
        .messages()
        .get(userId="me", id=gmail_id, format="metadata", metadataHeaders=["X-Afterview-Week"])
        .execute()
    )
    assert recorded["payload"]["headers"] == [{"name": "X-Afterview-Week", "value": WEEK}]


def test_the_summary_has_both_parts_the_sections_and_the_links(db, queues, synced):
    running, user_id = synced
    with time_machine.travel(MONDAY_8AM, tick=False):
        jobs.enqueue_weekly_summaries()
    work(queues, MONDAY_8AM)

    [message] = sent_summaries(running)
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "text/html",
    ]
    unsubscribe = message["List-Unsubscribe"]
    assert unsubscribe.startswith(f"<{PUBLIC_URL}/summary/settings?token=")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"] == summary_message_id(user_id, WEEK, ME)

    with db.session() as session:
        rows = session.scalars(select(ThreadRecord).where(ThreadRecord.interview.is_(True)))
        by_action = {}
        for row in rows:
            by_action.setdefault(row.action, []).append(row)
    # Every thread to act on now is there, with its company, its reason and its link.
    act_now = [
        row
        for action in (Action.REPLY, Action.SEND_THANK_YOU, Action.FOLLOW_UP)
        for row in by_action.get(action, [])
    ]
    assert act_now, "the generated mailbox has threads to act on"
    for row in act_now:
        link = gmail_url(ME, row.gmail_thread_id)
        assert link in text and link.replace("&", "&amp;") in html
        assert row.reason in text
    assert "WHAT TO DO NOW" in text and "What to do now" in html
    assert "THE WEEK IN NUMBERS" in text and "applications active" in html
    if by_action.get(Action.WAIT):
        assert "STILL WAITING" in text
    # Readable anywhere, loading nothing: no script, no remote resource.
    assert not re.search(r"<script|<link|<iframe|<img|@import|url\(", html, re.IGNORECASE)
    assert not re.search(r"""\bsrc\s*=""", html, re.IGNORECASE)
    assert 'style="' in html  # the CSS is inlined


def test_a_job_killed_between_claim_and_send_sends_exactly_one_when_retried(db, queues, synced):
    running, user_id = synced
    # The job claimed the week and committed, then its worker died before sending.
    with time_machine.travel(MONDAY_8AM, tick=False), db.session() as session:
        assert claim_summary(session, user_id, WEEK, claimed_by=f"summary-{user_id}-{WEEK}")
    with time_machine.travel(MONDAY_8AM + timedelta(minutes=1), tick=False):
        assert jobs.enqueue_weekly_summaries()["due"] == 0  # the claim is fresh: not due
        jobs.enqueue_summary(queues, user_id, WEEK)  # what RQ's retry does
    work(queues, MONDAY_8AM + timedelta(minutes=1))

    assert len(sent_summaries(running)) == 1
    with db.session() as session:
        assert session.scalars(select(SummarySent)).one().sent_at is not None


def test_a_claim_is_resumed_only_once_a_send_in_flight_would_have_landed(db, queues, synced):
    running, user_id = synced
    with time_machine.travel(MONDAY_8AM, tick=False), db.session() as session:
        claim_summary(session, user_id, WEEK, claimed_by=f"summary-{user_id}-{WEEK}")
    job = jobs.enqueue_summary(queues, user_id, WEEK)
    work(queues, MONDAY_8AM + timedelta(seconds=10))

    assert job.get_status(refresh=True) == "scheduled"  # failed, and RQ retries it
    assert Job.fetch(job.id, connection=queues.connection).retries_left == 2
    assert sent_summaries(running) == []


def test_a_job_killed_between_send_and_record_does_not_send_again(db, queues, synced):
    running, user_id = synced
    with time_machine.travel(MONDAY_8AM, tick=False), db.session() as session:
        assert claim_summary(session, user_id, WEEK, claimed_by=f"summary-{user_id}-{WEEK}")
        user = session.get(User, user_id)
        account_id = user.accounts[0].id
        raw = summary_bytes(
            build_summary(session, user, MONDAY_8AM, week=WEEK),
            message_id=summary_message_id(user_id, WEEK, ME),
        )
    # Gmail sent it; the worker died before writing down the message id.
    settings = settings_for(running, db)
    with time_machine.travel(MONDAY_8AM, tick=False):
        with client_for(settings, db, account_id) as client:
            first = client.send_message(raw)["id"]
        jobs.enqueue_summary(queues, user_id, WEEK)
    work(queues, MONDAY_8AM + timedelta(minutes=1))

    assert len(sent_summaries(running)) == 1
    with db.session() as session:
        assert session.scalars(select(SummarySent)).one().gmail_message_id == first


def test_a_lapsed_claim_is_resumed_by_the_scheduler_and_sends_once(db, queues, synced):
    running, user_id = synced
    with time_machine.travel(MONDAY_8AM, tick=False), db.session() as session:
        claim_summary(session, user_id, WEEK, claimed_by=f"summary-{user_id}-{WEEK}")
    # The job was lost with its worker: once the claim's lease is over, it is due again.
    later = MONDAY_8AM + timedelta(minutes=20)
    with time_machine.travel(later, tick=False):
        assert jobs.enqueue_weekly_summaries()["enqueued"] == [f"summary-{user_id}-{WEEK}"]
    work(queues, later)
    work(queues, later + timedelta(minutes=1))

    assert len(sent_summaries(running)) == 1


def test_two_workers_racing_send_one(db, queues, synced):
    running, user_id = synced
    start = threading.Barrier(2)
    outcomes = []

    def attempt():
        start.wait()
        outcomes.append(jobs.send_weekly_summary(user_id, WEEK))

    with time_machine.travel(MONDAY_8AM, tick=True):
        racers = [threading.Thread(target=attempt) for _ in range(2)]
        for racer in racers:
            racer.start()
        for racer in racers:
            racer.join(300)  # a generous bound on a loaded machine, not a synchronisation
    assert not any(racer.is_alive() for racer in racers)

    assert len(sent_summaries(running)) == 1
    assert sorted(bool(outcome["sent"]) for outcome in outcomes) == [False, True]
    loser = next(outcome for outcome in outcomes if not outcome["sent"])
    assert "another attempt" in loser["skipped"] or loser["skipped"] == "already sent"
    # And the same job run again later finds the week done.
    with time_machine.travel(MONDAY_8AM + timedelta(hours=1), tick=False):
        assert jobs.send_weekly_summary(user_id, WEEK)["skipped"] == "already sent"
    assert len(sent_summaries(running)) == 1


def test_nothing_to_say_sends_nothing_and_says_so(db, queues, monkeypatch, caplog):
    with generated_sandbox(0) as running:
        account_id = connect(running, db)
        settings = settings_for(running, db, queue_prefix=QUEUE)
        for name, value in settings_env(settings).items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        with db.session() as session:
            user = session.get(GmailAccount, account_id).user
            user.timezone, user_id = ZONE, user.id
        with time_machine.travel(MONDAY_8AM, tick=False):
            jobs.enqueue_weekly_summaries()
        with caplog.at_level(logging.INFO, logger="worker.jobs"):
            work(queues, MONDAY_8AM)
        with time_machine.travel(MONDAY_8AM + timedelta(minutes=5), tick=False):
            assert jobs.enqueue_weekly_summaries()["due"] == 0  # decided for the week

        assert sent_summaries(running) == []
        assert f"user {user_id}, {WEEK}: nothing to say this week; no summary sent" in caplog.text
        with db.session() as session:
            assert session.scalars(select(SummarySent)).one().skipped == "nothing to say"
    reset_runtimes()


def test_a_summary_turned_off_is_never_due(db, queues, synced):
    running, user_id = synced
    with db.session() as session:
        session.get(User, user_id).weekly_summary_enabled = False
    with time_machine.travel(MONDAY_8AM, tick=False):
        assert jobs.enqueue_weekly_summaries()["due"] == 0


def test_the_next_sync_does_not_read_the_summary_as_an_interview_thread(db, queues, synced):
    # The summary is sent from the user's own Gmail and is full of interview words: the
    # sync that follows must not list it, label it or advise on it.
    running, user_id = synced
    with time_machine.travel(MONDAY_8AM, tick=False):
        jobs.enqueue_weekly_summaries()
    work(queues, MONDAY_8AM)
    with db.session() as session:
        sent = session.scalars(select(SummarySent)).one()
        account = session.scalars(select(GmailAccount)).one()
        account_id, created_at = account.id, account.created_at
    summary_thread = (
        running.gmail()
        .users()
        .messages()
        .get(userId="me", id=sent.gmail_message_id, format="minimal")
        .execute()["threadId"]
    )

    later = MONDAY_8AM + timedelta(minutes=10)
    with time_machine.travel(later, tick=False):
        jobs.enqueue_sync(queues, account_id, created_at, origin=Origin.SYNC_REQUESTED)
    work(queues, later)

    with db.session() as session:
        row = session.scalars(
            select(ThreadRecord).where(ThreadRecord.gmail_thread_id == summary_thread)
        ).one_or_none()
        interview_rows = session.scalars(
            select(ThreadRecord).where(ThreadRecord.interview.is_(True))
        ).all()
    assert interview_rows, "the mailbox's own interview threads are still there"
    assert row is None or not row.interview
