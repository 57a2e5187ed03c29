"""The OAuth 2.0 server: authorize (auto-consent), token (code + PKCE, refresh), revoke,
userinfo, and the 401s Gmail answers, driven by google-auth and google-auth-oauthlib."""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import Flow

SCOPE = "https://www.googleapis.com/auth/gmail.modify"
REDIRECT = "http://127.0.0.1:9/callback"


def authorize(url: str, **params) -> dict[str, str]:
    """Follow the consent step; returns the query the redirect carries."""
    query = {"client_id": "client-1", "redirect_uri": REDIRECT, "response_type": "code",
             "scope": SCOPE, "state": "xyz", **params}  # fmt: skip
    response = requests.get(url + "/o/oauth2/auth", params=query, allow_redirects=False)
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["Location"])
    assert location.geturl().startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(location.query).items()}


def exchange(url: str, code: str, **fields) -> requests.Response:
    form = {"grant_type": "authorization_code", "code": code, "client_id": "client-1",
            "client_secret": "s3cret", "redirect_uri": REDIRECT, **fields}  # fmt: skip
    return requests.post(url + "/token", data=form)


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def test_code_with_pkce_s256_then_refresh_through_google_auth(gmail_sandbox):
    verifier = "v" * 64
    answer = authorize(gmail_sandbox.url, code_challenge=s256(verifier),
                       code_challenge_method="S256", login_hint="me@example.com")  # fmt: skip
    assert answer["state"] == "xyz"
    assert exchange(gmail_sandbox.url, answer["code"], code_verifier="w" * 64).json() == {
        "error": "invalid_grant", "error_description": "Invalid code verifier."}  # fmt: skip

    answer = authorize(gmail_sandbox.url, code_challenge=s256(verifier),
                       code_challenge_method="S256")  # fmt: skip
    tokens = exchange(gmail_sandbox.url, answer["code"], code_verifier=verifier)
    assert tokens.status_code == 200
    body = tokens.json()
    assert set(body) == {"access_token", "expires_in", "refresh_token", "scope", "token_type"}
    assert (body["scope"], body["token_type"]) == (SCOPE, "Bearer")
    assert 3590 <= body["expires_in"] <= 3600

    reused = exchange(gmail_sandbox.url, answer["code"], code_verifier=verifier)
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")

    credentials = Credentials(
        token=None,
        refresh_token=body["refresh_token"],
        token_uri=gmail_sandbox.url + "/token",
        client_id="client-1",
        client_secret="s3cret",
    )
    profile = gmail_sandbox.gmail(credentials=credentials).users().getProfile(userId="me")
    assert profile.execute()["emailAddress"] == "me@example.com"
    assert credentials.token and credentials.token != body["access_token"]
    assert credentials.expiry is not None


def test_pkce_plain_and_a_missing_verifier(gmail_sandbox):
    answer = authorize(gmail_sandbox.url, code_challenge="plain-verifier-" + "x" * 40)
    missing = exchange(gmail_sandbox.url, answer["code"])
    assert missing.json()["error"] == "invalid_grant"
    answer = authorize(gmail_sandbox.url, code_challenge="plain-verifier-" + "x" * 40,
                       code_challenge_method="plain")  # fmt: skip
    ok = exchange(gmail_sandbox.url, answer["code"], code_verifier="plain-verifier-" + "x" * 40)
    assert ok.status_code == 200


def test_redirect_uri_must_match_and_grant_type_must_be_known(gmail_sandbox):
    answer = authorize(gmail_sandbox.url)
    mismatch = exchange(gmail_sandbox.url, answer["code"], redirect_uri="http://elsewhere/")
    assert mismatch.json()["error"] == "redirect_uri_mismatch"
    unknown = requests.post(gmail_sandbox.url + "/token",
                            data={"grant_type": "password", "client_id": "client-1"})  # fmt: skip
    assert (unknown.status_code, unknown.json()["error"]) == (400, "unsupported_grant_type")


def test_login_hint_picks_the_user_and_openid_adds_an_id_token(gmail_sandbox):
    answer = authorize(gmail_sandbox.url, login_hint="Someone@Example.org",
                       scope=f"openid email {SCOPE}")  # fmt: skip
    body = exchange(gmail_sandbox.url, answer["code"]).json()
    token = body["access_token"]
    claims = body["id_token"].split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    assert (claims["email"], claims["aud"]) == ("someone@example.org", "client-1")
    info = requests.get(gmail_sandbox.url + "/oauth2/v3/userinfo",
                        headers={"Authorization": f"Bearer {token}"}).json()  # fmt: skip
    assert info["email"] == "someone@example.org" and info["email_verified"] is True
    assert info["sub"].isdigit()


