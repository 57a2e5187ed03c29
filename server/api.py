"""The JSON API the extension calls, under `/api`. Every route but the OpenAPI document
needs the extension's bearer token (server.auth) and sees only that user's rows: another
user's thread is answered 404, exactly like a thread that does not exist."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Blueprint, Response, current_app, request

from afterview.model import Action
from server import google_oauth, push
from server.auth import bearer_token, current_user, protect
from server.clock import now
from server.db import get_session, secret_box
from server.errors import REDIS_DOWN, ApiError
from server.jobs import enqueue_draft, enqueue_sync, sync_job_status
from server.logs import log
from server.popup import summary, when
from server.popup_cache import PopupCache, PopupList
from server.preferences import read_preferences, update_preferences
from server.schemas import (
    DRAFT_REQUEST,
    EMPTY_REQUEST,
    NOT_INTERVIEW_REQUEST,
    PREFERENCES_REQUEST,
    SNOOZE_REQUEST,
    SYNC_REQUEST,
)
from server.validation import json_body, parse_datetime
from storage.advice import advisor_for, feedback_on_threads
from storage.api_tokens import revoke_api_token
from storage.crypto import SecretKeyError
from storage.models import DraftKind, FeedbackKind, GmailAccount, SyncStatus, ThreadRecord
from storage.repository import (
    add_feedback,
    delete_user,
    mark_user_for_deletion,
    pending_draft,
    request_draft,
    thread_for_user,
)
from storage.summary_links import summary_settings_url
from summary_email import build_summary, render_html
from worker.queueing import Origin

blueprint = Blueprint("api", __name__, url_prefix="/api")
protect(blueprint)

MAX_ID = 2**31 - 1  # ids are 32-bit integer columns; anything larger names nothing
LONGEST_SNOOZE = timedelta(days=366)


def _thread(thread_id: int) -> ThreadRecord:
    thread = None
    if thread_id <= MAX_ID:
        thread = thread_for_user(get_session(), current_user().id, thread_id)
    if thread is None:
        raise ApiError(404, f"no thread {thread_id} among your threads")
    return thread


# ---- threads and counts ------------------------------------------------------------------


def _popup_list(moment: datetime) -> PopupList:
    cache = current_app.extensions.setdefault("afterview.popup_cache", PopupCache())
    return cache.popup_list(get_session(), current_user(), moment)


@blueprint.get("/threads")
def threads() -> Response:
    user, moment = current_user(), now()
    listed = _popup_list(moment)
    if request.if_none_match.contains_weak(listed.etag):
        unchanged = Response(status=304)
        unchanged.set_etag(listed.etag, weak=True)
        return unchanged
    # The groups were serialised once for this version of the list; only the clock and
    # the time zone are written per request.
    body = b"".join(
        (
            b'{"now":',
            json.dumps(moment.isoformat()).encode(),
            b',"timezone":',
            json.dumps(user.timezone).encode(),
            b',"groups":',
            listed.groups_json,
            b"}",
        )
    )
    answer = Response(body, mimetype="application/json")
    answer.set_etag(listed.etag, weak=True)
    return answer


@blueprint.get("/summary")
def counts() -> dict[str, Any]:
    user, moment = current_user(), now()
    return summary(_popup_list(moment).threads, moment, user.timezone)


# The preview may style itself (inline styles only: it loads nothing, runs nothing).
_PREVIEW_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)


@blueprint.get("/summary/preview")
def summary_preview() -> Response:
    """The weekly summary email this user would get now, as HTML."""
    user = current_user()
    link = summary_settings_url(current_app.config["PUBLIC_URL"], secret_box(), user.id)
    html = render_html(build_summary(get_session(), user, now(), link))
    answer = Response(html, mimetype="text/html")
    answer.headers["Content-Security-Policy"] = _PREVIEW_CSP
    return answer


# ---- feedback ----------------------------------------------------------------------------


def _feedback(
    thread: ThreadRecord,
    kind: FeedbackKind,
    until: datetime | None = None,
    senders: list[str] | None = None,
) -> dict[str, Any]:
    session, user = get_session(), current_user()
    add_feedback(session, user.id, kind, thread_id=thread.id, until=until)
    for sender in senders or ():
        add_feedback(session, user.id, kind, sender_address=sender)
    session.commit()
    return {
        "thread_id": thread.id,
        "feedback": kind.value,
        "until": None if until is None else until.isoformat(),
        "senders": senders or [],
    }


@blueprint.post("/threads/<int:thread_id>/dismiss")
def dismiss(thread_id: int) -> dict[str, Any]:
    thread = _thread(thread_id)
    json_body(EMPTY_REQUEST)
    return _feedback(thread, FeedbackKind.DISMISSED)


@blueprint.post("/threads/<int:thread_id>/snooze")
def snooze(thread_id: int) -> dict[str, Any]:
    thread = _thread(thread_id)
    until = parse_datetime(json_body(SNOOZE_REQUEST)["until"])
    moment = now()
    if until is None or until.astimezone(UTC) <= moment:
        raise ApiError(422, "until: must be in the future", field="until")
    if until > moment + LONGEST_SNOOZE:
        raise ApiError(422, "until: at most a year from now", field="until")
    return _feedback(thread, FeedbackKind.SNOOZED, until=until.astimezone(UTC))


def _employer_addresses(thread: ThreadRecord) -> list[str]:
    try:
        facts = thread.read_facts()
    except ValueError:
        facts = None
    addresses = set()
    if facts is not None:
        addresses.update(message.sender.email for message in facts.employer_messages)
    if thread.contact:
        addresses.add(thread.contact)
    return sorted(address.lower() for address in addresses if "@" in address)


@blueprint.post("/threads/<int:thread_id>/not-interview")
def not_interview(thread_id: int) -> dict[str, Any]:
    thread = _thread(thread_id)
    body = json_body(NOT_INTERVIEW_REQUEST)
    senders = _employer_addresses(thread) if body.get("include_sender") else []
    return _feedback(thread, FeedbackKind.NOT_INTERVIEW, senders=senders)


@blueprint.post("/threads/<int:thread_id>/is-interview")
def is_interview(thread_id: int) -> dict[str, Any]:
    thread = _thread(thread_id)
    json_body(EMPTY_REQUEST)
    return _feedback(thread, FeedbackKind.IS_INTERVIEW)


# ---- drafts ------------------------------------------------------------------------------

_DRAFT_FOR = {Action.SEND_THANK_YOU: DraftKind.THANK_YOU, Action.FOLLOW_UP: DraftKind.FOLLOW_UP}


def _action_now(thread: ThreadRecord) -> Action:
    """The thread's advice now: the stored one while it holds, else the advice service's."""
    moment = now()
    if thread.until is None or thread.until > moment or thread.facts is None:
        return thread.action
    try:
        facts = thread.read_facts()
    except ValueError:
        return thread.action
    session = get_session()
    said = feedback_on_threads(session, [thread.id]).get(thread.id, ())
    return advisor_for(session, current_user()).advise(facts, said, moment).action


@blueprint.post("/threads/<int:thread_id>/draft")
def draft(thread_id: int) -> tuple[dict[str, Any], int]:
    thread = _thread(thread_id)
    body = json_body(DRAFT_REQUEST)
    if "kind" in body:
        kind = DraftKind(body["kind"])
    else:
        action = _action_now(thread)
        if action not in _DRAFT_FOR:
            raise ApiError(
                409,
                f"the advice for this thread is {action.value!r}, not a thank-you or a "
                "follow-up; name the `kind` to draft one anyway",
                code="nothing_to_draft",
            )
        kind = _DRAFT_FOR[action]
    session = get_session()
    asked_before = pending_draft(session, thread.id, kind)
    request = asked_before or request_draft(session, current_user().id, thread.id, kind)
    session.commit()  # before the enqueue: the worker must find the request
    try:
        job = enqueue_draft(request)
    except REDIS_DOWN:
        if asked_before is None:  # no request without its job: the user asks again later
            session.delete(request)
            session.commit()
        raise
    return {
        "draft": {
            "id": request.id,
            "thread_id": thread.id,
            "kind": request.kind.value,
            "status": request.status.value,
        },
        "job": job.value,
    }, 202


# ---- preferences (the API calls them "settings") -------------------------------------------


@blueprint.get("/settings")
def get_preferences() -> dict[str, Any]:
    return read_preferences(current_user())


@blueprint.put("/settings")
def put_preferences() -> dict[str, Any]:
    session, user = get_session(), current_user()
    update_preferences(session, user, json_body(PREFERENCES_REQUEST), now())
    session.commit()
    return read_preferences(user)


# ---- sync --------------------------------------------------------------------------------


def _accounts() -> list[GmailAccount]:
    return sorted(current_user().accounts, key=lambda account: account.id)


@blueprint.get("/sync")
def sync_status() -> dict[str, Any]:
    accounts = []
    for account in _accounts():
        state = account.sync_state
        accounts.append(
            {
                "id": account.id,
                "address": account.address,
                "status": (state.status if state else SyncStatus.IDLE).value,
                "job": sync_job_status(account),
                "phase": state.phase if state else None,
                "phase_text": state.phase_text if state else None,
                "progress": {
                    "done": state.progress_done if state else 0,
                    "total": state.progress_total if state else 0,
                    "seconds_left": state.seconds_left if state else None,
                },
                "last_full_sync_at": when(state.last_full_sync_at if state else None),
                "last_incremental_sync_at": when(state.last_incremental_sync_at if state else None),
                "last_error": state.last_error if state else None,
                "needs_reauth": account.needs_reauth,
                "reauth_reason": account.reauth_reason,
            }
        )
    return {"accounts": accounts}


def _grant_still_works(account: GmailAccount) -> bool:
    """Refresh once before queueing: a revoked grant is reported now, not after a failed
    job. Only Google's definite "invalid_grant" marks the account; anything else (Google
    unreachable, a key problem) leaves the verdict to the worker."""
    try:
        refresh_token = account.refresh_token(secret_box())
        if refresh_token is None:
            raise google_oauth.GrantRevoked("no refresh token is stored for this account")
        google_oauth.check_refresh_token(refresh_token)
    except google_oauth.GrantRevoked as exc:
        account.needs_reauth = True
        account.reauth_reason = (
            f"Google no longer accepts Afterview's access to {account.address} ({exc}); "
            "sign in again to resume syncing"
        )
        return False
    except Exception as exc:  # transport errors, missing configuration or keys
        log.warning("account %s: grant not checked (%s)", account.id, type(exc).__name__)
    return True


@blueprint.post("/sync")
def start_sync() -> tuple[dict[str, Any], int]:
    full = bool(json_body(SYNC_REQUEST).get("full", False))
    if current_user().deletion_requested_at is not None:
        raise ApiError(409, "your account is being deleted: nothing is synced", code="conflict")
    session = get_session()
    results = []
    for account in _accounts():
        if account.needs_reauth or not _grant_still_works(account):
            results.append(
                {
                    "id": account.id,
                    "address": account.address,
                    "job": "needs_reauth",
                    "message": account.reauth_reason or "sign in again to resume syncing",
                }
            )
            continue
        job = enqueue_sync(account, full=full, origin=Origin.SYNC_REQUESTED)
        if account.sync_state is not None and job.value == "queued":
            account.sync_state.status = SyncStatus.QUEUED
        results.append(
            {
                "id": account.id,
                "address": account.address,
                "job": job.value,
                "message": "sync queued" if job.value == "queued" else "a sync is already queued",
            }
        )
    session.commit()
    if results and all(result["job"] == "needs_reauth" for result in results):
        raise ApiError(409, results[0]["message"], code="needs_reauth")
    return {"accounts": results}, 202


# ---- the account and the token -----------------------------------------------------------


def _revoke_grant(account: GmailAccount) -> tuple[bool, str]:
    """Revoke the account's grant at Google: (gone, what happened)."""
    try:
        refresh_token = account.refresh_token(secret_box())
    except SecretKeyError:
        return False, "Afterview could not open its stored access (a server key problem)"
    if refresh_token is None:
        return True, "no Google token was stored"
    push.stop_watch(account, refresh_token)  # while the grant still allows it
    try:
        return google_oauth.revoke(refresh_token)
    except google_oauth.OAuthConfigError as exc:
        return False, str(exc)


