"""Deleting an account revokes Google's grant first. When it cannot (the stored token
cannot be decrypted, Google unreachable), the grant's account is kept, marked for
deletion and never synced, everything else goes, and the answer says what the user must
do; asking again finishes the job once revocation works. `/readyz` names a missing or
wrong encryption key."""

from __future__ import annotations

import pytest
import requests

from storage.crypto import SecretBox, generate_key
from storage.models import GmailAccount, ThreadRecord, User
from storage.repository import syncable_account_ids
from tests.server_builders import a_signed_in_user
from tests.storage_builders import a_thread
from worker.connect import authorize

SEEKER = "seeker@example.com"
CLIENT_ID = "afterview-test.apps.googleusercontent.com"
PERMISSIONS_PAGE = "https://myaccount.google.com/permissions"


def _grant_works(sandbox, refresh_token: str) -> bool:
    answer = requests.post(
        sandbox.url + "/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": CLIENT_ID,
        },
        timeout=5,
    )
    return answer.status_code == 200


@pytest.fixture
def stored_key():
    return generate_key()


@pytest.fixture
def seeker(gmail_sandbox, sqlite_db, stored_key):
    """A signed-in user whose refresh token is a live sandbox grant, stored under
    `stored_key`, with one thread."""
    grant = authorize(gmail_sandbox.url, SEEKER, client_id=CLIENT_ID)
    box = SecretBox([stored_key])
    user = a_signed_in_user(sqlite_db, box, threads=1, email=SEEKER)
    with sqlite_db.session() as session:
        session.get(GmailAccount, user.account_id).set_refresh_token(box, grant.refresh_token)
    assert _grant_works(gmail_sandbox, grant.refresh_token)
    return user, grant.refresh_token


def test_a_token_that_cannot_be_decrypted_is_not_deleted_with_the_rest(
    gmail_sandbox, sqlite_db, make_server_app, seeker, stored_key
):
    user, refresh_token = seeker
    wrong_key = make_server_app(
        sqlite_db, SECRET_KEYS=generate_key(), GOOGLE_OAUTH_SERVER=gmail_sandbox.url
    )
    ready = wrong_key.test_client().get("/readyz")
    assert ready.status_code == 503
    assert "cannot be decrypted" in ready.json["checks"]["encryption_key"]

    answer = wrong_key.test_client().delete("/api/account", headers=user.headers)
    assert answer.status_code == 202
    body = answer.json
    assert (body["deleted"], body["deletion_pending"], body["email"]) == (False, True, SEEKER)
    [account] = body["accounts"]
    assert account["address"] == SEEKER and account["google_access_revoked"] is False
    assert PERMISSIONS_PAGE in account["message"] and PERMISSIONS_PAGE in body["message"]
    assert _grant_works(gmail_sandbox, refresh_token)  # still live: so its record is kept
    with sqlite_db.session() as session:
        kept = session.get(GmailAccount, user.account_id)
        assert kept.refresh_token(SecretBox([stored_key])) == refresh_token
        assert session.get(User, user.user_id).deletion_requested_at is not None
        assert session.query(ThreadRecord).count() == 0  # the rest is gone
        assert syncable_account_ids(session) == []  # and the kept account is never synced

    # With the right key back, asking again revokes the grant and deletes the rest.
    right_key = make_server_app(
        sqlite_db, SECRET_KEYS=stored_key, GOOGLE_OAUTH_SERVER=gmail_sandbox.url
    )
    assert right_key.test_client().get("/readyz").json["checks"]["encryption_key"] == "ok"
    again = right_key.test_client().delete("/api/account", headers=user.headers)
    assert again.status_code == 200
    assert again.json["deleted"] is True
    assert again.json["accounts"][0]["google_access_revoked"] is True
    assert not _grant_works(gmail_sandbox, refresh_token)
    with sqlite_db.session() as session:
        assert session.query(User).count() == session.query(GmailAccount).count() == 0


def test_google_out_of_reach_keeps_the_grants_account_too(
    sqlite_db, make_server_app, seeker, stored_key
):
    user, _ = seeker
    app = make_server_app(sqlite_db, SECRET_KEYS=stored_key)  # Google: nothing listens
    with sqlite_db.session() as session:
        a_thread(session, session.get(GmailAccount, user.account_id))
    answer = app.test_client().delete("/api/account", headers=user.headers)
    assert answer.status_code == 202
    with sqlite_db.session() as session:
        assert session.get(GmailAccount, user.account_id) is not None
        assert session.query(ThreadRecord).count() == 0


def test_readiness_names_a_missing_encryption_key(sqlite_db, make_server_app, monkeypatch):
    monkeypatch.delenv("AFTERVIEW_SECRET_KEYS", raising=False)
    ready = make_server_app(sqlite_db, SECRET_KEYS=None).test_client().get("/readyz")
    assert ready.status_code == 503
    assert ready.json["checks"]["database"] == ready.json["checks"]["redis"] == "ok"
    assert "no encryption key configured" in ready.json["checks"]["encryption_key"]
