"""Latency of the popup's list, `GET /api/threads`, under gunicorn, at N concurrent clients.

    .venv/bin/python bench/api_latency.py [--clients 50] [--seconds 10] [--threads 300]

Builds a database (a SQLite file in a temporary folder unless --database-url) with
--users users of --threads interview threads each (real facts and advice; --expired of
them with advice past its `until`, which the handler re-evaluates), starts `afterview
serve` on a free port, and runs a closed-loop load: each client is a thread with its own
keep-alive `http.client` connection and its own user's token, sending the next request as
soon as the last answer is read. `GET /healthz` is measured the same way first, as the
baseline of what the server, the network stack and this load generator cost per request.
Prints p50/p90/p99/max latency and requests per second. Not a test: figures go in
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from afterview.model import (  # noqa: E402
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)
from afterview.policy import STANDARD, advise  # noqa: E402
from storage.api_tokens import issue_api_token  # noqa: E402
from storage.crypto import SecretBox, generate_key  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import GmailAccount, SyncState, ThreadRecord, User  # noqa: E402
from storage.repository import advice_columns, application_for, facts_columns  # noqa: E402

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"]
ROLES = ["Backend Engineer", "Data Analyst", "Product Designer", "SRE", None]


def thread_facts(rng: random.Random, now: datetime) -> ThreadFacts:
    """A plausible interview thread: an invitation, an interview somewhere between three
    weeks ago and two weeks ahead, maybe a thank-you, maybe a stated decision date."""
    company = rng.choice(COMPANIES)
    start = now + timedelta(hours=rng.randint(-21 * 24, 14 * 24))
    invited = start - timedelta(days=rng.randint(3, 10))
    recruiter = Address(f"recruiter@{company.lower()}.example", "Recruiter")
    employer = [EmployerMessage(at=invited, sender=recruiter, is_scheduling=True)]
    candidate = []
    if start < now and rng.random() < 0.6:
        candidate.append(CandidateMessage(at=start + timedelta(hours=5), is_thank_you=True))
    if rng.random() < 0.3:
        employer.append(
            EmployerMessage(
                at=start + timedelta(hours=2),
                sender=recruiter,
                decision_by=start + timedelta(days=rng.randint(3, 14)),
            )
        )
    last = max([m.at for m in employer] + [m.at for m in candidate])
    return ThreadFacts(
        detection=Detection(True, 0.9, ("ats_sender:greenhouse.io",)),
        stage=Stage.SCHEDULED if start > now else Stage.INTERVIEWED,
        company=company,
        role=rng.choice(ROLES),
        subject=f"Interview with {company}",
        first_message_at=invited,
        last_message_at=last,
        interview_start=start,
        interview_end=start + timedelta(hours=1),
        employer_messages=tuple(employer),
        candidate_messages=tuple(candidate),
        employer_contacts=(recruiter,),
    )


# Encrypts the seeded tokens and is given to the server: /readyz checks that it opens them.
TOKEN_KEY = generate_key()


def build_database(url: str, users: int, threads: int, expired: float, seed: int) -> list[str]:
    """Users with `threads` interview threads each; their API tokens."""
    upgrade(url)
    database = Database.from_url(url)
    box = SecretBox([TOKEN_KEY])
    rng = random.Random(seed)
    now = datetime.now(UTC)
    tokens = []
    try:
        for n in range(users):
            with database.session() as session:
                user = User(email=f"bench{n}@example.com")
                account = GmailAccount(user=user, address=user.email, sync_state=SyncState())
                account.set_refresh_token(box, "1//bench")
                session.add(account)
                session.flush()
                tokens.append(issue_api_token(session, user))
                for t in range(threads):
                    facts = thread_facts(rng, now)
                    advice = advise(facts, now, STANDARD)
                    columns = {**facts_columns(facts), **advice_columns(advice, now)}
                    if rng.random() < expired:  # advice that has run out since it was stored
                        columns["until"] = now - timedelta(minutes=rng.randint(1, 600))
                    application = application_for(session, user.id, facts.company, facts.role)
                    session.add(
                        ThreadRecord(
                            account_id=account.id,
                            gmail_thread_id=f"{n:04x}{t:08x}",
                            application_id=application.id if application else None,
                            message_count=len(facts.employer_messages)
                            + len(facts.candidate_messages),
                            **columns,
                        )
                    )
    finally:
        database.dispose()
    return tokens


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the gunicorn master and its workers so far: what the
    server spent, whatever else runs on the machine."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    for process in [str(pid), *children]:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


@dataclass
class Result:
    latencies: list[float]
    errors: int
    seconds: float
    statuses: dict[int, int]
    server_cpu: float = 0.0  # seconds the server spent on the run

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    def line(self, label: str) -> str:
        count = len(self.latencies)
        return (
            f"| {label} | {count} | {count / self.seconds:.0f} | {self.percentile(50):.2f} | "
            f"{self.percentile(90):.2f} | {self.percentile(99):.2f} | "
            f"{max(self.latencies) * 1000:.2f} | {self.errors} | "
            f"{self.server_cpu / max(count, 1) * 1000:.2f} |"
        )


def load(
    port: int,
    path: str,
    tokens: list[str],
    clients: int,
    seconds: float,
    rate: float | None = None,
) -> Result:
    """`clients` threads with a keep-alive connection each. Without `rate`, a closed loop:
    each sends its next request as soon as the last is answered. With `rate` (requests per
    second, all clients together), each client keeps to its own schedule and a request's
    latency counts from when it was due, so a server that falls behind is not excused by
    the clients waiting for it (no coordinated omission)."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    statuses: dict[int, int] = {}
    errors = [0] * clients
    start_line = threading.Barrier(clients + 1)
    lock = threading.Lock()
    deadline_box: list[float] = []

    def client(index: int) -> None:
        headers = {"Authorization": f"Bearer {tokens[index % len(tokens)]}"}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = latencies[index]
        interval = clients / rate if rate else 0.0
        start_line.wait()
        deadline = deadline_box[0]
        due = time.perf_counter() + interval * random.random()
        while time.perf_counter() < deadline:
            if interval:
                pause = due - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)  # pacing the load, not synchronising
                began, due = due, due + interval
            else:
                began = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - began)
            with lock:
                statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.status != 200:
                errors[index] += 1
        connection.close()

    workers = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for worker in workers:
        worker.start()
    started = time.perf_counter()
    deadline_box.append(started + seconds)
    start_line.wait()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    return Result([x for mine in latencies for x in mine], sum(errors), elapsed, statuses)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited ({process.returncode})")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
        finally:
            connection.close()
    raise SystemExit("the server did not become ready")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--users", type=int, default=50, help="one per client, by default")
    parser.add_argument("--threads", type=int, default=300, help="interview threads per user")
    parser.add_argument("--expired", type=float, default=0.05, help="share of expired advice")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument("--worker-threads", type=int, default=1, help="threads per worker")
    parser.add_argument("--database-url", help="default: a new SQLite file")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/11")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rates",
        default="50,100,200",
        help="paced runs: total requests per second for all clients together ('' for none)",
    )
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="afterview-bench-"))
    url = args.database_url or f"sqlite:///{scratch / 'bench.sqlite3'}"
    began = time.perf_counter()
    tokens = build_database(url, args.users, args.threads, args.expired, args.seed)
    print(
        f"database: {args.users} users x {args.threads} threads "
        f"({args.expired:.0%} expired advice) in {time.perf_counter() - began:.1f} s; "
        f"{url.split(':', 1)[0]}",
        flush=True,
    )
    load_before = os.getloadavg()[0]
    port = free_port()
    command = [sys.executable, "-m", "cli", "serve", "--port", str(port)]
    command += ["--threads", str(args.worker_threads)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    env = {
        **os.environ,
        "AFTERVIEW_DATABASE_URL": url,
        "AFTERVIEW_REDIS_URL": args.redis_url,
        "AFTERVIEW_SECRET_KEYS": TOKEN_KEY,
        # The limits are on, counted in Redis, but set above what this load sends.
        "AFTERVIEW_RATELIMIT_API": "1000000 per minute",
        "AFTERVIEW_RATELIMIT_API_PER_ADDRESS": "1000000 per minute",
    }
    server = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        wait_until_ready(port, server)
        load(port, "/api/threads", tokens, args.clients, 2.0)  # warm-up: imports, caches
        runs = [("closed loop", "/healthz", None), ("closed loop", "/api/threads", None)]
        rates = [float(rate) for rate in args.rates.split(",") if rate.strip()]
        runs += [
            (f"{rate:.0f} req/s", path, rate)
            for rate in rates
            for path in ("/healthz", "/api/threads")
        ]
        results = []
        for mode, path, rate in runs:
            cpu_before = server_cpu_seconds(server.pid)
            result = load(port, path, tokens, args.clients, args.seconds, rate)
            result.server_cpu = server_cpu_seconds(server.pid) - cpu_before
            results.append((mode, path, result))
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(scratch, ignore_errors=True)
    print(
        f"\n{args.clients} clients, {args.seconds:.0f} s per run, gunicorn "
        f"{args.workers or 'default (2 x cores + 1)'} workers x {args.worker_threads} "
        f"thread(s), {os.cpu_count()} cores; 1-minute load average {load_before:.2f} before "
        f"the runs, {os.getloadavg()[0]:.2f} after\n"
    )
    print(
        "| load | request | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors "
        "| server CPU ms/req |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for mode, path, result in results:
        print(f"| {mode} " + result.line(f"GET {path}"))
    return 0 if all(result.errors == 0 for _, _, result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
