"""Chaos run: a generated mailbox synced while things break, compared with a clean run.

    .venv/bin/python bench/chaos.py [--threads 5000] [--seed 7] [--kills 20] [--faults 0.1]

The chaos run: the sandbox Gmail (in this process) serves a generated mailbox and injects
`--faults` of its API calls with a fault (500, 503, 429, a dropped connection, a 2 s
latency spike: gmail_sandbox/faults.py); two `afterview worker` processes (one with the
periodic jobs, as `afterview worker` runs them) sync it into a SQLite database; a Redis of
this script's own, on a spare port, with the append-only file fsynced on every write (so
queued jobs survive a crash), is SIGKILLed once mid-run and started again; a worker
process (with its work horse) is SIGKILLed at `--kills` random moments (a busy one when a
job runs) and started again, as a supervisor would; new mail is delivered during the run,
each followed by a sync request (as the server does on POST /api/sync); the weekly
summary is asked for three weeks, each twice, at random moments. A worker that dies of
something else is started again too, and counted.

The workers run RQ's maintenance every 10 s instead of its default 10 min
(`--maintenance-interval`): a killed worker's job is retried once its claim lapses (90 s
after its last heartbeat) and the next maintenance finds it, so the run is not mostly
waiting. Production keeps RQ's default: the same recovery, later.

Then a clean run of the same mailbox (the same generated threads, the same delivered mail,
the same summaries asked for) with no fault, in this process; and the two final states are
compared: every thread's row (stage, action, reason, dates, contacts, labels: everything
but ids and timestamps of when it ran) and the Gmail labels on every message, keyed by
Message-ID (tests/sync_helpers.py `comparable`), Afterview's own summary emails left out
(their words depend on the moment each was sent). Linux only (it finds work horses in
/proc). Printed: faults injected by kind, kills
(and whether a job was running), Redis restarts, worker crashes, client retries and RQ
re-runs, summaries sent per week, delivered mail found, and the final differences.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sync_helpers import (  # noqa: E402
    KEY,
    ME,
    comparable,
    connect,
    deliver,
    differences,
    wait_for,
)

WORKERS = 2
QUEUE = "chaos"
PUBLIC_URL = "https://afterview.example.com"
LATENCY_SPIKE = 2.0  # seconds


# -- processes: Redis and the workers -----------------------------------------------------


def spare_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnRedis:
    """redis-server on a spare port, appendonly with fsync on every write."""

    def __init__(self, directory: Path) -> None:
        self.port = spare_port()
        self.directory = directory
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.directory)],
            stdout=(self.directory / "redis.log").open("ab"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(self.answers, 30, "Redis to answer")

    def answers(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.url, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def crash_and_restart(self) -> float:
        started = time.monotonic()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.start()
        return time.monotonic() - started

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (Linux: /proc), children first."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            for child in (task / "children").read_text().split():
                found += [int(child), *descendants(int(child))]
    return found


@dataclass
class Fleet:
    """The worker processes, each in a session of its own (killed with its work horse)."""

    env: dict[str, str]
    logs: Path
    processes: list[subprocess.Popen | None] = field(default_factory=lambda: [None] * WORKERS)
    generation: Counter = field(default_factory=Counter)
    crashes: int = 0

    def start(self, index: int) -> None:
        self.generation[index] += 1
        name = f"chaos-{index}-{self.generation[index]}"
        command = [sys.executable, "-m", "cli", "worker", "--verbose", "--name", name,
                   "--maintenance-interval", "10"]  # fmt: skip
        if index > 0:
            command.append("--no-cron")  # one of them runs the periodic jobs
        self.processes[index] = subprocess.Popen(
            command, cwd=ROOT, env=self.env, start_new_session=True,
            stdout=(self.logs / f"worker-{index}.log").open("ab"), stderr=subprocess.STDOUT,
        )  # fmt: skip

    def kill(self, index: int) -> None:
        """SIGKILL the worker and its work horse, as when the machine or container dies
        (RQ puts the horse in a process group of its own: killing the worker's group alone
        would leave the horse finishing the job)."""
        process = self.processes[index]
        family = descendants(process.pid)
        os.killpg(process.pid, signal.SIGKILL)
        for pid in family:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.wait(timeout=10)
        self.start(index)

    def supervise(self) -> None:
        """Start again a worker that died on its own (as systemd or compose would)."""
        for index, process in enumerate(self.processes):
            if process is not None and process.poll() is not None:
                self.crashes += 1
                self.start(index)

    def busy(self, connection) -> dict[int, str]:
        """index -> the id of the job it runs, for the workers running one now."""
        from rq import Worker

        found = {}
        for worker in Worker.all(connection=connection):
            job_id = worker.get_current_job_id()
            match = re.fullmatch(r"chaos-(\d+)-(\d+)", worker.name or "")
            if job_id and match and int(match.group(2)) == self.generation[int(match.group(1))]:
                found[int(match.group(1))] = job_id
        return found

    def stop(self) -> None:
        """A warm shutdown (each worker finishes its job), then nothing left behind."""
        families = [descendants(p.pid) for p in self.processes if p is not None]
        for process in self.processes:
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            if process is not None:
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        for pid in (pid for family in families for pid in family):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


# -- the mailbox, and the mail delivered during the run ------------------------------------


def sandbox_with_mailbox(threads: int, seed: int, now: datetime):
    from gmail_sandbox.loading import load_generated
    from gmail_sandbox.sandbox import Sandbox

    sandbox = Sandbox(me=ME, units_per_second=None, fault_latency=LATENCY_SPIKE)
    load_generated(
        sandbox.mailbox(), threads=threads, seed=seed, now=now, now_ms=int(now.timestamp() * 1000)
    )
    return sandbox


def new_mail(sandbox, count: int, seed: int, now: datetime) -> list[tuple[bytes, str | None]]:
    """(raw, the Message-ID of the message it answers or None): half replies from the
    employer in interview threads, half new threads. The same for the same mailbox."""
    chooser = random.Random(seed)
    interviews = sorted(
        message.rfc822_id
        for message in sandbox.mailbox().messages.values()
        if "interview" in (message.header("Subject") or "").lower() and message.rfc822_id
    )
    mail = []
    for n in range(count):
        date = format_datetime(now - timedelta(minutes=count - n))
        if n % 2 == 0 and interviews:
            parent = chooser.choice(interviews)
            subject = "Re: " + _subject_of(sandbox, parent)
            extra = f"In-Reply-To: {parent}\r\nReferences: {parent}\r\n"
            body = "Thanks again. Could you send your availability for a final round next week?"
        else:
            parent, subject, extra = None, f"Interview invitation: Engineer role {n}", ""
            body = "We would love to invite you to interview. Are you available on Thursday?"
        raw = (
            f"From: Recruiter {n} <recruiter{n}@company{n}.example>\r\nTo: {ME}\r\n"
            f"Subject: {subject}\r\nDate: {date}\r\nMessage-ID: <chaos-{n}@company{n}.example>\r\n"
            f"{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        ).encode()
        mail.append((raw, parent))
    return mail


def _subject_of(sandbox, rfc822_id: str) -> str:
    for message in sandbox.mailbox().messages.values():
        if message.rfc822_id == rfc822_id:
            return message.header("Subject") or ""
    return ""


def deliver_to(running, raw: bytes, parent: str | None) -> None:
    thread_id = None
    if parent is not None:
        thread_id = next(
            m.thread_id
            for m in running.sandbox.mailbox().messages.values()
            if m.rfc822_id == parent
        )
    deliver(running, raw, thread_id)


def iso_week(moment: datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def summaries_sent(sandbox) -> Counter:
    return Counter(
        message.header("X-Afterview-Week")
        for message in sandbox.mailbox().messages.values()
        if message.header("X-Afterview-Week")
    )


# -- the runs -----------------------------------------------------------------------------


def worker_env(running, database_url: str, redis_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "AFTERVIEW_SECRET_KEYS": KEY,
        "AFTERVIEW_GOOGLE_TOKEN_URI": running.url + "/token",
        "AFTERVIEW_GMAIL_API_ENDPOINT": running.url,
        # The worker paces itself at Gmail's per-user quota, as in production.
        "AFTERVIEW_QUEUE_PREFIX": QUEUE,
        "AFTERVIEW_PUBLIC_URL": PUBLIC_URL,
    }


def fresh_database(path: Path):
    from storage.db import Database
    from storage.migrate import upgrade

    url = f"sqlite:///{path}"
    upgrade(url)
    return Database.from_url(url)


def created_at(database, account_id: int) -> datetime:
    from storage.models import GmailAccount

    with database.session() as session:
        return session.get(GmailAccount, account_id).created_at


def failed_jobs(queues) -> list[str]:
    """Jobs that failed for good (their retries spent), with the last line of the error."""
    from rq.job import Job
    from rq.registry import FailedJobRegistry

    found = []
    for queue in queues:
        for job_id in FailedJobRegistry(queue=queue).get_job_ids():
            job = Job.fetch(job_id, connection=queue.connection)
            error = (job.latest_result().exc_string if job.latest_result() else "") or ""
            last_line = error.strip().splitlines()[-1] if error.strip() else "?"
            found.append(f"{job_id}: {last_line}")
    return found


def pause_and_supervise(fleet: Fleet, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        fleet.supervise()
        time.sleep(0.1)


def busy_at_a_random_moment(fleet: Fleet, connection, chooser, seconds: float) -> dict[int, str]:
    """The workers running a job a random fraction of a second after one was seen
    running (a job shorter than that is missed, and looked for again), within `seconds`;
    {} if none ran then."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if fleet.busy(connection):
            pause_and_supervise(fleet, chooser.uniform(0, 1.0))
            busy = fleet.busy(connection)
            if busy:
                return busy
        fleet.supervise()
        time.sleep(0.05)
    return {}


