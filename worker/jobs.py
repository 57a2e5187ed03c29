"""The RQ jobs: plain functions over ids, thin (load, call, store), safe to run twice.

The server enqueues them by dotted name — "worker.jobs.sync_account" and
"worker.jobs.create_draft" — with deterministic job ids and `unique=True`, so one account
never syncs twice at once: while `sync-<account id>-<created>` waits, a second enqueue is
a no-op (`enqueue_unique`); while it runs, the request becomes its follow-up
(`sync_again`, run by RQ when it ends: worker.queueing). `created`, the row's creation
stamp, is in the id and the arguments: a job whose row was deleted and its id given to
another row does nothing (worker.queueing).

Failures: transient ones (Gmail unavailable after the client's own retries, a dropped
connection, the database or Redis briefly gone, a timeout of a resumable sync) propagate
so RQ retries the job (`Retry(max=3, interval=[10, 30, 60])`); anything else fails at
once with the reason in `SyncState.last_error` (or the draft request's `error`), its
retries cancelled. A revoked grant marks the account `needs_reauth` with the reason: no
retry can fix that, only the user signing in again.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import UTC, datetime
from typing import Any

import redis
from rq import Queue, get_current_job
from rq.timeouts import JobTimeoutException
from sqlalchemy.exc import OperationalError

from afterview_config import logs
from gmail.errors import AuthRevoked, GmailUnavailable, OutcomeUnknown
from gmail.watch import renewal_due_before
from storage.models import DraftRequest, DraftStatus, GmailAccount, SyncState, SyncStatus, User
from storage.repository import syncable_accounts, watch_due_accounts
from storage.summary_links import summary_settings_url
from storage.types import utcnow
from summary_email import build_summary, summary_bytes, summary_message_id
from worker import advising, drafts, watching, weekly
from worker.polling import due_account_ids
from worker.queueing import (  # noqa: F401  (re-exported: jobs.enqueue_sync ...)
    DRAFT_JOB,
    SUMMARY_JOB,
    SYNC_JOB,
    Origin,
    Queues,
    created_stamp,
    draft_job_id,
    enqueue_draft,
    enqueue_summary,
    enqueue_sync,
    enqueue_sync_again,
    enqueue_unique,
    enqueue_watch,
    request_sync,
    stamp_time,
    summary_job_id,
    sync_job_id,
    take_full_sync,
)
from worker.runtime import Runtime, runtime
from worker.sync import Syncer

log = logging.getLogger(__name__)


# Worth another attempt: the same call may well succeed in a minute.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    GmailUnavailable,
    ConnectionError,
    TimeoutError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    OperationalError,  # the database unreachable or locked
    JobTimeoutException,  # a full sync resumes where it stopped
    weekly.ClaimNotSettled,  # a summary's claim resumed a little later
)


def _no_retry() -> None:
    """Fail the running job for good: retrying will not fix what went wrong."""
    job = get_current_job()
    if job is not None:
        job.retries_left = 0


def _will_retry() -> bool:
    job = get_current_job()
    return job is not None and bool(job.retries_left)


def _queues(run: Runtime) -> Queues:
    return Queues(run.redis, run.settings.queue_prefix)


# -- sync ----------------------------------------------------------------------------------


def _same_row(row: Any, created: str | None) -> bool:
    """The row the job was queued for, not a later one given its id (None: not checked,
    a job queued before job ids carried the stamp)."""
    return row is not None and (created is None or created_stamp(row.created_at) == created)


def sync_account(
    account_id: int, full: bool = False, created: str | None = None, tick: str | None = None
) -> dict[str, Any]:
    """Sync one account (incremental unless `full`, or unless a full one is due), then
    its labels. Returns the sync's report. `tick`: the stamp of the poll that queued it
    (None: not a poll), what the account's next poll counts from (worker.polling)."""
    run = runtime()
    refused: AuthRevoked | None = None
    with run.database.session() as session:
        account = session.get(GmailAccount, account_id)
        if not _same_row(account, created):
            return {"account_id": account_id, "skipped": "the account no longer exists"}
        if account.user.deletion_requested_at is not None:
            return {"account_id": account_id, "skipped": "the user is being deleted"}
        if account.needs_reauth:
            reason = f"the account needs signing in again ({account.reauth_reason or 'revoked'})"
            refused, newly_refused = AuthRevoked(reason), False
        else:
            try:
                client = run.gmail_client(account)
            except AuthRevoked as exc:
                refused, newly_refused = exc, True
    if refused is not None:
        _record_refusal(run, account_id, str(refused), mark_account=newly_refused)
        _no_retry()
        raise refused
    try:
        with client:
            syncer = Syncer(
                run.database,
                client,
                account_id,
                months=run.settings.full_sync_months,
                chunk_size=run.settings.sync_chunk,
                tick=stamp_time(tick) if tick is not None else None,
            )
            owed = _full_sync_owed(run)  # taken even when `full`: it is this sync
            report = syncer.run(full=full or owed)
    except AuthRevoked as exc:
        with run.database.session() as session:
            _needs_reauth(session, session.get(GmailAccount, account_id), str(exc))
        _no_retry()
        raise
    except TRANSIENT_ERRORS as exc:
        _fail(run, account_id, exc, retrying=_will_retry())
        raise
    except Exception as exc:
        _fail(run, account_id, exc, retrying=False)
        _no_retry()
        raise
    log.info(
        "%s sync: %d threads read, %d interview threads, %d quota units, %.2f s",
        report.kind,
        report.threads_read,
        report.interview_threads,
        report.units,
        report.seconds,
    )
    return {"account_id": account_id, **report.as_dict()}


