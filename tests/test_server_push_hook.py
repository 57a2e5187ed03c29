"""POST /hooks/gmail: a push is believed only with Pub/Sub's OIDC token (signed by the
certificates at the configured URL, for our audience, by our service account, not
expired) or the shared secret; then an incremental sync of the mailbox's accounts is
queued once (a unique job), and an unknown address is acknowledged with nothing done.

The tokens are signed by the sandbox's Pub/Sub signer, whose certificates the sandbox
serves as Google serves its own (https://www.googleapis.com/oauth2/v1/certs)."""

from __future__ import annotations

import base64
import json

import pytest
import time_machine
from rq.job import Job

from gmail_sandbox.push import Signer, Subscription, oidc_claims, push_body
from storage.models import GmailAccount, SyncState
from tests.server_builders import a_signed_in_user
from tests.storage_builders import NOW
from worker import queueing
from worker.queueing import Priority

AUDIENCE = "https://afterview.example.com/hooks/gmail"
PUSHER = "afterview-push@afterview-test.iam.gserviceaccount.com"
SECRET = "s3cret-" + "x" * 40
SUBSCRIPTION = Subscription("projects/p/subscriptions/gmail-push", AUDIENCE, AUDIENCE, PUSHER)


@pytest.fixture(autouse=True)
def pinned_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def push_app(gmail_sandbox, make_server_app):
    """`push_app(database, **config)`: the API verifying pushes against the sandbox."""

    def make(database, **overrides):
        config = {
            "GMAIL_PUSH_AUDIENCE": AUDIENCE,
            "GMAIL_PUSH_SERVICE_ACCOUNT": PUSHER,
            "GMAIL_PUSH_CERTS_URL": gmail_sandbox.url + "/oauth2/v1/certs",
            **overrides,
        }
        return make_server_app(database, **config)

    return make


def token(signer: Signer, **claims) -> str:
    return signer.sign({**oidc_claims(SUBSCRIPTION, NOW.timestamp()), **claims})


def body(address: str, history_id: int = 500) -> bytes:
    return push_body(SUBSCRIPTION, "1001", address, history_id, NOW.timestamp())


def post(client, data: bytes, bearer: str | None = None, query: str = ""):
    headers = {"Content-Type": "application/json"}
    if bearer is not None:
        headers["Authorization"] = f"Bearer {bearer}"
    return client.post("/hooks/gmail" + query, data=data, headers=headers)


def queued(app) -> list[str]:
    """What the hook queued: on `interactive`, as new mail is read as promptly as asked."""
    return app.extensions["afterview.queues"][Priority.INTERACTIVE].job_ids


def test_a_signed_push_queues_one_incremental_sync_of_the_account(
    db, push_app, gmail_sandbox, server_redis
):
    app = push_app(db)
    user = a_signed_in_user(db, app.extensions["afterview.secrets"], email="ann@example.com")
    client, signer = app.test_client(), gmail_sandbox.sandbox.pubsub.signer

    first = post(client, body("Ann@Example.com"), token(signer))
    again = post(client, body("ann@example.com"), token(signer))  # Pub/Sub redelivers

    assert first.status_code == 204 and first.data == b""
    assert again.status_code == 204
    with db.session() as session:
        account = session.get(GmailAccount, user.account_id)
        job_id = queueing.sync_job_id(account.id, account.created_at)
    assert queued(app) == [job_id]
    job = Job.fetch(job_id, connection=server_redis)
    assert job.kwargs["full"] is False


def test_a_push_the_account_is_already_past_queues_nothing(db, push_app, gmail_sandbox):
    app = push_app(db)
    user = a_signed_in_user(db, app.extensions["afterview.secrets"])
    with db.session() as session:
        session.get(SyncState, user.account_id).history_id = "900"

    answer = post(
        app.test_client(), body(user.email, 900), token(gmail_sandbox.sandbox.pubsub.signer)
    )

    assert answer.status_code == 204
    assert queued(app) == []


def test_a_push_for_an_address_nobody_connected_is_acknowledged(db, push_app, gmail_sandbox):
    app = push_app(db)
    a_signed_in_user(db, app.extensions["afterview.secrets"], email="ann@example.com")

    answer = post(
        app.test_client(), body("stranger@example.com"), token(gmail_sandbox.sandbox.pubsub.signer)
    )

    assert answer.status_code == 204
    assert queued(app) == []


