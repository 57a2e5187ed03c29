"""Hostile mail end to end: delivered to the sandbox Gmail, synced by the worker with the
unmodified client, and answered by `GET /api/threads` safely. A subject carrying HTML and
a script comes back as the same plain text in JSON (never markup the API made); a 20 MB
message, a 500-message thread and an invite in a time zone that does not exist are read
without a crash; and what is kept of them stays small (the text is capped, bodies are not
stored)."""

from __future__ import annotations

import json
import tracemalloc
from email.utils import make_msgid

import pytest
import redis
import time_machine
from sqlalchemy import select

from gmail_sandbox.sandbox import Sandbox
from gmail_sandbox.serve import running_sandbox
from storage.api_tokens import issue_api_token
from storage.models import GmailAccount, SyncState, SyncStatus, ThreadRecord
from tests.builders.workers import BurstWorker
from tests.sync_helpers import (
    FIXED_NOW,
    KEY,
    ME,
    SYNC_REDIS_URL,
    connect,
    deliver,
    recruiter_mail,
    settings_env,
    settings_for,
)
from worker import jobs
from worker.queueing import Origin, Queues
from worker.runtime import reset_runtimes

SCRIPT_SUBJECT = 'Interview with Acme <script>alert("owned")</script><img src=x onerror=alert(1)>'
INVITE_TEXT = (
    "Hi, we would like to invite you to an interview for the Engineer role. "
    "Could you do Thursday 19 March at 2pm? Please confirm your availability."
)
BAD_ZONE_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mars-1\r\n"
    "SUMMARY:Interview with Olympus\r\nORGANIZER;CN=Rita:mailto:rita@olympus.example\r\n"
    "DTSTART;TZID=Mars/Olympus_Mons:20260319T140000\r\n"
    "DTEND;TZID=Mars/Olympus_Mons:20260319T150000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
TWENTY_MB = 20 * 1024 * 1024


def _invite_with_bad_zone() -> bytes:
    return (
        "From: Rita <rita@olympus.example>\r\n"
        f"To: {ME}\r\nSubject: Invitation: Interview with Olympus\r\n"
        "Date: Mon, 16 Mar 2026 10:00:00 +0000\r\n"
        f"Message-ID: {make_msgid(domain='olympus.example')}\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain\r\n\r\n{INVITE_TEXT}\r\n"
        "--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        f"{BAD_ZONE_INVITE}--b--\r\n"
    ).encode()


def _twenty_megabytes() -> bytes:
    line = "The interview panel notes for the Engineer role, page after page. " * 3 + "\n"
    return recruiter_mail(
        "Interview pack from Initech",
        INVITE_TEXT + "\n" + line * (TWENTY_MB // len(line) + 1),
        sender="Ivy <ivy@initech.example>",
    )


def _deliver_a_long_thread(running, messages: int) -> None:
    first = deliver(
        running,
        recruiter_mail("Interview loop at Globex", INVITE_TEXT, sender="Gil <gil@globex.example>"),
    )
    for n in range(1, messages):
        reply = recruiter_mail(
            "Re: Interview loop at Globex",
            f"Message {n} of the loop. {INVITE_TEXT}",
            sender="Gil <gil@globex.example>",
        )
        deliver(running, reply, thread_id=first["threadId"])


@pytest.fixture
def sync_queue():
    """The worker's queue on the Redis its runtime uses (database 11), flushed around."""
    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    yield Queues(connection, "hostile-mail")
    connection.flushdb()
    connection.close()


def test_hostile_mail_reaches_the_api_safely(db, make_server_app, monkeypatch, sync_queue):
    with running_sandbox(Sandbox(me=ME, units_per_second=None), admin=True) as running:
        deliver(running, recruiter_mail(SCRIPT_SUBJECT, INVITE_TEXT))
        big = _twenty_megabytes()
        assert len(big) > TWENTY_MB
        deliver(running, big)
        del big
        deliver(running, _invite_with_bad_zone())
        _deliver_a_long_thread(running, 500)

        account_id = connect(running, db)
        for name, value in settings_env(
            settings_for(running, db, queue_prefix="hostile-mail")
        ).items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        with db.session() as session:
            created = session.get(GmailAccount, account_id).created_at
        jobs.enqueue_sync(sync_queue, account_id, created, full=True, origin=Origin.SIGN_IN)
        tracemalloc.start()
        with time_machine.travel(FIXED_NOW, tick=True):
            worker = BurstWorker(sync_queue.in_order(), connection=sync_queue.connection)
            worker.work(burst=True, with_scheduler=False)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        reset_runtimes()

    with db.session() as session:
        state = session.get(SyncState, account_id)
        assert state.status is SyncStatus.IDLE and state.last_error is None
        kept = {record.subject: record for record in session.scalars(select(ThreadRecord))}
        token = issue_api_token(session, session.get(GmailAccount, account_id).user)
        assert kept["Interview loop at Globex"].message_count == 500
        stored = {subject: len(json.dumps(r.facts)) for subject, r in kept.items()}
        assert stored["Interview pack from Initech"] < 4096  # 20 MB read, not kept
        assert max(stored.values()) < 256 * 1024  # the 500-message thread: ~95 KB of facts
    # The sandbox serves the message in this same process (raw, base64, JSON: several
    # copies on each side), so the peak is both sides': ~300 MiB for 20 MB on 6 December.
    assert peak < 24 * TWENTY_MB, f"{peak / 2**20:.0f} MiB at the peak of the sync"

    app = make_server_app(db, SECRET_KEYS=KEY)
    with time_machine.travel(FIXED_NOW, tick=False):
        answer = app.test_client().get("/api/threads", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"  # never read as HTML
    assert len(answer.data) < 64 * 1024
    listed = {t["subject"]: t for group in answer.json["groups"] for t in group["threads"]}
    assert set(listed) == set(kept)  # every hostile thread answered, none crashed the run
    assert SCRIPT_SUBJECT in listed  # the same text, as data: the API made nothing of it
    assert "page after page" not in answer.get_data(as_text=True)
