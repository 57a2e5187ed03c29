"""Sign-in with Google against the sandbox's OAuth server, over real sockets with a real
HTTP client (requests): PKCE, state, token exchange, the token hand-off in a URL fragment,
refresh, a revoked grant, revoking at account deletion, and logs free of secrets."""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from google.oauth2.credentials import Credentials
from werkzeug.serving import make_server

from server.google_oauth import GMAIL_SCOPE, SCOPES
from storage.models import GmailAccount, User
from tests.conftest import EXTENSION_ID

SEEKER = "jordan.seeker@example.com"
CLIENT_ID = "afterview-test.apps.googleusercontent.com"
CLIENT_SECRET = "test-client-secret"


@contextmanager
def serving(app):
    """The app on a real socket (werkzeug's threaded server, request log on)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def sandbox(gmail_sandbox):
    return gmail_sandbox


@pytest.fixture
def live(sqlite_db, make_server_app, sandbox):
    """The server, on a socket, signing in against the sandbox."""
    app = make_server_app(sqlite_db, GOOGLE_OAUTH_SERVER=sandbox.url)
    with serving(app) as url:
        app.config["PUBLIC_URL"] = url
        yield app, url


@pytest.fixture
def browser():
    with requests.Session() as session:
        yield session


class SignIn:
    """One pass through the flow, step by step, keeping what each step showed."""

    def __init__(self, browser: requests.Session, server_url: str, address: str = SEEKER):
        self.browser = browser
        self.server_url = server_url
        self.address = address

    def start(self, extension_id: str = EXTENSION_ID) -> requests.Response:
        self.started = self.browser.get(
            f"{self.server_url}/auth/google/start",
            params={"extension_id": extension_id},
            allow_redirects=False,
        )
        return self.started

    def consent(self) -> requests.Response:
        """Google's consent page (the sandbox consents at once for `login_hint`)."""
        self.consented = self.browser.get(
            self.started.headers["Location"],
            params={"login_hint": self.address},
            allow_redirects=False,
        )
        assert self.consented.status_code == 302, self.consented.text
        self.callback_url = self.consented.headers["Location"]
        return self.consented

    def finish(self, callback_url: str | None = None) -> requests.Response:
        self.finished = self.browser.get(callback_url or self.callback_url, allow_redirects=False)
        return self.finished

    def run(self) -> dict[str, str]:
        assert self.start().status_code == 302
        self.consent()
        assert self.finish().status_code == 303, self.finished.text
        return self.handed_over()

    def handed_over(self) -> dict[str, str]:
        location = urlsplit(self.finished.headers["Location"])
        assert (location.scheme, location.netloc) == ("https", f"{EXTENSION_ID}.chromiumapp.org")
        assert location.query == ""  # nothing in the part of a URL that servers see
        return {key: values[0] for key, values in parse_qs(location.fragment).items()}


def _account(database, address=SEEKER) -> GmailAccount:
    with database.session() as session:
        account = session.query(GmailAccount).filter_by(address=address).one()
        account.sync_state  # noqa: B018 - loaded while the session is open
        return account


def test_the_consent_request_uses_pkce_state_and_the_minimal_scopes(live, browser):
    _, url = live
    flow = SignIn(browser, url)
    assert flow.start().status_code == 302
    consent = urlsplit(flow.started.headers["Location"])
    params = {key: values[0] for key, values in parse_qs(consent.query).items()}
    assert consent.path == "/o/oauth2/auth"
    assert params["client_id"] == CLIENT_ID
    assert params["redirect_uri"] == f"{url}/auth/google/callback"
    assert params["response_type"] == "code"
    assert params["code_challenge_method"] == "S256"
    assert len(params["code_challenge"]) == 43  # base64url SHA-256
    assert len(params["state"]) >= 40
    assert params["access_type"] == "offline"
    assert params["scope"].split() == SCOPES
    assert "afterview_signin" in browser.cookies  # the state is bound to this browser


def test_sign_in_stores_the_account_queues_a_sync_and_hands_over_a_token(
    live, browser, sandbox, sqlite_db, server_redis
):
    app, url = live
    handed = SignIn(browser, url).run()
    assert handed["email"] == SEEKER
    token = handed["token"]
    assert token.startswith("afv_")
    # The token works, for this user.
    headers = {"Authorization": f"Bearer {token}"}
    assert browser.get(f"{url}/api/threads", headers=headers).status_code == 200
    account = _account(sqlite_db)
    box = app.extensions["afterview.secrets"]
    refresh_token = account.refresh_token(box)
    assert refresh_token.startswith("1//sandbox-")
    assert refresh_token not in account.refresh_token_ciphertext
    assert GMAIL_SCOPE in account.scopes
    assert account.google_subject
    assert account.sync_state.status == "queued"
    from rq.job import Job

    from worker.queueing import created_stamp, sync_job_id

    job = Job.fetch(sync_job_id(account.id, account.created_at), connection=server_redis)
    assert (job.func_name, job.args, job.kwargs) == (
        "worker.jobs.sync_account",
        (),
        {"account_id": account.id, "full": True, "created": created_stamp(account.created_at)},
    )
    assert job.origin == "afterview-interactive"  # the person waits for their first advice
    # No profile name from Google (this sandbox mailbox has none): none stored.
    with sqlite_db.session() as session:
        assert session.query(User).one().profile_name is None
    # Only a hash of the API token is stored.
    with sqlite_db.session() as session:
        stored = session.query(User).one().api_tokens[0].token_hash
    assert token not in stored and len(stored) == 64


