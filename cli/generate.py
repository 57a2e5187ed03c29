"""`afterview generate`: write a generated mailbox (.mbox per thread) and its truth.jsonl."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path


def _now(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _address(value: str) -> str:
    local, at, domain = value.partition("@")
    if not (local and at and "." in domain) or any(c.isspace() for c in value):
        raise argparse.ArgumentTypeError(f"not an email address: {value!r}")
    return value


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def parser(command: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"afterview {command}",
        description="Write a realistic job-seeker mailbox: one .mbox per thread, plus "
        "truth.jsonl with each thread's kind, stage and expected action at --now (from the "
        "generator's own table of DESIGN.md's policy, not afterview.policy). "
        "The same --seed, --me and --now give byte-identical files.",
    )
    p.add_argument("--threads", type=_count, default=1000, help="number of threads (1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (0)")
    p.add_argument("--me", type=_address, required=True, help="the mailbox owner's address")
    p.add_argument("--out", type=Path, required=True, help="directory to write into")
    p.add_argument(
        "--now",
        type=_now,
        default=None,
        help="the moment the mailbox stands at, ISO 8601 (UTC when no offset is given); "
        "default: the current minute",
    )
    return p


def run(command: str, argv: list[str]) -> int:
    args = parser(command).parse_args(argv)
    now = args.now or datetime.now(UTC).replace(second=0, microsecond=0)
    from gmail_sandbox.generator import write_mailbox

    try:
        truth_path = write_mailbox(args.out, args.me, args.threads, args.seed, now)
    except OSError as exc:
        print(f"afterview {command}: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 1
    print(summary(truth_path))
    return 0


def summary(truth_path: Path) -> str:
    """One line: threads, interview threads, counts per stage and per action."""
    total = interview = 0
    stages: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    now = ""
    with truth_path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            total += 1
            interview += record["interview"]
            stages[record["stage"]] += 1
            actions[record["action"]] += 1
            now = record["now"]

    def counts(counter: Counter[str]) -> str:
        return " ".join(f"{key}={value}" for key, value in sorted(counter.items()))

    return (
        f"wrote {total} threads ({interview} interview) to {truth_path.parent} at {now}; "
        f"stages: {counts(stages)}; actions: {counts(actions)}"
    )
