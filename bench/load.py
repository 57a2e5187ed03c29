"""Load: many accounts' first syncs by several worker processes at once, each account at
its own Gmail quota, while the API answers the popup's list.

    .venv/bin/python bench/load.py [--accounts 200] [--workers 4] [--threads 20]
        [--quota-table google-2023] [--clients 4] [--database-url URL] [--redis-url URL]

A sandbox Gmail (its own process) serves --accounts generated mailboxes of --threads
threads, each mailbox with its own per-user quota (the table's rate, 250 units/s for
google-2023), as Google meters each mailbox. Every account is connected through the
sandbox's OAuth server and its first (full) sync queued on `interactive`, as after
sign-in; then --workers `afterview worker --burst --no-cron` processes run until the
queues are empty, logging JSON. Meanwhile --clients keep-alive clients ask
`GET /api/threads` of an `afterview serve` (2 gunicorn workers) with random users' tokens,
and Redis's INFO memory is sampled.

Prints: total throughput (threads stored per second of wall time, and units per second
against the quota floor), fairness (each account's sync time and finishing time, slowest
vs median), Redis memory (before, peak, after: per account), the database's size per
account, and the API's p50/p99 while the syncs run against the same load afterwards
(the baseline, from the same run). Not a test: figures go in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import redis  # noqa: E402
from api_latency import free_port, load, wait_until_ready  # noqa: E402
from rq.registry import StartedJobRegistry  # noqa: E402
from sqlalchemy import text  # noqa: E402

from storage.api_tokens import issue_api_token  # noqa: E402
from storage.crypto import SecretBox, generate_key  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from worker.connect import authorize, store_account  # noqa: E402
from worker.queueing import Origin, Queues, enqueue_sync  # noqa: E402

PREFIX = "afterview-load"
CLIENT_ID = "afterview-load-bench"


def serve_sandbox(accounts: int, threads: int, table: str, ready) -> None:
    """In a process of its own (the workers' calls must not share the bench's GIL)."""
    from gmail_sandbox.loading import load_generated
    from gmail_sandbox.sandbox import Sandbox
    from gmail_sandbox.serve import start_server

    now = datetime.now(UTC)
    sandbox = Sandbox(me=address(1), quota_table=table, max_concurrent=None)
    for number in range(1, accounts + 1):
        load_generated(
            sandbox.add_mailbox(address(number)),
            threads=threads,
            seed=number,
            now=now,
            now_ms=int(now.timestamp() * 1000),
        )
    server = start_server(sandbox, host="127.0.0.1", port=0, admin=True)
    ready.send(f"http://127.0.0.1:{server.server_port}")
    server.serve_forever(poll_interval=0.05)


def address(number: int) -> str:
    return f"seeker{number:04d}@example.com"


def busy(queues: Queues) -> bool:
    """A job waits or runs on one of the queues."""
    return any(queue.count or StartedJobRegistry(queue=queue).count for queue in queues.in_order())


def usage(url: str) -> dict:
    with urllib.request.urlopen(url + "/_admin/usage", timeout=30) as answer:
        return json.loads(answer.read())["users"]


def database_bytes(database: Database, url: str) -> int:
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        wal = path.with_name(path.name + "-wal")
        return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    with database.session() as session:
        return int(
            session.execute(
                text(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                )
            ).scalar()
            or 0
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=20, help="threads per mailbox")
    parser.add_argument("--quota-table", default="google-2023")
    parser.add_argument("--clients", type=int, default=4, help="API clients during the syncs")
    parser.add_argument("--database-url", help="default: a new SQLite file")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/10")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="afterview-load-"))
    url = args.database_url or f"sqlite:///{scratch / 'load.sqlite3'}"
    key = generate_key()
    connection = redis.Redis.from_url(args.redis_url)
    connection.flushdb()
    receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
    sandbox = multiprocessing.get_context("fork").Process(
        target=serve_sandbox,
        args=(args.accounts, args.threads, args.quota_table, sender),
        daemon=True,
    )
    began = time.perf_counter()
    sandbox.start()
    gmail_url = receiver.recv()
    upgrade(url)
    database = Database.from_url(url)
    box = SecretBox([key])
    queues = Queues(connection, PREFIX)
    tokens = []
    for number in range(1, args.accounts + 1):
        grant = authorize(gmail_url, address(number), client_id=CLIENT_ID)
        with database.session() as session:
            account = store_account(session, address(number), grant, box)
            tokens.append(issue_api_token(session, account.user))
            session.flush()
            account_id, created = account.id, account.created_at
        enqueue_sync(queues, account_id, created, full=True, origin=Origin.SIGN_IN)
    empty_database = database_bytes(database, url)
    print(
        f"{args.accounts} mailboxes of {args.threads} threads, connected and queued in "
        f"{time.perf_counter() - began:.1f} s; quota {args.quota_table} per mailbox; "
        f"{url.split(':', 1)[0]}; {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.2f}",
        flush=True,
    )

    env = {
        **os.environ,
        "AFTERVIEW_DATABASE_URL": url,
        "AFTERVIEW_REDIS_URL": args.redis_url,
        "AFTERVIEW_SECRET_KEYS": key,
        "AFTERVIEW_QUEUE_PREFIX": PREFIX,
        "AFTERVIEW_GOOGLE_CLIENT_ID": CLIENT_ID,
        "AFTERVIEW_GOOGLE_OAUTH_SERVER": gmail_url,
        "AFTERVIEW_GMAIL_QUOTA_TABLE": args.quota_table,
        "AFTERVIEW_LOG_FORMAT": "json",
        "AFTERVIEW_LOG_LEVEL": "INFO",
        "AFTERVIEW_RATELIMIT_API": "1000000 per minute",
        "AFTERVIEW_RATELIMIT_API_PER_ADDRESS": "1000000 per minute",
    }
    port = free_port()
    api = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env={**env, "AFTERVIEW_LOG_LEVEL": "WARNING"},
        stderr=subprocess.DEVNULL,
    )
    memory = [int(connection.info("memory")["used_memory"])]
    logs = [scratch / f"worker-{number}.log" for number in range(1, args.workers + 1)]
    try:
        wait_until_ready(port, api)
        load(port, "/api/threads", tokens, args.clients, 1.0)  # warm-up: imports, caches
        started = time.perf_counter()
        started_at = datetime.now(UTC)
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "cli", "worker", "--burst", "--no-cron"],
                cwd=ROOT,
                env=env,
                stdout=log.open("wb"),
                stderr=subprocess.STDOUT,
            )
            for log in logs
        ]
        during = []
        syncing = threading.Event()
        syncing.set()

        def api_while_syncing() -> None:
            while syncing.is_set():
                during.append(load(port, "/api/threads", tokens, args.clients, 2.0))

        api_load = threading.Thread(target=api_while_syncing)
        api_load.start()
        # Until every job is done, not until the processes exit: a worker's exit is not
        # part of the work.
        while busy(queues) and any(worker.poll() is None for worker in workers):
            memory.append(int(connection.info("memory")["used_memory"]))
            time.sleep(0.5)  # sampling, not synchronising
        wall = time.perf_counter() - started
        syncing.clear()
        api_load.join()
        for worker in workers:
            worker.terminate()
        codes = []
        for worker in workers:
            try:
                codes.append(worker.wait(timeout=10))
            except subprocess.TimeoutExpired:
                worker.kill()  # idle: its pubsub thread's read, nothing else
                codes.append(worker.wait(timeout=10))
        after = load(port, "/api/threads", tokens, args.clients, 10.0)  # the baseline
        memory.append(int(connection.info("memory")["used_memory"]))
        spent = sum(user["unitsSpent"] for user in usage(gmail_url).values())
    finally:
        api.terminate()
        api.wait(timeout=20)
        sandbox.terminate()

    syncs = {}
    for log in logs:
        for line in log.read_text("utf-8").splitlines():
            entry = json.loads(line)
            if entry["message"].startswith("full sync:"):
                finished = datetime.fromisoformat(entry["time"].replace("Z", "+00:00"))
                threads_read = int(entry["message"].split()[2])
                seconds = float(entry["message"].rsplit(",", 1)[1].split()[0])
                syncs[entry["account_id"]] = (threads_read, seconds, finished)
    threads_total = sum(read for read, _, _ in syncs.values())
    durations = sorted(seconds for _, seconds, _ in syncs.values())
    finishing = sorted((at - started_at).total_seconds() for _, _, at in syncs.values())
    stored = database_bytes(database, url) - empty_database
    database.dispose()
    connection.flushdb()
    shutil.rmtree(scratch, ignore_errors=True)
    samples = [result for result in during if result.latencies]
    latencies = [value for result in samples for value in result.latencies]
    errors = sum(result.errors for result in samples)

    def p(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] * 1000

    per_account = (max(memory) - memory[0]) / args.accounts
    print(f"\nworkers: {args.workers} processes, exit codes {codes} (signalled once idle)")
    print(f"accounts synced: {len(syncs)} of {args.accounts}; threads stored: {threads_total}")
    print(
        f"wall time, to the last job done: {wall:.1f} s; throughput "
        f"{threads_total / wall:.1f} threads/s"
    )
    print(f"Gmail units: {spent} ({spent / wall:.0f} units/s across all mailboxes)")
    print(
        f"fairness, sync time per account: median {statistics.median(durations):.2f} s, "
        f"slowest {durations[-1]:.2f} s ({durations[-1] / statistics.median(durations):.1f}x)"
    )
    print(
        f"fairness, finished after the start: median {statistics.median(finishing):.1f} s, "
        f"last {finishing[-1]:.1f} s ({finishing[-1] / statistics.median(finishing):.1f}x)"
    )
    print(
        f"Redis used_memory: {memory[0] / 1e6:.2f} MB before, peak {max(memory) / 1e6:.2f} MB, "
        f"{memory[-1] / 1e6:.2f} MB after; peak growth {per_account / 1e3:.1f} kB per account"
    )
    print(
        f"database: {stored / 1e6:.2f} MB for {threads_total} threads "
        f"({stored / max(len(syncs), 1) / 1e3:.1f} kB per account)"
    )
    print(
        f"GET /api/threads, {args.clients} clients: during the syncs p50 "
        f"{p(latencies, 50):.1f} ms, p99 {p(latencies, 99):.1f} ms ({len(latencies)} requests, "
        f"{errors} errors); after them (baseline) p50 {after.percentile(50):.1f} ms, "
        f"p99 {after.percentile(99):.1f} ms ({len(after.latencies)} requests)"
    )
    return 0 if len(syncs) == args.accounts and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
