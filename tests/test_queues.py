"""Queues by priority on real Redis: where each kind of job goes, the order a worker
serves them in, and `afterview queues` (the operators' view of waiting and failed jobs)
run as a plain command."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime

import pytest
from rq.registry import FailedJobRegistry

from tests.builders.workers import ORDER_KEY, BurstWorker
from tests.conftest import ROOT, afterview_command
from tests.sync_helpers import SYNC_REDIS_URL, flushed_queues, wait_for
from worker import queueing
from worker.queueing import Origin, Priority
from worker.schedule import Leadership

PREFIX = "afterview-queues-test"
CREATED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def queues():
    with flushed_queues(PREFIX) as flushed:
        yield flushed


@pytest.mark.parametrize(
    ("origin", "queue"),
    [
        (Origin.SIGN_IN, "interactive"),
        (Origin.SYNC_REQUESTED, "interactive"),
        (Origin.DRAFT_REQUESTED, "interactive"),
        (Origin.POLL, "background"),
        (Origin.REEVALUATION, "background"),
        (Origin.PERIODIC, "background"),
        (Origin.WEEKLY_SUMMARY, "email"),
    ],
)
def test_each_reason_for_a_job_has_its_queue(queues, origin, queue):
    assert queues.for_origin(origin).name == f"{PREFIX}-{queue}"


def test_each_enqueue_lands_in_its_queue(queues):
    asked = queueing.enqueue_sync(queues, 1, CREATED, origin=Origin.SYNC_REQUESTED)
    polled = queueing.enqueue_sync(queues, 2, CREATED, origin=Origin.POLL)
    draft = queueing.enqueue_draft(queues, 3, CREATED)
    summary = queueing.enqueue_summary(queues, 4, "2026-W10")

    assert queues[Priority.INTERACTIVE].job_ids == [asked.id, draft.id]
    assert queues[Priority.BACKGROUND].job_ids == [polled.id]
    assert queues[Priority.EMAIL].job_ids == [summary.id]


def test_a_worker_serves_interactive_then_background_then_email(queues):
    """Enqueued in the reverse order, a long backlog of background work first: the
    worker still takes the interactive job first."""
    queues[Priority.EMAIL].enqueue("tests.builders.workers.note_order", "email")
    for number in range(3):
        queues[Priority.BACKGROUND].enqueue("tests.builders.workers.note_order", f"poll {number}")
    queues[Priority.INTERACTIVE].enqueue("tests.builders.workers.note_order", "asked")

    BurstWorker(queues.in_order(), connection=queues.connection).work(burst=True)

    order = [item.decode() for item in queues.connection.lrange(ORDER_KEY, 0, -1)]
    assert order == ["asked", "poll 0", "poll 1", "poll 2", "email"]


def test_a_job_asked_for_is_served_before_the_backlog_already_waiting(queues):
    for number in range(3):
        queues[Priority.BACKGROUND].enqueue("tests.builders.workers.note_order", f"poll {number}")
    worker = BurstWorker(queues.in_order(), connection=queues.connection)
    worker.work(burst=True, max_jobs=1)  # one poll done, two waiting
    queues[Priority.INTERACTIVE].enqueue("tests.builders.workers.note_order", "asked")
    worker.work(burst=True)

    order = [item.decode() for item in queues.connection.lrange(ORDER_KEY, 0, -1)]
    assert order == ["poll 0", "asked", "poll 1", "poll 2"]


def test_worker_queues_are_chosen_by_name_in_the_order_given():
    assert queueing.parse_priorities("email,interactive") == (Priority.EMAIL, Priority.INTERACTIVE)
    with pytest.raises(ValueError, match="unknown queue 'urgent'"):
        queueing.parse_priorities("interactive,urgent")


def test_the_worker_refuses_an_unknown_queue():
    done = subprocess.run(
        afterview_command("worker", "--queues", "interactive,urgent"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown queue 'urgent'" in done.stderr


def _queues_command(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "AFTERVIEW_REDIS_URL": SYNC_REDIS_URL,
        "AFTERVIEW_QUEUE_PREFIX": PREFIX,
    }
    return subprocess.run(
        afterview_command("queues", *args),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_operators_see_the_queues_and_the_failed_jobs_and_requeue_them(queues):
    queues[Priority.BACKGROUND].enqueue("tests.builders.workers.note_order", "waiting")
    failing = queues[Priority.INTERACTIVE].enqueue(
        "tests.builders.workers.fail_on_purpose", "token=ya29.a0Secret-Access"
    )
    BurstWorker([queues[Priority.INTERACTIVE]], connection=queues.connection).work(burst=True)

    shown = _queues_command()
    assert shown.returncode == 0, shown.stderr
    rows = {line.split()[0]: line.split()[1:] for line in shown.stdout.splitlines()[1:4]}
    # waiting, running, retrying, failed
    assert rows[f"{PREFIX}-interactive"] == ["0", "0", "0", "1"]
    assert rows[f"{PREFIX}-background"] == ["1", "0", "0", "0"]
    assert rows[f"{PREFIX}-email"] == ["0", "0", "0", "0"]

    failed = _queues_command("failed")
    assert failed.returncode == 0, failed.stderr
    assert failing.id in failed.stdout
    assert "RuntimeError: failed on purpose" in failed.stdout
    assert "ya29.a0Secret" not in failed.stdout  # the error's text, redacted

    requeued = _queues_command("requeue", failing.id)
    assert requeued.returncode == 0, requeued.stderr
    assert "1 job(s) requeued" in requeued.stdout
    assert failing.id in queues[Priority.INTERACTIVE].job_ids
    assert FailedJobRegistry(queue=queues[Priority.INTERACTIVE]).count == 0

    unknown = _queues_command("requeue", "no-such-job")
    assert unknown.returncode == 1
    assert "not a failed job: no-such-job" in unknown.stderr


def test_one_scheduler_leads_and_another_takes_over_when_it_stops(queues):
    first = Leadership(queues.connection, f"{PREFIX}:cron-leader", "scheduler-a", lease=30)
    second = Leadership(queues.connection, f"{PREFIX}:cron-leader", "scheduler-b", lease=30)

    assert first.hold() and not second.hold()
    assert first.hold() and not second.hold()  # renewed, still the leader's
    first.release()  # a clean stop
    assert second.hold() and not first.hold()


def test_a_dead_leaders_lease_runs_out_and_another_takes_over(queues):
    dead = Leadership(queues.connection, f"{PREFIX}:cron-leader", "scheduler-a", lease=0.2)
    alive = Leadership(queues.connection, f"{PREFIX}:cron-leader", "scheduler-b", lease=0.2)
    assert dead.hold() and not alive.hold()

    wait_for(alive.hold, timeout=5, what="the dead leader's lease to run out")
    assert not dead.hold()