@blueprint.delete("/account")
def delete_account() -> tuple[dict[str, Any], int]:
    """Revoke Google's grant for every connected mailbox, then delete every row of the user.

    A grant that cannot be revoked is not forgotten: its account (the address and the
    encrypted token) is kept, marked for deletion and never synced, everything else is
    deleted, and the answer (202) tells the user to remove Afterview at Google's page.
    Asking again finishes once revocation works (or Google says it is already gone)."""
    session, user = get_session(), current_user()
    json_body(EMPTY_REQUEST)
    accounts, still_granted = [], []
    for account in _accounts():
        revoked, message = _revoke_grant(account)
        if not revoked:
            still_granted.append(account.id)
            message = (
                f"Google access to {account.address} is still granted: {message}. Remove "
                f"Afterview at {google_oauth.PERMISSIONS_PAGE}, then ask for deletion again"
            )
        accounts.append(
            {"address": account.address, "google_access_revoked": revoked, "message": message}
        )
    email = user.email
    if still_granted:
        mark_user_for_deletion(session, user.id, still_granted, now())
        session.commit()
        log.warning("deletion pending: %d grant(s) not revoked", len(still_granted))
        return {
            "deleted": False,
            "deletion_pending": True,
            "email": email,
            "accounts": accounts,
            "message": (
                "Your threads, feedback and drafts are deleted. Afterview could not revoke "
                "its access to your Gmail, so until it can it keeps your account and the "
                "encrypted access of the mailboxes above, never used again. Remove Afterview at "
                f"{google_oauth.PERMISSIONS_PAGE} (Third-party apps & services), then ask "
                "for deletion again to remove the rest."
            ),
        }, 202
    delete_user(session, user.id)
    session.commit()
    log.info("deleted a user and %d account(s)", len(accounts))
    return {"deleted": True, "email": email, "accounts": accounts}, 200


@blueprint.delete("/token")
def revoke_token() -> dict[str, Any]:
    """Sign this extension out: its token stops working at once."""
    session = get_session()
    json_body(EMPTY_REQUEST)
    revoke_api_token(session, bearer_token() or "", now())
    session.commit()
    return {"revoked": True}


# ---- the contract ------------------------------------------------------------------------


@blueprint.get("/openapi.json")
def openapi() -> dict[str, Any]:
    from server.openapi import document

    return document()
