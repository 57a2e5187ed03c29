"""How the worker's jobs are enqueued: names, deterministic ids, timeouts, retries.

The one place they are decided, shared by the worker (cron, resumed syncs) and the server
(sign-in, POST /api/sync, drafts). Light on imports on purpose: the server loads it
without the sync machinery. RQ 3 refuses ':' in ids, hence `sync-1-...`, not `sync:1`.

A job id is the row's id *and* its creation time (`sync-<account id>-<microseconds>`):
a database may give a deleted row's id to the next one (SQLite does), and a deleted
user's job must neither block nor serve the next user's. The job receives the same
stamp and leaves alone a row that is not the one it was queued for.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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
    tried again.
    """
    for _attempt in range(3):
        try:
            return queue.enqueue(function, job_id=job_id, unique=True, **options)
        except DuplicateJobError:
            try:
                existing = Job.fetch(job_id, connection=queue.connection)
            except NoSuchJobError:
                continue  # gone in between
            if existing.get_status(refresh=False) not in _OVER:
                return None
            existing.delete()
    return None


def enqueue_sync(
    queue: Queue, account_id: int, created_at: datetime, full: bool = False
) -> Job | None:
    """`created_at`: the account's (`GmailAccount.created_at`), part of the job id."""
    return enqueue_unique(queue, SYNC_JOB, **sync_job_options(account_id, created_at, full))


# A change Gmail pushed while the account's sync was running: that sync may have read its
# history already, and a second enqueue is a no-op while it runs. The flag, keyed by the
# sync's job id, asks the running job for one more incremental pass (`take_resync`).
RESYNC_PREFIX = "afterview:resync:"


def request_resync(connection: redis.Redis, job_id: str) -> None:
    connection.set(RESYNC_PREFIX + job_id, 1, ex=SYNC_TIMEOUT)


def take_resync(connection: redis.Redis, job_id: str) -> bool:
    """Whether a pass was asked for since the last look (and the request is cleared)."""
    return connection.getdel(RESYNC_PREFIX + job_id) is not None


def enqueue_draft(queue: Queue, draft_request_id: int, created_at: datetime) -> Job | None:
    """`created_at`: the draft request's, part of the job id."""
    return enqueue_unique(queue, DRAFT_JOB, **draft_job_options(draft_request_id, created_at))


def enqueue_watch(queue: Queue, account_id: int, created_at: datetime) -> Job | None:
    """`created_at`: the account's, part of the job id."""
    return enqueue_unique(queue, WATCH_JOB, **watch_job_options(account_id, created_at))


def enqueue_summary(queue: Queue, user_id: int, week: str) -> Job | None:
    return enqueue_unique(queue, SUMMARY_JOB, **summary_job_options(user_id, week))
