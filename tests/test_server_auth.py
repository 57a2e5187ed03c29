"""Authorisation on every route, per-user isolation, token revocation and rate limits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.openapi import OPERATIONS
from storage.api_tokens import issue_api_token, revoke_api_token
from tests.server_builders import a_signed_in_user
from tests.storage_builders import NOW

PROTECTED = [op for op in OPERATIONS if op.authenticated]
IN_A_MONTH = (NOW + timedelta(days=30)).isoformat()  # only sent where auth refuses first
BODIES = {"/api/threads/{thread_id}/snooze": {"until": IN_A_MONTH}}


def _call(client, operation, thread_id, headers):
    path = operation.path.replace("{thread_id}", str(thread_id))
    body = BODIES.get(operation.path)
    return client.open(path, method=operation.method.upper(), json=body, headers=headers)


@pytest.fixture
def two_users(server_app, sqlite_db):
    box = server_app.extensions["afterview.secrets"]
    return (
        a_signed_in_user(sqlite_db, box, threads=1),
        a_signed_in_user(sqlite_db, box, threads=1),
    )


BAD_CREDENTIALS = {
    "no token": {},
    "wrong token": {"Authorization": "Bearer afv_not-a-token-we-issued"},
    "not bearer": {"Authorization": "Basic dXNlcjpwYXNz"},
    "empty bearer": {"Authorization": "Bearer "},
    "oversize token": {"Authorization": "Bearer " + "x" * 5000},
}


@pytest.mark.parametrize("operation", PROTECTED, ids=lambda op: f"{op.method} {op.path}")
def test_every_api_route_needs_a_valid_token(client, two_users, operation):
    for case, headers in BAD_CREDENTIALS.items():
        response = _call(client, operation, two_users[0].thread_ids[0], headers)
        assert response.status_code == 401, case
        assert response.json["error"]["code"] == "unauthorized", case
        assert response.headers["WWW-Authenticate"].startswith("Bearer"), case


@pytest.mark.parametrize("operation", PROTECTED, ids=lambda op: f"{op.method} {op.path}")
def test_a_revoked_token_is_refused_everywhere(client, sqlite_db, two_users, operation):
    alice, _ = two_users
    with sqlite_db.session() as session:
        assert revoke_api_token(session, alice.token)
    response = _call(client, operation, alice.thread_ids[0], alice.headers)
    assert response.status_code == 401
    assert "revoked" in response.json["error"]["message"]


THREAD_ROUTES = [op for op in PROTECTED if "{thread_id}" in op.path]


@pytest.mark.parametrize("operation", THREAD_ROUTES, ids=lambda op: f"{op.method} {op.path}")
def test_another_users_thread_is_not_found_like_a_missing_one(client, two_users, operation):
    alice, bob = two_users
    theirs = _call(client, operation, bob.thread_ids[0], alice.headers)
    missing = _call(client, operation, 999_999, alice.headers)
    huge = _call(client, operation, 10**30, alice.headers)
    assert theirs.status_code == missing.status_code == huge.status_code == 404
    assert theirs.json["error"]["code"] == missing.json["error"]["code"] == "not_found"
    # Nothing tells "exists but not yours" from "does not exist" (the message names the id).
    assert theirs.json["error"]["message"].replace(str(bob.thread_ids[0]), "N") == missing.json[
        "error"
    ]["message"].replace("999999", "N")


def test_lists_show_only_the_users_own_threads(client, two_users):
    alice, bob = two_users
    listed = client.get("/api/threads", headers=alice.headers).json
    ids = [thread["id"] for group in listed["groups"] for thread in group["threads"]]
    assert ids == alice.thread_ids
    assert client.get("/api/summary", headers=bob.headers).json["counts"]["wait"] == 1


def test_the_extension_can_revoke_its_own_token(client, two_users):
    alice, bob = two_users
    response = client.delete("/api/token", headers=alice.headers)
    assert response.status_code == 200
    assert response.json == {"revoked": True}
    assert client.get("/api/threads", headers=alice.headers).status_code == 401
    assert client.get("/api/threads", headers=bob.headers).status_code == 200


def test_the_api_rate_limit_is_per_user_and_answered_as_json(
    sqlite_db, server_redis, make_server_app
):
    from storage.models import User

    app = make_server_app(sqlite_db, RATELIMIT_API="3 per minute")
    box = app.extensions["afterview.secrets"]
    alice = a_signed_in_user(sqlite_db, box)
    bob = a_signed_in_user(sqlite_db, box)
    with sqlite_db.session() as session:  # a second token of Alice's: the same counter
        other = issue_api_token(session, session.get(User, alice.user_id), name="laptop")
    client = app.test_client()
    statuses = [client.get("/api/summary", headers=alice.headers).status_code for _ in range(2)]
    headers = {"Authorization": f"Bearer {other}"}
    statuses += [client.get("/api/summary", headers=headers).status_code for _ in range(2)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/threads", headers=alice.headers)  # the limit spans the API
    assert limited.status_code == 429
    assert limited.json["error"]["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) > 0
    assert client.get("/api/summary", headers=bob.headers).status_code == 200  # not Bob's
    assert any(key.startswith(b"LIMITER") or b"afterview" in key for key in server_redis.keys())


def test_sign_in_is_rate_limited_per_address(sqlite_db, make_server_app):
    app = make_server_app(sqlite_db, RATELIMIT_SIGNIN="2 per minute")
    client = app.test_client()
    statuses = [client.get("/auth/google/start?extension_id=x").status_code for _ in range(3)]
    assert statuses == [400, 400, 429]
    assert client.get("/auth/google/start").json["error"]["code"] == "rate_limited"