def _full_sync_owed(run: Runtime) -> bool:
    """Whether a full sync was asked for while this job waited or ran before (a request
    meeting a sync already queued: worker.queueing). Kept in the job's meta, so that a
    retry of this job is full too."""
    job = get_current_job()  # None outside RQ: nothing can have asked
    if job is None:
        return False
    if job.meta.get("full_sync_owed"):
        return True
    if not take_full_sync(run.redis, job.id):
        return False
    job.meta["full_sync_owed"] = True
    job.save_meta()
    return True


def sync_again(account_id: int, created: str, tick: str | None = None) -> dict[str, Any]:
    """A sync's follow-up, which RQ queues when that sync ends (finished or failed): the
    requests that met it running get their sync, queued on this job's own queue (their
    origin's). Nothing when a sync of the account already waits or runs: it started
    after that end."""
    job = get_current_job()
    queue = Queue(job.origin, connection=job.connection)
    queued = enqueue_sync_again(queue, account_id, created, tick)
    return {"account_id": account_id, "queued": queued is not None}


def _record(session: Any, account_id: int, status: SyncStatus, error: str | None) -> None:
    state = session.get(SyncState, account_id)
    if state is None:
        state = SyncState(account_id=account_id)
        session.add(state)
    state.status = status
    state.last_error = error


def _needs_reauth(session: Any, account: GmailAccount | None, reason: str) -> None:
    if account is None:
        return
    account.needs_reauth = True
    account.reauth_reason = reason
    _record(session, account.id, SyncStatus.FAILED, reason)


def _record_refusal(
    run: Runtime,
    account_id: int,
    reason: str,
    *,
    mark_account: bool,
    draft_request_id: int | None = None,
) -> None:
    """Record a sign-in that no longer works in a transaction of its own, committed before
    the job fails: written in the job's session, the raise would roll it back and the user
    would see `queued` with no error for ever."""
    with run.database.session() as session:
        if mark_account:
            _needs_reauth(session, session.get(GmailAccount, account_id), reason)
        else:
            _record(session, account_id, SyncStatus.FAILED, reason)
        if draft_request_id is not None:
            request = session.get(DraftRequest, draft_request_id)
            if request is not None:
                drafts.mark_failed(request, reason)


def _fail(run: Runtime, account_id: int, exc: BaseException, retrying: bool) -> None:
    reason = f"{type(exc).__name__}: {exc}"
    if retrying:
        reason += " (retrying)"
    try:
        with run.database.session() as session:
            _record(
                session,
                account_id,
                SyncStatus.QUEUED if retrying else SyncStatus.FAILED,
                reason[:2000],
            )
    except OperationalError:
        log.warning("account %s: could not record the failure: %s", account_id, reason)


# -- time-based advice ---------------------------------------------------------------------


def reevaluate_due(batch: int = 500, rounds: int = 20) -> dict[str, Any]:
    """Re-advise every stored thread whose advice has expired, from its stored facts (no
    Gmail), then enqueue a sync of each account whose actions changed, which puts the new
    labels on."""
    run = runtime()
    accounts: set[int] = set()
    threads = 0
    for _round in range(rounds):
        with run.database.session() as session:
            count, changed = advising.reevaluate_due(session, utcnow(), limit=batch)
        threads += count
        accounts.update(changed)
        if count < batch:
            break
    queues = _queues(run)
    with run.database.session() as session:
        syncable = syncable_accounts(session)
    enqueued = [
        account_id
        for account_id in sorted(accounts & syncable.keys())
        if enqueue_sync(queues, account_id, syncable[account_id], origin=Origin.REEVALUATION)
        is not None
    ]
    return {"threads": threads, "accounts_changed": sorted(accounts), "syncs_enqueued": enqueued}


