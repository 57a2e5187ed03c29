"""`afterview demo`: the whole product on a generated mailbox, in one command.

Starts the sandbox Gmail in this process with a generated job seeker's mailbox, connects
it (OAuth, no browser), makes a fresh SQLite database under the instance folder, runs a
full sync under the sandbox's quota with a progress bar, applies the Gmail labels, prints
the advice and a one-line summary, and exits — or, with --serve, keeps the sandbox
running so its labels and drafts can be looked at, and serves the API the extension
calls (signing in through the sandbox's OAuth server) with a worker for its jobs.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console

from gmail.errors import GmailError
from gmail.quota import DEFAULT_TABLE, TABLES
from gmail_sandbox.loading import load_generated
from gmail_sandbox.sandbox import Sandbox
from gmail_sandbox.serve import running_sandbox
from storage.crypto import SecretBox, generate_key
from storage.db import Database, default_instance_path
from storage.migrate import upgrade
from worker.connect import ConnectError, authorize, store_account
from worker.foreground import foreground_sync, print_advice
from worker.report import due_now
from worker.settings import SettingsError, WorkerSettings

DEMO_ME = "me@example.com"
DEMO_DATABASE = "demo.sqlite3"
DEMO_QUEUE = "demo"
EXTENSION_MANIFEST = Path(__file__).resolve().parent.parent / "extension" / "manifest.json"


def unpacked_extension_id(manifest: Path = EXTENSION_MANIFEST) -> str:
    """The id Chrome gives the unpacked extension: fixed by the manifest's public `key`
    (the first 32 hex digits of its SHA-256, written with the letters a..p)."""
    key = base64.b64decode(json.loads(manifest.read_text())["key"])
    digest = hashlib.sha256(key).hexdigest()[:32]
    return "".join(chr(ord("a") + int(digit, 16)) for digit in digest)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="afterview demo", description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=300, help="threads to generate (300)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (1)")
    parser.add_argument("--me", default=DEMO_ME, help=f"the mailbox's owner ({DEMO_ME})")
    parser.add_argument(
        "--quota",
        type=float,
        default=None,
        help="the sandbox's quota, units per second (default: the table's; 0: none)",
    )
    parser.add_argument(
        "--quota-table",
        choices=sorted(TABLES),
        default=DEFAULT_TABLE.name,
        help=f"the quota table of sandbox and worker ({DEFAULT_TABLE.name}; google-2023 for "
        "projects created before May 2026)",
    )
    parser.add_argument("--rows", type=int, default=30, help="rows of the table to print (30)")
    parser.add_argument(
        "--serve",
        action="store_true",
        help="afterwards, serve the sandbox and the API (with a worker) until Ctrl-C",
    )
    parser.add_argument(
        "--api-port", type=int, default=8000, help="with --serve: the API's port (8000)"
    )
    return parser


def run(command: str, argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.threads < 0:
        _parser().error("--threads must be >= 0")
    console = Console()
    instance = default_instance_path()
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / DEMO_DATABASE
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)  # fresh each run
    database_url = f"sqlite:///{path}"
    started = time.monotonic()
    table = TABLES[args.quota_table]
    rate = table.units_per_second if args.quota is None else args.quota
    sandbox = Sandbox(me=args.me, quota_table=table, units_per_second=rate or None)
    report = load_generated(
        sandbox.mailbox(),
        threads=args.threads,
        seed=args.seed,
        now=datetime.now(UTC),
        now_ms=sandbox.now_ms(),
    )
    console.print(
        f"Sandbox Gmail: {report.messages} messages in {report.threads} generated threads "
        f"for {args.me} (seed {args.seed}), quota {table.name}"
        + (f" at {rate:g} units/s" if rate else ", unlimited")
    )
    upgrade(database_url)
    database = Database.from_url(database_url)
    key = generate_key()  # the demo's tokens live only as long as its database
    try:
        with running_sandbox(sandbox, admin=True) as running:
            try:
                settings = WorkerSettings.from_env(instance_path=instance)
            except SettingsError as exc:
                console.print(f"afterview demo: {exc}")
                return 2
            settings = WorkerSettings(
                database_url=database_url,
                redis_url=settings.redis_url,
                secret_keys=key,
                google_token_uri=running.url + "/token",
                gmail_api_endpoint=running.url,
                quota_table_name=table.name,
                units_per_second=rate or None,
            )
            box = SecretBox([key])
            grant = authorize(running.url, args.me, client_id=settings.google_client_id)
            with database.session() as session:
                account_id = store_account(session, args.me, grant, box).id
            sync = foreground_sync(
                database,
                settings,
                box,
                account_id,
                full=True,
                console=console,
                limiter_key=f"demo-{uuid.uuid4().hex}",
            )
            rows = print_advice(database, [account_id], console, rows=args.rows)
            units = sandbox.usage()["users"].get(args.me, {}).get("unitsSpent", sync.units)
            console.print(
                f"[bold]{sync.threads_read}[/] threads scanned, "
                f"[bold]{sync.interview_threads}[/] interview threads, "
                f"[bold]{due_now(rows)}[/] actions due now, "
                f"[bold]{units:,}[/] quota units spent, "
                f"{time.monotonic() - started:.1f} s"
            )
            console.print(f"Database: {path}")
            if args.serve:
                console.print(
                    f"Sandbox Gmail serving at {running.url} (admin endpoints under "
                    f"{running.url}/_admin/)."
                )
                serve_api_and_worker(console, running.url, settings, key, args.api_port)
    except (ConnectError, GmailError) as exc:
        print(f"afterview demo: {exc}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    return 0


def serve_api_and_worker(
    console: Console, sandbox_url: str, settings: WorkerSettings, key: str, port: int
) -> None:
    """The API on 127.0.0.1:`port`, signing in through the sandbox, in a thread; and an RQ
    worker running its jobs (first syncs, drafts) in this thread, which RQ wants for its
    signal handlers, until Ctrl-C."""
    import redis
    from rq import SimpleWorker
    from werkzeug.serving import make_server

    from server import create_app
    from worker.queueing import Queues

    client_secret = secrets.token_urlsafe(16)  # the sandbox's OAuth server takes any
    # The jobs read their settings from the environment, as `afterview worker` does.
    os.environ.update(
        {
            "DATABASE_URL": settings.database_url,
            "REDIS_URL": settings.redis_url,
            "AFTERVIEW_SECRET_KEYS": key,
            "AFTERVIEW_GOOGLE_TOKEN_URI": sandbox_url + "/token",
            "AFTERVIEW_GOOGLE_CLIENT_ID": settings.google_client_id,
            "AFTERVIEW_GOOGLE_CLIENT_SECRET": client_secret,
            "AFTERVIEW_GMAIL_API_ENDPOINT": sandbox_url,
            "AFTERVIEW_QUEUE_PREFIX": DEMO_QUEUE,
            "AFTERVIEW_GMAIL_QUOTA_TABLE": settings.quota_table_name,
        }
    )
    if settings.units_per_second:
        os.environ["AFTERVIEW_GMAIL_UNITS_PER_SECOND"] = str(settings.units_per_second)
    extension_ids = json.loads(os.environ.get("AFTERVIEW_EXTENSION_IDS") or "[]")
    if EXTENSION_MANIFEST.exists():
        extension_ids.append(unpacked_extension_id())
    api_url = f"http://127.0.0.1:{port}"
    app = create_app(
        {
            "DATABASE_URL": settings.database_url,
            "REDIS_URL": settings.redis_url,
            "QUEUE_PREFIX": DEMO_QUEUE,
            "SECRET_KEY": secrets.token_hex(32),
            "SECRET_KEYS": key,
            "EXTENSION_IDS": extension_ids,
            "PUBLIC_URL": api_url,
            "GOOGLE_OAUTH_SERVER": sandbox_url,
            "GOOGLE_CLIENT_ID": settings.google_client_id,
            "GOOGLE_CLIENT_SECRET": client_secret,
        }
    )
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    console.print(
        f"API serving at {api_url} for the extension(s) {', '.join(extension_ids) or 'none'}: "
        "in the extension's settings, set this server and sign in. Ctrl-C to stop."
    )
    queues = Queues(redis.Redis.from_url(settings.redis_url), DEMO_QUEUE)
    try:
        SimpleWorker(queues.in_order(), connection=queues.connection).work(with_scheduler=False)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
