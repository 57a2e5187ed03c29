"""Periodic work, with RQ's own cron scheduler (`rq.cron.CronScheduler`):

- every `poll_interval` seconds (1 minute), an incremental sync of every account whose
  sign-in works and whose poll is due (`worker.jobs.enqueue_incremental_syncs`,
  `worker.polling`: active accounts every minute, quiet ones backing off to
  `sync_interval`, 5 minutes; each sync is a unique job, so an account whose last sync
  is still waiting or running is not queued twice);
- every `reevaluate_interval` seconds (1 minute), `worker.jobs.reevaluate_due`: advice
  whose time has come is recomputed from the stored facts, without Gmail;
- every `reevaluate_interval` seconds too, `worker.jobs.enqueue_weekly_summaries`: each
  user's summary once their day's 08:00 has come in their zone (`worker.weekly`), as a
  unique job per user and week.
- with Gmail push notifications configured (`AFTERVIEW_GMAIL_PUSH_TOPIC`), every
  `sync_interval` seconds (5 minutes), `worker.jobs.enqueue_watch_renewals`: each
  account's `users.watch`, renewed once a day (`worker.watching`), as a unique job.

Each is safe to run twice, but RQ's cron does not coordinate schedulers: two of them,
started a few seconds apart, tick out of step, and an account polled by the first tick
would be due again (half a poll early is allowed) at the second, polled twice an
interval. So one scheduler leads (`Leadership`: a lease in Redis, renewed every loop,
given up on a clean stop) and the others stand by, taking over within the lease when
the leader dies. Every scheduler and every `afterview worker` with cron runs
`run_cron`; `CronThread` runs it in a thread of the worker process (RQ's own
`CronScheduler.start()` installs signal handlers, which only the main thread may do).
"""

from __future__ import annotations

import logging
import threading

import redis
from rq.cron import CronScheduler

from worker import jobs
from worker.queueing import Origin, Queues
from worker.settings import WorkerSettings

log = logging.getLogger(__name__)

PERIODIC_TIMEOUT = 300
PERIODIC_RESULT_TTL = 600
PERIODIC_FAILURE_TTL = 24 * 3600
LEASE_SECONDS = 30.0  # a dead leader is replaced within this


class Leadership:
    """Which scheduler enqueues the periodic jobs: the holder of a lease in Redis."""

    # Renew when ours, take when free; 1 when this scheduler leads.
    _HOLD = """
    if redis.call('get', KEYS[1]) == ARGV[1] then
        redis.call('pexpire', KEYS[1], ARGV[2])
        return 1
    end
    if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
        return 1
    end
    return 0
    """
    _RELEASE = """
    if redis.call('get', KEYS[1]) == ARGV[1] then
        return redis.call('del', KEYS[1])
    end
    return 0
    """

    def __init__(
        self, connection: redis.Redis, key: str, name: str, lease: float = LEASE_SECONDS
    ) -> None:
        self.connection, self.key, self.name, self.lease = connection, key, name, lease
        self.leading = False

    def hold(self) -> bool:
        leading = bool(
            self.connection.eval(self._HOLD, 1, self.key, self.name, int(self.lease * 1000))
        )
        if leading != self.leading:
            log.info("cron %s: %s", self.name, "leading" if leading else "standing by")
        self.leading = leading
        return leading

    def release(self) -> None:
        self.connection.eval(self._RELEASE, 1, self.key, self.name)
        self.leading = False


def leadership(
    connection: redis.Redis, settings: WorkerSettings, cron: CronScheduler
) -> Leadership:
    """The lease every scheduler of this deployment (queue prefix) competes for."""
    return Leadership(connection, f"{settings.queue_prefix}:cron-leader", cron.name)


def run_cron(cron: CronScheduler, stopping: threading.Event, lead: Leadership) -> None:
    """Enqueue the periodic jobs while leading, until `stopping` is set."""
    cron.register_birth()
    try:
        while not stopping.is_set():
            try:
                if lead.hold() and cron.enqueue_jobs():
                    cron.save()
                cron.heartbeat()
            except redis.exceptions.ConnectionError as exc:
                log.warning("cron: Redis unreachable (%s); trying again shortly", exc)
                stopping.wait(5)
                continue
            # Wake in time to renew the lease, or to take it over.
            stopping.wait(max(0.05, min(cron.calculate_sleep_interval(), lead.lease / 3)))
    finally:
        try:
            lead.release()
            cron.register_death()
        except redis.exceptions.ConnectionError:
            pass


def cron_scheduler(connection: redis.Redis, settings: WorkerSettings) -> CronScheduler:
    """A cron scheduler with Afterview's periodic jobs registered (nothing started)."""
    cron = CronScheduler(connection=connection, logging_level=logging.WARNING)
    queue = Queues(connection, settings.queue_prefix).for_origin(Origin.PERIODIC).name
    options = {
        "job_timeout": PERIODIC_TIMEOUT,
        "result_ttl": PERIODIC_RESULT_TTL,
        "failure_ttl": PERIODIC_FAILURE_TTL,
        # A tick nobody picked up within its own interval is stale: the next one replaces it.
        "ttl": settings.reevaluate_interval,
    }
    cron.register(
        jobs.enqueue_incremental_syncs,
        queue,
        interval=settings.poll_interval,
        **{**options, "ttl": settings.poll_interval},
    )
    cron.register(jobs.reevaluate_due, queue, interval=settings.reevaluate_interval, **options)
    cron.register(
        jobs.enqueue_weekly_summaries,
        queue,
        interval=settings.reevaluate_interval,
        **options,
    )
    if settings.gmail_push_topic:
        cron.register(
            jobs.enqueue_watch_renewals,
            queue,
            interval=settings.sync_interval,
            **{**options, "ttl": settings.sync_interval},
        )
    return cron


class CronThread(threading.Thread):
    """`run_cron` in a thread, until `stop()`."""

    def __init__(self, cron: CronScheduler, lead: Leadership) -> None:
        super().__init__(name="afterview-cron", daemon=True)
        self.cron = cron
        self.lead = lead
        self._stopping = threading.Event()

    def run(self) -> None:
        run_cron(self.cron, self._stopping, self.lead)

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self.join(timeout)
