"""Sign-in with Google, and how the extension receives its API token.

The hand-off, step by step (the extension's side is `chrome.identity.launchWebAuthFlow`):

1. The extension opens `GET /auth/google/start?extension_id=<its id>` in the web-auth
   window. The id must be one of `AFTERVIEW_EXTENSION_IDS`: the token will be delivered to
   that extension's redirect URL, and to no other.
2. The server makes a random `state` and a PKCE verifier, keeps them in Redis for ten
   minutes under the state's hash, puts the state in its signed session cookie (which binds
   the flow to this browser), and redirects to Google's consent page (S256 challenge,
   offline access).
3. Google redirects to `GET /auth/google/callback?state=...&code=...`. The server checks
   the state against the cookie (constant time) and takes the Redis entry with GETDEL, so a
   state works once. It exchanges the code with the verifier, asks who signed in, stores the
   user and the Gmail account (refresh token encrypted), enqueues the first full sync, and
   issues an API token (random; only its SHA-256 is stored).
4. It answers `303 See Other` to `https://<extension id>.chromiumapp.org/#token=<token>
   &email=<address>`. The token is in the URL *fragment*: browsers never send fragments to
   any server, the `chromiumapp.org` URL is intercepted by Chrome and never loaded, and no
   request line (what access logs record) carries it. `launchWebAuthFlow` resolves with
   that URL; the extension reads the fragment and keeps the token in `chrome.storage`.
   Failures after step 2 arrive the same way, as `#error=<code>&error_description=<text>`.

The callback URL does carry the one-time authorization code (as in every OAuth web
flow); it is useless without the verifier, and redacted from our logs anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from urllib.parse import urlencode

from flask import Blueprint, current_app, redirect, request, session, url_for
from werkzeug.wrappers import Response

from server import google_oauth
from server.db import get_session, secret_box
from server.errors import ApiError
from server.jobs import enqueue_sync, redis_connection
from server.logs import log
from storage.api_tokens import issue_api_token, revoke_tokens_named
from storage.crypto import SecretKeyError
from storage.models import SyncStatus
from storage.repository import connect_gmail_account, get_or_create_user
from worker.queueing import Origin

blueprint = Blueprint("signin", __name__, url_prefix="/auth/google")

PENDING_SECONDS = 600
_EXTENSION_ID = re.compile(r"^[a-p]{32}$")  # Chrome extension ids: 32 letters a..p


def _pending_key(state: str) -> str:
    return "afterview:signin:" + hashlib.sha256(state.encode()).hexdigest()


def _redirect_uri() -> str:
    public = current_app.config["PUBLIC_URL"]
    if public:
        return public + url_for("signin.callback")
    return url_for("signin.callback", _external=True)


def extension_redirect(extension_id: str, **fragment: str) -> str:
    return f"https://{extension_id}.chromiumapp.org/#" + urlencode(fragment)


def _to_extension(extension_id: str, **fragment: str) -> Response:
    response = redirect(extension_redirect(extension_id, **fragment), code=303)
    response.headers["Cache-Control"] = "no-store"
    return response


def _require_secret_key() -> None:
    if not current_app.config.get("SECRET_KEY"):
        raise ApiError(
            503, "sign-in is not configured: set AFTERVIEW_SECRET_KEY", code="not_configured"
        )


@blueprint.get("/start")
def start() -> Response:
    extension_id = request.args.get("extension_id", "")
    if not _EXTENSION_ID.fullmatch(extension_id):
        raise ApiError(400, "extension_id: not a Chrome extension id", field="extension_id")
    if extension_id not in current_app.config["EXTENSION_IDS"]:
        raise ApiError(
            403, "extension_id: this extension may not sign in here", field="extension_id"
        )
    _require_secret_key()
    try:
        secret_box().require_keys()  # refresh tokens could not be stored: say so now
    except SecretKeyError as exc:
        raise ApiError(503, str(exc), code="not_configured") from None
    state = secrets.token_urlsafe(32)
    verifier = google_oauth.new_code_verifier()
    try:
        url = google_oauth.authorization_url(_redirect_uri(), state, verifier)
    except google_oauth.OAuthConfigError as exc:
        raise ApiError(503, str(exc), code="not_configured") from None
    pending = {"verifier": verifier, "extension_id": extension_id}
    redis_connection().set(_pending_key(state), json.dumps(pending), ex=PENDING_SECONDS)
    session.clear()
    session["signin_state"] = state
    return redirect(url, code=302)


@blueprint.get("/callback")
def callback() -> Response:
    _require_secret_key()
    state = request.args.get("state", "")
    expected = session.pop("signin_state", None)
    if not state or not expected or not hmac.compare_digest(state, expected):
        raise ApiError(
            400,
            "this sign-in was not started in this browser, or it expired; start again",
            code="invalid_state",
        )
    stored = redis_connection().getdel(_pending_key(state))
    if stored is None:
        raise ApiError(
            400, "this sign-in expired or was already completed; start again", code="invalid_state"
        )
    pending = json.loads(stored)
    extension_id = pending["extension_id"]
    if "error" in request.args:  # the user declined, or Google refused
        error = request.args.get("error", "access_denied")[:64]
        return _to_extension(
            extension_id, error=error, error_description="Google sign-in was not completed"
        )
    code = request.args.get("code", "")
    if not code:
        return _to_extension(
            extension_id, error="invalid_request", error_description="Google sent no code"
        )
    try:
        signed_in = google_oauth.exchange_code(_redirect_uri(), code, pending["verifier"])
    except google_oauth.SignInError as exc:
        log.warning("sign-in failed: %s", exc.code)
        return _to_extension(extension_id, error=exc.code, error_description=exc.message)
    except google_oauth.OAuthConfigError as exc:
        raise ApiError(503, str(exc), code="not_configured") from None
    token, account_id = _store(signed_in, extension_id)
    log.info("signed in: user account %s", account_id)
    return _to_extension(extension_id, token=token, email=signed_in.email)


def _store(signed_in: google_oauth.SignedIn, extension_id: str) -> tuple[str, int]:
    db = get_session()
    user = get_or_create_user(db, signed_in.email)
    user.deletion_requested_at = None  # signing in again after a pending deletion: back
    if signed_in.name:
        user.profile_name = signed_in.name
    account = connect_gmail_account(
        db,
        user,
        signed_in.email,
        secret_box(),
        signed_in.refresh_token,
        scopes=signed_in.scopes,
        google_subject=signed_in.subject,
    )
    if account.refresh_token_ciphertext is None:
        raise ApiError(
            502,
            "Google granted no offline access; remove Afterview at "
            f"{google_oauth.PERMISSIONS_PAGE} and sign in again",
            code="upstream_error",
        )
    name = f"extension {extension_id}"
    revoke_tokens_named(db, user, name)  # this extension's earlier sign-ins end here
    token = issue_api_token(db, user, name=name)
    db.commit()
    # The refresh token this sign-in replaced is forgotten, not revoked: at Google a user's
    # authorization of a client is one grant, and revoking any of its tokens would end the
    # new one too (docs/reliability.md, defect 6).
    try:
        enqueue_sync(account, full=True, origin=Origin.SIGN_IN)
    except Exception as exc:  # Redis down: the periodic sync will pick the account up
        log.warning("first sync of account %s not enqueued: %s", account.id, type(exc).__name__)
    else:
        account.sync_state.status = SyncStatus.QUEUED
        db.commit()
    return token, account.id
