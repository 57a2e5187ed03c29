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

All are safe to run twice, so two schedulers (two `afterview worker` processes) cost a
little duplicate work and nothing else. `CronScheduler.start()` installs signal handlers,
which only the main thread may do; `CronThread` runs the same loop in a thread of the
worker process, stopped by an event.
"""

from __future__ import annotations

import logging
import threading

import redis
from rq.cron import CronScheduler

from worker import jobs
from worker.settings import WorkerSettings

log = logging.getLogger(__name__)

PERIODIC_TIMEOUT = 300
PERIODIC_RESULT_TTL = 600
PERIODIC_FAILURE_TTL = 24 * 3600


def cron_scheduler(connection: redis.Redis, settings: WorkerSettings) -> CronScheduler:
    """A cron scheduler with Afterview's periodic jobs registered (nothing started)."""
    cron = CronScheduler(connection=connection, logging_level=logging.WARNING)
    options = {
        "job_timeout": PERIODIC_TIMEOUT,
        "result_ttl": PERIODIC_RESULT_TTL,
        "failure_ttl": PERIODIC_FAILURE_TTL,
        # A tick nobody picked up within its own interval is stale: the next one replaces it.
        "ttl": settings.reevaluate_interval,
    }
    cron.register(
        jobs.enqueue_incremental_syncs,
        settings.queue_name,
        interval=settings.poll_interval,
        **{**options, "ttl": settings.poll_interval},
    )
    cron.register(
        jobs.reevaluate_due, settings.queue_name, interval=settings.reevaluate_interval, **options
    )
    cron.register(
        jobs.enqueue_weekly_summaries,
        settings.queue_name,
        interval=settings.reevaluate_interval,
        **options,
    )
    if settings.gmail_push_topic:
        cron.register(
            jobs.enqueue_watch_renewals,
            settings.queue_name,
            interval=settings.sync_interval,
            **{**options, "ttl": settings.sync_interval},
        )
    return cron


class CronThread(threading.Thread):
    """`CronScheduler.start()`'s loop, in a thread, until `stop()`."""

    def __init__(self, cron: CronScheduler) -> None:
        super().__init__(name="afterview-cron", daemon=True)
        self.cron = cron
        self._stopping = threading.Event()

    def run(self) -> None:
        cron = self.cron
        cron.register_birth()
        try:
            while not self._stopping.is_set():
                try:
                    if cron.enqueue_jobs():
                        cron.save()
                    cron.heartbeat()
                except redis.exceptions.ConnectionError as exc:
                    log.warning("cron: Redis unreachable (%s); trying again shortly", exc)
                    self._stopping.wait(5)
                    continue
                self._stopping.wait(max(0.05, cron.calculate_sleep_interval()))
        finally:
            try:
                cron.register_death()
            except redis.exceptions.ConnectionError:
                pass

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self.join(timeout)
