"""The popup's list is kept per user while nothing behind it moved; each of the things it
depends on (rows, feedback, the clock, settings) must make the next answer fresh."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import delete

from afterview.model import Action
from storage.models import ThreadRecord, User
from storage.repository import upsert_thread
from tests.server_builders import a_signed_in_user, add_thread
from tests.storage_builders import NOW


@pytest.fixture
def app(db, make_server_app):
    return make_server_app(db, RATELIMIT_ENABLED=False)


@pytest.fixture
def alice(app, db):
    return a_signed_in_user(db, app.extensions["afterview.secrets"])


def _listed(client, user) -> dict[int, str]:
    listing = client.get("/api/threads", headers=user.headers).json
    return {t["id"]: t["action"] for group in listing["groups"] for t in group["threads"]}


def test_an_unchanged_list_answers_304_to_its_etag(app, db, alice):
    add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    client = app.test_client()
    first = client.get("/api/threads", headers=alice.headers)
    assert first.status_code == 200 and first.headers["ETag"]
    again = client.get(
        "/api/threads", headers={**alice.headers, "If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304
    assert again.headers["ETag"] == first.headers["ETag"]


def test_a_thread_the_worker_changed_is_shown_changed(app, db, alice):
    thread_id = add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    client = app.test_client()
    assert _listed(client, alice) == {thread_id: "wait"}
    with db.session() as session:
        gmail_id = session.get(ThreadRecord, thread_id).gmail_thread_id
        upsert_thread(session, alice.account_id, gmail_id, action=Action.FOLLOW_UP)
    assert _listed(client, alice) == {thread_id: "follow_up"}


def test_a_deleted_thread_disappears(app, db, alice):
    kept = add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    gone = add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    client = app.test_client()
    assert set(_listed(client, alice)) == {kept, gone}
    with db.session() as session:
        session.execute(delete(ThreadRecord).where(ThreadRecord.id == gone))
    assert set(_listed(client, alice)) == {kept}


def test_a_snoozed_thread_comes_back_when_the_snooze_ends(app, db, alice):
    thread_id = add_thread(db, alice.account_id, until=None, action=Action.OFFER)
    client = app.test_client()
    with time_machine.travel(NOW, tick=False) as clock:
        until = (NOW + timedelta(days=2)).isoformat()
        snoozed = client.post(
            f"/api/threads/{thread_id}/snooze", json={"until": until}, headers=alice.headers
        )
        assert snoozed.status_code == 200
        assert _listed(client, alice) == {}
        clock.move_to(NOW + timedelta(days=2, seconds=1))
        assert _listed(client, alice) == {thread_id: "offer"}


def test_a_settings_change_is_not_hidden_by_the_cache(app, db, alice):
    add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    client = app.test_client()
    assert client.get("/api/threads", headers=alice.headers).json["timezone"] == "UTC"
    with db.session() as session:
        session.get(User, alice.user_id).timezone = "Europe/Paris"
    assert client.get("/api/threads", headers=alice.headers).json["timezone"] == "Europe/Paris"


def test_users_never_see_each_others_cached_list(app, db, alice):
    bob = a_signed_in_user(db, app.extensions["afterview.secrets"])
    mine = add_thread(db, alice.account_id, until=NOW + timedelta(days=400))
    theirs = add_thread(db, bob.account_id, until=NOW + timedelta(days=400))
    client = app.test_client()
    assert set(_listed(client, alice)) == {mine}
    assert set(_listed(client, bob)) == {theirs}
    assert set(_listed(client, alice)) == {mine}
