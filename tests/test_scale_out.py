"""Scale-out: two schedulers and three workers, each its own OS process (`afterview
scheduler`, `afterview worker`), against one Redis and one PostgreSQL (a fresh schema),
with the sandbox Gmail serving several accounts.

Checked: one scheduler ticks (the other stands by), so the polls come one per interval;
every tick polls every account, and every account is synced exactly as often as it was
polled (no duplicate sync for an interval, none missed); every user's weekly summary is
sent exactly once; every line the processes log is a JSON object, a sync's naming its
job and account. Intervals are a few seconds (configuration), so the test takes ~35 s.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import ExitStack
from datetime import UTC, datetime
from itertools import pairwise

import pytest
import redis
import time_machine
from rq.cron import get_cron_job_ids
from rq.job import Job
from rq.registry import StartedJobRegistry
from sqlalchemy import select

from gmail_sandbox.loading import load_generated
from gmail_sandbox.sandbox import Sandbox
from gmail_sandbox.serve import running_sandbox
from storage.db import Database
from storage.migrate import upgrade
from storage.models import GmailAccount, SummarySent
from summary_email import WEEK_HEADER
from tests.builders.workers import BurstWorker
from tests.conftest import ROOT, postgres_schema_url
from tests.sync_helpers import (
    FIXED_NOW,
    SYNC_REDIS_URL,
    connect,
    settings_env,
    settings_for,
    wait_for,
)
from worker.queueing import Origin, Priority, Queues, enqueue_sync
from worker.runtime import reset_runtimes

pytestmark = pytest.mark.postgres

PREFIX = "afterview-scale-test"
ADDRESSES = [f"seeker{number}@example.com" for number in range(1, 5)]
# Seconds between polls (AFTERVIEW_POLL_INTERVAL and _SYNC_INTERVAL: no back-off). An
# account counts as polled at the tick that queued its sync (worker.polling), so a sync
# that begins late on a loaded machine still leaves it due at the next tick; one still
# running at the next tick gets one more sync after it. 8 s leaves a fresh worker
# process's first job room on a loaded machine.
POLL = 8
POLLS = 4  # polls of every account to watch
# FIXED_NOW is Monday 08:00 in Los Angeles: every user's summary is due from the start.
ZONE = "America/Los_Angeles"
POLL_TICK = "worker.jobs.enqueue_incremental_syncs"
# history.list calls of an incremental sync (worker.sync.Syncer.read_history): new mail
# and removed labels, then labels added on TRASH, then on SPAM.
HISTORY_VIEWS = 3
HISTORY_LIST = "gmail.users.history.list"
SUMMARY_TICK = "worker.jobs.enqueue_weekly_summaries"
POLL_LINE = re.compile(
    r"^poll: \d+ accounts due; syncs queued for accounts (\[.*\]);"
    r" after their running sync for (\[.*\])$"
)


def _sandbox() -> Sandbox:
    sandbox = Sandbox(me=ADDRESSES[0], units_per_second=None)
    for seed, address in enumerate(ADDRESSES, 1):
        load_generated(
            sandbox.add_mailbox(address),
            threads=25,
            seed=seed,
            now=FIXED_NOW,
            now_ms=int(FIXED_NOW.timestamp() * 1000),
        )
    return sandbox


def _summaries_sent(sandbox: Sandbox, address: str) -> int:
    mailbox = sandbox.mailbox(address)
    with mailbox.lock:
        return sum(
            1
            for message in mailbox.messages.values()
            if "SENT" in message.labels and WEEK_HEADER.encode() in message.raw
        )


def _json_lines(path) -> list[dict]:
    """Every line of a process's log, each of which must be one JSON object."""
    lines = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                lines.append(json.loads(line))
            except json.JSONDecodeError:
                pytest.fail(f"{path.name}:{number} is not JSON: {line[:200]}")
    return lines


