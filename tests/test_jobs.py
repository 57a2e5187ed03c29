"""The RQ jobs on real Redis (database 11) and the sandbox Gmail: unique sync jobs, retries
only where they can help, re-evaluation without Gmail, drafts never doubled, a worker
killed with SIGKILL mid-sync and resumed, and the periodic jobs."""

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import os
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta

import pytest
import redis
import time_machine
from rq.job import Job, JobStatus
from rq.registry import ScheduledJobRegistry, StartedJobRegistry
from sqlalchemy import select

from afterview.model import Action, Stage
from storage.models import (
    DraftKind,
    DraftRequest,
    DraftStatus,
    GmailAccount,
    SyncState,
    SyncStatus,
    ThreadRecord,
)
from storage.repository import request_draft
from tests.builders.workers import BurstWorker
from tests.conftest import ROOT, afterview_command
from tests.sync_helpers import (
    FIXED_NOW,
    ME,
    SYNC_REDIS_URL,
    admin,
    comparable,
    connect,
    differences,
    generated_sandbox,
    mailbox_state,
    reset_usage,
    settings_env,
    settings_for,
    usage,
    wait_for,
)
from worker import jobs, queueing
from worker.drafts import draft_message_id
from worker.queueing import Origin, Priority
from worker.runtime import reset_runtimes
from worker.schedule import CronThread, cron_scheduler, leadership

QUEUE = "afterview-test"
USER = Origin.SYNC_REQUESTED  # the jobs these tests enqueue: as a person asking


@pytest.fixture
def redis11():
    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    yield connection
    connection.flushdb()
    connection.close()


@pytest.fixture
def queues(redis11):
    return queueing.Queues(redis11, QUEUE)


@pytest.fixture
def env(monkeypatch):
    """Points the jobs (which read the environment) at a sandbox and a database."""

    def apply(running, db, **changes):
        settings = settings_for(running, db, queue_prefix=QUEUE, **changes)
        for name, value in settings_env(settings).items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        return settings

    yield apply
    reset_runtimes()


def work(queues, max_jobs=None):
    """Run what is queued, on the clock the generated mailboxes were written at."""
    with time_machine.travel(FIXED_NOW, tick=True):
        work_on_the_wall_clock(queues, max_jobs)


def work_on_the_wall_clock(queues, max_jobs=None):
    """For runs compared with a worker process, which keeps the machine's clock."""
    worker = BurstWorker(queues.in_order(), connection=queues.connection)
    worker.work(burst=True, with_scheduler=False, max_jobs=max_jobs)


def state_of(db, account_id):
    with db.session() as session:
        return session.get(SyncState, account_id)


def test_one_account_is_never_queued_twice(queues):
    created = datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=UTC)
    first = jobs.enqueue_sync(queues, 7, created, full=True, origin=USER)
    second = jobs.enqueue_sync(queues, 7, created, origin=USER)

    assert first is not None and first.id == "sync-7-1795608000123456"
    assert first.kwargs == {"account_id": 7, "full": True, "created": "1795608000123456"}
    assert second is None
    assert queues[Priority.INTERACTIVE].count == 1
    assert first.retries_left == 3 and first.timeout == queueing.SYNC_TIMEOUT
    # Once it is over (here: failed), its leftover hash no longer blocks a new one.
    first.set_status(JobStatus.FAILED)
    assert jobs.enqueue_sync(queues, 7, created, origin=USER) is not None
    # Another account given the same id (its row deleted, the id reused) is another job.
    later = created + timedelta(seconds=1)
    assert jobs.enqueue_sync(queues, 7, later, origin=USER) is not None


def test_a_leftover_is_deleted_only_while_it_is_over(queues):
    """Two callers meet the same finished leftover: the first deletes it and queues the
    account's sync; the second, a moment late, must not delete that new job."""
    created = datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=UTC)
    first = jobs.enqueue_sync(queues, 7, created, origin=USER)
    queues[Priority.INTERACTIVE].remove(first)
    first.set_status(JobStatus.FINISHED)
    seen_by_the_late_one = Job.fetch(first.id, connection=queues.connection)

    again = jobs.enqueue_sync(queues, 7, created, origin=USER)
    queueing._delete_if_over(seen_by_the_late_one)

    assert again is not None
    assert Job.fetch(again.id, connection=queues.connection).get_status() is JobStatus.QUEUED
    assert queues[Priority.INTERACTIVE].job_ids == [again.id]