def test_sign_in_keeps_the_google_profile_name_for_signing_drafts(
    live, browser, sandbox, sqlite_db
):
    _, url = live
    sandbox.sandbox.add_mailbox(SEEKER).profile_name = "Jordan Seeker"

    SignIn(browser, url).run()

    with sqlite_db.session() as session:
        assert session.query(User).one().profile_name == "Jordan Seeker"


def test_the_stored_refresh_token_refreshes_and_covers_what_the_product_does(
    live, browser, sandbox, sqlite_db
):
    """The real google-auth library refreshes the stored token at the sandbox, and the
    sandbox (which enforces Google's per-method scopes) lets the granted scope read, label,
    draft and send."""
    app, url = live
    SignIn(browser, url).run()
    refresh_token = _account(sqlite_db).refresh_token(app.extensions["afterview.secrets"])
    credentials = Credentials(
        token=None,
        refresh_token=refresh_token,
        token_uri=f"{sandbox.url}/token",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
    )
    gmail = sandbox.gmail(SEEKER, credentials=credentials)
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == SEEKER
    assert credentials.token.startswith("ya29.")  # refreshed on first use
    label = gmail.users().labels().create(userId="me", body={"name": "Afterview"}).execute()
    import base64

    raw = base64.urlsafe_b64encode(
        f"From: {SEEKER}\r\nTo: {SEEKER}\r\nSubject: Your week\r\n\r\nSummary".encode()
    ).decode()
    sent = gmail.users().messages().send(userId="me", body={"raw": raw}).execute()
    gmail.users().threads().modify(
        userId="me", id=sent["threadId"], body={"addLabelIds": [label["id"]]}
    ).execute()
    draft = (
        gmail.users()
        .drafts()
        .create(userId="me", body={"message": {"raw": raw, "threadId": sent["threadId"]}})
        .execute()
    )
    assert draft["id"]
    assert gmail.users().threads().list(userId="me").execute()["threads"]


def test_the_scope_covers_every_gmail_method_the_product_uses():
    """gmail.modify is accepted by each method the worker calls, per the discovery document."""
    import json
    from importlib.resources import files

    document = json.loads(
        files("googleapiclient").joinpath("discovery_cache/documents/gmail.v1.json").read_text()
    )

    def methods(resources):
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                yield method["id"], set(method.get("scopes", ()))
            yield from methods(resource.get("resources", {}))

    scopes = dict(methods(document["resources"]))
    used = [
        "gmail.users.getProfile",
        "gmail.users.labels.list",
        "gmail.users.labels.create",
        "gmail.users.labels.patch",
        "gmail.users.labels.delete",
        "gmail.users.messages.list",
        "gmail.users.messages.get",
        "gmail.users.messages.modify",
        "gmail.users.messages.batchModify",
        "gmail.users.messages.send",
        "gmail.users.threads.list",
        "gmail.users.threads.get",
        "gmail.users.threads.modify",
        "gmail.users.history.list",
        "gmail.users.drafts.create",
    ]
    for method in used:
        assert GMAIL_SCOPE in scopes[method], method
    # No narrower scope would do: labelling threads needs gmail.modify (or full access).
    assert scopes["gmail.users.threads.modify"] == {GMAIL_SCOPE, "https://mail.google.com/"}


def test_a_revoked_grant_marks_the_account_as_needing_sign_in(live, browser, sandbox, sqlite_db):
    _, url = live
    token = SignIn(browser, url).run()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    # While the grant works, a sync request refreshes it fine (the first sync is queued).
    assert browser.post(f"{url}/api/sync", headers=headers).json()["accounts"][0]["job"] == (
        "already_queued"
    )
    assert sandbox.sandbox.tokens.revoke_user(SEEKER) == 1  # the user revoked us at Google
    refused = browser.post(f"{url}/api/sync", headers=headers)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "needs_reauth"
    status = browser.get(f"{url}/api/sync", headers=headers).json()["accounts"][0]
    assert status["needs_reauth"] is True
    assert SEEKER in status["reauth_reason"]
    assert "sign in again" in status["reauth_reason"]
    assert "revoked" in status["reauth_reason"]
    # Signing in again clears it.
    with requests.Session() as again:
        SignIn(again, url).run()
    assert _account(sqlite_db).needs_reauth is False


