"""Talking to Google's OAuth 2.0 server (or the sandbox's, at configured endpoints):
the authorization-code flow with PKCE (google-auth-oauthlib's `Flow`), who signed in
(userinfo), whether a stored refresh token still works, and revoking it.

Scopes: `gmail.modify` is the one Gmail scope that covers everything the product does —
reading threads (messages/threads/history list and get), creating and applying its labels
(labels.create/patch, threads.modify, messages.batchModify: these accept only gmail.modify
or the full mail.google.com scope), creating drafts (drafts.create) and sending the weekly
summary to the user (messages.send). Adding gmail.compose or gmail.send would grant
nothing more; unlike mail.google.com it cannot delete mail permanently. `openid` and
`userinfo.email` tell us who signed in. tests/test_server_signin.py checks this choice
against the Gmail discovery document.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import google.auth.exceptions
import google.auth.transport.requests
import requests
from flask import current_app
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import Flow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error
from oauthlib.oauth2.rfc6749.utils import scope_to_list

from server.config import GOOGLE_ENDPOINTS

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.modify"
# Where a user removes a third-party app's access to their Google account themselves.
PERMISSIONS_PAGE = "https://myaccount.google.com/permissions"
# userinfo.profile: the user's name, which signs their drafts when their sent mail shows none.
SCOPES = [
    "openid",
    "https://www.googleapis.com/auth/userinfo.email",
    "https://www.googleapis.com/auth/userinfo.profile",
    GMAIL_SCOPE,
]


class OAuthConfigError(RuntimeError):
    """Sign-in is not configured, or configured unsafely; the message says what to set."""


class SignInError(RuntimeError):
    """Google refused or failed the sign-in; `code` is an OAuth-style error name."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class GrantRevoked(RuntimeError):
    """Google says the refresh token no longer works (invalid_grant)."""


@dataclass(frozen=True)
class SignedIn:
    email: str
    subject: str
    refresh_token: str | None
    scopes: tuple[str, ...]
    name: str | None = None  # the Google profile name, when Google gives one


def _loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def settings() -> dict[str, Any]:
    """The OAuth client and endpoints, checked; OAuthConfigError says what is missing."""
    config = current_app.config
    client = ("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET")
    missing = [f"AFTERVIEW_{key}" for key in client if not config[key]]
    if missing:
        raise OAuthConfigError(f"sign-in is not configured: set {' and '.join(missing)}")
    endpoints = {key: config[key] for key in GOOGLE_ENDPOINTS}
    for key, url in endpoints.items():
        if not url.startswith("https://") and not _loopback_http(url):
            raise OAuthConfigError(
                f"AFTERVIEW_{key} must be an https:// URL (plain http only on this machine's "
                f"loopback address, for the sandbox), not {url!r}"
            )
    if _loopback_http(endpoints["GOOGLE_TOKEN_URI"]):
        # oauthlib refuses plain-http token endpoints unless told otherwise; the sandbox
        # on 127.0.0.1 is the only such endpoint accepted above.
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    return {
        "client_id": config["GOOGLE_CLIENT_ID"],
        "client_secret": config["GOOGLE_CLIENT_SECRET"],
        "timeout": float(config["GOOGLE_HTTP_TIMEOUT"]),
        **endpoints,
    }


def _flow(redirect_uri: str, code_verifier: str) -> Flow:
    oauth = settings()
    client_config = {
        "web": {
            "client_id": oauth["client_id"],
            "client_secret": oauth["client_secret"],
            "auth_uri": oauth["GOOGLE_AUTH_URI"],
            "token_uri": oauth["GOOGLE_TOKEN_URI"],
            "redirect_uris": [redirect_uri],
        }
    }
    return Flow.from_client_config(
        client_config,
        scopes=SCOPES,
        redirect_uri=redirect_uri,
        code_verifier=code_verifier,
        autogenerate_code_verifier=False,
    )


def new_code_verifier() -> str:
    return secrets.token_urlsafe(64)  # 86 characters, within PKCE's 43..128


def authorization_url(redirect_uri: str, state: str, code_verifier: str) -> str:
    """Google's consent page for our scopes, with the S256 PKCE challenge and `state`.

    `access_type=offline` and `prompt=consent`: a refresh token, every time."""
    url, _ = _flow(redirect_uri, code_verifier).authorization_url(
        state=state, access_type="offline", prompt="consent", include_granted_scopes="true"
    )
    return url