def test_a_leftover_whose_execution_record_expired_is_still_replaced(queues):
    # A worker killed mid-job leaves the job's list of executions naming one whose record
    # has expired; RQ 3.0's Job.delete then raises "Execution ... not found in Redis",
    # which made every later request for that account's sync fail (the chaos run).
    created = datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=UTC)
    first = jobs.enqueue_sync(queues, 7, created, origin=USER)
    queues[Priority.INTERACTIVE].remove(first)
    first.set_status(JobStatus.FAILED)
    queues.connection.zadd(
        first.execution_registry.key, {"killed-horse-execution": 10**12}
    )  # its claim not yet lapsed

    again = jobs.enqueue_sync(queues, 7, created, origin=USER)

    assert again is not None
    assert queues[Priority.INTERACTIVE].job_ids == [again.id]
    assert queues.connection.zcard(again.execution_registry.key) == 0


def test_a_leftover_that_goes_while_it_is_looked_at_is_not_an_error(queues):
    # The chaos run: a finished leftover read, then gone (its result expired or another
    # caller deleted it) before its status was read again, raised InvalidJobOperation out
    # of the request for a sync.
    created = datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=UTC)
    first = jobs.enqueue_sync(queues, 7, created, origin=USER)
    queues[Priority.INTERACTIVE].remove(first)
    first.set_status(JobStatus.FINISHED)
    seen = Job.fetch(first.id, connection=queues.connection)
    queues.connection.delete(first.key)

    queueing._delete_if_over(seen)
    again = jobs.enqueue_sync(queues, 7, created, origin=USER)

    assert again is not None
    assert queues[Priority.INTERACTIVE].job_ids == [again.id]


def _created(db, model, row_id):
    with db.session() as session:
        return session.get(model, row_id).created_at


def enqueue_sync(queues, db, account_id, full=False):
    created = _created(db, GmailAccount, account_id)
    return jobs.enqueue_sync(queues, account_id, created, full, origin=USER)


def enqueue_draft(queues, db, request_id):
    return jobs.enqueue_draft(queues, request_id, _created(db, DraftRequest, request_id))


def sync_job_id(db, account_id):
    return jobs.sync_job_id(account_id, _created(db, GmailAccount, account_id))


def test_a_sync_job_syncs_and_labels_and_can_run_again(db, queues, env):
    with generated_sandbox(30) as running:
        account_id = connect(running, db)
        env(running, db)
        job = enqueue_sync(queues, db, account_id, full=True)
        work(queues)

        job.refresh()
        assert job.get_status() is JobStatus.FINISHED
        result = job.return_value()
        assert result["kind"] == "full" and result["threads_read"] > 0
        state = state_of(db, account_id)
        assert state.status is SyncStatus.IDLE and state.last_error is None
        assert any(name.startswith("Afterview/") for name in _label_names(running))

        again = enqueue_sync(queues, db, account_id)  # the finished job does not block it
        work(queues)
        assert again.return_value()["kind"] == "incremental"


def _label_names(running):
    return [label["name"] for label in mailbox_state(running)["labels"]]


def test_a_revoked_sign_in_fails_at_once_and_asks_for_a_new_one(db, queues, env):
    with generated_sandbox(10) as running:
        account_id = connect(running, db)
        env(running, db)
        admin(running, "/mailboxes/me@example.com/tokens/revoke", {})
        job = enqueue_sync(queues, db, account_id, full=True)
        work(queues)

        job.refresh()
        assert job.get_status() is JobStatus.FAILED
        assert job.retries_left == 0  # no retry can fix a revoked grant
        assert job.id not in ScheduledJobRegistry(queue=queues[Priority.INTERACTIVE]).get_job_ids()
        with db.session() as session:
            account = session.get(GmailAccount, account_id)
            assert account.needs_reauth and "sign" in account.reauth_reason
        state = state_of(db, account_id)
        assert state.status is SyncStatus.FAILED and "sign" in state.last_error

        # Asking again does not hammer Google: it fails without a single call.
        reset_usage(running)
        enqueue_sync(queues, db, account_id)
        work(queues)
        assert usage(running)["calls"] == {}


