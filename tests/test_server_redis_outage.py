"""Redis gone: the routes that need it answer 503 with Retry-After, as JSON, and leave
nothing half-done in the database (the rate limits keep counting in memory meanwhile)."""

from __future__ import annotations

import pytest

from storage.models import DraftRequest, SyncState, SyncStatus
from tests.conftest import EXTENSION_ID
from tests.server_builders import a_signed_in_user

NOTHING_LISTENS = "redis://127.0.0.1:9/0"


@pytest.fixture
def app(sqlite_db, make_server_app):
    return make_server_app(sqlite_db, REDIS_URL=NOTHING_LISTENS)


@pytest.fixture
def user(app, sqlite_db):
    return a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"], threads=1)


def _assert_unavailable(response):
    assert response.status_code == 503
    assert response.mimetype == "application/json"
    assert response.json["error"]["code"] == "unavailable"
    assert "try again" in response.json["error"]["message"]
    assert int(response.headers["Retry-After"]) > 0


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/api/sync", None),
        ("post", "/api/sync", {}),
        ("post", "/api/threads/{thread}/draft", {"kind": "thank_you"}),
    ],
)
def test_an_api_route_that_needs_redis_answers_503(app, user, method, path, body):
    client = app.test_client()
    url = path.format(thread=user.thread_ids[0])
    response = getattr(client, method)(url, json=body, headers=user.headers)
    _assert_unavailable(response)


def test_sign_in_cannot_start_without_redis(app):
    response = app.test_client().get(
        "/auth/google/start", query_string={"extension_id": EXTENSION_ID}
    )
    _assert_unavailable(response)


def test_a_draft_that_cannot_be_queued_is_not_kept(app, user, sqlite_db):
    client = app.test_client()
    response = client.post(
        f"/api/threads/{user.thread_ids[0]}/draft", json={"kind": "thank_you"}, headers=user.headers
    )
    _assert_unavailable(response)
    with sqlite_db.session() as session:
        assert session.query(DraftRequest).count() == 0  # no pending request without a job


def test_a_sync_that_cannot_be_queued_leaves_the_status_alone(app, user, sqlite_db):
    _assert_unavailable(app.test_client().post("/api/sync", headers=user.headers))
    with sqlite_db.session() as session:
        assert session.get(SyncState, user.account_id).status is SyncStatus.IDLE