def exchange_code(redirect_uri: str, code: str, code_verifier: str) -> SignedIn:
    """Trade the authorization code (with the PKCE verifier) for tokens; say who it is."""
    oauth = settings()
    flow = _flow(redirect_uri, code_verifier)
    try:
        token = flow.fetch_token(code=code, timeout=oauth["timeout"])
    except Warning as changed:  # oauthlib: the scopes granted differ from those asked for
        token = changed.token  # type: ignore[attr-defined]
    except OAuth2Error as exc:
        reason = exc.description or exc.error
        raise SignInError(exc.error or "invalid_grant", f"Google refused: {reason}") from None
    except requests.RequestException as exc:
        raise _unreachable(exc) from None
    granted = tuple(scope_to_list(token.get("scope")) or ())
    if GMAIL_SCOPE not in granted:
        revoke(token.get("refresh_token") or token.get("access_token") or "")
        raise SignInError(
            "insufficient_scope",
            "Afterview needs access to Gmail to read interview threads, label them and "
            "write drafts; sign in again and keep the Gmail permission checked",
        )
    who = _userinfo(token["access_token"], oauth)
    return SignedIn(
        who["email"], who["sub"], token.get("refresh_token"), granted, who.get("name") or None
    )


def _unreachable(exc: Exception) -> SignInError:
    return SignInError(
        "temporarily_unavailable", f"Google could not be reached ({type(exc).__name__})"
    )


def _userinfo(access_token: str, oauth: dict[str, Any]) -> dict[str, str]:
    try:
        response = requests.get(
            oauth["GOOGLE_USERINFO_URI"],
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=oauth["timeout"],
        )
    except requests.RequestException as exc:
        raise _unreachable(exc) from None
    if response.status_code != 200:
        raise SignInError("server_error", f"Google's userinfo answered {response.status_code}")
    info = response.json()
    if not isinstance(info, dict) or not info.get("email") or not info.get("sub"):
        raise SignInError("server_error", "Google's userinfo did not say who signed in")
    if info.get("email_verified") is False:
        raise SignInError("access_denied", "this Google account's address is not verified")
    who = {"email": str(info["email"]).lower(), "sub": str(info["sub"])}
    if isinstance(info.get("name"), str) and info["name"].strip():
        who["name"] = info["name"].strip()[:255]
    return who


class _TimedRequest(google.auth.transport.requests.Request):
    """google-auth's transport with our timeout (its default is two minutes)."""

    def __init__(self, timeout: float) -> None:
        super().__init__(requests.Session())
        self.timeout = timeout

    def __call__(self, url: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
        kwargs["timeout"] = self.timeout
        return super().__call__(url, method, *args, **kwargs)


def check_refresh_token(refresh_token: str) -> None:
    """Refresh once, as the worker will: GrantRevoked when Google says the grant is gone
    (revoked, expired, or the password changed); other failures propagate as
    `google.auth.exceptions.TransportError` / `RefreshError`."""
    oauth = settings()
    credentials = Credentials(
        token=None,
        refresh_token=refresh_token,
        token_uri=oauth["GOOGLE_TOKEN_URI"],
        client_id=oauth["client_id"],
        client_secret=oauth["client_secret"],
    )
    try:
        credentials.refresh(_TimedRequest(oauth["timeout"]))
    except google.auth.exceptions.RefreshError as exc:
        details = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
        if details.get("error") == "invalid_grant":
            raise GrantRevoked(details.get("error_description") or "invalid_grant") from None
        raise


def revoke(token: str) -> tuple[bool, str]:
    """Revoke a refresh (or access) token at Google: (gone, what happened).

    A token Google no longer knows counts as gone. The token travels in the form body,
    never in a URL (URLs end up in logs)."""
    oauth = settings()
    try:
        response = requests.post(
            oauth["GOOGLE_REVOKE_URI"],
            data={"token": token},
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=oauth["timeout"],
        )
    except requests.RequestException as exc:
        return (
            False,
            f"Google could not be reached ({type(exc).__name__}); revoke access at "
            + PERMISSIONS_PAGE,
        )
    if response.status_code == 200:
        return True, "Google access revoked"
    try:
        error = response.json().get("error")
    except ValueError:
        error = None
    if response.status_code == 400 and error in ("invalid_token", "invalid_grant"):
        return True, "Google access was already revoked"
    return (
        False,
        f"Google answered {response.status_code} to the revocation; revoke access at "
        + PERMISSIONS_PAGE,
    )
