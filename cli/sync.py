"""`afterview sync` (one mailbox, in the foreground) and `afterview worker` (the RQ worker
with its schedulers, until stopped)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import redis
from rich.console import Console
from sqlalchemy import select

import afterview_config
from afterview_config import logs
from gmail.errors import GmailError
from storage.crypto import SecretBox, SecretKeyError, generate_key
from storage.db import Database, default_instance_path
from storage.migrate import upgrade
from storage.models import GmailAccount
from worker.connect import ConnectError, authorize, store_account
from worker.foreground import foreground_sync, print_advice
from worker.queueing import PRIORITIES, Queues, parse_priorities
from worker.runtime import reset_runtimes
from worker.settings import SettingsError, WorkerSettings

SANDBOX_KEY_FILE = "sandbox-secret.key"


def run(command: str, argv: list[str]) -> int:
    if command == "worker":
        return run_worker(argv)
    if command == "scheduler":
        return run_scheduler(argv)
    return run_sync(argv)


# -- afterview sync ------------------------------------------------------------------------


def _sync_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="afterview sync",
        description="Sync one mailbox in the foreground with a progress bar, apply its "
        "labels, and print the advice. With --gmail-url (a sandbox Gmail), the mailbox is "
        "connected first, without a browser.",
    )
    parser.add_argument("--me", required=True, help="the mailbox's address")
    parser.add_argument(
        "--gmail-url", help="base URL of a sandbox Gmail (its API and OAuth server)"
    )
    parser.add_argument("--full", action="store_true", help="a full sync, not incremental")
    parser.add_argument(
        "--database",
        help="database URL (default: $DATABASE_URL, else a SQLite file in the instance folder)",
    )
    parser.add_argument("--months", type=int, help="how far back a full sync looks (12)")
    parser.add_argument("--rows", type=int, default=40, help="rows of the table to print (40)")
    return parser


def _sandbox_keys(instance: Path) -> str:
    """A key of the instance's own for tokens from a sandbox, created on first use."""
    path = instance / SANDBOX_KEY_FILE
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        path.write_text(generate_key() + "\n", encoding="ascii")
        path.chmod(0o600)
        print(f"afterview sync: no AFTERVIEW_SECRET_KEYS; created {path}", file=sys.stderr)
    return path.read_text(encoding="ascii").strip()


def run_sync(argv: list[str]) -> int:
    args = _sync_parser().parse_args(argv)
    console = Console(stderr=False)
    error = Console(stderr=True)
    instance = default_instance_path()
    try:
        settings = WorkerSettings.from_env(instance_path=instance)
    except SettingsError as exc:
        error.print(f"afterview sync: {exc}")
        return 2
    changes: dict[str, object] = {}
    if args.database:
        changes["database_url"] = args.database
    if args.months:
        changes["full_sync_months"] = args.months
    if args.gmail_url:
        base = args.gmail_url.rstrip("/")
        changes.update(gmail_api_endpoint=base, google_token_uri=base + "/token")
    if not settings.secret_keys and (args.gmail_url or (instance / SANDBOX_KEY_FILE).exists()):
        changes["secret_keys"] = _sandbox_keys(instance)
    settings = replace(settings, **changes)
    address = args.me.strip().lower()
    try:
        upgrade(settings.database_url)
        database = Database.from_url(settings.database_url)
    except Exception as exc:  # the database: unreachable, unwritable, not migratable
        error.print(f"afterview sync: cannot use the database: {exc}")
        return 1
    try:
        box = SecretBox.from_config(settings.secret_keys)
        if args.gmail_url:
            box.require_keys()
            grant = authorize(
                settings.gmail_api_endpoint,
                address,
                client_id=settings.google_client_id,
                client_secret=settings.google_client_secret,
            )
            with database.session() as session:
                account_id = store_account(session, address, grant, box).id
        else:
            with database.session() as session:
                found = session.scalars(
                    select(GmailAccount.id).where(GmailAccount.address == address)
                ).first()
            if found is None:
                error.print(
                    f"afterview sync: no connected mailbox {address}; connect a sandbox one "
                    "with --gmail-url, or sign in through the server"
                )
                return 1
            account_id = found
            box.require_keys()
        report = foreground_sync(
            database, settings, box, account_id, full=args.full, console=console
        )
        print_advice(database, [account_id], console, rows=args.rows)
        console.print(
            f"{report.kind} sync: {report.threads_read} threads read, "
            f"{report.interview_threads} interview threads, {report.units} quota units, "
            f"{report.seconds:.1f} s"
        )
    except (ConnectError, GmailError, SecretKeyError) as exc:
        error.print(f"afterview sync: {exc}")
        return 1
    finally:
        database.dispose()
    return 0


# -- afterview worker ----------------------------------------------------------------------