def enqueue_incremental_syncs() -> dict[str, Any]:
    """Enqueue an incremental sync of every account whose sign-in still works and whose
    poll is due (`worker.polling`: active ones every minute, quiet ones less often); the
    ones already waiting or running are left alone."""
    run = runtime()
    settings = run.settings
    tick = _tick()
    with run.database.session() as session:
        due = due_account_ids(
            session, tick, longest=settings.sync_interval, shortest=settings.poll_interval
        )
        syncable = syncable_accounts(session)  # their creation times; none being deleted
    queues = _queues(run)
    enqueued, followed = [], []
    for account_id in due:
        if account_id not in syncable:
            continue
        job, follows = request_sync(
            queues, account_id, syncable[account_id], origin=Origin.POLL, tick=tick
        )
        if job is not None:
            enqueued.append(account_id)
        elif follows:  # its sync still runs (a queue behind): one more after it
            followed.append(account_id)
    log.info(
        "poll: %d accounts due; syncs queued for accounts %s; after their running sync for %s",
        len(due),
        enqueued,
        followed,
    )
    return {"accounts": len(due), "enqueued": enqueued, "followed": followed}


def _tick() -> datetime:
    """When this poll was due: when the scheduler queued its job (RQ's `enqueued_at`),
    not when a worker got to it, so polls a loaded queue delayed unevenly still come an
    interval apart; now outside RQ."""
    job = get_current_job()
    enqueued = job.enqueued_at if job is not None else None
    if enqueued is None:
        return utcnow()
    return enqueued if enqueued.tzinfo is not None else enqueued.replace(tzinfo=UTC)


# -- push notifications --------------------------------------------------------------------


def enqueue_watch_renewals() -> dict[str, Any]:
    """Queue `watch-<account>` for every account whose sign-in works and whose Gmail watch
    is missing or a day old (`worker.watching`); nothing when push is not configured."""
    run = runtime()
    if not run.settings.gmail_push_topic:
        return {"skipped": "AFTERVIEW_GMAIL_PUSH_TOPIC is not set: polling only"}
    with run.database.session() as session:
        due = watch_due_accounts(session, renewal_due_before(utcnow()))
    queues = _queues(run)
    enqueued = [
        account_id
        for account_id, created_at in due.items()
        if enqueue_watch(queues, account_id, created_at) is not None
    ]
    return {"due": len(due), "enqueued": enqueued}


def watch_account(account_id: int, created: str | None = None) -> dict[str, Any]:
    """Start (or renew) the account's Gmail watch on the push topic; keep its answer."""
    run = runtime()
    topic = run.settings.gmail_push_topic
    with run.database.session() as session:
        account = session.get(GmailAccount, account_id)
        if not _same_row(account, created):
            return {"account_id": account_id, "skipped": "the account no longer exists"}
        if not topic or account.needs_reauth or account.user.deletion_requested_at:
            return {"account_id": account_id, "skipped": "push is off or the account is not synced"}
        try:
            client = run.gmail_client(account)
        except AuthRevoked as exc:
            refused = exc
        else:
            refused = None
    if refused is not None:
        _record_refusal(run, account_id, str(refused), mark_account=True)
        _no_retry()
        raise refused
    try:
        with client:
            answer = client.watch(topic)
    except AuthRevoked as exc:
        with run.database.session() as session:
            _needs_reauth(session, session.get(GmailAccount, account_id), str(exc))
        _no_retry()
        raise
    except TRANSIENT_ERRORS:
        raise
    except Exception:
        _no_retry()  # a topic Gmail may not publish to: retrying will not fix it
        raise
    with run.database.session() as session:
        state = watching.record_watch(session, account_id, answer)
        expires = state.watch_expires_at
    return {"account_id": account_id, "history_id": answer["historyId"], "expires": str(expires)}


# -- drafts --------------------------------------------------------------------------------


def create_draft(draft_request_id: int, created: str | None = None) -> dict[str, Any]:
    """Write the requested thank-you or follow-up draft in its thread (never sending it).
    Idempotent: a request already done is left alone, and a draft already in Gmail for it
    (a retried attempt whose first answer was lost) is found, not duplicated."""
    run = runtime()
    with run.database.session() as session:
        request = session.get(DraftRequest, draft_request_id)
        if not _same_row(request, created):
            return {"draft_request_id": draft_request_id, "skipped": "no such request"}
        if request.status is DraftStatus.CREATED:
            return {"draft_request_id": draft_request_id, "draft_id": request.gmail_draft_id}
        if request.status is DraftStatus.FAILED:
            return {"draft_request_id": draft_request_id, "skipped": request.error}
        account = request.thread.account
        account_id, sender, timezone = account.id, account.address, account.user.timezone
        profile_name = account.user.profile_name
        try:
            client = run.gmail_client(account)
        except AuthRevoked as exc:
            refused = exc
        else:
            refused = None
    if refused is not None:
        _record_refusal(
            run, account_id, str(refused), mark_account=True, draft_request_id=draft_request_id
        )
        _no_retry()
        raise refused
    with logs.bound(account_id=account_id):
        return _draft_with(run, client, draft_request_id, sender, timezone, profile_name)


