"""`afterview classify` and `afterview advise`: the stable command-line contract.

One JSON object per line per THREAD, paths in the order given: a file may hold one thread
or thousands (a Gmail Takeout), a directory is read recursively and "-" is an mbox on
standard input. A file (or thread) that cannot be read gets an `error` field and the
others still run; the exit code is 1 when any failed. Times are in `--tz`, with offsets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfoNotFoundError

from afterview.business_days import zone
from afterview.mail_files import FileThread, ReadProgress, threads_in_paths
from afterview.parse import file_thread_id, parse_message
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


def _zone_name(value: str) -> str:
    try:
        zone(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a time zone name (an IANA name such as Europe/Paris)"
        ) from None
    return value


def _country_code(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a country code (two letters, ISO 3166-1, such as FR or US)"
        )
    return value.upper()


def machine_zone() -> str:
    """The machine's time zone as an IANA name: $TZ, else /etc/localtime, else UTC.

    The standard library knows the local offset but not the zone's name, and a name is
    needed for the right offset on other dates (summer time); this is what `tzlocal`
    does on Unix, in a few lines.
    """
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        candidates.append(target.partition("zoneinfo/")[2])
    except OSError:
        pass
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                zone(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return name
    return "UTC"


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
            "--country",
            type=_country_code,
            help="your country (ISO 3166-1 code, e.g. FR): business days skip its public "
            "holidays (default: weekends only)",
        )
    parser.add_argument(
        "--tz",
        type=_zone_name,
        default=None,
        help="your time zone (IANA name, e.g. Europe/Paris): times are printed and reasons "
        "dated in it (default: the machine's zone)",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="report messages and threads read on stderr (default: only when it is a terminal)",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".eml (a message), .mbox (a thread, or many: a Gmail Takeout), a directory "
        "(read recursively) or - (an mbox on standard input)",
    )
    return parser


def thread_line(
    found: FileThread,
    me: str | None,
    tz: tzinfo,
    *,
    now: datetime | None = None,
    policy: Policy | None = None,
) -> dict[str, Any]:
    """The contract's JSON object for one thread: classification, plus advice when `policy`."""
    line: dict[str, Any] = {"path": found.path}
    if found.thread is not None:
        line["thread"] = found.thread
    if found.error is not None:
        line["error"] = found.error
        return line
    thread_id = file_thread_id(Path(found.path), found.thread) if found.path != "-" else "-"
    messages = sorted(
        (parse_message(raw, thread_id=thread_id) for raw in found.raws),
        key=lambda message: message.date,
    )
    facts = thread_facts(messages, me.lower() if me else (), tz)
    line |= {
        "subject": facts.subject,
        "first": _local(facts.first_message_at, tz),
        "last": _local(facts.last_message_at, tz),
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
        line["until"] = _local(advice.until, tz)
    return line


def _local(moment: datetime | None, tz: tzinfo) -> str | None:
    return moment.astimezone(tz).isoformat() if moment else None


class _ProgressReport:
    """Counts on stderr, at most a few times a second: rewritten in place on a terminal,
    one line each otherwise (`--progress` into a log)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.in_place = stream.isatty()
        self.shown_at = 0.0

    def __call__(self, counts: ReadProgress, *, last: bool = False) -> None:
        clock = time.monotonic()
        if not last and clock - self.shown_at < 0.5:
            return
        self.shown_at = clock
        of_file = f" of {counts.threads_in_file} in this file" if counts.threads_in_file else ""
        text = (
            f"afterview: {counts.messages} messages, {counts.threads} threads read "
            f"({counts.path}{of_file})"
        )
        if self.in_place:
            self.stream.write("\r\x1b[K" + text + ("\n" if last else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def run(
    command: str,
    argv: list[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    parser = _parser(command)
    args = parser.parse_args(argv)
    out = out or sys.stdout
    err = err or sys.stderr
    zone_name = args.tz or machine_zone()
    tz = zone(zone_name)
    policy = None
    if command == "advise":
        try:
            policy = replace(POLICIES[args.policy], timezone=zone_name, country=args.country)
        except ValueError as exc:  # the policy knows which countries it has holidays for
            parser.error(f"argument --country: {exc}")
    now = getattr(args, "now", None) or datetime.now(UTC)
    report = _ProgressReport(err) if args.progress or err.isatty() else None
    failed = False
    counts: ReadProgress | None = None

    def progress(seen: ReadProgress) -> None:
        nonlocal counts
        counts = seen
        if report is not None:
            report(seen)

    for found in threads_in_paths(args.paths, progress=progress):
        line = thread_line(found, args.me, tz, now=now, policy=policy)
        failed |= "error" in line
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    if report is not None and counts is not None:
        report(counts, last=True)
    return 1 if failed else 0