def _worker_parser() -> argparse.ArgumentParser:
    from rq.defaults import DEFAULT_MAINTENANCE_TASK_INTERVAL

    parser = argparse.ArgumentParser(
        prog="afterview worker",
        description="Run an RQ worker for Afterview's jobs, with RQ's scheduler (retries "
        "and delayed jobs) and the periodic jobs (incremental syncs every 5 minutes, "
        "re-evaluation of expired advice every minute), until stopped.",
    )
    parser.add_argument("--burst", action="store_true", help="stop once the queue is empty")
    parser.add_argument(
        "--simple", action="store_true", help="run jobs in this process (no fork per job)"
    )
    parser.add_argument(
        "--no-cron", action="store_true", help="no periodic jobs (another worker runs them)"
    )
    parser.add_argument("--name", help="worker name (default: RQ's)")
    parser.add_argument(
        "--queues",
        default=",".join(PRIORITIES),
        help="the queues to serve, highest priority first, comma-separated (default: "
        f"{','.join(PRIORITIES)}; named AFTERVIEW_QUEUE_PREFIX-<queue> in Redis)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every job")
    parser.add_argument(
        "--maintenance-interval",
        type=int,
        default=DEFAULT_MAINTENANCE_TASK_INTERVAL,
        metavar="SECONDS",
        help="how often RQ's maintenance looks for the jobs of workers that died (their "
        "claim lapses 90 s after the last heartbeat) and retries them (default 600)",
    )
    return parser


def run_worker(argv: list[str]) -> int:
    from worker.memory import limit_arenas
    from worker.processes import ForkingWorker, InProcessWorker
    from worker.schedule import CronThread, cron_scheduler, leadership

    parser = _worker_parser()
    args = parser.parse_args(argv)
    try:
        priorities = parse_priorities(args.queues)
    except ValueError as exc:
        parser.error(f"--queues: {exc}")
    # Checked before anything opens: a worker without a usable key does not start.
    config = afterview_config.startup(afterview_config.WORKER, "worker")
    settings = WorkerSettings.from_env()
    level = "INFO" if args.verbose else (config.get("LOG_LEVEL") or "WARNING").upper()
    connection = _start_logging_and_redis("worker", config, level, settings.redis_url)
    if connection is None:
        return 1
    limit_arenas()  # before any thread of this process or of its work horses allocates
    queues = Queues(connection, settings.queue_prefix).in_order(priorities)
    worker_class = InProcessWorker if args.simple else ForkingWorker
    worker = worker_class(
        queues,
        connection=connection,
        name=args.name,
        maintenance_interval=args.maintenance_interval,
    )
    cron = None
    if not args.burst and not args.no_cron:
        cron_connection = redis.Redis.from_url(settings.redis_url)
        scheduler = cron_scheduler(cron_connection, settings)
        cron = CronThread(scheduler, leadership(cron_connection, settings, scheduler))
        cron.start()
    started = time.monotonic()
    try:
        worker.work(
            burst=args.burst,
            with_scheduler=True,
            logging_level=level,
        )
    finally:
        if cron is not None:
            cron.stop()
        reset_runtimes()
    if args.verbose:
        print(f"afterview worker: stopped after {time.monotonic() - started:.0f} s")
    return 0


# -- afterview scheduler -------------------------------------------------------------------


def _scheduler_parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="afterview scheduler",
        description="Run only the periodic jobs' scheduler (RQ's cron: polls every "
        "AFTERVIEW_POLL_INTERVAL, expired advice every AFTERVIEW_REEVALUATE_INTERVAL), "
        "enqueueing them for the workers (run those with --no-cron), until stopped. Run "
        "two for safety: one leads (a lease in Redis), the other takes over if it dies.",
    )


def run_scheduler(argv: list[str]) -> int:
    from worker.schedule import cron_scheduler, leadership, run_cron

    _scheduler_parser().parse_args(argv)
    config = afterview_config.startup(afterview_config.SCHEDULER, "scheduler")
    settings = WorkerSettings.from_env()
    level = (config.get("LOG_LEVEL") or "WARNING").upper()
    connection = _start_logging_and_redis("scheduler", config, level, settings.redis_url)
    if connection is None:
        return 1
    cron = cron_scheduler(connection, settings)
    stopping = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.set())
    run_cron(cron, stopping, leadership(connection, settings, cron))  # until SIGINT/SIGTERM
    return 0


def _start_logging_and_redis(
    command: str, config: afterview_config.Config, level: str, redis_url: str
) -> redis.Redis | None:
    """Logging at `level` in the configured format (each job's lines with its ids), and a
    Redis that answers (None, said on stderr, when not)."""
    from worker.logcontext import job_fields

    logs.configure(level, config.get("LOG_FORMAT") or logs.TEXT, providers=(job_fields,))
    connection = redis.Redis.from_url(redis_url)
    try:
        connection.ping()
    except redis.exceptions.RedisError as exc:
        print(f"afterview {command}: Redis at {redis_url}: {exc}", file=sys.stderr)
        return None
    return connection
