"""How the worker's jobs are enqueued: queues, names, deterministic ids, timeouts, retries.

The one place they are decided, shared by the worker (cron, resumed syncs) and the server
(sign-in, POST /api/sync, drafts). Light on imports on purpose: the server loads it
without the sync machinery. RQ 3 refuses ':' in ids, hence `sync-1-...`, not `sync:1`.

Three queues, by how soon their jobs matter (`Priority`), and one table (`ROUTES`) from
why a job is enqueued (`Origin`) to its queue: `interactive` for what a person is waiting
for (the sync after sign-in, POST /api/sync, a draft), `background` for the periodic work
(polls, re-evaluation, the schedulers' ticks), `email` for the weekly summaries. A worker
serves its queues in that order (RQ takes the first job of the first queue that has
one), so a first sync of 50,000 threads, or a backlog of polls, never holds up a sync a
person asked for. A sync a person asks for while the same account's periodic one still
waits is moved to the front rather than refused as a duplicate (`enqueue_unique`).

A job id is the row's id *and* its creation time (`sync-<account id>-<microseconds>`):
a database may give a deleted row's id to the next one (SQLite does), and a deleted
user's job must neither block nor serve the next user's. The job receives the same
stamp and leaves alone a row that is not the one it was queued for.

A sync asked for while the account's sync RUNS (`enqueue_sync`) — POST /api/sync, a
poll, a push, a re-evaluation, a sign-in — is never lost and never starts a second sync
of the account. The running sync may have read its history already, and its unique id
refuses a second job, so the request becomes its *follow-up*: a job
(`sync-<account>-<created>-after-<run>`, one per run of the sync, `<run>` a token the sync
job carries in its meta) that RQ defers with `depends_on` until the running job ends,
finished or failed, and that then queues the account's sync again (`SYNC_AGAIN_JOB`).
Why this, and not a flag the running job reads before it ends: RQ marks a job finished
after the function returns, so a flag set between the job's last look and that moment
is read by nobody; RQ's dependency hand-over closes that window atomically (the enqueue
WATCHes the running job's key, the worker moves its dependents inside the transaction
that marks it finished). Why a relay, not a sync under the follow-up's id: every sync
still runs under the account's one id, so RQ's uniqueness alone keeps one sync per
account at a time — a poll arriving while a follow-up synced would otherwise start a
second one. At most one follow-up waits per run (created under WATCH of its key); the
many requests of one run make one extra sync.

A full sync is owed rather than queued (`FULL_SYNC_PREFIX`): a request for one sets the
account's flag *before* it enqueues, and the next sync to start takes it (and keeps it in
its meta for its retries). A full request meeting a waiting incremental sync thus makes
it full; one meeting a running incremental sync makes the follow-up full; an incremental
request meeting a running full sync gets its follow-up, and the full one ends as asked.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import redis
from redis.exceptions import WatchError
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError, InvalidJobOperation, NoSuchJobError
from rq.executions import Execution
from rq.job import Dependency, Job, JobStatus

SYNC_JOB = "worker.jobs.sync_account"
SYNC_AGAIN_JOB = "worker.jobs.sync_again"  # a sync's follow-up: queues it once more
SYNC_RUN = "sync_run"  # the sync job's meta: a token naming its run (and its follow-up)
DRAFT_JOB = "worker.jobs.create_draft"
SUMMARY_JOB = "worker.jobs.send_weekly_summary"
WATCH_JOB = "worker.jobs.watch_account"

SYNC_TIMEOUT = 2 * 3600  # a full sync of 50,000 threads at 250 units/s takes about 40 min
DRAFT_TIMEOUT = 120
SUMMARY_TIMEOUT = 300  # shorter than worker.weekly.CLAIM_LEASE
WATCH_TIMEOUT = 120
SYNC_AGAIN_TIMEOUT = 60  # a follow-up only enqueues
RESULT_TTL = 3600  # the last result stays readable an hour
FAILURE_TTL = 7 * 24 * 3600
RETRY_INTERVALS = [10, 30, 60]

DEFAULT_QUEUE_PREFIX = "afterview"


class Priority(StrEnum):
    """A queue, named by how soon its jobs matter; workers serve them in this order."""

    INTERACTIVE = "interactive"
    BACKGROUND = "background"
    EMAIL = "email"


PRIORITIES: tuple[Priority, ...] = tuple(Priority)  # a worker's default, highest first


class Origin(StrEnum):
    """Why a job is enqueued: what decides its queue (`ROUTES`)."""

    SIGN_IN = "sign_in"  # the full sync after a sign-in
    SYNC_REQUESTED = "sync_requested"  # POST /api/sync
    DRAFT_REQUESTED = "draft_requested"  # POST /api/threads/<id>/draft
    POLL = "poll"  # the periodic incremental syncs
    REEVALUATION = "reevaluation"  # a sync to relabel threads whose advice expired
    PERIODIC = "periodic"  # the schedulers' ticks (worker.schedule)
    WATCH_RENEWAL = "watch_renewal"  # a Gmail watch renewed (worker.watching)
    PUSH = "push"  # Gmail pushed a change (POST /hooks/gmail)
    WEEKLY_SUMMARY = "weekly_summary"


ROUTES: dict[Origin, Priority] = {
    Origin.SIGN_IN: Priority.INTERACTIVE,
    Origin.SYNC_REQUESTED: Priority.INTERACTIVE,
    Origin.DRAFT_REQUESTED: Priority.INTERACTIVE,
    Origin.POLL: Priority.BACKGROUND,
    Origin.REEVALUATION: Priority.BACKGROUND,
    Origin.PERIODIC: Priority.BACKGROUND,
    Origin.WATCH_RENEWAL: Priority.BACKGROUND,
    # New mail has just arrived: read as promptly as a sync the person asked for (push's
    # point is seconds, not a poll's minute); an incremental sync, one per account.
    Origin.PUSH: Priority.INTERACTIVE,
    Origin.WEEKLY_SUMMARY: Priority.EMAIL,
}


def queue_name(prefix: str, priority: Priority) -> str:
    return f"{prefix}-{priority.value}"


def parse_priorities(text: str) -> tuple[Priority, ...]:
    """`interactive,background` -> those priorities, in the order given (ValueError for
    an unknown name)."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    known = {priority.value for priority in Priority}
    for name in names:
        if name not in known:
            raise ValueError(f"unknown queue {name!r}; the queues are {', '.join(known)}")
    if not names:
        raise ValueError("no queue named")
    return tuple(Priority(name) for name in names)