def _stop(process: subprocess.Popen, timeout: float = 30.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_two_schedulers_and_three_workers_sync_each_account_once_per_poll(tmp_path, monkeypatch):
    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    queues = Queues(connection, PREFIX)
    # The processes' clocks are moved to the test's (FIXED_NOW, when the mail was written).
    offset = FIXED_NOW.timestamp() - time.time()
    with ExitStack() as stack:
        stack.callback(connection.close)
        stack.callback(connection.flushdb)
        url = stack.enter_context(postgres_schema_url())
        upgrade(url)
        database = Database.from_url(url)
        stack.callback(database.dispose)
        stack.enter_context(time_machine.travel(FIXED_NOW, tick=True))
        sandbox = _sandbox()
        running = stack.enter_context(running_sandbox(sandbox, admin=True))

        account_ids = {connect(running, database, address): address for address in ADDRESSES}
        with database.session() as session:
            for account_id in account_ids:
                session.get(GmailAccount, account_id).user.timezone = ZONE
        settings = settings_for(running, database, queue_prefix=PREFIX)
        env = {
            **settings_env(settings),
            "AFTERVIEW_POLL_INTERVAL": str(POLL),
            "AFTERVIEW_SYNC_INTERVAL": str(POLL),
            # Re-evaluation (and the summaries' tick) once, at the start: a sync it queues
            # for expired advice is not a poll, and would shift the account's polls.
            "AFTERVIEW_REEVALUATE_INTERVAL": "3600",
            "AFTERVIEW_PUBLIC_URL": "https://afterview.example.com",
            "AFTERVIEW_LOG_FORMAT": "json",
            "AFTERVIEW_LOG_LEVEL": "INFO",
        }
        # Each account's first (full) sync, as after sign-in, before the processes start.
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        stack.callback(reset_runtimes)
        with database.session() as session:
            for account_id in account_ids:
                created = session.get(GmailAccount, account_id).created_at
                enqueue_sync(queues, account_id, created, full=True, origin=Origin.SIGN_IN)
        BurstWorker(queues.in_order(), connection=connection).work(burst=True)
        reset_runtimes()

        roles = [("scheduler", "scheduler")] * 2 + [("worker", "worker", "--no-cron")] * 3
        processes = {}
        for number, (role, *args) in enumerate(roles, 1):
            name = f"{role}-{number}"
            log = stack.enter_context((tmp_path / f"{name}.log").open("wb"))
            if role == "worker":
                args += ["--name", f"{PREFIX}-{name}"]
            processes[name] = subprocess.Popen(
                [sys.executable, "-m", "tests.builders.shifted_clock", str(offset), *args],
                cwd=ROOT,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            stack.callback(_stop, processes[name])
        # The summaries' tick again and again, as from schedulers out of step: each user's
        # summary must still go once.
        for _ in range(3):
            queues[Priority.BACKGROUND].enqueue(SUMMARY_TICK)

        def polled_enough() -> bool:
            lines = [
                line
                for name in processes
                if name.startswith("worker")
                for line in _json_lines(tmp_path / f"{name}.log")
                if line["message"].startswith("incremental sync:")
            ]
            synced = Counter(line["account_id"] for line in lines)
            sent = all(_summaries_sent(sandbox, address) for address in ADDRESSES)
            return sent and all(synced[account] >= POLLS for account in account_ids)

        wait_for(polled_enough, timeout=90, what=f"{POLLS} polls of every account")
        # The schedulers stop first (the one standing by may lead for its last moments);
        # then the workers finish what was queued.
        # The test's clock is pinned here (travel above): the processes' log clock.
        schedulers_stopped = datetime.now(UTC)
        for name in ("scheduler-1", "scheduler-2"):
            _stop(processes[name])
            assert processes[name].returncode == 0, f"{name}: {processes[name].returncode}"
        wait_for(
            lambda: (
                not any(queue.count for queue in queues.in_order())
                and not any(StartedJobRegistry(queue=queue).count for queue in queues.in_order())
            ),
            what="the queues to drain",
        )
        for process in processes.values():
            _stop(process, timeout=10)  # idle: RQ's warm shutdown can wait a minute on pubsub

        logs = {name: _json_lines(tmp_path / f"{name}.log") for name in processes}
        ticks = sorted(
            Job.fetch(job_id, connection=connection).enqueued_at
            for job_id in get_cron_job_ids(POLL_TICK, connection)
        )
        history_calls = {
            account_id: sandbox.quota.usage()[address]["calls"].get(HISTORY_LIST, 0)
            for account_id, address in account_ids.items()
        }
        with database.session() as session:
            summaries = session.scalars(select(SummarySent)).all()

    # One scheduler led; the other stood by until the leader stopped.
    leading = {
        name
        for name in ("scheduler-1", "scheduler-2")
        for line in logs[name]
        if line["message"].endswith(": leading") and _at(line) < schedulers_stopped
    }
    assert len(leading) == 1, f"schedulers that led: {sorted(leading)}"
    # Its polls came one per interval, never two in one.
    gaps = [(later - earlier).total_seconds() for earlier, later in pairwise(ticks)]
    assert len(ticks) >= POLLS and min(gaps) >= 0.8 * POLL, gaps
    # Every poll after the first (which may come within half a poll of the first syncs)
    # queued a sync of every account — or, its previous sync still running on a loaded
    # machine, one more after it — and every account was synced exactly once per poll
    # that did: no duplicate sync for an interval, none missed. (An account counts as
    # polled at the tick that queued its sync, however long that sync waited to begin:
    # worker.polling.)
    polls = sorted(
        (_at(line), json.loads(found.group(1)) + json.loads(found.group(2)))
        for name, lines in logs.items()
        if name.startswith("worker")
        for line in lines
        if (found := POLL_LINE.search(line["message"]))
    )
    assert len(polls) == len(ticks), (len(polls), len(ticks))  # every tick ran
    for _, queued in polls[1:]:
        assert sorted(queued) == sorted(account_ids), polls
    synced = Counter(
        line["account_id"]
        for name, lines in logs.items()
        if name.startswith("worker")
        for line in lines
        if line["message"].startswith("incremental sync:")
        and line["job_id"].startswith(f"sync-{line['account_id']}-")
    )
    queued = Counter(account_id for _, accounts in polls for account_id in accounts)
    assert synced == queued, (synced, queued)
    for account_id in account_ids:
        # What the logs say is what Gmail saw: each incremental sync's history.list calls.
        assert history_calls[account_id] == HISTORY_VIEWS * synced[account_id], history_calls
    # The weekly summary: sent exactly once to each user, one row each.
    assert [_summaries_sent(sandbox, address) for address in ADDRESSES] == [1] * len(ADDRESSES)
    assert sorted(row.user_id for row in summaries if row.sent_at is not None) == sorted(
        {row.user_id for row in summaries}
    )
    assert len(summaries) == len(ADDRESSES)


def _at(line: dict) -> datetime:
    return datetime.fromisoformat(line["time"].replace("Z", "+00:00"))
