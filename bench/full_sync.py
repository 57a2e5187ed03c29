"""Full and incremental sync against a generated sandbox mailbox, under Gmail's quota.

    .venv/bin/python bench/full_sync.py [--threads 10000] [--seed 7] [--rate 250]

Prints, for the worker's full sync: wall time, the quota units the sandbox charged, and
the ratio of the wall time to the quota floor (units / rate: no sync spending those units
can be faster); peak memory of the sync process; then an incremental sync after 10 new
messages (units, time); then the naive approach (messages.list + one messages.get per
message, no batching) on the same mailbox, for its units. The naive run is cut short
after --naive-seconds and its totals computed from its exact unit count (it says so).

The sandbox runs as `afterview sandbox` in its own process, each sync in a process of its
own (so its peak RSS is its own), with the quota limiter in Redis (--redis, database 11).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "me@example.com"


# -- the sync, in a process of its own ---------------------------------------------------


def child(kind: str, account_id: int) -> None:
    from worker.runtime import runtime
    from worker.sync import Syncer

    run = runtime()
    with run.database.session() as session:
        from storage.models import GmailAccount

        client = run.gmail_client(session.get(GmailAccount, account_id))
    started = time.perf_counter()
    syncer = Syncer(run.database, client, account_id)
    report = syncer.run(full=kind == "full")
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": peak_kib / 1024,
                "report": report.as_dict(),
                "client": syncer.stats(),
            }
        )
    )


# -- the parent: sandbox, account, runs ------------------------------------------------------


def admin(url: str, path: str, body: bytes | None = None, content_type: str = "") -> dict:
    request = urllib.request.Request(
        url + "/_admin" + path, data=body, method="POST" if body is not None else "GET"
    )
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=60) as answer:
        text = answer.read()
    return json.loads(text) if text else {}


def start_sandbox(threads: int, seed: int, rate: float) -> tuple[subprocess.Popen, str]:
    command = [
        sys.executable, "-m", "cli", "sandbox", "--port", "0", "--admin",
        "--threads", str(threads), "--seed", str(seed), "--me", ME, "--quota", str(rate),
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = process.stdout.readline().strip()
    process.stdout.readline()  # the access token: the bench signs in through OAuth instead
    if not url.startswith("http"):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {process.stderr.read()}")
    print(f"sandbox: {process.stderr.readline().strip()}")
    threading.Thread(target=process.stderr.read, daemon=True).start()
    return process, url


def run_child(kind: str, account_id: int, env: dict[str, str]) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--account", str(account_id)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{kind} sync failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started
    result["warnings"] = sum("WARNING" in line for line in done.stderr.splitlines())
    return result


def usage(url: str) -> dict:
    return admin(url, "/usage")["users"].get(ME, {"unitsSpent": 0, "calls": {}, "rejected": {}})


def new_mail(url: str, count: int) -> None:
    """Half replies from employers in existing interview threads, half new threads."""
    state = admin(url, f"/mailboxes/{ME}")
    interviews = [m for m in state["messages"] if "interview" in (m["subject"] or "").lower()]
    now = datetime.now(UTC)
    for n in range(count):
        if n % 2 == 0 and interviews:
            original = interviews[n]
            subject = "Re: " + original["subject"]
            parent = original["rfc822MessageId"]
            headers = f"In-Reply-To: {parent}\r\nReferences: {parent}\r\n"
            thread = f"?threadId={original['threadId']}"
            body = "Thanks again. Could you send your availability for a final round next week?"
        else:
            subject, headers, thread = f"Interview invitation: Engineer role {n}", "", ""
            body = "We would love to invite you to interview. Are you available on Thursday?"
        raw = (
            f"From: Recruiter {n} <recruiter{n}@company{n}.example>\r\nTo: {ME}\r\n"
            f"Subject: {subject}\r\nDate: {format_datetime(now - timedelta(minutes=count - n))}\r\n"
            f"Message-ID: {make_msgid(domain=f'company{n}.example')}\r\n{headers}"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        ).encode()
        admin(url, f"/mailboxes/{ME}/messages{thread}", raw, "message/rfc822")


def naive(url: str, env: dict[str, str], rate: float, budget: float) -> dict:
    """messages.list (no query) and one messages.get per message, unbatched, paced like
    the worker; cut short after `budget` seconds of gets."""
    import redis

    from gmail.client import GmailClient, oauth_credentials
    from gmail.quota import DEFAULT_TABLE
    from worker.connect import authorize
    from worker.quota import QuotaLimiter

    grant = authorize(url, ME, client_id="afterview-local")
    credentials = oauth_credentials(
        refresh_token=grant.refresh_token, client_id="afterview-local", client_secret="",
        token_uri=url + "/token",
    )  # fmt: skip
    limiter = QuotaLimiter(
        redis.Redis.from_url(env["REDIS_URL"]), "naive:" + ME, rate * 0.9, burst=rate * 0.08
    )
    client = GmailClient(credentials, api_endpoint=url, limiter=limiter, batch_size=1)
    admin(url, "/usage/reset", b"{}", "application/json")
    started = time.perf_counter()
    ids = [message_id for message_id, _ in client.list_message_ids("")]
    listing = time.perf_counter() - started
    started = time.perf_counter()
    got = 0
    for message_id in ids:
        client.get_messages([message_id], format="full")
        got += 1
        if time.perf_counter() - started > budget:
            break
    seconds = time.perf_counter() - started
    pages = -(-len(ids) // 500)
    table = DEFAULT_TABLE
    units = pages * table.cost("gmail.users.messages.list") + len(ids) * table.cost(
        "gmail.users.messages.get"
    )
    return {
        "messages": len(ids),
        "pages": pages,
        "listing_seconds": listing,
        "gets_done": got,
        "gets_seconds": seconds,
        "units": units,
        "units_charged": usage(url)["unitsSpent"],
        "complete": got == len(ids),
        "estimated_seconds": listing + seconds * len(ids) / max(got, 1),
    }


def report_full(full: dict, spent: dict, rate: float) -> None:
    report, client = full["report"], full["client"]
    units = spent["unitsSpent"]
    floor = units / rate
    print("\nfull sync (worker)")
    print(f"  threads listed {report['threads_listed']:,}, read {report['threads_read']:,}, "
          f"interview threads {report['interview_threads']:,}")  # fmt: skip
    print(f"  wall time {full['seconds']:.1f} s (whole process {full['process_seconds']:.1f} s)")
    print(f"  units charged by the sandbox {units:,} "
          f"(the client counted {client['total_units']:,}, refused attempts included)")  # fmt: skip
    print(f"  quota floor {floor:.1f} s; wall / floor = {full['seconds'] / floor:.3f} (target 1.2)")
    print(f"  calls {spent['calls']}")
    print(f"  refused by the sandbox: {spent['rejected'] or 'none'}; "
          f"client retries {client['retries']}, "
          f"quota waits {client['quota_wait_seconds']:.1f} s")  # fmt: skip
    print(f"  peak RSS of the sync process {full['peak_mib']:.0f} MiB (target < 200)")


def report_incremental(run: dict, spent: dict, new: int) -> None:
    report, client = run["report"], run["client"]
    print(f"\nincremental sync after {new} new messages")
    print(f"  threads read {report['threads_read']}, units {spent['unitsSpent']}, "
          f"time {run['seconds']:.2f} s, of which quota waits "
          f"{client['quota_wait_seconds']:.2f} s")  # fmt: skip
    print(f"  calls {spent['calls']}")


def report_naive(result: dict, spent: dict, rate: float) -> None:
    units = spent["unitsSpent"]
    print("\nnaive (messages.list + one messages.get per message, no batching)")
    print(f"  {result['messages']:,} messages in {result['pages']} list pages")
    print(f"  units for the whole mailbox {result['units']:,} = "
          f"{result['units'] / units:.2f} x the worker's")  # fmt: skip
    ran = result["gets_seconds"] + result["listing_seconds"]
    if result["complete"]:
        print(f"  ran to the end in {ran:.1f} s")
        return
    print(f"  cut short: {result['gets_done']:,} gets in {result['gets_seconds']:.1f} s "
          f"(the sandbox charged {result['units_charged']:,} units)")  # fmt: skip
    print(f"  the whole run: computed, not run: about {result['estimated_seconds']:.0f} s "
          f"(its quota floor {result['units'] / rate:.0f} s)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rate", type=float, default=250.0, help="quota, units per second")
    parser.add_argument("--new", type=int, default=10, help="new messages for the incremental")
    parser.add_argument("--naive-seconds", type=float, default=60.0)
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
    )
    parser.add_argument("--child", choices=("full", "incremental"), help=argparse.SUPPRESS)
    parser.add_argument("--account", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child, options.account)
        return 0

    import redis

    from storage.crypto import SecretBox, generate_key
    from storage.db import Database
    from storage.migrate import upgrade
    from worker.connect import authorize, store_account

    print(f"mailbox: {options.threads} generated threads (seed {options.seed}), "
          f"quota {options.rate:g} units/s, worker paced by its limiter")  # fmt: skip
    redis.Redis.from_url(options.redis).flushdb()
    process, url = start_sandbox(options.threads, options.seed, options.rate)
    with tempfile.TemporaryDirectory() as tmp:
        database_url = f"sqlite:///{tmp}/bench.sqlite3"
        upgrade(database_url)
        key = generate_key()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": database_url,
            "REDIS_URL": options.redis,
            "AFTERVIEW_SECRET_KEYS": key,
            "AFTERVIEW_GOOGLE_TOKEN_URI": url + "/token",
            "AFTERVIEW_GMAIL_API_ENDPOINT": url,
            "AFTERVIEW_GMAIL_UNITS_PER_SECOND": str(options.rate),
        }
        try:
            database = Database.from_url(database_url)
            grant = authorize(url, ME, client_id="afterview-local")
            with database.session() as session:
                account_id = store_account(session, ME, grant, SecretBox([key])).id
            database.dispose()
            state = admin(url, f"/mailboxes/{ME}")
            print(f"mailbox: {len(state['messages'])} messages, {state['threadsTotal']} threads")

            admin(url, "/usage/reset", b"{}", "application/json")
            full = run_child("full", account_id, env)
            spent = usage(url)
            report_full(full, spent, options.rate)

            new_mail(url, options.new)
            time.sleep(1.1)  # let the sandbox's one-second quota window empty
            admin(url, "/usage/reset", b"{}", "application/json")
            incremental = run_child("incremental", account_id, env)
            report_incremental(incremental, usage(url), options.new)

            time.sleep(1.1)
            report_naive(naive(url, env, options.rate, options.naive_seconds), spent, options.rate)
        finally:
            process.terminate()
            process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