def first_sync_done(database, account_id: int) -> bool:
    from storage.models import SyncState

    with database.session() as session:
        return session.get(SyncState, account_id).last_full_sync_at is not None


def settled(database, account_id: int, queues) -> bool:
    """Nothing queued, running, waiting for another job or to be retried, in any queue,
    and the account's sync done."""
    from rq.registry import DeferredJobRegistry, ScheduledJobRegistry, StartedJobRegistry

    from storage.models import SyncState, SyncStatus

    for queue in queues:
        # A job a worker has taken but not started yet sits in RQ's intermediate list.
        if queue.count or queue.connection.llen(queue.intermediate_queue_key):
            return False
        for registry in (StartedJobRegistry, ScheduledJobRegistry, DeferredJobRegistry):
            if registry(queue=queue).count:  # deferred: a sync's follow-up
                return False
    with database.session() as session:
        state = session.get(SyncState, account_id)
        return state.status is SyncStatus.IDLE and state.full_sync_started_at is None


def chaos_run(options, now: datetime, work: Path) -> dict:
    import redis
    from rq.job import JobStatus

    from gmail_sandbox.faults import DEFAULT_MIX, FaultSettings
    from gmail_sandbox.serve import running_sandbox
    from storage.models import GmailAccount
    from worker.queueing import Origin, Queues, enqueue_summary, enqueue_sync

    chooser = random.Random(options.seed)
    own_redis = OwnRedis(work)
    own_redis.start()
    fleet = None
    try:
        sandbox = sandbox_with_mailbox(options.threads, options.seed, now)
        mail = new_mail(sandbox, options.new_mail, options.seed, now)
        database = fresh_database(work / "chaos.sqlite3")
        started = time.monotonic()
        with running_sandbox(sandbox, admin=True) as running:
            account_id = connect(running, database)
            with database.session() as session:
                user_id = session.get(GmailAccount, account_id).user_id
            sandbox.faults.log = deque(maxlen=None)  # every fault, not the last 10,000
            sandbox.faults.reconfigure(
                FaultSettings(
                    rate=options.faults, seed=options.seed, mix=dict(DEFAULT_MIX),
                    latency_seconds=LATENCY_SPIKE,
                )
            )  # fmt: skip
            connection = redis.Redis.from_url(own_redis.url)
            queue = Queues(connection, QUEUE)
            fleet = Fleet(worker_env(running, database.url, own_redis.url), work)
            for index in range(WORKERS):
                fleet.start(index)
            enqueue_sync(
                queue,
                account_id,
                created_at(database, account_id),
                full=True,
                origin=Origin.SIGN_IN,
            )

            # What happens during the run, in a random order; the Redis crash mid-way.
            weeks = [iso_week(now - timedelta(weeks=back)) for back in range(3)]
            events = ["kill"] * options.kills + ["mail"] * len(mail) + ["summary"] * 6
            chooser.shuffle(events)
            events.insert(len(events) // 2, "redis")
            pending_mail, pending_weeks = list(mail), weeks * 2
            kills = Counter()
            redis_down = 0.0
            enqueue_errors = 0
            for i, event in enumerate(events):
                pause_and_supervise(fleet, chooser.uniform(0.5, 2.0) * options.gap)
                try:
                    if event == "kill":
                        # A worker running a job, at a random moment of its run, when a job
                        # runs within --busy-wait (a killed job runs again once RQ retries it);
                        # an idle one otherwise.
                        busy = busy_at_a_random_moment(
                            fleet, connection, chooser, options.busy_wait
                        )
                        if busy:
                            index = chooser.choice(sorted(busy))
                            kills[busy[index].split("-")[0]] += 1
                        else:
                            index = chooser.randrange(WORKERS)
                            kills["idle"] += 1
                        fleet.kill(index)
                    elif event == "mail":
                        raw, parent = pending_mail.pop(0)
                        deliver_to(running, raw, parent)
                        enqueue_sync(
                            queue,
                            account_id,
                            created_at(database, account_id),
                            origin=Origin.SYNC_REQUESTED,
                        )
                    elif event == "summary":
                        # Asked for once the first full sync is done: before it there is
                        # nothing to say, and a week with nothing to say is never sent.
                        later = events[i + 1 :]
                        if not first_sync_done(database, account_id) and set(later) - {"summary"}:
                            events.append(event)
                            continue
                        wait_for(
                            lambda: first_sync_done(database, account_id) or fleet.supervise(),
                            options.settle_timeout,
                            "the first full sync",
                        )
                        enqueue_summary(queue, user_id, pending_weeks.pop(0))
                    else:
                        redis_down = own_redis.crash_and_restart()
                        print(f"  Redis crashed and restarted ({redis_down:.1f} s)", flush=True)
                except redis.ConnectionError as exc:  # Redis not back yet: try the event again
                    print(f"  {event}: {exc}", flush=True)
                    events.append(event)
                except ValueError as exc:
                    # RQ 3.0 failing to delete a killed job's leftover ("Execution ... not found
                    # in Redis", docs/reliability.md): what POST /api/sync would answer 500 for.
                    enqueue_errors += 1
                    print(f"  {event}: enqueue failed: {exc}", flush=True)
                    events.append(event)
                print(f"  {time.monotonic() - started:6.0f} s  {event}", flush=True)

            print("  events done; waiting for the run to settle", flush=True)

            def quiet() -> bool:
                fleet.supervise()
                try:
                    return settled(database, account_id, queue)
                except redis.ConnectionError:
                    return False

            wait_for(quiet, options.settle_timeout, "the chaos run to settle")
            # One last sync, as the periodic job would ask, begun after everything was
            # delivered; the run is over once it has finished and nothing else waits.
            asked = datetime.now(UTC)
            last = enqueue_sync(
                queue, account_id, created_at(database, account_id), origin=Origin.SYNC_REQUESTED
            )
            assert last is not None, "the run had settled: no sync can be waiting"
            wait_for(
                lambda: quiet() and last.get_status(refresh=True) == JobStatus.FINISHED,
                options.settle_timeout,
                "the last sync",
            )
            last.refresh()
            assert last.started_at.replace(tzinfo=UTC) >= asked
            fleet.stop()
            seconds = time.monotonic() - started
            failed = failed_jobs(queue)
            state = comparable(running, database, account_id)
            faults = Counter(fault.kind for fault in sandbox.faults.log)
            calls = sum(sandbox.faults._calls.values())
            sent = summaries_sent(sandbox)
        logs = "".join(
            (work / f"worker-{i}.log").read_text(errors="replace") for i in range(WORKERS)
        )
        starts = re.findall(r": worker\.jobs\.\w+\(.*\) \((\S+)\)$", logs, re.MULTILINE)
        database.dispose()
    finally:
        # A run that fails half-way must not leave its workers and Redis behind.
        if fleet is not None:
            fleet.stop()
        own_redis.stop()
    return {
        "state": state,
        "seconds": seconds,
        "calls": calls,
        "faults": faults,
        "kills": kills,
        "crashes": fleet.crashes,
        "redis_down": redis_down,
        "client_retries": logs.count("retrying in"),
        "job_runs": len(starts),
        "jobs": len(set(starts)),
        "summaries": sent,
        "weeks": weeks,
        "mail": mail,
        "failed": failed,
        "enqueue_errors": enqueue_errors,
    }


def clean_run(options, now: datetime, work: Path, weeks: list[str]) -> dict:
    """The same mailbox, mail and summaries, no fault, jobs run in this process."""
    import redis

    from gmail_sandbox.serve import running_sandbox
    from storage.models import GmailAccount
    from tests.builders.workers import BurstWorker
    from worker.queueing import Origin, Queues, enqueue_summary, enqueue_sync
    from worker.runtime import reset_runtimes

    own_redis = OwnRedis(work / "clean-redis")
    own_redis.directory.mkdir()
    own_redis.start()
    sandbox = sandbox_with_mailbox(options.threads, options.seed, now)
    mail = new_mail(sandbox, options.new_mail, options.seed, now)
    database = fresh_database(work / "clean.sqlite3")
    try:
        with running_sandbox(sandbox, admin=True) as running:
            for raw, parent in mail:
                deliver_to(running, raw, parent)
            account_id = connect(running, database)
            with database.session() as session:
                user_id = session.get(GmailAccount, account_id).user_id
            os.environ.update(worker_env(running, database.url, own_redis.url))
            reset_runtimes()
            queue = Queues(redis.Redis.from_url(own_redis.url), QUEUE)

            def work_all() -> None:
                BurstWorker(queue.in_order(), connection=queue.connection).work(
                    burst=True, with_scheduler=False, logging_level="WARNING"
                )

            enqueue_sync(
                queue,
                account_id,
                created_at(database, account_id),
                full=True,
                origin=Origin.SIGN_IN,
            )
            work_all()
            for week in weeks:
                enqueue_summary(queue, user_id, week)
            work_all()
            enqueue_sync(
                queue, account_id, created_at(database, account_id), origin=Origin.SYNC_REQUESTED
            )
            work_all()
            reset_runtimes()
            return {
                "state": comparable(running, database, account_id),
                "summaries": summaries_sent(sandbox),
            }
    finally:
        database.dispose()
        own_redis.stop()


SUMMARY_MESSAGE = "<afterview-summary-"


def summary_threads(state: dict) -> list[dict]:
    """Takes the threads of Afterview's own summary emails out of `state` (their words
    depend on the moment each was sent, which no two runs share), and returns them."""
    taken = [row for key, row in state["threads"].items() if SUMMARY_MESSAGE in key]
    state["threads"] = {k: v for k, v in state["threads"].items() if SUMMARY_MESSAGE not in k}
    state["gmail_labels"] = {
        k: v for k, v in state["gmail_labels"].items() if not k.startswith(SUMMARY_MESSAGE)
    }
    return taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--faults", type=float, default=0.1, help="fraction of API calls")
    parser.add_argument("--new-mail", type=int, default=10, help="messages delivered mid-run")
    parser.add_argument(
        "--gap", type=float, default=None,
        help="mean seconds between two events (default: scaled to the mailbox)",
    )  # fmt: skip
    parser.add_argument(
        "--busy-wait", type=float, default=180.0,
        help="how long a kill waits for a worker running a job (seconds)",
    )  # fmt: skip
    parser.add_argument("--settle-timeout", type=float, default=1800.0)
    options = parser.parse_args()
    if options.gap is None:
        options.gap = max(2.0, options.threads / 500)
    # The mailbox's "now": the hour the run started, the same for both runs.
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    print(f"chaos run: {options.threads} generated threads (seed {options.seed}), "
          f"{options.faults:.0%} of API calls faulted, {options.kills} worker kills, "
          f"{WORKERS} workers, 1 Redis crash, {options.new_mail} messages delivered mid-run, "
          f"~{options.gap:.0f} s between events", flush=True)  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="afterview-chaos-"))
    print(f"databases and worker logs in {work}", flush=True)
    chaos = chaos_run(options, now, work)
    print(f"chaos run settled in {chaos['seconds']:.0f} s; now the clean run", flush=True)
    clean_started = time.monotonic()
    clean = clean_run(options, now, work, chaos["weeks"])
    clean_seconds = time.monotonic() - clean_started
    chaos_summaries = summary_threads(chaos["state"])
    clean_summaries = summary_threads(clean["state"])

    found = {
        message_id
        for row in chaos["state"]["threads"].values()
        for message_id in row["gmail_message_ids"]
    }
    delivered = [re.search(rb"Message-ID: (<[^>]+>)", raw).group(1).decode() for raw, _ in
                 chaos["mail"]]  # fmt: skip
    diff = differences(clean["state"], chaos["state"])
    twice = {week: n for week, n in chaos["summaries"].items() if n > 1}
    faults = chaos["faults"]
    print("\nchaos run")
    print(f"  wall time {chaos['seconds']:.0f} s (clean run {clean_seconds:.0f} s)")
    print(f"  API calls {chaos['calls']:,}; faults injected {sum(faults.values()):,} "
          f"({sum(faults.values()) / max(chaos['calls'], 1):.1%}): "
          f"{dict(sorted(faults.items()))}")  # fmt: skip
    print(
        f"  worker kills {sum(chaos['kills'].values())} (by the job running: "
        f"{dict(sorted(chaos['kills'].items()))}); other worker deaths {chaos['crashes']}"
    )
    print(f"  Redis crashed and restarted once, down {chaos['redis_down']:.1f} s")
    print(f"  requests the enqueue refused with an error: {chaos['enqueue_errors']}")
    print(f"  retries: Gmail client {chaos['client_retries']:,}; RQ jobs run "
          f"{chaos['job_runs']} times for {chaos['jobs']} jobs "
          f"({chaos['job_runs'] - chaos['jobs']} re-runs)")  # fmt: skip
    print(
        f"  weekly summaries sent {dict(sorted(chaos['summaries'].items()))} "
        f"(clean run {dict(sorted(clean['summaries'].items()))}); sent twice: {len(twice)}"
    )
    lost = [m for m in delivered if m not in found]
    print(
        f"  mail delivered mid-run {len(delivered)}, in the final database "
        f"{len(delivered) - len(lost)}; lost changes: {len(lost)}"
    )
    print(f"  threads in the final database: chaos {len(chaos['state']['threads'])}, "
          f"clean {len(clean['state']['threads'])}")  # fmt: skip
    lost_weeks = [week for week in chaos["weeks"] if not chaos["summaries"][week]]
    print(f"  summaries asked for but never sent: {lost_weeks or 'none'}")
    print(f"  jobs failed for good: {len(chaos['failed'])}")
    for line in chaos["failed"][:10]:
        print(f"    {line[:300]}")
    for name, taken in (("chaos", chaos_summaries), ("clean", clean_summaries)):
        print(f"  summary emails synced back as threads ({name} run): {len(taken)}, "
              f"taken as interviews {sum(bool(row['interview']) for row in taken)} "
              f"(left out of the comparison)")  # fmt: skip
    print(f"  final differences from the clean run: {len(diff)}")
    for line in diff[:20]:
        print(f"    {line[:300]}")
    return 0 if not (diff or twice or lost or lost_weeks) else 1


if __name__ == "__main__":
    sys.exit(main())
