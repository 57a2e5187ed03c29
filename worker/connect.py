"""Connecting a mailbox without a browser, for the sandbox Gmail (and anything else that
answers Google's OAuth paths with automatic consent): `afterview sync` and the demo.

The authorization-code flow, done programmatically: ask `/o/oauth2/auth` for a code
(the sandbox consents at once and redirects), exchange it at `/token` for a refresh
token, and store the account with the token encrypted. Real Google needs a person to
consent in a browser; that is the server's sign-in, not this.
"""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from sqlalchemy.orm import Session

from storage.crypto import SecretBox
from storage.models import GmailAccount
from storage.repository import connect_gmail_account, get_or_create_user

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.modify"
REDIRECT_URI = "http://127.0.0.1/afterview/callback"  # never fetched: the code is in it


class ConnectError(RuntimeError):
    """The OAuth server refused or did not answer; the message says which step."""


@dataclass(frozen=True)
class Grant:
    refresh_token: str
    scopes: tuple[str, ...]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None  # the redirect's Location carries the code; following it is pointless


def authorize(
    base_url: str,
    address: str,
    *,
    client_id: str,
    client_secret: str = "",
    scope: str = GMAIL_SCOPE,
    timeout: float = 10.0,
) -> Grant:
    """A refresh token for `address` from an OAuth server that consents automatically."""
    base = base_url.rstrip("/")
    state = secrets.token_urlsafe(16)
    query = urllib.parse.urlencode(
        {
            "client_id": client_id,
            "redirect_uri": REDIRECT_URI,
            "response_type": "code",
            "scope": scope,
            "login_hint": address,
            "access_type": "offline",
            "state": state,
        }
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(f"{base}/o/oauth2/auth?{query}", timeout=timeout)
        raise ConnectError(f"{base}/o/oauth2/auth answered without redirecting back")
    except urllib.error.HTTPError as answer:
        location = answer.headers.get("Location", "") if answer.code in (301, 302, 303) else ""
        if not location:
            raise ConnectError(
                f"authorization refused by {base} (HTTP {answer.code}): {_detail(answer)}"
            ) from None
    except urllib.error.URLError as exc:
        raise ConnectError(f"cannot reach {base}: {exc.reason}") from None
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
    if params.get("state", [None])[0] != state or "code" not in params:
        raise ConnectError(f"authorization at {base} gave no code: {params.get('error')}")
    body = urllib.parse.urlencode(
        {
            "grant_type": "authorization_code",
            "code": params["code"][0],
            "client_id": client_id,
            "client_secret": client_secret,
            "redirect_uri": REDIRECT_URI,
        }
    ).encode("ascii")
    try:
        with urllib.request.urlopen(f"{base}/token", data=body, timeout=timeout) as response:
            answer = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        raise ConnectError(f"token exchange refused by {base}: {_detail(exc)}") from None
    except (urllib.error.URLError, ValueError) as exc:
        raise ConnectError(f"token exchange with {base} failed: {exc}") from None
    refresh_token = answer.get("refresh_token")
    if not refresh_token:
        raise ConnectError(f"{base}/token returned no refresh token")
    return Grant(refresh_token, tuple(str(answer.get("scope", scope)).split()))


def _detail(error: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(error.read() or b"{}")
    except ValueError:
        return error.reason
    return str(body.get("error_description") or body.get("error") or error.reason)


def store_account(session: Session, address: str, grant: Grant, box: SecretBox) -> GmailAccount:
    """The user (by address) and their connected mailbox, the token encrypted."""
    user = get_or_create_user(session, address)
    return connect_gmail_account(
        session, user, address, box, grant.refresh_token, scopes=grant.scopes
    )
