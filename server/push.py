"""Gmail push notifications arriving from Cloud Pub/Sub: who sent them, what they say, and
the incremental sync they ask for.

A push is believed when either
- its `Authorization: Bearer <JWT>` is an OIDC token Google signed (checked against the
  certificates at GMAIL_PUSH_CERTS_URL, Google's https://www.googleapis.com/oauth2/v1/certs
  by default) for our audience (GMAIL_PUSH_AUDIENCE) on behalf of the push subscription's
  service account (GMAIL_PUSH_SERVICE_ACCOUNT, the token's `email` claim), as
  https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions describes; or
- the endpoint URL carries the shared secret (`?token=GMAIL_PUSH_SECRET`), where one is set.

The body is Pub/Sub's wrapped push (https://cloud.google.com/pubsub/docs/push):
`{"message": {"data": base64(...)}, "subscription"}`, the data Gmail's notification
`{"emailAddress", "historyId"}` (https://developers.google.com/workspace/gmail/api/guides/push).
Pub/Sub delivers at least once: a redelivered push finds the account already past its
history id, or its sync already queued (a unique job), and queues nothing more.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import google.auth.exceptions
import google.auth.transport.requests
import requests
from flask import current_app
from google.oauth2 import id_token

from gmail.client import GmailClient, oauth_credentials
from gmail.retry import RetryPolicy
from gmail.watch import watch_live
from server import google_oauth
from server.clock import now
from server.db import get_session
from server.errors import ApiError
from server.jobs import Enqueued, enqueue_sync
from server.logs import log
from storage.models import GmailAccount
from storage.repository import accounts_behind
from worker import queueing

# The issuers of Google's OIDC tokens (Pub/Sub's say the second).
ISSUERS = frozenset({"accounts.google.com", "https://accounts.google.com"})
CLOCK_SKEW_SECONDS = 30
CERTS_CACHED_SECONDS = 300  # when the answer carries no Cache-Control max-age


@dataclass(frozen=True)
class Notification:
    email_address: str
    history_id: int


def verify(authorization: str | None, query_token: str | None) -> None:
    """Raise ApiError unless the push comes from our Pub/Sub subscription: 404 when push
    is not configured here (no such hook), 401 without credentials, 403 with wrong ones,
    503 when Google's certificates cannot be read (Pub/Sub delivers it again)."""
    config = current_app.config
    secret, audience = config["GMAIL_PUSH_SECRET"], config["GMAIL_PUSH_AUDIENCE"]
    if not secret and not audience:
        raise ApiError(404, "Gmail push notifications are not configured on this server")
    if query_token is not None:
        if secret and hmac.compare_digest(query_token.encode(), secret.encode()):
            return
        _refuse("the push's token is not this server's shared secret")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip() or not audience:
        raise ApiError(
            401,
            "a push must carry Pub/Sub's OIDC token (Authorization: Bearer)"
            if audience
            else "a push must carry the shared secret (?token=)",
        )
    try:
        claims = id_token.verify_token(
            token.strip(),
            _certs_request(),
            audience=audience,
            certs_url=config["GMAIL_PUSH_CERTS_URL"],
            clock_skew_in_seconds=CLOCK_SKEW_SECONDS,
        )
    except google.auth.exceptions.TransportError as exc:
        # Not the push's fault: Pub/Sub delivers it again later.
        log.warning("push not verified: the certificates are unreachable (%s)", exc)
        raise ApiError(503, "the push's signing certificates cannot be read just now") from None
    except (ValueError, google.auth.exceptions.GoogleAuthError) as exc:
        _refuse(f"the push's token was refused: {_reason(exc)}")
    if claims.get("iss") not in ISSUERS:
        _refuse("the push's token was not issued by Google")
    if claims.get("email") != config["GMAIL_PUSH_SERVICE_ACCOUNT"] or not claims.get(
        "email_verified"
    ):
        _refuse("the push's token was signed for another service account")


def _refuse(reason: str) -> None:
    log.warning("push refused: %s", reason)
    raise ApiError(403, reason)


def _reason(error: Exception) -> str:
    """google-auth's message without the token or certificate it may quote."""
    text = str(error).split(":", 1)[0].strip().rstrip(".")
    return text[:120] or type(error).__name__