def test_installed_app_flow_from_google_auth_oauthlib(gmail_sandbox, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the sandbox speaks plain http
    config = {"installed": {"client_id": "client-1", "client_secret": "s3cret",
                            "auth_uri": gmail_sandbox.url + "/o/oauth2/auth",
                            "token_uri": gmail_sandbox.url + "/token",
                            "redirect_uris": [REDIRECT]}}  # fmt: skip
    flow = Flow.from_client_config(config, scopes=[SCOPE], redirect_uri=REDIRECT)
    url, state = flow.authorization_url(access_type="offline", prompt="consent")
    assert "code_challenge=" in url
    location = requests.get(url, allow_redirects=False).headers["Location"]
    flow.fetch_token(authorization_response=location)
    credentials = flow.credentials
    assert credentials.refresh_token
    profile = gmail_sandbox.gmail(credentials=credentials).users().getProfile(userId="me")
    assert profile.execute()["emailAddress"] == "me@example.com"


def test_an_expired_access_token_gets_a_401_then_the_client_refreshes(gmail_sandbox):
    grant = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    expired = requests.post(gmail_sandbox.url + "/_admin/mailboxes/me@example.com/tokens/expire")
    assert expired.json()["expired"] == 1
    direct = requests.get(gmail_sandbox.url + "/gmail/v1/users/me/profile",
                          headers={"Authorization": f"Bearer {grant.access_token}"})  # fmt: skip
    assert direct.status_code == 401
    credentials = Credentials(
        token=grant.access_token,
        refresh_token=grant.refresh_token,
        token_uri=gmail_sandbox.url + "/token",
        client_id="client-1",
        client_secret="s3cret",
    )
    profile = gmail_sandbox.gmail(credentials=credentials).users().getProfile(userId="me")
    assert profile.execute()["emailAddress"] == "me@example.com"
    assert credentials.token != grant.access_token


def test_the_401_bodies_are_googles(gmail_sandbox):
    url = gmail_sandbox.url + "/gmail/v1/users/me/profile"
    invalid = requests.get(url, headers={"Authorization": "Bearer nonsense"})
    assert invalid.status_code == 401
    assert invalid.headers["WWW-Authenticate"].startswith("Bearer ")
    assert 'error="invalid_token"' in invalid.headers["WWW-Authenticate"]
    error = invalid.json()["error"]
    assert (error["code"], error["status"]) == (401, "UNAUTHENTICATED")
    assert error["errors"] == [{"message": "Invalid Credentials", "domain": "global",
        "reason": "authError", "location": "Authorization", "locationType": "header"}]  # fmt: skip
    assert error["message"].startswith("Request had invalid authentication credentials.")

    missing = requests.get(url)
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert missing.json()["error"]["status"] == "UNAUTHENTICATED"


def test_revoking_kills_the_grant(gmail_sandbox):
    grant = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    assert requests.post(gmail_sandbox.url + "/revoke", data={"token": grant.refresh_token}).ok
    again = requests.post(gmail_sandbox.url + "/revoke", params={"token": grant.refresh_token})
    assert (again.status_code, again.json()["error"]) == (400, "invalid_token")
    gone = requests.get(gmail_sandbox.url + "/gmail/v1/users/me/profile",
                        headers={"Authorization": f"Bearer {grant.access_token}"})  # fmt: skip
    assert gone.status_code == 401
    credentials = Credentials(token=None, refresh_token=grant.refresh_token,
                              token_uri=gmail_sandbox.url + "/token", client_id="client-1",
                              client_secret="s3cret")  # fmt: skip
    with pytest.raises(RefreshError, match="invalid_grant"):
        gmail_sandbox.gmail(credentials=credentials).users().getProfile(userId="me").execute()


def test_revoking_one_token_ends_the_users_whole_authorization_of_the_client(gmail_sandbox):
    # At Google a user's authorization of a client is one grant, however many refresh
    # tokens it was handed out through: revoking any of them ends all of them.
    first = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    second = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    elsewhere = gmail_sandbox.sandbox.issue_token(client_id="client-2")
    assert requests.post(gmail_sandbox.url + "/revoke", data={"token": first.refresh_token}).ok
    grants = gmail_sandbox.sandbox.tokens._grants
    assert grants[second.refresh_token].revoked
    assert not grants[elsewhere.refresh_token].revoked


def test_a_refresh_token_belongs_to_its_client(gmail_sandbox):
    grant = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    other = requests.post(gmail_sandbox.url + "/token", data={
        "grant_type": "refresh_token", "refresh_token": grant.refresh_token,
        "client_id": "client-2"})  # fmt: skip
    assert (other.status_code, other.json()["error"]) == (401, "unauthorized_client")


def test_insufficient_scope_is_a_403(gmail_sandbox):
    readonly = gmail_sandbox.sandbox.issue_token(
        scope=["https://www.googleapis.com/auth/gmail.readonly"]
    )
    headers = {"Authorization": f"Bearer {readonly.access_token}"}
    assert requests.get(gmail_sandbox.url + "/gmail/v1/users/me/labels", headers=headers).ok
    refused = requests.post(gmail_sandbox.url + "/gmail/v1/users/me/labels", headers=headers,
                            json={"name": "Nope"})  # fmt: skip
    assert refused.status_code == 403
    assert refused.json()["error"]["errors"][0]["reason"] == "insufficientPermissions"