def test_gmail_out_of_reach_is_retried_later(db, queues, env):
    with generated_sandbox(5) as running:
        account_id = connect(running, db)
        env(running, db, gmail_api_endpoint="http://127.0.0.1:9")  # nothing listens there
        job = enqueue_sync(queues, db, account_id, full=True)
        work(queues)

        job.refresh()
        assert job.get_status() is JobStatus.SCHEDULED  # RQ retries it in 10 s
        assert job.retries_left == 2
        state = state_of(db, account_id)
        assert state.status is SyncStatus.QUEUED
        assert "GmailUnavailable" in state.last_error and "retrying" in state.last_error


def test_expired_advice_is_recomputed_without_gmail(db, queues, env):
    with generated_sandbox(30) as running:
        account_id = connect(running, db)
        env(running, db)
        enqueue_sync(queues, db, account_id, full=True)
        work(queues)
        with db.session() as session:
            interviews = session.scalars(
                select(ThreadRecord).where(ThreadRecord.interview.is_(True))
            ).all()
            fresh = {record.id: (record.action, record.stage) for record in interviews}
            for record in interviews:  # stale: expired a minute ago, action and stage wrong
                record.action = Action.NONE
                record.stage = Stage.NONE
                record.until = FIXED_NOW - timedelta(minutes=1)
        reset_usage(running)

        job = queues[Priority.BACKGROUND].enqueue("worker.jobs.reevaluate_due")
        work(queues, max_jobs=1)

        result = job.return_value()
        assert result["threads"] == len(fresh) and result["accounts_changed"] == [account_id]
        assert usage(running)["calls"] == {}  # not one Gmail call
        with db.session() as session:
            for record_id, (action, stage) in fresh.items():
                record = session.get(ThreadRecord, record_id)
                assert (record.action, record.stage) == (action, stage)
                assert record.until is None or record.until > FIXED_NOW
        # The new actions reach Gmail through the account's next sync, queued now.
        assert sync_job_id(db, account_id) in queues[Priority.BACKGROUND].job_ids


def test_a_draft_is_written_once_in_its_thread(db, queues, env):
    with generated_sandbox(40) as running:
        account_id = connect(running, db)
        env(running, db)
        enqueue_sync(queues, db, account_id, full=True)
        work(queues)
        with db.session() as session:
            thread = session.scalars(
                select(ThreadRecord).where(
                    ThreadRecord.interview.is_(True), ThreadRecord.contact.is_not(None)
                )
            ).first()
            user_id = thread.account.user_id
            request = request_draft(session, user_id, thread.id, DraftKind.THANK_YOU)
            session.flush()
            request_id, thread_id, contact = request.id, thread.gmail_thread_id, thread.contact

        enqueue_draft(queues, db, request_id)
        work(queues)
        enqueue_draft(queues, db, request_id)  # asked twice: still one draft
        work(queues)

        with db.session() as session:
            request = session.get(DraftRequest, request_id)
            assert request.status is DraftStatus.CREATED and request.gmail_draft_id
        drafts = mailbox_state(running)["drafts"]
        assert [d["id"] for d in drafts] == [request.gmail_draft_id]
        users = running.gmail().users()
        draft = users.drafts().get(userId="me", id=drafts[0]["id"], format="full").execute()
        headers = {h["name"].lower(): h["value"] for h in draft["message"]["payload"]["headers"]}
        assert draft["message"]["threadId"] == thread_id
        assert headers["to"] == contact
        last = [m for m in mailbox_state(running)["messages"] if m["threadId"] == thread_id]
        assert headers["in-reply-to"] in {m["rfc822MessageId"] for m in last}
        assert "SENT" not in draft["message"].get("labelIds", [])  # never sent
        # Greeted by first name, signed with the name the user sends their mail under.
        raw = users.drafts().get(userId="me", id=drafts[0]["id"], format="raw").execute()
        text = (
            email.message_from_bytes(
                base64.urlsafe_b64decode(raw["message"]["raw"]), policy=email.policy.default
            )
            .get_content()
            .replace("\r\n", "\n")
        )
        sent = users.messages().list(userId="me", q="in:sent", maxResults=1).execute()
        sent_from = (
            users.messages()
            .get(
                userId="me",
                id=sent["messages"][0]["id"],
                format="metadata",
                metadataHeaders=["From"],
            )
            .execute()["payload"]["headers"][0]["value"]
        )
        my_name = email.utils.parseaddr(sent_from)[0]
        assert my_name and text.endswith(f"Best regards,\n{my_name}\n")
        assert text.startswith("Hi ") or text.startswith("Hello,")


