"""The first minute after sign-in, under both of Gmail's quota tables.

    .venv/bin/python bench/first_minute.py [--sizes 1000,10000,50000] [--full-sizes 1000]
                                           [--tables google-2023,google-2026] [--freshness 20]

For each table and mailbox size: a generated sandbox mailbox (`afterview sandbox --threads
N --seed 7 --quota-table T`, the table's own rate), an account connected through the
sandbox's OAuth server, and the worker's full sync (`worker.sync.Syncer`, the account's
client with the Redis limiter that follows the table) in a process of its own, started
the way a job starts. The parent polls the database (SQLite) every 50 ms and prints:

- time to first advice: from the sync's start to the first interview thread whose
  advice is stored and whose Gmail label is applied (`applied_label_id`: Gmail accepted
  it), so it is in the popup's list and labelled in Gmail; and to the first stored advice
  that says to act now (reply, prepare, send a thank-you, follow up), if it comes within
  30 s after that (when the sync is not run to its end);
- for --full-sizes, the whole sync: wall time, the units the sandbox charged, the quota
  floor (units / the table's rate) and the ratio, the peak RSS of the sync process; and
  the naive approach's units (messages.list + one messages.get per message, computed
  exactly from the mailbox's message count and the table's costs) and its floor;
- for the other sizes the sync is stopped once the first advice is in (its peak RSS up to
  then is printed too);
- with --freshness K (after the first full sync under google-2026): K interview mails
  delivered at random moments while the worker polls the account every minute
  (incremental syncs, `worker.polling`), each timed from delivery to its thread labelled.

With BENCH_PHASE_LOG=FILE the sync process appends a line to FILE at each stored chunk:
seconds since its start, phase, threads done/total, units spent, its peak RSS so far.
With BENCH_CALL_LOG=FILE it appends a line for each Gmail request the limiter lets go:
seconds since the start, units, the thread that sent it.
With BENCH_TRACEMALLOC=FILE it traces Python's allocations and writes to FILE, at the end
of the sync, what is still allocated by line (the 30 largest) and the traced peak.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "me@example.com"
ACT_NOW = ("reply", "prepare", "send_thank_you", "follow_up")
POLL = 0.05
ACT_NOW_GRACE = 30.0


# -- the sync, in a process of its own ---------------------------------------------------


def child(account_id: int) -> None:
    from worker.memory import limit_arenas

    limit_arenas()  # as `afterview worker` does at its start
    from storage.models import GmailAccount
    from worker.runtime import runtime
    from worker.sync import Syncer

    run = runtime()
    with run.database.session() as session:
        client = run.gmail_client(session.get(GmailAccount, account_id))
    started = time.perf_counter()
    progress = None
    phase_log = os.environ.get("BENCH_PHASE_LOG")
    if phase_log:
        log_file = open(phase_log, "a", encoding="utf-8")  # noqa: SIM115 (open for the run)

        def progress(step) -> None:  # each chunk stored: when, where, units, memory
            log_file.write(
                f"{time.perf_counter() - started:8.2f} s  {step.phase:8} "
                f"{step.done:6}/{step.total:<6} {syncer.units_spent():8} units "
                f"{peak_mib(os.getpid()):6.0f} MiB peak {memory_now()}\n"
            )
            log_file.flush()

    calls = os.environ.get("BENCH_CALL_LOG")
    if calls and client.limiter is not None:
        call_file = open(calls, "a", encoding="utf-8")  # noqa: SIM115 (open for the run)
        acquire = client.limiter.acquire

        def logged(units: int) -> float:  # each request paid: when it leaves, its units
            waited = acquire(units)
            call_file.write(
                f"{time.perf_counter() - started:8.3f} s {units:4} units "
                f"{threading.current_thread().name}\n"
            )
            call_file.flush()
            return waited

        client.limiter.acquire = logged  # the syncer's clients share the account's limiter
    syncer = Syncer(
        run.database, client, account_id, months=run.settings.full_sync_months, progress=progress
    )
    # Where Python's own memory is at the end of the sync, by line (what grows with the
    # threads read); tracemalloc slows the process, which a quota-bound sync hardly shows.
    traced = os.environ.get("BENCH_TRACEMALLOC")
    if traced:
        import tracemalloc

        tracemalloc.start(1)
    print(json.dumps({"started": time.time()}), flush=True)
    started = time.perf_counter()
    report = syncer.run(full=True)
    if traced:
        top = tracemalloc.take_snapshot().statistics("lineno")[:30]
        current, peak = tracemalloc.get_traced_memory()
        Path(traced).write_text(
            f"traced now {current / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB\n"
            + "\n".join(str(line) for line in top)
            + "\n",
            encoding="utf-8",
        )
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "report": report.as_dict(),
                "client": syncer.stats(),
            }
        ),
        flush=True,
    )


def poller(account_id: int, seconds: float) -> None:
    """The worker's polling for `seconds`: every minute, an incremental sync of the
    account when `worker.polling` says it is due (it is: it just had a full sync)."""
    from storage.models import GmailAccount
    from worker.polling import due_account_ids
    from worker.runtime import runtime
    from worker.sync import Syncer

    run = runtime()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        tick = time.monotonic()
        with run.database.session() as session:
            due = due_account_ids(session, datetime.now(UTC), run.settings.sync_interval)
            account = session.get(GmailAccount, account_id)
            client = run.gmail_client(account) if account_id in due else None
        if client is not None:
            with client:
                Syncer(run.database, client, account_id).run()
        time.sleep(max(0.0, run.settings.poll_interval - (time.monotonic() - tick)))


# -- the parent ----------------------------------------------------------------------------


def admin(url: str, path: str, body: bytes | None = None, content_type: str = "") -> dict:
    request = urllib.request.Request(
        url + "/_admin" + path, data=body, method="POST" if body is not None else "GET"
    )
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=120) as answer:
        text = answer.read()
    return json.loads(text) if text else {}


def start_sandbox(threads: int, seed: int, table: str) -> tuple[subprocess.Popen, str, int]:
    command = [
        sys.executable, "-m", "cli", "sandbox", "--port", "0", "--admin",
        "--threads", str(threads), "--seed", str(seed), "--me", ME, "--quota-table", table,
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = process.stdout.readline().strip()
    process.stdout.readline()
    if not url.startswith("http"):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {process.stderr.read()}")
    loaded = process.stderr.readline().strip()  # "sandbox: loaded M messages in T threads"
    messages = int(loaded.split("loaded ")[1].split(" ")[0])
    threading.Thread(target=process.stderr.read, daemon=True).start()
    return process, url, messages


def first_advice(database_url: str, account_id: int) -> tuple[bool, bool]:
    """(an interview thread's advice stored and labelled, an act-now one stored)."""
    import sqlalchemy as sa

    engine = first_advice.engines.setdefault(database_url, sa.create_engine(database_url))
    with engine.connect() as connection:
        advised = connection.execute(
            sa.text(
                "select action, applied_label_id from thread_records "
                "where account_id = :a and interview and action != 'none'"
            ),
            {"a": account_id},
        ).all()
    return any(label for _, label in advised), any(a in ACT_NOW for a, _ in advised)


first_advice.engines = {}


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd",
            "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


def memory_now() -> str:
    """Where the process's memory is now: its RSS, and glibc's heap (malloc's arenas, not
    what it mapped for big blocks) in use and free, and Python's own allocator (pymalloc's
    arenas: in use by objects, and free inside them), in MiB."""
    status = {
        line.split(":")[0]: int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith(("VmRSS:", "RssAnon:"))
    }
    words = f"rss {status.get('VmRSS', 0):5.0f} anon {status.get('RssAnon', 0):5.0f}"
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    if hasattr(libc, "mallinfo2"):
        libc.mallinfo2.restype = _MallInfo2
        info = libc.mallinfo2()
        words += (
            f" | malloc heap {info.arena / 2**20:5.0f} in use {info.uordblks / 2**20:5.0f}"
            f" free {info.fordblks / 2**20:5.0f} mmapped {info.hblkhd / 2**20:4.0f}"
        )
    words += " | " + pymalloc_now()
    return words


def pymalloc_now() -> str:
    """pymalloc's arenas and what is in them (`sys._debugmallocstats`, read off stderr)."""
    if not hasattr(sys, "_debugmallocstats"):
        return ""
    with tempfile.TemporaryFile("w+") as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        stats = {}
        for line in out:
            if "=" in line:
                name, _, value = line.rpartition("=")
                stats[name.strip().lstrip("# ")] = value.strip().replace(",", "")

    def mib(name: str) -> float:
        return int(stats.get(name, 0)) / 2**20

    arenas = int(stats.get("arenas allocated current", 0))  # of 1 MiB each (3.10 on)
    objects = mib("bytes in allocated blocks")
    return f"pymalloc arenas {arenas:5} objects {objects:5.0f} free {arenas - objects:5.0f}"


def peak_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def one_run(size: int, table_name: str, full: bool, options, freshness: int) -> dict:
    import redis

    from gmail.quota import TABLES
    from storage.crypto import SecretBox, generate_key
    from storage.db import Database
    from storage.migrate import upgrade
    from worker.connect import authorize, store_account

    table = TABLES[table_name]
    redis.Redis.from_url(options.redis).flushdb()
    process, url, messages = start_sandbox(size, options.seed, table_name)
    result: dict = {"size": size, "table": table_name, "messages": messages, "full": full}
    sync = None
    try:
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
                "AFTERVIEW_GMAIL_QUOTA_TABLE": table_name,
            }
            database = Database.from_url(database_url)
            grant = authorize(url, ME, client_id="afterview-local")
            with database.session() as session:
                account_id = store_account(session, ME, grant, SecretBox([key])).id
            database.dispose()
            admin(url, "/usage/reset", b"{}", "application/json")
            sync = subprocess.Popen(
                [sys.executable, __file__, "--child", "--account", str(account_id)],
                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            threading.Thread(target=sync.stderr.read, daemon=True).start()
            started = json.loads(sync.stdout.readline())["started"]
            any_at = act_at = None
            # Until the first advice is labelled, then (at most ACT_NOW_GRACE more) until
            # one that says to act now is stored.
            while (any_at is None or act_at is None) and sync.poll() is None:
                labelled, act_now = first_advice(database_url, account_id)
                now = time.time() - started
                if labelled and any_at is None:
                    any_at = now
                if act_now and act_at is None:
                    act_at = now
                if any_at is not None and now > any_at + ACT_NOW_GRACE:
                    break
                time.sleep(POLL)
            result.update(first_any=any_at, first_act=act_at)
            if not full:
                result["peak_mib_so_far"] = peak_mib(sync.pid)
                sync.kill()
                sync.wait()
                return result
            out = sync.stdout.read()
            if sync.wait() != 0:
                raise SystemExit(f"the sync failed (exit {sync.returncode})")
            done = json.loads(out.strip().splitlines()[-1])
            spent = admin(url, "/usage")["users"][ME]
            units = spent["unitsSpent"]
            naive = math.ceil(messages / 500) * table.cost(
                "gmail.users.messages.list"
            ) + messages * table.cost("gmail.users.messages.get")
            result.update(
                seconds=done["seconds"],
                units=units,
                floor=units / table.units_per_second,
                peak_mib=done["peak_mib"],
                threads_read=done["report"]["threads_read"],
                rejected=spent["rejected"],
                naive_units=naive,
                naive_floor=naive / table.units_per_second,
                client=done["client"],
            )
            if freshness:
                result["freshness"] = measure_freshness(url, env, account_id, freshness)
    finally:
        if sync is not None and sync.poll() is None:
            sync.kill()
            sync.wait()
        process.terminate()
        process.wait(timeout=30)
    return result


def interview_mail(n: int) -> bytes:
    return (
        f"From: Recruiter {n} <recruiter{n}@fresh{n}.example>\r\nTo: {ME}\r\n"
        f"Subject: Interview invitation: Platform engineer ({n})\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid(domain=f'fresh{n}.example')}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "We would love to invite you to interview. Are you available on Thursday?\r\n"
    ).encode()


def measure_freshness(url: str, env: dict, account_id: int, count: int) -> list[float]:
    """Deliver `count` interview mails at random moments over a few poll cycles while the
    worker polls; each one's seconds from delivery to its thread labelled."""
    import sqlalchemy as sa

    cycles = 3
    span = cycles * 60.0
    poll = subprocess.Popen(
        [sys.executable, __file__, "--poller", str(span + 75), "--account", str(account_id)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    threading.Thread(target=poll.stderr.read, daemon=True).start()
    draw = random.Random(13)
    moments = sorted(draw.uniform(0, span) for _ in range(count))
    engine = sa.create_engine(env["DATABASE_URL"])
    delivered: dict[str, float] = {}
    latencies: dict[str, float] = {}
    begun = time.monotonic()
    try:
        while len(latencies) < count and time.monotonic() - begun < span + 70:
            elapsed = time.monotonic() - begun
            while len(delivered) < count and moments[len(delivered)] <= elapsed:
                n = len(delivered)
                stored = admin(
                    url, f"/mailboxes/{ME}/messages", interview_mail(n), "message/rfc822"
                )
                delivered[stored["threadId"]] = time.monotonic()
            with engine.connect() as connection:
                labelled = connection.execute(
                    sa.text(
                        "select gmail_thread_id from thread_records where account_id = :a "
                        "and applied_label_id is not null"
                    ),
                    {"a": account_id},
                ).scalars()
                for thread_id in labelled:
                    if thread_id in delivered and thread_id not in latencies:
                        latencies[thread_id] = time.monotonic() - delivered[thread_id]
            time.sleep(0.2)
    finally:
        poll.kill()
        poll.wait()
    return sorted(latencies.values()) + [math.inf] * (count - len(latencies))


def seconds(value: float | None) -> str:
    return "not reached" if value is None else f"{value:.1f} s"


def print_table(results: list[dict]) -> None:
    print(
        "\n| table | threads | first advice, stored and labelled | first act-now advice "
        "| full sync | units | quota floor | wall / floor | naive units (floor) | peak RSS |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        if r["full"]:
            full = (
                f"{r['seconds']:.0f} s | {r['units']:,} | {r['floor']:.0f} s | "
                f"**{r['seconds'] / r['floor']:.3f}** | {r['naive_units']:,} "
                f"({r['naive_floor']:.0f} s; {r['naive_units'] / r['units']:.2f} x) | "
                f"{r['peak_mib']:.0f} MiB"
            )
        else:
            full = f"stopped after the first advice | | | | | {r['peak_mib_so_far']:.0f} MiB so far"
        print(f"| {r['table']} | {r['size']:,} ({r['messages']:,} messages) | "
              f"**{seconds(r['first_any'])}** | {seconds(r['first_act'])} | {full} |")  # fmt: skip
    for r in results:
        if r.get("freshness"):
            values = r["freshness"]
            median = values[len(values) // 2]
            print(f"\nfreshness ({r['table']}, {r['size']:,} threads): {len(values)} interview "
                  f"mails, delivered to labelled: median {median:.1f} s, worst {values[-1]:.1f} s"
                  f" (target 60 s); all: {', '.join(f'{v:.1f}' for v in values)}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--full-sizes", default="1000", help="sizes synced to the end")
    parser.add_argument("--tables", default="google-2023,google-2026")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--freshness", type=int, default=20, help="0: no freshness run")
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--poller", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--account", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.account)
        return 0
    if options.poller:
        poller(options.account, options.poller)
        return 0
    sizes = [int(s) for s in options.sizes.split(",") if s]
    full_sizes = {int(s) for s in options.full_sizes.split(",") if s}
    results = []
    freshness_left = options.freshness
    for table in options.tables.split(","):
        for size in sizes:
            full = size in full_sizes
            measure = freshness_left if full and table == "google-2026" else 0
            result = one_run(size, table, full, options, measure)
            if measure:
                freshness_left = 0  # once, after the first full sync under google-2026
            print(json.dumps(result), flush=True)
            results.append(result)
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
