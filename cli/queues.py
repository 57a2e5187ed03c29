"""`afterview queues`: RQ's queue and failure state, for operators.

    afterview queues                      each queue: waiting, running, retrying, failed; workers
    afterview queues failed [--queue Q]   the failed jobs, newest first, with the last line of
                                          their error (secrets redacted)
    afterview queues requeue ID... | --all [--queue Q]
                                          put failed jobs back on their queue

Redis and the queues' names come from the settings every process reads
(`AFTERVIEW_REDIS_URL`, `AFTERVIEW_QUEUE_PREFIX`). RQ's own `rq info --url URL` shows the
same counts; this command knows which queues are Afterview's and their order.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

import redis
from rq import Worker
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

import afterview_config
from afterview_config import logs
from worker.queueing import DEFAULT_QUEUE_PREFIX, PRIORITIES, Priority, Queues


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Show Afterview's RQ queues (waiting, running, retrying, failed jobs, "
        "and the workers serving them), list failed jobs, or requeue them.",
    )
    sub = parser.add_subparsers(dest="action")
    failed = sub.add_parser("failed", help="list failed jobs, newest first")
    failed.add_argument("--queue", choices=[p.value for p in Priority], help="only this queue")
    failed.add_argument("--limit", type=int, default=50, help="at most this many (50)")
    requeue = sub.add_parser("requeue", help="put failed jobs back on their queue")
    requeue.add_argument("job_ids", nargs="*", metavar="JOB_ID", help="failed jobs' ids")
    requeue.add_argument("--all", action="store_true", help="every failed job")
    requeue.add_argument("--queue", choices=[p.value for p in Priority], help="only this queue")
    return parser


def run(command: str, argv: list[str]) -> int:
    parser = _parser(f"afterview {command}")
    args = parser.parse_args(argv)
    config = afterview_config.read()
    try:
        afterview_config.check_values(config, afterview_config.CLI)
    except afterview_config.ConfigError as exc:
        print(f"afterview {command}: {exc}", file=sys.stderr)
        return 2
    connection = redis.Redis.from_url(config.redis_url, socket_connect_timeout=5)
    try:
        connection.ping()
    except redis.exceptions.RedisError as exc:
        print(f"afterview {command}: Redis at {config.redis_url}: {exc}", file=sys.stderr)
        return 1
    queues = Queues(connection, config.get("QUEUE_PREFIX") or DEFAULT_QUEUE_PREFIX)
    if args.action == "failed":
        return _list_failed(queues, _chosen(args.queue), args.limit)
    if args.action == "requeue":
        if not args.job_ids and not args.all:
            parser.error("requeue: name failed jobs' ids, or --all")
        return _requeue(queues, _chosen(args.queue), args.job_ids, every=args.all)
    return _overview(queues)


def _chosen(name: str | None) -> tuple[Priority, ...]:
    return (Priority(name),) if name else PRIORITIES


def _overview(queues: Queues) -> int:
    print(f"{'queue':<24} {'waiting':>8} {'running':>8} {'retrying':>9} {'failed':>7}")
    for queue in queues.in_order():
        print(
            f"{queue.name:<24} {queue.count:>8} "
            f"{StartedJobRegistry(queue=queue).count:>8} "
            f"{ScheduledJobRegistry(queue=queue).count:>9} "
            f"{FailedJobRegistry(queue=queue).count:>7}"
        )
    ours = {queue.name for queue in queues.in_order()}
    workers = [w for w in Worker.all(connection=queues.connection) if ours & set(w.queue_names())]
    print(f"\n{len(workers)} worker(s)")
    for worker in sorted(workers, key=lambda w: w.name):
        job = worker.get_current_job_id()
        doing = f"busy with {job}" if job else str(worker.get_state())
        print(f"  {worker.name}: {doing}; queues {', '.join(worker.queue_names())}")
    return 0


def _failure(job: Job) -> str:
    """The last line of the job's error, secrets redacted (a traceback can quote a URL)."""
    text = (job.exc_info or "").strip()
    return logs.redact(text.splitlines()[-1]) if text else "(no error recorded)"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "?"


def _list_failed(queues: Queues, priorities: tuple[Priority, ...], limit: int) -> int:
    shown = 0
    for priority in priorities:
        queue = queues[priority]
        registry = FailedJobRegistry(queue=queue)
        for job_id in registry.get_job_ids(desc=True):
            if shown >= limit:
                return 0
            try:
                job = Job.fetch(job_id, connection=queues.connection)
            except NoSuchJobError:
                continue  # its failure TTL ran out in between
            print(f"{job.id}  {queue.name}  {job.func_name}  failed {_when(job.ended_at)}")
            print(f"    {_failure(job)}")
            shown += 1
    if not shown:
        print("no failed jobs")
    return 0


def _requeue(
    queues: Queues, priorities: tuple[Priority, ...], job_ids: list[str], *, every: bool
) -> int:
    wanted = set(job_ids)
    requeued, missing = 0, set(wanted)
    for priority in priorities:
        registry = FailedJobRegistry(queue=queues[priority])
        for job_id in registry.get_job_ids():
            if every or job_id in wanted:
                try:
                    registry.requeue(job_id)
                except (NoSuchJobError, InvalidJobOperation):
                    continue
                requeued += 1
                missing.discard(job_id)
    print(f"{requeued} job(s) requeued")
    for job_id in sorted(missing):
        print(f"not a failed job: {job_id}", file=sys.stderr)
    return 1 if missing else 0
