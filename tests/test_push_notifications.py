"""Gmail push notifications through the whole stack: the worker's `users.watch` per
account (renewed daily, kept in the database), `users.stop` when the user deletes their
account, and END TO END — sandbox Gmail, the API on a socket and an RQ worker: a mail
delivered to a watched mailbox is pushed by the sandbox's Pub/Sub to POST /hooks/gmail,
which queues the incremental sync that labels the thread and lists it in GET
/api/threads, with no poll at all (no scheduler runs here; the queues hold nothing but
the hook's job)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import time_machine
from werkzeug.serving import make_server

from gmail_sandbox.push import RetryPolicy
from storage.api_tokens import issue_api_token
from storage.models import GmailAccount, SyncState, ThreadRecord
from tests.builders.workers import BurstWorker
from tests.sync_helpers import (
    FIXED_NOW,
    KEY,
    ME,
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
from worker import jobs, queueing
from worker.queueing import Origin, Priority
from worker.runtime import reset_runtimes
from worker.schedule import cron_scheduler
from worker.sync import Syncer

QUEUE = "afterview-push-test"
TOPIC = "projects/afterview-test/topics/gmail"
PUSHER = "afterview-push@afterview-test.iam.gserviceaccount.com"


@pytest.fixture
def queues():
    with flushed_queues(QUEUE) as flushed:
        yield flushed


@pytest.fixture
def clock():
    """The generated mailboxes' moment, ticking: every part (sandbox, API, worker) reads it."""
    with time_machine.travel(FIXED_NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def push_sandbox(clock):
    """A sandbox Gmail with the push topic; pushes retried 50 ms apart (Pub/Sub: 10 s)."""
    with generated_sandbox(8, push_retry=RetryPolicy(0.05, 0.2)) as running:
        running.sandbox.pubsub.configure_topic(TOPIC)  # no subscription yet
        yield running


@pytest.fixture
def worker_env(monkeypatch):
    """Points the jobs (which read the environment) at the sandbox, a database, the topic."""

    def apply(running, database, **changes):
        settings = settings_for(running, database, queue_prefix=QUEUE, **changes)
        for name, value in settings_env(settings).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("AFTERVIEW_GMAIL_PUSH_TOPIC", TOPIC)
        reset_runtimes()
        return settings

    yield apply
    reset_runtimes()


def work(queues) -> None:
    worker = BurstWorker(queues.in_order(), connection=queues.connection)
    worker.work(burst=True, with_scheduler=False)


def watch_state(database, account_id) -> tuple[str | None, object]:
    with database.session() as session:
        state = session.get(SyncState, account_id)
        return state.watch_history_id, state.watch_expires_at


def test_each_account_is_watched_once_a_day_and_its_answer_kept(
    db, queues, push_sandbox, worker_env, clock
):
    account_id = connect(push_sandbox, db)
    worker_env(push_sandbox, db)

    first = jobs.enqueue_watch_renewals()
    work(queues)
    again = jobs.enqueue_watch_renewals()  # the same day: nothing to renew

    with db.session() as session:
        created = session.get(GmailAccount, account_id).created_at
    assert first["enqueued"] == [account_id] and again["enqueued"] == []
    assert queues.connection.exists(f"rq:job:{queueing.watch_job_id(account_id, created)}")
    history_id, expires = watch_state(db, account_id)
    watch = push_sandbox.sandbox.watches[ME]
    assert history_id == str(watch.history_id)
    assert int(expires.timestamp() * 1000) == watch.expiration_ms
    assert expires - FIXED_NOW > timedelta(days=6, hours=23)

    clock.shift(timedelta(days=1, minutes=1))
    renewed = jobs.enqueue_watch_renewals()
    work(queues)
    assert renewed["enqueued"] == [account_id]
    assert watch_state(db, account_id)[1] > expires
    assert push_sandbox.sandbox.usage()["users"][ME]["calls"]["gmail.users.watch"] == 2


def test_without_a_topic_nothing_is_watched_nor_scheduled(
    db, queues, push_sandbox, worker_env, monkeypatch
):
    connect(push_sandbox, db)
    settings = worker_env(push_sandbox, db)
    monkeypatch.delenv("AFTERVIEW_GMAIL_PUSH_TOPIC")
    reset_runtimes()

    assert "skipped" in jobs.enqueue_watch_renewals()
    assert not any(queue.count for queue in queues)
    names = {job.func_name for job in cron_scheduler(queues.connection, settings).get_jobs()}
    assert "worker.jobs.enqueue_watch_renewals" not in names
    watched = settings_for(push_sandbox, db, queue_prefix=QUEUE, gmail_push_topic=TOPIC)
    renewals = [
        job.interval
        for job in cron_scheduler(queues.connection, watched).get_jobs()
        if job.func_name == "worker.jobs.enqueue_watch_renewals"
    ]
    assert renewals == [watched.sync_interval]


def test_deleting_the_account_stops_its_watch(
    db, queues, push_sandbox, worker_env, make_server_app
):
    account_id = connect(push_sandbox, db)
    worker_env(push_sandbox, db)
    jobs.enqueue_watch_renewals()
    work(queues)
    assert ME in push_sandbox.sandbox.watches
    app = make_server_app(
        db,
        SECRET_KEYS=KEY,
        GOOGLE_OAUTH_SERVER=push_sandbox.url,
        GOOGLE_CLIENT_ID="afterview-local",
        GMAIL_PUSH_TOPIC=TOPIC,
        GMAIL_PUSH_SECRET="s" * 40,
    )
    with db.session() as session:
        token = issue_api_token(session, session.get(GmailAccount, account_id).user)

    answer = app.test_client().delete(
        "/api/account", json={}, headers={"Authorization": f"Bearer {token}"}
    )

    assert answer.status_code == 200, answer.json
    assert ME not in push_sandbox.sandbox.watches
    assert push_sandbox.sandbox.usage()["users"][ME]["calls"]["gmail.users.stop"] == 1


def test_mail_pushed_while_the_sync_runs_gets_a_sync_after_it(
    db, queues, push_sandbox, worker_env, monkeypatch
):
    account_id = connect(push_sandbox, db)
    worker_env(push_sandbox, db)
    with db.session() as session:
        created = session.get(GmailAccount, account_id).created_at
    queueing.enqueue_sync(queues, account_id, created, full=True, origin=Origin.SIGN_IN)
    work(queues)
    arrived = []
    first_pass = Syncer.run

    def pass_then_mail_arrives(syncer, full=False):
        report = first_pass(syncer, full)
        if not arrived:  # after the pass read history: this run will not see the mail
            mail = recruiter_mail("Interview invitation: SRE at Northwind", "Free Thursday?")
            arrived.append(deliver(push_sandbox, mail))
            # What POST /hooks/gmail does (server.push.sync_notified): its follow-up waits.
            assert queueing.enqueue_sync(queues, account_id, created, origin=Origin.PUSH) is None
        return report

    monkeypatch.setattr(Syncer, "run", pass_then_mail_arrives)
    job = queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
    work(queues)

    assert job.return_value(refresh=True)["kind"] == "incremental"  # the sync after it
    with db.session() as session:
        stored = session.query(ThreadRecord).filter_by(gmail_thread_id=arrived[0]["threadId"])
        assert stored.one().interview
    assert not any(queue.count for queue in queues)  # one more sync, not a chain


@pytest.fixture
def api_on_a_socket(make_server_app):
    """`serve(app)`: the API served on a free port in a thread; its base URL."""
    servers = []

    def serve(app) -> str:
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.daemon = True
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}"

    yield serve
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_new_mail_is_pushed_synced_labelled_and_listed_without_polling(
    db, queues, push_sandbox, worker_env, make_server_app, api_on_a_socket
):
    account_id = connect(push_sandbox, db)
    worker_env(push_sandbox, db)
    # The API shares the worker's queues and verifies pushes against the sandbox's certs.
    app = make_server_app(
        db,
        REDIS_URL=SYNC_REDIS_URL,
        QUEUE_PREFIX=QUEUE,
        SECRET_KEYS=KEY,
        GOOGLE_OAUTH_SERVER=push_sandbox.url,  # certs at /oauth2/v1/certs
        GMAIL_PUSH_TOPIC=TOPIC,
        GMAIL_PUSH_AUDIENCE="https://afterview.example/hooks/gmail",
        GMAIL_PUSH_SERVICE_ACCOUNT=PUSHER,
    )
    api_url = api_on_a_socket(app)
    push_sandbox.sandbox.pubsub.configure_topic(
        TOPIC,
        api_url + "/hooks/gmail",
        audience="https://afterview.example/hooks/gmail",
        service_account=PUSHER,
    )
    with db.session() as session:
        token = issue_api_token(session, session.get(GmailAccount, account_id).user)
        created = session.get(GmailAccount, account_id).created_at
    queueing.enqueue_sync(queues, account_id, created, full=True, origin=Origin.SIGN_IN)
    jobs.enqueue_watch_renewals()
    work(queues)
    assert not any(queue.count for queue in queues) and ME in push_sandbox.sandbox.watches

    delivered = deliver(
        push_sandbox,
        recruiter_mail(
            "Interview invitation: Platform Engineer at Northwind",
            "We would like to invite you to an interview. Are you available Thursday?",
        ),
    )
    sync_job = queueing.sync_job_id(account_id, created)
    interactive = queues[Priority.INTERACTIVE]  # new mail: read as promptly as asked
    pushes = push_sandbox.sandbox.pubsub.deliveries
    # The hook queues the sync before it answers: the answer is recorded a moment later.
    wait_for(
        lambda: interactive.job_ids and pushes and pushes[0].statuses,
        20,
        "the hook to queue a sync and answer",
    )

    assert interactive.job_ids == [sync_job]  # the push's sync; nothing polled
    assert [p.statuses for p in pushes] == [["204"]]
    assert pushes[0].history_id == int(delivered["historyId"])
    work(queues)

    with db.session() as session:
        thread = session.query(ThreadRecord).filter_by(gmail_thread_id=delivered["threadId"]).one()
        assert thread.interview and thread.action.value == "reply"
    assert any(
        name.startswith("Afterview/") for name in gmail_labels(push_sandbox)[delivered["id"]]
    )
    listed = app.test_client().get("/api/threads", headers={"Authorization": f"Bearer {token}"})
    subjects = [t["subject"] for group in listed.json["groups"] for t in group["threads"]]
    assert "Interview invitation: Platform Engineer at Northwind" in subjects