def test_a_draft_is_signed_with_the_profile_name_when_sent_mail_shows_none(db, queues, env):
    from tests.sync_helpers import deliver, recruiter_mail

    with generated_sandbox(0) as running:
        account_id = connect(running, db)
        env(running, db)
        invite = deliver(running, recruiter_mail("Interview: Analyst", "See you Tuesday."))
        # The user's own mail goes out under a bare address: no name to sign with there.
        deliver(
            running,
            recruiter_mail("Re: Interview: Analyst", "Thanks, see you then.", sender=ME),
            thread_id=invite["threadId"],
        )
        with db.session() as session:
            account = session.get(GmailAccount, account_id)
            account.user.profile_name = "Jordan Seeker"
            thread = ThreadRecord(
                account=account,
                gmail_thread_id=invite["threadId"],
                subject="Interview: Analyst",
                company="Northwind",
                role="Analyst",
                interview=True,
                contact="dana@northwind.example",
                gmail_message_ids=[invite["id"]],
            )
            session.add(thread)
            session.flush()
            request_id = request_draft(session, account.user_id, thread.id, "thank_you").id

        enqueue_draft(queues, db, request_id)
        work(queues)

        [draft] = mailbox_state(running)["drafts"]
        raw = running.gmail().users().drafts().get(userId="me", id=draft["id"], format="raw")
        text = email.message_from_bytes(
            base64.urlsafe_b64decode(raw.execute()["message"]["raw"]),
            policy=email.policy.default,
        ).get_content()
        assert text.replace("\r\n", "\n").endswith("Best regards,\nJordan Seeker\n")
        assert "the Analyst role at Northwind" in text


def test_a_draft_whose_answer_was_lost_is_found_not_written_again(db, queues, env):
    from tests.sync_helpers import recruiter_mail

    with generated_sandbox(30) as running:
        account_id = connect(running, db)
        env(running, db)
        enqueue_sync(queues, db, account_id, full=True)
        work(queues)
        with db.session() as session:
            thread = session.scalars(
                select(ThreadRecord).where(
                    ThreadRecord.interview.is_(True), ThreadRecord.contact.is_not(None)
                )
            ).first()
            request = request_draft(session, thread.account.user_id, thread.id, "follow_up")
            session.flush()
            request_id, thread_id = request.id, thread.gmail_thread_id
            message_id = draft_message_id(request, "me@example.com")
        # The first attempt reached Gmail, its answer did not reach us.
        raw = recruiter_mail("Re: following up", "Hello", sender="me@example.com",
                             message_id=message_id)  # fmt: skip
        running.gmail().users().drafts().create(
            userId="me", body={"message": {"raw": _b64(raw), "threadId": thread_id}}
        ).execute()

        enqueue_draft(queues, db, request_id)
        work(queues)

        assert len(mailbox_state(running)["drafts"]) == 1
        with db.session() as session:
            request = session.get(DraftRequest, request_id)
            assert request.status is DraftStatus.CREATED
            assert request.gmail_draft_id == mailbox_state(running)["drafts"][0]["id"]


