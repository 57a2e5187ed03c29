"""Redis and the RQ queues. Jobs are enqueued through worker.queueing, the one place their
queues, names, ids (`sync-<account id>-<created>`, `draft-<id>-<created>`, unique: asking
twice while the first waits is one job), timeouts and retries are decided."""

from __future__ import annotations

from enum import StrEnum

import redis
from flask import Flask, current_app
from rq.exceptions import NoSuchJobError
from rq.job import Job

from storage.models import DraftRequest, GmailAccount
from worker import queueing


class Enqueued(StrEnum):
    QUEUED = "queued"
    ALREADY_QUEUED = "already_queued"


def init_app(app: Flask) -> None:
    connection = redis.Redis.from_url(  # connects on first command
        app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5
    )
    app.extensions["afterview.redis"] = connection
    app.extensions["afterview.queues"] = queueing.Queues(connection, app.config["QUEUE_PREFIX"])


def redis_connection() -> redis.Redis:
    return current_app.extensions["afterview.redis"]


def queues() -> queueing.Queues:
    return current_app.extensions["afterview.queues"]


def enqueue_sync(account: GmailAccount, *, full: bool, origin: queueing.Origin) -> Enqueued:
    """`origin`: a sign-in's first sync, or one the user asked for (both interactive)."""
    job = queueing.enqueue_sync(queues(), account.id, account.created_at, full=full, origin=origin)
    return Enqueued.QUEUED if job is not None else Enqueued.ALREADY_QUEUED


def enqueue_draft(request: DraftRequest) -> Enqueued:
    job = queueing.enqueue_draft(queues(), request.id, request.created_at)
    return Enqueued.QUEUED if job is not None else Enqueued.ALREADY_QUEUED


def sync_job_status(account: GmailAccount) -> str | None:
    """The RQ status of the account's sync job ("queued", "started", ...), None if none."""
    job_id = queueing.sync_job_id(account.id, account.created_at)
    try:
        job = Job.fetch(job_id, connection=redis_connection())
    except NoSuchJobError:
        return None
    status = job.get_status(refresh=False)
    return None if status is None else str(status.value if hasattr(status, "value") else status)
