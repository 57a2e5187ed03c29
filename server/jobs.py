"""Redis and the RQ queue: the server enqueues the worker's jobs by dotted name.

Job ids are deterministic (`sync-<account id>`, `draft-<draft request id>`) and enqueued
with `unique=True`, so asking twice while the first is waiting is one job, not two. (RQ 3
accepts only letters, digits, `_` and `-` in ids: `sync:<id>` is refused.)
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import redis
from flask import Flask, current_app
from rq import Queue
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus

SYNC_JOB = "worker.jobs.sync_account"
DRAFT_JOB = "worker.jobs.create_draft"

# A job with these statuses is over: its id may be reused by a new one.
_FINISHED = {JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED}


class Enqueued(StrEnum):
    QUEUED = "queued"
    ALREADY_QUEUED = "already_queued"


def init_app(app: Flask) -> None:
    connection = redis.Redis.from_url(  # connects on first command
        app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5
    )
    app.extensions["afterview.redis"] = connection
    app.extensions["afterview.queue"] = Queue(app.config["QUEUE_NAME"], connection=connection)


def redis_connection() -> redis.Redis:
    return current_app.extensions["afterview.redis"]


def queue() -> Queue:
    return current_app.extensions["afterview.queue"]


def sync_job_id(account_id: int) -> str:
    return f"sync-{account_id}"


def draft_job_id(draft_request_id: int) -> str:
    return f"draft-{draft_request_id}"


def _enqueue_unique(function: str, *args: Any, job_id: str, **kwargs: Any) -> Enqueued:
    """Enqueue once per id. A finished or failed job with the id (kept by RQ for its
    result or failure TTL) is replaced; a waiting or running one means "already queued"."""
    for _attempt in range(2):
        try:
            queue().enqueue(function, *args, job_id=job_id, unique=True, **kwargs)
            return Enqueued.QUEUED
        except DuplicateJobError:
            try:
                existing = Job.fetch(job_id, connection=redis_connection())
            except NoSuchJobError:
                continue  # gone in between: try again
            if existing.get_status(refresh=False) not in _FINISHED:
                return Enqueued.ALREADY_QUEUED
            existing.delete()
    return Enqueued.ALREADY_QUEUED  # someone else enqueued it between our two attempts


def enqueue_sync(account_id: int, *, full: bool) -> Enqueued:
    return _enqueue_unique(SYNC_JOB, account_id, full=full, job_id=sync_job_id(account_id))


def enqueue_draft(draft_request_id: int) -> Enqueued:
    return _enqueue_unique(DRAFT_JOB, draft_request_id, job_id=draft_job_id(draft_request_id))


def sync_job_status(account_id: int) -> str | None:
    """The RQ status of the account's sync job ("queued", "started", ...), None if none."""
    try:
        job = Job.fetch(sync_job_id(account_id), connection=redis_connection())
    except NoSuchJobError:
        return None
    status = job.get_status(refresh=False)
    return None if status is None else str(status.value if hasattr(status, "value") else status)