def _draft_with(
    run: Runtime,
    client: Any,
    draft_request_id: int,
    sender: str,
    timezone: str,
    profile_name: str | None,
) -> dict[str, Any]:
    def fail(reason: str, retry: bool) -> None:
        with run.database.session() as session:
            request = session.get(DraftRequest, draft_request_id)
            if request is not None and not retry:
                drafts.mark_failed(request, reason)
            elif request is not None:
                request.error = reason + " (retrying)"

    with client:
        try:
            with run.database.session() as session:
                request = session.get(DraftRequest, draft_request_id)
                draft_id = drafts.write_draft(
                    client,
                    request,
                    request.thread,
                    sender=sender,
                    timezone=timezone,
                    profile_name=profile_name,
                )
                drafts.mark_created(request, draft_id)
        except TRANSIENT_ERRORS as exc:
            fail(f"{type(exc).__name__}: {exc}", retry=_will_retry())
            raise
        except OutcomeUnknown as exc:
            # Maybe created: the next attempt looks for it before writing another.
            fail(str(exc), retry=_will_retry())
            raise
        except AuthRevoked as exc:
            with run.database.session() as session:
                request = session.get(DraftRequest, draft_request_id)
                _needs_reauth(session, request.thread.account if request else None, str(exc))
            fail(str(exc), retry=False)
            _no_retry()
            raise
        except Exception as exc:
            fail(f"{type(exc).__name__}: {exc}", retry=False)
            _no_retry()
            raise
    return {"draft_request_id": draft_request_id, "draft_id": draft_id}


# -- the weekly summary --------------------------------------------------------------------


def enqueue_weekly_summaries() -> dict[str, Any]:
    """Enqueue `summary-<user>-<week>` for every user whose summary is due now (the
    user's day, 08:00 in their zone, within the day after) and not yet claimed."""
    run = runtime()
    with run.database.session() as session:
        due = weekly.due_summaries(session, utcnow())
    queues = _queues(run)
    enqueued = [
        summary_job_id(user_id, week)
        for user_id, week in due
        if enqueue_summary(queues, user_id, week) is not None
    ]
    return {"due": len(due), "enqueued": enqueued}


def _attempt() -> str:
    """Who holds a claim: the job's id, which a retry of the job keeps; a call outside RQ
    (a test, a shell) is an attempt of its own."""
    job = get_current_job()
    if job is not None:
        return job.id
    return f"process-{os.getpid()}-{threading.get_ident()}"


def send_weekly_summary(user_id: int, week: str) -> dict[str, Any]:
    """Send `week`'s summary to the user, exactly once (`worker.weekly`); nothing when
    there is nothing to say (logged), when it is turned off, or when another attempt
    holds the week."""
    run = runtime()
    now = utcnow()
    with run.database.session() as session:
        user = session.get(User, user_id)
        if user is None or not user.weekly_summary_enabled:
            reason = "no such user" if user is None else "the weekly summary is turned off"
            return weekly.Outcome(week, skipped=reason).as_dict()
        held = weekly.claim(session, user_id, week, _attempt(), now)
    if isinstance(held, str):  # committed above: the claim is visible before any send
        log.info("user %s, %s: no summary sent: %s", user_id, week, held)
        return weekly.Outcome(week, skipped=held).as_dict()

    with run.database.session() as session:
        user = session.get(User, user_id)
        account = weekly.sending_account(user)
        if account is None:
            weekly.skip(session, held.id, "no connected account can send it")
            return weekly.Outcome(week, skipped="no connected account can send it").as_dict()
        link = summary_settings_url(run.settings.public_url, run.box, user.id)
        summary = build_summary(session, user, now, link, week=week, address=account.address)
        if not summary.has_news:
            weekly.skip(session, held.id, "nothing to say")
            log.info("user %s, %s: nothing to say this week; no summary sent", user_id, week)
            return weekly.Outcome(week, skipped="nothing to say").as_dict()
        raw = summary_bytes(summary, message_id=summary_message_id(user.id, week, account.address))
        try:
            client = run.gmail_client(account)
        except AuthRevoked as exc:
            _needs_reauth(session, account, str(exc))
            _no_retry()
            raise
    with client:
        outcome = weekly.send_or_find(client, summary, raw, user_id=user_id, held=held)
    with run.database.session() as session:
        weekly.complete(session, held.id, outcome.sent or outcome.found or "", now)
    log.info("user %s, %s: summary %s", user_id, week, "sent" if outcome.sent else "found in SENT")
    return outcome.as_dict()