def _tampered(signer: Signer) -> str:
    header, claims, signature = token(signer).split(".")
    flipped = "A" if signature[10] != "A" else "B"
    return ".".join((header, claims, signature[:10] + flipped + signature[11:]))


REFUSED = {
    "no token": (lambda signer: None, 401, "must carry Pub/Sub's OIDC token"),
    "wrong audience": (
        lambda signer: token(signer, aud="https://elsewhere.example/hooks/gmail"),
        403,
        "wrong audience",
    ),
    "wrong signature": (_tampered, 403, "Could not verify token signature"),
    "another signer": (lambda signer: token(Signer()), 403, "Certificate for key id"),
    "expired": (
        lambda signer: token(
            signer, iat=int(NOW.timestamp()) - 7200, exp=int(NOW.timestamp()) - 3600
        ),
        403,
        "Token expired",
    ),
    "another service account": (
        lambda signer: token(signer, email="mallory@evil.example"),
        403,
        "another service account",
    ),
    "not from Google": (
        lambda signer: token(signer, iss="https://evil.example"),
        403,
        "not issued by Google",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_an_unverified_push_is_refused_and_queues_nothing(case, sqlite_db, push_app, gmail_sandbox):
    make_token, status, words = REFUSED[case]
    app = push_app(sqlite_db)
    user = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"])

    answer = post(
        app.test_client(), body(user.email), make_token(gmail_sandbox.sandbox.pubsub.signer)
    )

    assert answer.status_code == status
    assert words in answer.json["error"]["message"]
    assert queued(app) == []


def test_the_shared_secret_in_the_query_string_is_accepted_instead(
    sqlite_db, push_app, gmail_sandbox
):
    app = push_app(sqlite_db, GMAIL_PUSH_AUDIENCE=None, GMAIL_PUSH_SECRET=SECRET)
    user = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"])
    client = app.test_client()

    wrong = post(client, body(user.email), query="?token=" + "y" * 47)
    missing = post(client, body(user.email))
    right = post(client, body(user.email), query="?token=" + SECRET)

    assert (wrong.status_code, missing.status_code, right.status_code) == (403, 401, 204)
    assert len(queued(app)) == 1


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"{}",
        json.dumps({"message": {"data": "%%% not base64"}}).encode(),
        json.dumps(
            {"message": {"data": base64.b64encode(b'{"historyId": "5"}').decode()}}
        ).encode(),
        json.dumps(
            {"message": {"data": base64.b64encode(b'{"emailAddress": "a@b.c"}').decode()}}
        ).encode(),
    ],
    ids=["not json", "no message", "not base64", "no address", "no history id"],
)
def test_a_malformed_push_is_a_400(data, sqlite_db, push_app, gmail_sandbox):
    app = push_app(sqlite_db)

    answer = post(app.test_client(), data, token(gmail_sandbox.sandbox.pubsub.signer))

    assert answer.status_code == 400
    assert answer.json["error"]["code"] == "bad_request"


def test_without_push_settings_the_hook_does_not_exist(sqlite_db, make_server_app):
    app = make_server_app(sqlite_db)
    answer = post(app.test_client(), body("ann@example.com"), "whatever")
    assert answer.status_code == 404
    assert "not configured" in answer.json["error"]["message"]


def test_the_hook_is_rate_limited_and_outside_the_extensions_cors(
    sqlite_db, push_app, gmail_sandbox
):
    app = push_app(sqlite_db, RATELIMIT_HOOKS="2 per minute")
    client, signer = app.test_client(), gmail_sandbox.sandbox.pubsub.signer
    origin = {"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"}

    answers = [
        client.post(
            "/hooks/gmail",
            data=body("nobody@example.com"),
            headers={"Authorization": f"Bearer {token(signer)}", **origin},
        )
        for _ in range(3)
    ]

    assert [a.status_code for a in answers] == [204, 204, 429]
    assert "Access-Control-Allow-Origin" not in answers[0].headers


def test_the_certificates_are_fetched_once_for_many_pushes(
    sqlite_db, push_app, gmail_sandbox, monkeypatch
):
    app = push_app(sqlite_db)
    client, signer = app.test_client(), gmail_sandbox.sandbox.pubsub.signer
    fetched = []
    monkeypatch.setattr(
        gmail_sandbox.server.RequestHandlerClass,
        "log_request",
        lambda handler, *args: fetched.append(handler.path),
    )

    for _ in range(3):
        assert post(client, body("nobody@example.com"), token(signer)).status_code == 204

    assert fetched.count("/oauth2/v1/certs") == 1