def parse(body: bytes) -> Notification:
    """Gmail's notification inside Pub/Sub's push body; ApiError 400 when malformed."""
    try:
        push = json.loads(body)
        data = push["message"]["data"]
        # Pub/Sub encodes standard base64; accept the URL-safe alphabet too.
        text = data.replace("-", "+").replace("_", "/")
        notification = json.loads(base64.b64decode(text + "=" * (-len(text) % 4), validate=True))
        address = notification["emailAddress"]
        history_id = int(str(notification["historyId"]))
    except (ValueError, TypeError, KeyError, AttributeError, binascii.Error):
        raise ApiError(
            400,
            'not a Gmail push: expected Pub/Sub\'s {"message": {"data": base64 of '
            '{"emailAddress", "historyId"}}}',
        ) from None
    if not isinstance(address, str) or "@" not in address or history_id < 0:
        raise ApiError(400, "the notification's emailAddress or historyId is malformed")
    return Notification(address.strip().lower(), history_id)


def sync_notified(notification: Notification) -> list[Enqueued]:
    """Queue an incremental sync of each account of the notified mailbox that is behind
    it (none for an address nobody connected: the push is acknowledged all the same).
    Should the account's sync be running already, and past reading its history, the
    change is read by the follow-up queued after it (worker.queueing.enqueue_sync)."""
    session = get_session()
    accounts = accounts_behind(session, notification.email_address, notification.history_id)
    return [enqueue_sync(account, full=False, origin=queueing.Origin.PUSH) for account in accounts]


def stop_watch(account: GmailAccount, refresh_token: str) -> None:
    """`users.stop` for an account about to be deleted, while its grant still works (its
    revocation comes next). One attempt: should it fail, Gmail's pushes for the address
    meet an account that is gone and are acknowledged with nothing done, until the watch
    lapses within 7 days."""
    state = account.sync_state
    if not watch_live(state.watch_expires_at if state else None, now()):
        return
    try:
        oauth = google_oauth.settings()
        credentials = oauth_credentials(
            refresh_token=refresh_token,
            client_id=oauth["client_id"],
            client_secret=oauth["client_secret"],
            token_uri=oauth["GOOGLE_TOKEN_URI"],
            scopes=account.scopes or None,
        )
        with GmailClient(
            credentials,
            api_endpoint=current_app.config["GMAIL_API_ENDPOINT"],
            retry_policy=RetryPolicy(max_attempts=1),
            timeout=oauth["timeout"],
        ) as client:
            client.stop()
    except Exception as exc:  # deletion goes on; the reason names no secret
        log.warning(
            "account %s: the Gmail watch was not stopped (%s)", account.id, type(exc).__name__
        )
        return
    state.watch_expires_at = None


class _CachedCerts(google.auth.transport.requests.Request):
    """google-auth's transport, keeping the certificates for their Cache-Control max-age
    (Google's: hours) instead of fetching them for every push."""

    def __init__(self, session: requests.Session, timeout: float) -> None:
        super().__init__(session)
        self._timeout = timeout
        self._lock = threading.Lock()
        self._cached: dict[str, tuple[float, Any]] = {}

    def __call__(self, url: str, method: str = "GET", **kwargs: Any) -> Any:
        if method != "GET":
            return super().__call__(url, method=method, **kwargs)
        with self._lock:
            found = self._cached.get(url)
            if found is not None and found[0] > time.monotonic():
                return found[1]
        kwargs.setdefault("timeout", self._timeout)
        response = super().__call__(url, method=method, **kwargs)
        if response.status == 200:
            with self._lock:
                self._cached[url] = (time.monotonic() + _max_age(response.headers), response)
        return response


def _max_age(headers: Any) -> float:
    for directive in (headers.get("Cache-Control") or "").split(","):
        name, _, value = directive.strip().partition("=")
        if name.lower() == "max-age" and value.isdigit():
            return float(value)
    return CERTS_CACHED_SECONDS


def _certs_request() -> _CachedCerts:
    found = current_app.extensions.get("afterview.push_certs")
    if found is None:
        found = _CachedCerts(requests.Session(), current_app.config["GOOGLE_HTTP_TIMEOUT"])
        current_app.extensions["afterview.push_certs"] = found
    return found
