"""A sync asked for while the account's sync RUNS is never lost and never starts a second
sync at once (worker.queueing.enqueue_sync): it becomes the running job's follow-up, which
RQ queues when that job ends and which queues the account's sync once more.

Real Redis, the sandbox Gmail, the API's POST /api/sync and RQ's own worker. The moments
are reached by code injected into the run — after a pass has read the history, or after
the job has returned and before RQ records it finished (`PausedAtTheEnd`) — never by
sleeping."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest
import time_machine
from rq.job import Job, JobStatus

from storage.api_tokens import issue_api_token
from storage.models import GmailAccount, SyncState, ThreadRecord
from tests.builders.workers import BurstWorker
from tests.sync_helpers import (
    FIXED_NOW,
    KEY,
    SYNC_REDIS_URL,
    connect,
    deliver,
    flushed_queues,
    generated_sandbox,
    gmail_labels,
    recruiter_mail,
    settings_env,
    settings_for,
    wait_for,
)
from worker import queueing
from worker.queueing import Origin
from worker.runtime import reset_runtimes
from worker.sync import Syncer

QUEUE = "afterview-follow-up-test"


@pytest.fixture
def queues():
    with flushed_queues(QUEUE) as flushed:
        yield flushed


@pytest.fixture
def running(monkeypatch):
    """A sandbox Gmail of 8 threads, on the generated mailbox's clock (ticking)."""
    with time_machine.travel(FIXED_NOW, tick=True), generated_sandbox(8) as sandbox:
        yield sandbox
    reset_runtimes()


@pytest.fixture
def synced(db, queues, running, monkeypatch):
    """The account connected and through its first (full) sync; its id and creation."""
    account_id = connect(running, db)
    settings = settings_for(running, db, queue_prefix=QUEUE)
    for name, value in settings_env(settings).items():
        monkeypatch.setenv(name, value)
    reset_runtimes()
    with db.session() as session:
        created = session.get(GmailAccount, account_id).created_at
    queueing.enqueue_sync(queues, account_id, created, full=True, origin=Origin.SIGN_IN)
    work(queues)
    return account_id, created


class PausedAtTheEnd(BurstWorker):
    """RQ's worker running `at_end(job)` once a sync job has returned and before RQ
    records it finished: the window in which a flag read by the job would be missed."""

    at_end: Callable[[Job], None] = staticmethod(lambda job: None)

    def handle_job_success(self, job, queue, started_job_registry, execution):
        if job.func_name == queueing.SYNC_JOB:
            at_end, self.at_end = self.at_end, staticmethod(lambda job: None)  # once
            at_end(job)
        super().handle_job_success(job, queue, started_job_registry, execution)


def work(queues, at_end: Callable[[Job], None] | None = None) -> BurstWorker:
    worker = PausedAtTheEnd(queues.in_order(), connection=queues.connection)
    if at_end is not None:
        worker.at_end = at_end
    worker.work(burst=True, with_scheduler=False)
    return worker


@pytest.fixture
def sync_runs(monkeypatch):
    """Every sync pass, as (kind, how many passes were running at once when it began)."""
    runs: list[tuple[str, int]] = []
    at_once = [0]
    real_run = Syncer.run

    def counted(syncer, full=False):
        at_once[0] += 1
        try:
            runs.append(("asked full" if full else "asked incremental", at_once[0]))
            report = real_run(syncer, full)
            runs[-1] = (report.kind, at_once[0])
            return report
        finally:
            at_once[0] -= 1

    monkeypatch.setattr(Syncer, "run", counted)
    return runs


def an_interview_mail(running) -> dict:
    return deliver(
        running,
        recruiter_mail(
            "Interview invitation: SRE at Northwind",
            "We would like to invite you to an interview. Are you available Thursday?",
        ),
    )


def assert_stored_and_labelled(db, running, delivered) -> None:
    with db.session() as session:
        thread = session.query(ThreadRecord).filter_by(gmail_thread_id=delivered["threadId"]).one()
        assert thread.interview and thread.action.value == "reply"
    labels = gmail_labels(running)[delivered["id"]]
    assert any(name.startswith("Afterview/") for name in labels), labels