@dataclass(frozen=True)
class Queues:
    """The three RQ queues of one deployment (`prefix`: AFTERVIEW_QUEUE_PREFIX)."""

    connection: redis.Redis
    prefix: str = DEFAULT_QUEUE_PREFIX

    def __getitem__(self, priority: Priority) -> Queue:
        return Queue(queue_name(self.prefix, priority), connection=self.connection)

    def for_origin(self, origin: Origin) -> Queue:
        return self[ROUTES[origin]]

    def in_order(self, priorities: Iterable[Priority] = PRIORITIES) -> list[Queue]:
        """The queues a worker listens to, highest priority first."""
        return [self[priority] for priority in priorities]

    def __iter__(self) -> Iterator[Queue]:
        return iter(self.in_order())


# A job with one of these statuses is over: its id may be reused.
_OVER = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}
# Not started yet: whatever it does, it reads Gmail after now.
_WAITING = {
    JobStatus.QUEUED,
    JobStatus.DEFERRED,
    JobStatus.SCHEDULED,
    JobStatus.READY_TO_ENQUEUE,  # a follow-up whose sync has just ended
}


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def created_stamp(created_at: datetime) -> str:
    """A row's creation time as the whole microseconds since the epoch (exact, no float)."""
    return str((created_at - _EPOCH) // timedelta(microseconds=1))


def stamp_time(stamp: str) -> datetime:
    """`created_stamp`'s inverse."""
    return _EPOCH + timedelta(microseconds=int(stamp))


def sync_job_id(account_id: int, created_at: datetime) -> str:
    return f"sync-{account_id}-{created_stamp(created_at)}"


def draft_job_id(draft_request_id: int, created_at: datetime) -> str:
    return f"draft-{draft_request_id}-{created_stamp(created_at)}"


def watch_job_id(account_id: int, created_at: datetime) -> str:
    return f"watch-{account_id}-{created_stamp(created_at)}"


def summary_job_id(user_id: int, week: str) -> str:
    """One per user and ISO week: also the name of the attempt holding the week's claim."""
    return f"summary-{user_id}-{week}"


def _retry() -> Retry:
    return Retry(max=len(RETRY_INTERVALS), interval=RETRY_INTERVALS)


def sync_job_options(
    account_id: int, created_at: datetime, full: bool = False, tick: datetime | None = None
) -> dict[str, Any]:
    """What `Queue.enqueue(SYNC_JOB, **options)` needs: the one place they are decided.
    `tick`: the poll's that queues it, if a poll does (its retries carry the same)."""
    kwargs: dict[str, Any] = {
        "account_id": account_id,
        "full": full,
        "created": created_stamp(created_at),
    }
    if tick is not None:  # only then: a job queued by an older worker has none either
        kwargs["tick"] = created_stamp(tick)
    return {
        "kwargs": kwargs,
        "job_id": sync_job_id(account_id, created_at),
        "meta": {SYNC_RUN: secrets.token_hex(6)},  # names this run's follow-up
        "job_timeout": SYNC_TIMEOUT,
        "result_ttl": RESULT_TTL,
        "failure_ttl": FAILURE_TTL,
        "retry": _retry(),
    }


def draft_job_options(draft_request_id: int, created_at: datetime) -> dict[str, Any]:
    return {
        "kwargs": {"draft_request_id": draft_request_id, "created": created_stamp(created_at)},
        "job_id": draft_job_id(draft_request_id, created_at),
        "job_timeout": DRAFT_TIMEOUT,
        "result_ttl": RESULT_TTL,
        "failure_ttl": FAILURE_TTL,
        "retry": _retry(),
    }


def watch_job_options(account_id: int, created_at: datetime) -> dict[str, Any]:
    return {
        "kwargs": {"account_id": account_id, "created": created_stamp(created_at)},
        "job_id": watch_job_id(account_id, created_at),
        "job_timeout": WATCH_TIMEOUT,
        "result_ttl": RESULT_TTL,
        "failure_ttl": FAILURE_TTL,
        "retry": _retry(),
    }


def summary_job_options(user_id: int, week: str) -> dict[str, Any]:
    return {
        "kwargs": {"user_id": user_id, "week": week},
        "job_id": summary_job_id(user_id, week),
        "job_timeout": SUMMARY_TIMEOUT,
        "result_ttl": RESULT_TTL,
        "failure_ttl": FAILURE_TTL,
        "retry": _retry(),
    }


def enqueue_unique(queue: Queue, function: str, *, job_id: str, **options: Any) -> Job | None:
    """Enqueue unless a job with this id waits or runs; None then (a no-op, not an error).

    RQ keeps a finished or failed job under its id for its result or failure TTL, and a
    unique enqueue would be refused by that leftover: it is deleted and the enqueue
    tried again. A job still waiting in a queue served after `queue` is moved to `queue`
    (a periodic sync waiting behind a backlog, when the person asks for one) and is then
    that job, not a new one: None still.
    """
    return _enqueue_or_find(queue, function, job_id=job_id, **options)[0]


def _enqueue_or_find(
    queue: Queue, function: str, *, job_id: str, **options: Any
) -> tuple[Job | None, Job | None]:
    """(the job enqueued, None), or (None, the job under this id that waits or runs)."""
    for _attempt in range(3):
        try:
            return queue.enqueue(function, job_id=job_id, unique=True, **options), None
        except DuplicateJobError:
            try:
                existing = Job.fetch(job_id, connection=queue.connection)
            except NoSuchJobError:
                continue  # gone in between
            status = existing.get_status(refresh=False)
            if status not in _OVER:
                if status == JobStatus.QUEUED:
                    _promote(existing, queue)
                return None, existing
            _delete_if_over(existing)
    return None, None


def _delete_if_over(job: Job) -> None:
    """Delete a leftover job, unless someone re-created its id since it was read: two
    callers meeting the same leftover must not delete the job the first one enqueued."""
    with job.connection.pipeline() as pipe:
        try:
            pipe.watch(job.key)
            try:
                status = job.get_status(refresh=True)
            except InvalidJobOperation:
                return  # its hash went since it was read: the caller looks again
            if status not in _OVER:
                return
            _forget_lost_executions(job)
            pipe.multi()
            job.delete(pipeline=pipe)
            pipe.execute()
        except (WatchError, NoSuchJobError):
            pass  # changed or gone: the caller looks again


def _forget_lost_executions(job: Job) -> None:
    """Drop the executions a job's list still names but whose records are gone (a worker
    killed mid-job: its execution record expires, the list keeps its id). RQ 3.0's
    `Job.delete` fetches each one and raises ValueError on the missing record, so the
    leftover could never be replaced and every later request for the sync failed."""
    registry = job.execution_registry
    for execution_id in registry.get_execution_ids():
        if not job.connection.exists(Execution(execution_id, job.id, job.connection).key):
            job.connection.zrem(registry.key, execution_id)


def _rank(name: str) -> int:
    """A queue's place in the workers' order (past the end for a queue not ours)."""
    for position, priority in enumerate(PRIORITIES):
        if name.endswith("-" + priority.value):
            return position
    return len(PRIORITIES)


def _promote(job: Job, queue: Queue) -> None:
    """Move a waiting job to `queue` if that queue is served first. LREM is atomic: when a
    worker took the job in between, nothing is removed and nothing is pushed."""
    if job.origin == queue.name or _rank(queue.name) >= _rank(job.origin):
        return
    if queue.connection.lrem(Queue(job.origin, connection=queue.connection).key, 1, job.id):
        queue.enqueue_job(job)


def enqueue_sync(
    queues: Queues,
    account_id: int,
    created_at: datetime,
    full: bool = False,
    *,
    origin: Origin,
    tick: datetime | None = None,
) -> Job | None:
    """Queue a sync of the account, or make sure one that starts after now will run.

    The job enqueued; None when a sync already waits (promoted to `origin`'s queue), or
    runs and a follow-up is queued after it (see the module's docstring). `created_at`:
    the account's (`GmailAccount.created_at`), part of the job id; `origin`: why (its
    queue); `tick`: a poll's, the moment the account counts as polled (worker.polling)."""
    return request_sync(queues, account_id, created_at, full, origin=origin, tick=tick)[0]


def request_sync(
    queues: Queues,
    account_id: int,
    created_at: datetime,
    full: bool = False,
    *,
    origin: Origin,
    tick: datetime | None = None,
) -> tuple[Job | None, bool]:
    """`enqueue_sync`, and whether the request became the running sync's follow-up (an
    extra sync after it: a poll counts it as its own, worker.jobs)."""
    job_id = sync_job_id(account_id, created_at)
    if full:  # first: whichever sync starts next sees it
        queues.connection.set(FULL_SYNC_PREFIX + job_id, 1, ex=FAILURE_TTL)
    queue = queues.for_origin(origin)
    options = sync_job_options(account_id, created_at, full, tick)
    for _attempt in range(3):
        enqueued, existing = _enqueue_or_find(queue, SYNC_JOB, **options)
        if existing is None or existing.get_status(refresh=False) != JobStatus.STARTED:
            return enqueued, False
        if _follow_up(existing, queue, tick):
            return None, True
        # That run ended while we looked: its id is free, or a later sync waits or runs.
    return None, False


# A full sync asked for and not yet started: the next sync to start takes it.
FULL_SYNC_PREFIX = "afterview:full-sync:"
# A follow-up waits for the longest a sync can take, its retries included.
FOLLOW_UP_TTL = (len(RETRY_INTERVALS) + 1) * SYNC_TIMEOUT + sum(RETRY_INTERVALS)


def follow_up_id(sync: Job) -> str:
    """`sync-<account>-<created>-after-<run>`: one per run of the sync job."""
    run = sync.meta.get(SYNC_RUN) or created_stamp(sync.created_at)  # queued before runs had one
    return f"{sync.id}-after-{run}"


def _follow_up(running: Job, queue: Queue, tick: datetime | None = None) -> bool:
    """Make sure `running` is followed by one more sync: True when its follow-up waits
    (made now or by an earlier request), False when that run has ended meanwhile. A
    follow-up a poll makes carries its tick to the sync it queues (worker.polling)."""
    follow_id = follow_up_id(running)
    kwargs = {"account_id": running.kwargs["account_id"], "created": running.kwargs["created"]}
    if tick is not None:
        kwargs["tick"] = created_stamp(tick)
    with queue.connection.pipeline() as pipe:
        for _attempt in range(3):
            try:
                pipe.watch(Job.key_for(follow_id))
                try:
                    made = Job.fetch(follow_id, connection=queue.connection)
                except NoSuchJobError:
                    made = None
                if made is not None:  # relaying or relayed: the run has ended
                    return made.get_status(refresh=False) in _WAITING
                relay = queue.create_job(
                    SYNC_AGAIN_JOB,
                    kwargs=kwargs,
                    job_id=follow_id,
                    depends_on=Dependency([running.id], allow_failure=True),
                    timeout=SYNC_AGAIN_TIMEOUT,
                    ttl=FOLLOW_UP_TTL,
                    result_ttl=RESULT_TTL,
                    failure_ttl=FAILURE_TTL,
                    retry=_retry(),
                )
                # RQ WATCHes the running job's key too: should it end before EXEC, the
                # transaction fails and the next attempt finds the run over.
                queue.enqueue_job(relay, pipeline=pipe)
                pipe.execute()
                return True
            except WatchError:
                continue
    return False


def enqueue_sync_again(
    queue: Queue, account_id: int, created: str, tick: str | None = None
) -> Job | None:
    """The follow-up's work, once the sync it followed has ended: queue the account's
    sync on `queue` — nothing when one waits or runs already, for that one started after
    the end, after every request the follow-up stands for. `tick`: the poll's that made
    the follow-up, if a poll did."""
    options = sync_job_options(
        account_id, stamp_time(created), tick=stamp_time(tick) if tick is not None else None
    )
    return enqueue_unique(queue, SYNC_JOB, **options)


def take_full_sync(connection: redis.Redis, job_id: str) -> bool:
    """Whether a full sync was asked for since the last sync started (the request is
    cleared: the caller is that sync)."""
    return connection.getdel(FULL_SYNC_PREFIX + job_id) is not None


def enqueue_draft(queues: Queues, draft_request_id: int, created_at: datetime) -> Job | None:
    """`created_at`: the draft request's, part of the job id."""
    return enqueue_unique(
        queues.for_origin(Origin.DRAFT_REQUESTED),
        DRAFT_JOB,
        **draft_job_options(draft_request_id, created_at),
    )


def enqueue_watch(queues: Queues, account_id: int, created_at: datetime) -> Job | None:
    """`created_at`: the account's, part of the job id."""
    return enqueue_unique(
        queues.for_origin(Origin.WATCH_RENEWAL),
        WATCH_JOB,
        **watch_job_options(account_id, created_at),
    )


def enqueue_summary(queues: Queues, user_id: int, week: str) -> Job | None:
    return enqueue_unique(
        queues.for_origin(Origin.WEEKLY_SUMMARY),
        SUMMARY_JOB,
        **summary_job_options(user_id, week),
    )
