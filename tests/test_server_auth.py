"""Per-user lists, token revocation by the extension, and rate limits."""

from __future__ import annotations

import pytest

from storage.api_tokens import issue_api_token
from tests.server_builders import a_signed_in_user

# Every route refused without a valid token, or with another user's: generated from the
# app's url_map in test_security_routes.py.


@pytest.fixture
def two_users(server_app, sqlite_db):
    box = server_app.extensions["afterview.secrets"]
    return (
        a_signed_in_user(sqlite_db, box, threads=1),
        a_signed_in_user(sqlite_db, box, threads=1),
    )


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