@pytest.fixture
def api(db, running, make_server_app):
    """`post_sync()`: POST /api/sync as the account's user, through the API sharing the
    worker's queues; its answer's JSON."""

    def make(account_id):
        app = make_server_app(
            db,
            REDIS_URL=SYNC_REDIS_URL,
            QUEUE_PREFIX=QUEUE,
            SECRET_KEYS=KEY,
            GOOGLE_OAUTH_SERVER=running.url,
            GOOGLE_CLIENT_ID="afterview-local",
        )
        with db.session() as session:
            token = issue_api_token(session, session.get(GmailAccount, account_id).user)
        client = app.test_client()

        def post_sync():
            answer = client.post("/api/sync", json={}, headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == 202, answer.json
            return answer.json

        return post_sync

    return make


def test_a_sync_asked_for_while_one_runs_follows_it_and_reads_the_new_mail(
    db, queues, running, synced, api, sync_runs, monkeypatch
):
    account_id, created = synced
    post_sync = api(account_id)
    arrived = []
    real_run = Syncer.run  # counted

    def pass_then_mail_and_sync_now(syncer, full=False):
        report = real_run(syncer, full)
        if not arrived:  # the history is read: this run will not see the mail
            arrived.append(an_interview_mail(running))
            arrived.append(post_sync())
        return report

    monkeypatch.setattr(Syncer, "run", pass_then_mail_and_sync_now)
    queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    sync_runs.clear()
    work(queues)

    assert arrived[1]["accounts"][0]["job"] == "already_queued"
    assert sync_runs == [("incremental", 1), ("incremental", 1)]  # one more, after
    assert_stored_and_labelled(db, running, arrived[0])


@pytest.mark.parametrize("origin", [Origin.SYNC_REQUESTED, Origin.PUSH, Origin.POLL])
def test_a_request_after_the_jobs_end_before_rq_marks_it_finished_is_not_lost(
    origin, db, queues, running, synced, api, sync_runs
):
    account_id, created = synced
    post_sync = api(account_id)
    seen = {}

    def in_the_window(job):
        seen["status"] = Job.fetch(job.id, connection=queues.connection).get_status()
        seen["mail"] = an_interview_mail(running)
        if origin is Origin.SYNC_REQUESTED:
            post_sync()
        else:
            queueing.enqueue_sync(queues, account_id, created, origin=origin)

    queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    sync_runs.clear()
    work(queues, at_end=in_the_window)

    assert seen["status"] is JobStatus.STARTED  # RQ had not recorded its end
    assert [kind for kind, _ in sync_runs] == ["incremental", "incremental"]
    assert_stored_and_labelled(db, running, seen["mail"])


def test_a_request_from_another_thread_racing_the_runs_end_is_not_lost(
    db, queues, running, synced, sync_runs, monkeypatch
):
    """The request reads the sync as running; RQ records its end before the follow-up is
    made: the follow-up, depending on a job already over, is queued at once."""
    account_id, created = synced
    saw_it_running = threading.Event()
    real_follow_up = queueing._follow_up

    def follow_up_once_the_run_is_over(sync, queue, tick=None):
        saw_it_running.set()  # the worker may now record the end
        wait_for(
            lambda: sync.get_status(refresh=True) is JobStatus.FINISHED, 20, "RQ to record the end"
        )
        return real_follow_up(sync, queue, tick)

    monkeypatch.setattr(queueing, "_follow_up", follow_up_once_the_run_is_over)
    answers, seen = [], {}
    request = threading.Thread(
        target=lambda: answers.append(
            queueing.enqueue_sync(queues, account_id, created, origin=Origin.PUSH)
        )
    )

    def in_the_window(job):
        seen["mail"] = an_interview_mail(running)
        request.start()
        assert saw_it_running.wait(20)

    queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    sync_runs.clear()
    work(queues, at_end=in_the_window)
    request.join(20)
    work(queues)  # the burst above may have ended before the follow-up was queued

    assert answers == [None]  # no second sync beside it: a follow-up
    assert [kind for kind, _ in sync_runs] == ["incremental", "incremental"]
    assert_stored_and_labelled(db, running, seen["mail"])


def test_many_requests_during_one_run_make_exactly_one_more_sync_never_two_at_once(
    db, queues, running, synced, sync_runs, monkeypatch
):
    account_id, created = synced
    during = {}
    real_run = Syncer.run  # counted

    def asked_many_times(syncer, full=False):
        report = real_run(syncer, full)
        if not during:
            during["mail"] = an_interview_mail(running)
            for origin in [Origin.SYNC_REQUESTED, Origin.PUSH, Origin.POLL, Origin.PUSH]:
                during.setdefault("answers", []).append(
                    queueing.enqueue_sync(queues, account_id, created, origin=origin)
                )
            # A second worker, meanwhile, finds nothing it may run: no second sync.
            other = BurstWorker(queues.in_order(), connection=queues.connection)
            other.work(burst=True, with_scheduler=False)
            during["other ran"] = other.successful_job_count + other.failed_job_count
            during["waiting"] = {
                job_id
                for queue in queues
                for job_id in queue.deferred_job_registry.get_job_ids() + queue.job_ids
            }
        return report

    monkeypatch.setattr(Syncer, "run", asked_many_times)
    first = queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    sync_runs.clear()
    work(
        queues,
        at_end=lambda job: queueing.enqueue_sync(queues, account_id, created, origin=Origin.PUSH),
    )

    assert during["answers"] == [None, None, None, None]
    assert during["other ran"] == 0
    assert during["waiting"] == {queueing.follow_up_id(first)}  # one follow-up, deferred
    assert sync_runs == [("incremental", 1), ("incremental", 1)]  # exactly one more
    assert_stored_and_labelled(db, running, during["mail"])
    assert not any(queue.count for queue in queues)


@pytest.mark.parametrize(
    ("running_full", "asked_full", "expected"),
    [
        (False, True, ["incremental", "full"]),  # a full one asked for: done after
        (True, False, ["full", "incremental"]),  # the full one ends as asked, then one more
    ],
)
def test_full_and_incremental_requests_meeting_a_running_sync_both_end_done(
    running_full, asked_full, expected, db, queues, running, synced, sync_runs
):
    account_id, created = synced

    def asked_in_the_window(job):
        queueing.enqueue_sync(queues, account_id, created, asked_full, origin=Origin.SYNC_REQUESTED)

    queueing.enqueue_sync(queues, account_id, created, running_full, origin=Origin.POLL)
    sync_runs.clear()
    work(queues, at_end=asked_in_the_window)

    assert [kind for kind, _ in sync_runs] == expected
    assert not queues.connection.keys(queueing.FULL_SYNC_PREFIX + "*")  # taken


def test_a_full_sync_asked_for_while_an_incremental_one_waits_makes_it_full(
    db, queues, running, synced, sync_runs
):
    account_id, created = synced
    polled = queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    asked = queueing.enqueue_sync(queues, account_id, created, True, origin=Origin.SYNC_REQUESTED)
    sync_runs.clear()
    work(queues)

    assert polled is not None and asked is None  # the same job, promoted
    assert [kind for kind, _ in sync_runs] == ["full"]


def test_a_poll_meeting_a_running_sync_is_followed_and_its_tick_kept(db, queues, running, synced):
    """A poll whose tick finds the account's previous sync still running (a queue behind
    on a loaded machine) gets that sync's follow-up, reported as the poll's, and the
    follow-up's sync counts the account as polled at that tick (worker.polling)."""
    account_id, created = synced
    seen = {}

    def in_the_window(job):
        if "tick" not in seen:
            # A tick just after the running sync began (its stored poll moment): no clock read.
            with db.session() as session:
                began = session.get(SyncState, account_id).last_polled_at
            seen["tick"] = began + timedelta(microseconds=1)
            seen["answer"] = queueing.request_sync(
                queues, account_id, created, origin=Origin.POLL, tick=seen["tick"]
            )

    queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    work(queues, at_end=in_the_window)

    assert seen["answer"] == (None, True)
    with db.session() as session:
        state = session.get(SyncState, account_id)
        assert state.last_polled_at == seen["tick"] < state.last_incremental_sync_at
