"""`afterview classify` and `afterview advise`: the stable command-line contract.

One JSON object per line per PATH, in the order given. A path that cannot be read gets an
`error` field and the others still run; the exit code is 1 when any path failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from afterview.parse import UnreadableMessage, read_thread
from afterview.policy import POLICIES, Policy, advise
from afterview.timeline import stage_at, thread_facts


def _iso_instant(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date-time (e.g. 2026-03-10T14:00:00+01:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _parser(command: str) -> argparse.ArgumentParser:
    if command == "classify":
        parser = argparse.ArgumentParser(
            prog="afterview classify",
            description="Say whether each thread is about a job interview, and its stage.",
        )
        parser.add_argument("--me", help="your address: messages from it are yours")
    else:
        parser = argparse.ArgumentParser(
            prog="afterview advise",
            description="Say what to do now for each interview thread, why, and until when.",
        )
        parser.add_argument("--me", required=True, help="your address: messages from it are yours")
        parser.add_argument(
            "--now",
            type=_iso_instant,
            help="the moment to advise for (ISO 8601; default: the current time)",
        )
        parser.add_argument("--policy", choices=sorted(POLICIES), default="standard")
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help=".eml (a message) or .mbox (a thread)"
    )
    return parser


def thread_line(
    path: str, me: str | None, *, now: datetime | None = None, policy: Policy | None = None
) -> dict[str, Any]:
    """The contract's JSON object for one path: classification, plus advice when `policy`."""
    try:
        messages = read_thread(Path(path))
    except UnreadableMessage as exc:
        return {"path": path, "error": exc.reason}
    facts = thread_facts(messages, me.lower() if me else ())
    line: dict[str, Any] = {
        "path": path,
        "interview": facts.interview,
        "stage": facts.stage.value,
        "company": facts.company,
    }
    if policy is not None:
        now = now or datetime.now(UTC)
        line["stage"] = stage_at(facts, now).value  # an interview now past is `interviewed`
        advice = advise(facts, now, policy)
        line["action"] = advice.action.value
        line["reason"] = advice.reason
        line["until"] = advice.until.isoformat() if advice.until else None
    return line


def run(command: str, argv: list[str], out: TextIO | None = None) -> int:
    args = _parser(command).parse_args(argv)
    out = out or sys.stdout
    policy = POLICIES[args.policy] if command == "advise" else None
    now = getattr(args, "now", None) or datetime.now(UTC)
    failed = False
    for path in args.paths:
        line = thread_line(path, args.me, now=now, policy=policy)
        failed |= "error" in line
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0
