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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import redis
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus

SYNC_JOB = "worker.jobs.sync_account"
DRAFT_JOB = "worker.jobs.create_draft"
SUMMARY_JOB = "worker.jobs.send_weekly_summary"
WATCH_JOB = "worker.jobs.watch_account"

SYNC_TIMEOUT = 2 * 3600  # a full sync of 50,000 threads at 250 units/s takes about 40 min
DRAFT_TIMEOUT = 120
SUMMARY_TIMEOUT = 300  # shorter than worker.weekly.CLAIM_LEASE
WATCH_TIMEOUT = 120
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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def created_stamp(created_at: datetime) -> str:
    """A row's creation time as the whole microseconds since the epoch (exact, no float)."""
    return str((created_at - _EPOCH) // timedelta(microseconds=1))


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


def sync_job_options(account_id: int, created_at: datetime, full: bool = False) -> dict[str, Any]:
    """What `Queue.enqueue(SYNC_JOB, **options)` needs: the one place they are decided."""
    return {
        "kwargs": {"account_id": account_id, "full": full, "created": created_stamp(created_at)},
        "job_id": sync_job_id(account_id, created_at),
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
    for _attempt in range(3):
        try:
            return queue.enqueue(function, job_id=job_id, unique=True, **options)
        except DuplicateJobError:
            try:
                existing = Job.fetch(job_id, connection=queue.connection)
            except NoSuchJobError:
                continue  # gone in between
            status = existing.get_status(refresh=False)
            if status not in _OVER:
                if status == JobStatus.QUEUED:
                    _promote(existing, queue)
                return None
            existing.delete()
    return None


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
    queues: Queues, account_id: int, created_at: datetime, full: bool = False, *, origin: Origin
) -> Job | None:
    """`created_at`: the account's (`GmailAccount.created_at`), part of the job id;
    `origin`: why (its queue)."""
    return enqueue_unique(
        queues.for_origin(origin), SYNC_JOB, **sync_job_options(account_id, created_at, full)
    )


# A change Gmail pushed while the account's sync was running: that sync may have read its
# history already, and a second enqueue is a no-op while it runs. The flag, keyed by the
# sync's job id, asks the running job for one more incremental pass (`take_resync`).
RESYNC_PREFIX = "afterview:resync:"


def request_resync(connection: redis.Redis, job_id: str) -> None:
    connection.set(RESYNC_PREFIX + job_id, 1, ex=SYNC_TIMEOUT)


def take_resync(connection: redis.Redis, job_id: str) -> bool:
    """Whether a pass was asked for since the last look (and the request is cleared)."""
    return connection.getdel(RESYNC_PREFIX + job_id) is not None


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
