"""The popup's list and counts, feedback, drafts and sync, against a real database and a
real Redis (db 12): jobs are checked in Redis by id and arguments."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
import time_machine
from rq.job import Job

from afterview.model import Action, Stage
from gmail.links import gmail_url
from storage.models import DraftRequest, Feedback, FeedbackKind, SyncState, User
from storage.repository import delete_user
from tests.server_builders import a_signed_in_user, add_thread
from tests.storage_builders import NOW
from worker import queueing


@pytest.fixture
def app(db, make_server_app):
    """On SQLite and on PostgreSQL (the `db` fixture's two backends)."""
    return make_server_app(db)


@pytest.fixture
def alice(app, db):
    return a_signed_in_user(db, app.extensions["afterview.secrets"], threads=0)


def _by_group(listing):
    return {group["key"]: group["threads"] for group in listing["groups"]}


def test_threads_are_grouped_by_what_to_do_now(app, db, alice):
    made = {
        action: add_thread(db, alice.account_id, action=action, until=NOW + timedelta(days=400))
        for action in (Action.REPLY, Action.SEND_THANK_YOU, Action.FOLLOW_UP, Action.PREPARE)
    }
    made[Action.OFFER] = add_thread(db, alice.account_id, action=Action.OFFER, until=None)
    made[Action.CLOSED] = add_thread(
        db, alice.account_id, action=Action.CLOSED, until=None, stage=Stage.REJECTED
    )
    add_thread(db, alice.account_id, interview=False)  # not an interview: not listed
    response = app.test_client().get("/api/threads", headers=alice.headers)
    assert response.status_code == 200
    groups = _by_group(response.json)
    assert list(groups) == ["act_now", "prepare", "wait", "move_on", "closed", "offer", "other"]
    assert {t["id"] for t in groups["act_now"]} == {
        made[Action.REPLY],
        made[Action.SEND_THANK_YOU],
        made[Action.FOLLOW_UP],
    }
    assert [t["id"] for t in groups["prepare"]] == [made[Action.PREPARE]]
    assert [t["id"] for t in groups["offer"]] == [made[Action.OFFER]]
    assert [t["id"] for t in groups["closed"]] == [made[Action.CLOSED]]
    assert groups["wait"] == groups["move_on"] == groups["other"] == []


def test_a_listed_thread_carries_what_the_popup_shows(app, db, alice):
    thread_id = add_thread(
        db,
        alice.account_id,
        gmail_thread_id="18c2a7f0b1d2e3f4",
        subject="Interview: Backend Engineer",
        company="Globex",
        role="Backend Engineer",
        action=Action.WAIT,
        reason="Globex said they would decide by Friday.",
        until=NOW + timedelta(days=400),
        last_message_at=NOW - timedelta(days=1),
    )
    thread = _by_group(app.test_client().get("/api/threads", headers=alice.headers).json)["wait"][0]
    assert thread == {
        "id": thread_id,
        "gmail_thread_id": "18c2a7f0b1d2e3f4",
        "account": alice.email,
        "company": "Globex",
        "role": "Backend Engineer",
        "subject": "Interview: Backend Engineer",
        "stage": "interviewed",
        "action": "wait",
        "reason": "Globex said they would decide by Friday.",
        "until": (NOW + timedelta(days=400)).isoformat(),
        "due": None,
        "day_only": False,
        "contact": None,
        "last_message_at": (NOW - timedelta(days=1)).isoformat(),
        "gmail_url": gmail_url(alice.email, "18c2a7f0b1d2e3f4"),
        "application": None,
    }
    assert thread["gmail_url"].startswith("https://mail.google.com/mail/?authuser=seeker")
    assert thread["gmail_url"].endswith("#all/18c2a7f0b1d2e3f4")


def test_a_thread_shows_its_application(app, db, server_redis):
    user = a_signed_in_user(db, app.extensions["afterview.secrets"], threads=1)
    listing = app.test_client().get("/api/threads", headers=user.headers).json
    application = _by_group(listing)["wait"][0]["application"]
    assert application["company"] == "Acme" and application["role"] == "Engineer"
    assert isinstance(application["id"], int)


def test_feedback_hides_threads_and_is_stored(app, db, alice):
    client = app.test_client()
    ids = [add_thread(db, alice.account_id, until=NOW + timedelta(days=400)) for _ in range(3)]
    assert client.post(f"/api/threads/{ids[0]}/dismiss", headers=alice.headers).json == {
        "thread_id": ids[0],
        "feedback": "dismissed",
        "until": None,
        "senders": [],
    }
    until = NOW + timedelta(days=30)
    with time_machine.travel(NOW, tick=False):  # "until" must be ahead of the server's clock
        snoozed = client.post(
            f"/api/threads/{ids[1]}/snooze",
            json={"until": until.astimezone(timezone(timedelta(hours=2))).isoformat()},
            headers=alice.headers,
        )
        assert snoozed.status_code == 200
        assert snoozed.json["until"] == until.isoformat()
        marked = client.post(f"/api/threads/{ids[2]}/not-interview", headers=alice.headers)
        assert marked.status_code == 200
        listing = client.get("/api/threads", headers=alice.headers).json
        assert all(group["threads"] == [] for group in listing["groups"])
    with db.session() as session:
        kinds = {row.thread_id: row.kind for row in session.query(Feedback)}
    assert kinds == {
        ids[0]: FeedbackKind.DISMISSED,
        ids[1]: FeedbackKind.SNOOZED,
        ids[2]: FeedbackKind.NOT_INTERVIEW,
    }


def test_not_interview_can_cover_the_threads_senders_for_the_next_sync(app, db, alice):
    from storage.repository import senders_marked_not_interview
    from tests.server_builders import interview_facts, thread_columns

    thread_id = add_thread(
        db,
        alice.account_id,
        contact="hr@initech.example",
        **thread_columns(interview_facts(company="Initech", recruiter="Bob@Initech.example")),
    )
    response = app.test_client().post(
        f"/api/threads/{thread_id}/not-interview",
        json={"include_sender": True},
        headers=alice.headers,
    )
    assert response.json["senders"] == ["bob@initech.example", "hr@initech.example"]
    with db.session() as session:
        assert senders_marked_not_interview(session, alice.user_id) == {
            "bob@initech.example",
            "hr@initech.example",
        }


def test_is_interview_brings_back_a_thread_the_detector_missed(app, db, alice):
    thread_id = add_thread(db, alice.account_id, interview=False, action=Action.NONE, until=None)
    client = app.test_client()
    assert _by_group(client.get("/api/threads", headers=alice.headers).json)["other"] == []
    marked = client.post(f"/api/threads/{thread_id}/is-interview", headers=alice.headers)
    assert marked.status_code == 200
    listed = _by_group(client.get("/api/threads", headers=alice.headers).json)["other"]
    assert [thread["id"] for thread in listed] == [thread_id]


def test_snooze_must_be_in_the_future(client, sqlite_db, server_app):
    user = a_signed_in_user(sqlite_db, server_app.extensions["afterview.secrets"], threads=1)
    for until, message in (
        ("2001-01-01T00:00:00Z", "until: must be in the future"),
        ("2999-01-01T00:00:00Z", "until: at most a year from now"),
    ):
        response = client.post(
            f"/api/threads/{user.thread_ids[0]}/snooze",
            json={"until": until},
            headers=user.headers,
        )
        assert response.status_code == 422
        assert response.json["error"] == {
            "code": "validation_error",
            "message": message,
            "field": "until",
        }


def test_summary_counts_actions_due_and_interviews_this_week(app, db, alice):
    for action in (Action.REPLY, Action.FOLLOW_UP):
        add_thread(db, alice.account_id, action=action, until=NOW + timedelta(days=400))
    # Interviews: one later this week, one next week (a `prepare` lasts until it starts).
    add_thread(db, alice.account_id, action=Action.PREPARE, until=NOW + timedelta(days=1))
    add_thread(db, alice.account_id, action=Action.PREPARE, until=NOW + timedelta(days=9))
    from server.popup import summary
    from storage.advice import current_threads

    with app.test_request_context(), db.session() as session:
        user = session.get(User, alice.user_id)
        counted = summary(current_threads(session, user, NOW), NOW, "UTC")
    assert counted["actions_due"] == 2
    assert counted["interviews_this_week"] == 1  # NOW is a Wednesday
    assert counted["counts"]["prepare"] == 2
    response = app.test_client().get("/api/summary", headers=alice.headers)
    assert response.status_code == 200
    assert response.json["actions_due"] == 2


def _job(redis, job_id):
    return Job.fetch(job_id, connection=redis)


def _sync_job_id(db, account_id):
    from storage.models import GmailAccount

    with db.session() as session:
        return queueing.sync_job_id(account_id, session.get(GmailAccount, account_id).created_at)


INTERACTIVE = "rq:queue:afterview-interactive"


def test_sync_is_enqueued_once_with_the_account_and_mode(app, db, alice, server_redis):
    client = app.test_client()
    first = client.post("/api/sync", json={"full": True}, headers=alice.headers)
    assert first.status_code == 202
    assert first.json["accounts"][0]["job"] == "queued"
    job_id = _sync_job_id(db, alice.account_id)
    job = _job(server_redis, job_id)
    assert job.func_name == "worker.jobs.sync_account"
    assert job.kwargs == {
        "account_id": alice.account_id,
        "full": True,
        "created": job_id.rpartition("-")[2],
    }
    # the worker's own timeout and retries, not RQ's 180 s default: a full sync is long
    assert job.timeout == queueing.SYNC_TIMEOUT
    assert job.retries_left == len(queueing.RETRY_INTERVALS)
    assert job.origin == "afterview-interactive"  # a person asked: served first
    assert server_redis.lrange(INTERACTIVE, 0, -1) == [job_id.encode()]
    again = client.post("/api/sync", headers=alice.headers)
    assert again.json["accounts"][0]["job"] == "already_queued"
    assert server_redis.llen(INTERACTIVE) == 1
    status = client.get("/api/sync", headers=alice.headers).json["accounts"][0]
    assert status["status"] == "queued"
    assert status["job"] == "queued"


def test_a_finished_sync_job_does_not_block_the_next(app, db, alice, server_redis):
    client = app.test_client()
    client.post("/api/sync", headers=alice.headers)
    job = _job(server_redis, _sync_job_id(db, alice.account_id))
    server_redis.lrem(INTERACTIVE, 0, job.id)
    job.set_status("failed")  # as a worker leaves it (RQ keeps failed jobs for a while)
    again = client.post("/api/sync", headers=alice.headers)
    assert again.json["accounts"][0]["job"] == "queued"
    assert _job(server_redis, job.id).get_status() == "queued"


def test_a_sync_asked_for_moves_the_waiting_periodic_one_to_the_front(app, db, alice, server_redis):
    """A poll queued behind a backlog of periodic syncs is the same job as the one the
    person asks for: it is moved to the interactive queue, not left waiting."""
    from storage.models import GmailAccount

    queues = queueing.Queues(server_redis)
    with db.session() as session:
        created = session.get(GmailAccount, alice.account_id).created_at
    queues[queueing.Priority.BACKGROUND].enqueue("worker.jobs.reevaluate_due")  # the backlog
    polled = queueing.enqueue_sync(queues, alice.account_id, created, origin=queueing.Origin.POLL)
    assert polled.origin == "afterview-background"

    asked = app.test_client().post("/api/sync", headers=alice.headers)

    assert asked.json["accounts"][0]["job"] == "already_queued"
    assert server_redis.lrange(INTERACTIVE, 0, -1) == [polled.id.encode()]
    assert polled.id.encode() not in server_redis.lrange("rq:queue:afterview-background", 0, -1)
    assert _job(server_redis, polled.id).origin == "afterview-interactive"


def test_sync_status_shows_progress_and_errors(app, db, alice):
    with db.session() as session:
        state = session.get(SyncState, alice.account_id)
        state.status, state.phase, state.phase_text = "running", "window", "the last 12 months"
        state.progress_done, state.progress_total, state.seconds_left = 120, 480, 96
        state.last_error = "Gmail answered 503 twice; retrying"
        state.last_full_sync_at = NOW
    status = app.test_client().get("/api/sync", headers=alice.headers).json
    assert status == {
        "accounts": [
            {
                "id": alice.account_id,
                "address": alice.email,
                "status": "running",
                "job": None,
                "phase": "window",
                "phase_text": "the last 12 months",
                "progress": {"done": 120, "total": 480, "seconds_left": 96},
                "last_full_sync_at": NOW.isoformat(),
                "last_incremental_sync_at": None,
                "last_error": "Gmail answered 503 twice; retrying",
                "needs_reauth": False,
                "reauth_reason": None,
            }
        ]
    }


def test_a_draft_is_enqueued_for_the_advised_kind(app, db, alice, server_redis):
    thread_id = add_thread(
        db, alice.account_id, action=Action.SEND_THANK_YOU, until=NOW + timedelta(days=400)
    )
    client = app.test_client()
    response = client.post(f"/api/threads/{thread_id}/draft", headers=alice.headers)
    assert response.status_code == 202
    draft = response.json["draft"]
    assert draft["kind"] == "thank_you" and draft["status"] == "pending"
    assert response.json["job"] == "queued"
    with db.session() as session:
        created = session.get(DraftRequest, draft["id"]).created_at
    job = _job(server_redis, queueing.draft_job_id(draft["id"], created))
    assert job.func_name == "worker.jobs.create_draft"
    stamp = queueing.created_stamp(created)
    assert job.kwargs == {"draft_request_id": draft["id"], "created": stamp}
    again = client.post(f"/api/threads/{thread_id}/draft", headers=alice.headers)
    assert again.json["draft"]["id"] == draft["id"]
    assert again.json["job"] == "already_queued"
    with db.session() as session:
        assert session.query(DraftRequest).count() == 1
    assert job.origin == "afterview-interactive"  # a person is waiting for it


def test_a_draft_needs_a_kind_when_the_advice_is_not_to_write(app, db, alice, server_redis):
    later = NOW + timedelta(days=400)
    thread_id = add_thread(db, alice.account_id, action=Action.WAIT, until=later)
    client = app.test_client()
    refused = client.post(f"/api/threads/{thread_id}/draft", headers=alice.headers)
    assert refused.status_code == 409
    assert refused.json["error"]["code"] == "nothing_to_draft"
    assert server_redis.llen(INTERACTIVE) == 0
    chosen = client.post(
        f"/api/threads/{thread_id}/draft", json={"kind": "follow_up"}, headers=alice.headers
    )
    assert chosen.status_code == 202
    assert chosen.json["draft"]["kind"] == "follow_up"


def test_a_deleted_users_jobs_are_not_taken_for_the_next_users(sqlite_db, make_server_app):
    # SQLite gives a deleted row's id to the next row: job ids must not follow it.
    app = make_server_app(sqlite_db)
    client, box = app.test_client(), app.extensions["afterview.secrets"]
    gone = a_signed_in_user(sqlite_db, box, email="gone@example.com")
    gone_thread = add_thread(sqlite_db, gone.account_id, action=Action.SEND_THANK_YOU)
    assert client.post("/api/sync", headers=gone.headers).json["accounts"][0]["job"] == "queued"
    drafted = client.post(f"/api/threads/{gone_thread}/draft", headers=gone.headers).json
    with sqlite_db.session() as session:  # deleted (DELETE /api/account, Google reached)
        delete_user(session, gone.user_id)

    later = a_signed_in_user(sqlite_db, box, email="later@example.com")
    later_thread = add_thread(sqlite_db, later.account_id, action=Action.SEND_THANK_YOU)
    assert (later.account_id, later_thread) == (gone.account_id, gone_thread)  # ids reused
    synced = client.post("/api/sync", headers=later.headers).json["accounts"][0]
    assert synced["job"] == "queued"  # not "already_queued" behind the deleted user's job
    status = client.get("/api/sync", headers=later.headers).json["accounts"][0]
    assert status["job"] == "queued"
    again = client.post(f"/api/threads/{later_thread}/draft", headers=later.headers).json
    assert again["draft"]["id"] == drafted["draft"]["id"]
    assert again["job"] == "queued"
