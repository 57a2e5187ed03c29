"""Gmail push notifications against polling: how soon a new interview mail is labelled,
and what the account spends in Gmail quota meanwhile.

    BENCH_REDIS_URL=redis://127.0.0.1:6383/9 .venv/bin/python bench/push_latency.py \\
        [--mails 8] [--threads 200] [--window 60]

One sandbox Gmail (a generated mailbox, seed 7, google-2026's quota), the API on a socket
(`server.create_app` under werkzeug), an `afterview worker --simple` process, a SQLite
database, the account's first full sync done beforehand. Two runs over the same mails:

- push: `AFTERVIEW_GMAIL_PUSH_TOPIC` set, the worker without its cron (nothing polls);
  the account watched once (`watch-<id>` job); the sandbox's Pub/Sub pushes every change
  to `POST /hooks/gmail` (signed, verified), which queues the incremental sync;
- polling, the baseline: no topic, the worker with its cron, polling an active account
  every minute (`AFTERVIEW_POLL_INTERVAL=60`, the default), as deployed before push.

Each mail is delivered at a random moment within `--window` seconds; the figure is the
seconds from its delivery to its thread labelled (`applied_label_id` set: Gmail accepted
the label, so it is in the popup and in Gmail), the database polled every 50 ms; and the
quota units the sandbox charged the account during the run (watch included).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "me@example.com"
TOPIC = "projects/afterview-bench/topics/gmail"
AUDIENCE = "https://afterview.example/hooks/gmail"
PUSHER = "push@afterview-bench.iam.gserviceaccount.com"
QUEUE = "afterview-bench-push"
POLL = 0.05


def interview_mail(n: int) -> bytes:
    return (
        f"From: Recruiter {n} <recruiter{n}@push{n}.example>\r\nTo: {ME}\r\n"
        f"Subject: Interview invitation: Platform engineer ({n})\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid(domain=f'push{n}.example')}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "We would love to invite you to interview. Are you available on Thursday?\r\n"
    ).encode()


def labelled_at(database, thread_id: str) -> bool:
    from sqlalchemy import select

    from storage.models import ThreadRecord

    with database.session() as session:
        label = session.scalar(
            select(ThreadRecord.applied_label_id).where(ThreadRecord.gmail_thread_id == thread_id)
        )
    return label is not None


def run_mode(mode: str, running, database, env: dict, options, account_id: int) -> dict:
    import redis

    from storage.models import GmailAccount, SyncState
    from worker import queueing

    redis.Redis.from_url(options.redis).flushdb()
    worker_env = {**env, "AFTERVIEW_POLL_INTERVAL": "60"}
    args = [sys.executable, "-m", "cli", "worker", "--simple"]
    if mode == "push":
        worker_env["AFTERVIEW_GMAIL_PUSH_TOPIC"] = TOPIC
        args.append("--no-cron")
    worker = subprocess.Popen(
        args, cwd=ROOT, env=worker_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    threading.Thread(target=worker.stderr.read, daemon=True).start()
    sandbox = running.sandbox
    try:
        if mode == "push":
            with database.session() as session:
                created = session.get(GmailAccount, account_id).created_at
            queues = queueing.Queues(redis.Redis.from_url(options.redis), QUEUE)
            queueing.enqueue_watch(queues, account_id, created)
            deadline = time.monotonic() + 60
            while True:
                with database.session() as session:
                    if session.get(SyncState, account_id).watch_expires_at is not None:
                        break
                if time.monotonic() > deadline:
                    raise SystemExit("push: the watch was not set within 60 s")
                time.sleep(POLL)
        before = sandbox.usage()["users"][ME]["unitsSpent"]
        draw = random.Random(17)
        moments = sorted(draw.uniform(0, options.window) for _ in range(options.mails))
        started = time.monotonic()
        pending: dict[str, float] = {}
        latencies: list[float] = []
        for n, moment in enumerate(moments):
            while time.monotonic() - started < moment:
                for thread_id, at in list(pending.items()):
                    if labelled_at(database, thread_id):
                        latencies.append(time.monotonic() - at)
                        del pending[thread_id]
                time.sleep(POLL)
            message = sandbox.deliver(interview_mail(n + (1000 if mode == "push" else 0)))
            pending[message.thread_id] = time.monotonic()
        deadline = time.monotonic() + 150
        while pending and time.monotonic() < deadline:
            for thread_id, at in list(pending.items()):
                if labelled_at(database, thread_id):
                    latencies.append(time.monotonic() - at)
                    del pending[thread_id]
            time.sleep(POLL)
        elapsed = time.monotonic() - started
        spent = sandbox.usage()["users"][ME]["unitsSpent"] - before
        return {
            "mode": mode,
            "latencies": latencies,
            "missed": len(pending),
            "units": spent,
            "seconds": elapsed,
            "pushes": len(sandbox.pubsub.deliveries),
        }
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mails", type=int, default=8)
    parser.add_argument("--threads", type=int, default=200)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    )
    options = parser.parse_args()

    from werkzeug.serving import make_server

    from gmail_sandbox.loading import load_generated
    from gmail_sandbox.push import RetryPolicy
    from gmail_sandbox.sandbox import Sandbox
    from gmail_sandbox.serve import QuietRequestHandler, running_sandbox
    from server import create_app
    from storage.crypto import SecretBox, generate_key
    from storage.db import Database
    from storage.migrate import upgrade
    from worker.connect import authorize, store_account
    from worker.runtime import gmail_client_for
    from worker.settings import WorkerSettings
    from worker.sync import Syncer

    sandbox = Sandbox(me=ME, push_retry=RetryPolicy(1.0, 10.0))
    load_generated(
        sandbox.mailbox(), threads=options.threads, seed=7, now=datetime.now(UTC),
        now_ms=sandbox.now_ms(),
    )  # fmt: skip
    sandbox.mailbox().forget_load_history()
    with tempfile.TemporaryDirectory() as tmp, running_sandbox(sandbox) as running:
        database_url = f"sqlite:///{tmp}/bench.sqlite3"
        upgrade(database_url)
        key = generate_key()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": database_url,
            "REDIS_URL": options.redis,
            "AFTERVIEW_SECRET_KEYS": key,
            "AFTERVIEW_GOOGLE_OAUTH_SERVER": running.url,
            "AFTERVIEW_QUEUE_PREFIX": QUEUE,
        }
        database = Database.from_url(database_url)
        grant = authorize(running.url, ME, client_id="afterview-local")
        with database.session() as session:
            account = store_account(session, ME, grant, SecretBox([key]))
            account_id = account.id
            settings = WorkerSettings(
                database_url=database_url,
                redis_url=options.redis,
                secret_keys=key,
                google_token_uri=running.url + "/token",
                gmail_api_endpoint=running.url,
            )
            client = gmail_client_for(account, settings, SecretBox([key]), None)
        with client:
            Syncer(database, client, account_id).run(full=True)

        app = create_app(
            {
                "DATABASE_URL": database_url,
                "REDIS_URL": options.redis,
                "QUEUE_PREFIX": QUEUE,
                "SECRET_KEYS": key,
                "GOOGLE_OAUTH_SERVER": running.url,
                "GMAIL_PUSH_AUDIENCE": AUDIENCE,
                "GMAIL_PUSH_SERVICE_ACCOUNT": PUSHER,
                "RATELIMIT_ENABLED": False,
            }
        )
        api = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler)
        threading.Thread(target=api.serve_forever, daemon=True).start()
        sandbox.pubsub.configure_topic(
            TOPIC,
            f"http://127.0.0.1:{api.server_port}/hooks/gmail",
            audience=AUDIENCE,
            service_account=PUSHER,
        )
        try:
            results = [
                run_mode(mode, running, database, env, options, account_id)
                for mode in ("polling", "push")
            ]
        finally:
            api.shutdown()
            database.dispose()

    print(
        f"{options.mails} interview mails, each at a random moment within {options.window:.0f} s;"
        f" mailbox of {options.threads} threads; delivery -> thread labelled"
    )
    print("mode      median   p90      max      missed  units  pushes  seconds")
    for result in results:
        values = sorted(result["latencies"]) or [float("nan")]
        p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
        print(
            f"{result['mode']:<9} {statistics.median(values):6.2f} s {p90:6.2f} s "
            f"{values[-1]:6.2f} s {result['missed']:>6}  {result['units']:>5}  "
            f"{result['pushes']:>6}  {result['seconds']:7.1f}"
        )
    for result in results:
        shown = ", ".join(f"{value:.2f}" for value in sorted(result["latencies"]))
        print(f"{result['mode']}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