def _b64(raw: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(raw).decode()


def test_a_worker_killed_mid_sync_is_resumed_to_the_clean_state(db, queues, env, tmp_path):
    from storage.db import Database
    from storage.migrate import upgrade

    with generated_sandbox(60) as running:
        account_id = connect(running, db)
        # Paced, and committing every 5 threads, so there is a "middle" to kill it in.
        settings = env(running, db, units_per_second=330.0, sync_chunk=5)
        job = enqueue_sync(queues, db, account_id, full=True)
        log = (tmp_path / "worker.log").open("wb")
        worker = subprocess.Popen(
            afterview_command("worker", "--burst", "--simple", "--name", "doomed"),
            cwd=ROOT,
            env={**os.environ, **settings_env(settings)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            state = wait_for(
                lambda: (s := state_of(db, account_id)) and s.progress_done >= 10 and s,
                what="the sync to be under way",
            )
            assert state.progress_done < state.progress_total
            # Meanwhile, a second sync of the account cannot be queued: it follows this one.
            assert enqueue_sync(queues, db, account_id) is None
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait(timeout=10)
        finally:
            if worker.poll() is None:
                worker.kill()
            log.close()
        assert worker.returncode == -signal.SIGKILL
        killed = state_of(db, account_id)
        assert killed.status is SyncStatus.RUNNING and killed.full_sync_started_at is not None
        assert killed.progress_done < killed.progress_total
        assert job.get_status(refresh=True) is JobStatus.STARTED

        # What RQ's maintenance does once the dead worker's claim on the job has lapsed
        # (a SimpleWorker claims it for its whole timeout; a forking worker for 90 s),
        # then what RQ's scheduler does once the retry's 10 s have passed.
        interactive = queues[Priority.INTERACTIVE]
        StartedJobRegistry(queue=interactive).cleanup(
            timestamp=time.time() + queueing.SYNC_TIMEOUT + 120
        )
        assert job.get_status(refresh=True) is JobStatus.SCHEDULED
        ScheduledJobRegistry(queue=interactive).requeue(job.id)
        work_on_the_wall_clock(queues, max_jobs=1)

        result = job.return_value(refresh=True)
        assert result["resumed"] and result["threads_skipped"] >= 10
        # The sync asked for during the killed run follows its end: an incremental one.
        assert interactive.job_ids == [queueing.follow_up_id(job)]
        work_on_the_wall_clock(queues)
        assert job.return_value(refresh=True)["kind"] == "incremental"
        assert state_of(db, account_id).status is SyncStatus.IDLE
        resumed = comparable(running, db, account_id)

    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    upgrade(clean_url)
    clean_db = Database.from_url(clean_url)
    try:
        with generated_sandbox(60) as running:
            clean_id = connect(running, clean_db)
            env(running, clean_db)
            enqueue_sync(queues, clean_db, clean_id, full=True)
            work_on_the_wall_clock(queues)
            diff = differences(comparable(running, clean_db, clean_id), resumed)
            assert not diff, "\n".join(diff)
    finally:
        clean_db.dispose()


def test_the_periodic_jobs_are_scheduled_with_rq_cron(db, queues, env):
    with generated_sandbox(5) as running:
        account_id = connect(running, db)
        settings = env(running, db)
        cron = cron_scheduler(queues.connection, settings)
        assert {(job.func_name, job.interval) for job in cron.get_jobs()} == {
            ("worker.jobs.enqueue_incremental_syncs", 60),
            ("worker.jobs.reevaluate_due", 60),
            ("worker.jobs.enqueue_weekly_summaries", 60),
        }
        thread = CronThread(cron, leadership(queues.connection, settings, cron))
        thread.start()
        try:
            background = queues[Priority.BACKGROUND]
            wait_for(lambda: background.count >= 3, what="the first tick of the periodic jobs")
        finally:
            thread.stop()
        assert not thread.is_alive()
        names = {Job.fetch(i, connection=queues.connection).func_name for i in background.job_ids}
        assert names == {
            "worker.jobs.enqueue_incremental_syncs",
            "worker.jobs.reevaluate_due",
            "worker.jobs.enqueue_weekly_summaries",
        }

        BurstWorker(queues.in_order(), connection=queues.connection).work(burst=True, max_jobs=3)
        # The periodic sync job queued the account's own sync.
        assert sync_job_id(db, account_id) in queues[Priority.BACKGROUND].job_ids


def test_a_sign_in_that_cannot_be_opened_is_recorded_and_shown(
    db, queues, env, make_server_app, redis11
):
    """With AFTERVIEW_SECRET_KEYS unset the stored grant cannot be opened: the sync and the
    draft fail, and the failure is kept (it used to be written in the session the re-raise
    rolled back, leaving `queued`, no error and a pending draft)."""
    from storage.api_tokens import issue_api_token
    from tests.storage_builders import a_thread

    with generated_sandbox(1) as running:
        account_id = connect(running, db)
        env(running, db, secret_keys="")
        with db.session() as session:
            account = session.get(GmailAccount, account_id)
            thread = a_thread(session, account, contact="rita@acme.example")
            draft_request = request_draft(session, account.user_id, thread.id, "thank_you")
            session.flush()
            request_id = draft_request.id
            token = issue_api_token(session, account.user)
            session.get(SyncState, account_id).status = SyncStatus.QUEUED
        sync = enqueue_sync(queues, db, account_id, full=True)
        draft = enqueue_draft(queues, db, request_id)
        work(queues)

    for job in (sync, draft):
        job.refresh()
        assert job.get_status() is JobStatus.FAILED and job.retries_left == 0
    state = state_of(db, account_id)
    assert state.status is SyncStatus.FAILED
    assert "cannot be opened" in state.last_error
    with db.session() as session:
        account = session.get(GmailAccount, account_id)
        assert account.needs_reauth and "cannot be opened" in account.reauth_reason
        request = session.get(DraftRequest, request_id)
        assert request.status is DraftStatus.FAILED and "cannot be opened" in request.error

    app = make_server_app(db, REDIS_URL=SYNC_REDIS_URL, QUEUE_PREFIX=QUEUE)
    shown = app.test_client().get("/api/sync", headers={"Authorization": f"Bearer {token}"})
    [status] = shown.json["accounts"]
    assert (status["status"], status["job"], status["needs_reauth"]) == ("failed", "failed", True)
    assert "cannot be opened" in status["last_error"]


def test_a_job_left_by_a_deleted_account_leaves_the_next_one_alone(db, queues, env):
    from storage.repository import delete_user
    from tests.storage_builders import a_user, an_account

    with generated_sandbox(1) as running:
        env(running, db)
        with db.session() as session:
            gone = an_account(session, a_user(session, "gone@example.com"))
            gone_id, gone_user = gone.id, gone.user_id
        left = enqueue_sync(queues, db, gone_id)
        with db.session() as session:
            delete_user(session, gone_user)
        with db.session() as session:  # on SQLite it gets the deleted account's id
            later_id = an_account(session, a_user(session, "later@example.com")).id
        reset_usage(running)
        work(queues)

        assert left.return_value() == {
            "account_id": gone_id,
            "skipped": "the account no longer exists",
        }
        assert state_of(db, later_id).status is SyncStatus.IDLE  # not touched
        assert usage(running)["calls"] == {}


def test_a_poll_whose_sync_waited_in_the_queue_still_counts_from_its_tick(db, queues, env):
    """A poll's sync that begins more than half a poll after its tick (a queue behind
    others, a loaded machine) is that tick's poll: the next tick finds the account due,
    where counting from when the sync began skipped it for a whole interval. The API's
    `last_incremental_sync_at` still says when the sync began; a retry of the job, which
    carries the same tick, does not move the cadence either."""
    from worker.polling import due_account_ids

    with generated_sandbox(5) as running:
        account_id = connect(running, db)
        settings = env(running, db)
        enqueue_sync(queues, db, account_id, full=True)
        work(queues)
        tick = FIXED_NOW + timedelta(minutes=5)
        with time_machine.travel(tick, tick=False):
            poll = queues[Priority.BACKGROUND].enqueue("worker.jobs.enqueue_incremental_syncs")
        began = tick + timedelta(seconds=40)  # more than half a poll (60 s) late
        with time_machine.travel(began, tick=True):
            work_on_the_wall_clock(queues)
        assert poll.latest_result().return_value["enqueued"] == [account_id]
        state = state_of(db, account_id)
        assert state.last_incremental_sync_at >= began
        assert state.last_polled_at == tick
        next_tick = tick + timedelta(seconds=settings.poll_interval)
        with db.session() as session:
            assert due_account_ids(
                session, next_tick, longest=settings.sync_interval, shortest=settings.poll_interval
            ) == [account_id]

        # The same job again, as RQ retries it: the account still counts from its tick.
        with time_machine.travel(began + timedelta(seconds=30), tick=True):
            jobs.sync_account(account_id, tick=queueing.created_stamp(tick))
        assert state_of(db, account_id).last_polled_at == tick