def test_deleting_the_account_revokes_google_access_and_every_row(
    live, browser, sandbox, sqlite_db
):
    app, url = live
    token = SignIn(browser, url).run()["token"]
    refresh_token = _account(sqlite_db).refresh_token(app.extensions["afterview.secrets"])
    response = browser.delete(f"{url}/api/account", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {
        "deleted": True,
        "email": SEEKER,
        "accounts": [
            {"address": SEEKER, "google_access_revoked": True, "message": "Google access revoked"}
        ],
    }
    grant = sandbox.sandbox.tokens._grants[refresh_token]
    assert grant.revoked
    with sqlite_db.session() as session:
        assert session.query(User).count() == 0
        assert session.query(GmailAccount).count() == 0
    assert (
        browser.get(f"{url}/api/threads", headers={"Authorization": f"Bearer {token}"}).status_code
        == 401
    )


def test_the_state_must_come_from_this_browser(live, browser):
    _, url = live
    flow = SignIn(browser, url)
    flow.start()
    flow.consent()
    with requests.Session() as elsewhere:  # no cookie: a forged or stolen callback link
        forged = elsewhere.get(flow.callback_url, allow_redirects=False)
    assert forged.status_code == 400
    assert forged.json()["error"]["code"] == "invalid_state"
    tampered = flow.callback_url.replace("state=", "state=x")
    assert flow.finish(tampered).status_code == 400


def test_the_state_works_once(live, browser):
    _, url = live
    flow = SignIn(browser, url)
    flow.start()
    flow.consent()
    cookie = browser.cookies.get("afterview_signin")
    assert flow.finish().status_code == 303
    browser.cookies.set("afterview_signin", cookie)  # replay the cookie as it was
    replayed = flow.finish()
    assert replayed.status_code == 400
    assert replayed.json()["error"]["code"] == "invalid_state"


def test_only_configured_extensions_may_sign_in(live, browser):
    _, url = live
    refused = SignIn(browser, url).start(extension_id="ponmlkjihgfedcbaponmlkjihgfedcba")
    assert refused.status_code == 403
    assert refused.json()["error"]["field"] == "extension_id"
    assert SignIn(browser, url).start(extension_id="../evil").status_code == 400


def test_a_declined_consent_reaches_the_extension_as_an_error(live, browser):
    _, url = live
    flow = SignIn(browser, url)
    flow.start()
    state = parse_qs(urlsplit(flow.started.headers["Location"]).query)["state"][0]
    flow.finish(f"{url}/auth/google/callback?state={state}&error=access_denied")
    assert flow.finished.status_code == 303
    assert flow.handed_over() == {
        "error": "access_denied",
        "error_description": "Google sign-in was not completed",
    }


def test_sign_in_without_a_client_configured_says_what_to_set(sqlite_db, make_server_app):
    app = make_server_app(sqlite_db, GOOGLE_CLIENT_SECRET=None)
    response = app.test_client().get(f"/auth/google/start?extension_id={EXTENSION_ID}")
    assert response.status_code == 503
    assert "AFTERVIEW_GOOGLE_CLIENT_SECRET" in response.json["error"]["message"]
    insecure = make_server_app(sqlite_db, GOOGLE_OAUTH_SERVER="http://oauth.example")
    response = insecure.test_client().get(f"/auth/google/start?extension_id={EXTENSION_ID}")
    assert response.status_code == 503
    assert "https://" in response.json["error"]["message"]


def test_no_secret_reaches_the_logs(live, browser, sandbox, sqlite_db, caplog):
    caplog.set_level(logging.DEBUG)
    app, url = live
    flow = SignIn(browser, url)
    token = flow.run()["token"]
    code = parse_qs(urlsplit(flow.callback_url).query)["code"][0]
    headers = {"Authorization": f"Bearer {token}"}
    browser.get(f"{url}/api/threads", headers=headers)
    browser.post(f"{url}/api/sync", headers=headers)
    refresh_token = _account(sqlite_db).refresh_token(app.extensions["afterview.secrets"])
    access_tokens = list(sandbox.sandbox.tokens._access)
    browser.delete(f"{url}/api/account", headers=headers)
    logged = caplog.text
    assert "GET /auth/google/callback?" in logged  # the access log was captured...
    assert "code=[redacted]" in logged  # ...with the one-time code redacted
    for secret in (token, code, refresh_token, CLIENT_SECRET, *access_tokens):
        assert secret not in logged


def test_signing_in_again_retires_the_previous_tokens(live, browser, sandbox, sqlite_db):
    app, url = live
    box = app.extensions["afterview.secrets"]
    first = SignIn(browser, url).run()["token"]
    first_refresh = _account(sqlite_db).refresh_token(box)
    with requests.Session() as again:
        second = SignIn(again, url).run()["token"]
    second_refresh = _account(sqlite_db).refresh_token(box)
    assert second_refresh != first_refresh

    def threads(token):
        return browser.get(f"{url}/api/threads", headers={"Authorization": f"Bearer {token}"})

    assert threads(first).status_code == 401  # the extension's replaced token
    assert threads(second).status_code == 200
    # The replaced refresh token is forgotten, not revoked: at Google (and in the sandbox)
    # revoking it would end the user's one authorization, the new token with it.
    grants = sandbox.sandbox.tokens._grants
    assert not grants[second_refresh].revoked
    assert not grants[first_refresh].revoked
