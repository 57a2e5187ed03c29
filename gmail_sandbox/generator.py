"""Realistic job-seeker mailboxes with their ground truth, deterministic from a seed.

`generate_mailbox` yields one thread at a time: its RFC 822 messages and the true facts a
perfect reader would extract (`ThreadTruth`). `write_mailbox` writes one `.mbox` per
thread plus `truth.jsonl` with the advice the policy gives for those facts at `now`.

The stories live in `scenarios`, the byte-level styles in `mime_styles`. Same seed, same
`now`, same `me` -> byte-identical output: one `random.Random(seed)` drives everything,
and nothing reads the clock or Python's per-process hash.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from pathlib import Path

from afterview.facts_io import facts_to_dict
from afterview.model import (
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)
from gmail_sandbox.expected_advice import expected_advice
from gmail_sandbox.mime_styles import Draft, Person, render, to_bytes
from gmail_sandbox.scenarios import KINDS, Mailbox, Process, Thread

__all__ = [
    "KINDS",
    "GeneratedThread",
    "ThreadTruth",
    "generate_mailbox",
    "mbox_bytes",
    "write_mailbox",
]


@dataclass(frozen=True)
class ThreadTruth:
    key: str  # stable id of the thread within the mailbox, e.g. "t00042"
    kind: str  # scenario name, e.g. "interviewed_thank_you_sent", "job_alert"
    interview: bool
    stage: str  # afterview.model.Stage value
    company: str | None
    role: str | None
    facts: ThreadFacts  # the true facts of the thread (what a perfect reader would extract)


@dataclass(frozen=True)
class GeneratedThread:
    key: str
    messages: list[bytes]  # RFC 822 bytes (CRLF), chronological, one thread
    truth: ThreadTruth


_KIND_NAMES = list(KINDS)
_CUM_WEIGHTS = list(accumulate(share for share, _, _ in KINDS.values()))
_STAGES = {stage.value: stage for stage in Stage}


def generate_mailbox(me: str, threads: int, seed: int, now: datetime) -> Iterator[GeneratedThread]:
    """`threads` threads of `me`'s mailbox as it stands at `now` (timezone-aware).

    Thread i is the same whatever `threads` is: a longer mailbox extends a shorter one.
    """
    if threads < 0:
        raise ValueError("threads must be >= 0")
    rng = random.Random(seed)
    box = Mailbox(me, rng, now)
    for index in range(threads):
        key = f"t{index:05d}"
        kind = rng.choices(_KIND_NAMES, cum_weights=_CUM_WEIGHTS)[0]
        _, interview, story = KINDS[kind]
        for _ in range(100):  # a story whose first message would fall after `now` is redrafted
            thread = Process(box, key, kind) if interview else Thread(box, key, kind, False)
            story(thread)
            if thread.drafts:
                break
        else:
            raise RuntimeError(f"story {kind!r} drafted no message before {now.isoformat()}")
        messages = [to_bytes(render(d, box.me, rng)) for d in thread.drafts]
        yield GeneratedThread(key, messages, thread_truth(thread, box.now))


def thread_truth(thread: Thread, now: datetime) -> ThreadTruth:
    drafts = thread.drafts
    automated = sum(1 for d in drafts if d.side in ("auto", "bounce"))
    common = {
        "subject": thread.subject,
        "first_message_at": drafts[0].at,
        "last_message_at": drafts[-1].at,
        "automated_messages": automated,
    }
    if not thread.interview:
        facts = ThreadFacts(detection=Detection(False, 1.0), stage=Stage.NONE, **common)
        return ThreadTruth(thread.key, thread.kind, False, Stage.NONE.value, None, None, facts)

    bounced = {d.bounced_to.email for d in drafts if d.bounced_to is not None}
    employer: list[EmployerMessage] = []
    candidate: list[CandidateMessage] = []
    contacts: dict[str, Address] = {}
    stage = Stage.NONE
    start: datetime | None = None
    end: datetime | None = None
    cancelled = False
    for d in drafts:
        side = d.side
        if side == "employer":
            employer.append(
                EmployerMessage(
                    at=d.at,
                    sender=_address(d.sender),
                    asks_candidate=d.asks,
                    decision_by=d.decision_by,
                    is_scheduling=d.scheduling,
                    is_rejection=d.rejection,
                    is_offer=d.offer,
                )
            )
        elif side == "candidate":
            candidate.append(
                CandidateMessage(
                    at=d.at,
                    to=tuple(_address(p) for p in d.to),
                    is_thank_you=d.thank_you,
                    is_follow_up=d.follow_up,
                )
            )
        if side in ("employer", "candidate"):
            for p in _people(d):
                if p.side == "employer" and p.human and p.email not in bounced:
                    contacts.setdefault(p.email, _address(p))
        if d.stage is not None:
            stage = _STAGES[d.stage]
        if d.interview is not None:
            new_start, new_end, new_cancelled = d.interview
            if new_start == start and new_end is None:
                cancelled = new_cancelled  # a restatement of the known interview
            else:
                start = new_start
                end = new_end if new_end is not None else new_start + timedelta(hours=1)
                cancelled = new_cancelled
    if stage is Stage.SCHEDULED and end is not None and end <= now:
        stage = Stage.INTERVIEWED
    facts = ThreadFacts(
        detection=Detection(True, 1.0),
        stage=stage,
        company=thread.company,
        role=thread.role,
        interview_start=start,
        interview_end=end,
        interview_cancelled=cancelled,
        employer_messages=tuple(employer),
        candidate_messages=tuple(candidate),
        employer_contacts=tuple(contacts.values()),
        **common,
    )
    return ThreadTruth(
        thread.key, thread.kind, True, stage.value, thread.company, thread.role, facts
    )


def _address(p: Person) -> Address:
    address = p.truth
    if address is None:
        address = p.truth = Address(p.email.lower(), p.name)
    return address  # type: ignore[return-value]


def _people(d: Draft) -> list[Person]:
    people = [d.sender]
    if d.reply_to is not None:
        people.append(d.reply_to)
    return people + d.to + d.cc


# --- writing ------------------------------------------------------------------------------


def mbox_bytes(messages: list[bytes]) -> bytes:
    """One thread as an mbox file, the way `mailbox.mbox` writes it (LF line ends,
    `From ` lines mangled to `>From `), with a `From ` line dated by each message."""
    out = []
    for i, raw in enumerate(messages):
        text = raw.replace(b"\r\n", b"\n")
        if b"\nFrom " in text:
            text = text.replace(b"\nFrom ", b"\n>From ")
        sender, stamp = _envelope(text)
        if i:
            out.append(b"\n")
        out.append(b"From " + sender + b" " + stamp + b"\n")
        out.append(text if text.endswith(b"\n") else text + b"\n")
    return b"".join(out)


def _envelope(text: bytes) -> tuple[bytes, bytes]:
    """The envelope sender and asctime date for the `From ` line: the From address and the
    date of the first Received header (every generated message has one)."""
    head = text.split(b"\n\n", 1)[0].replace(b"\n ", b" ").replace(b"\n\t", b" ")
    sender = b"MAILER-DAEMON"
    stamp = b"Thu Jan  1 00:00:00 1970"
    for line in head.split(b"\n"):
        lower = line[:9].lower()
        if lower.startswith(b"from:"):
            found = _ANGLE.search(line) or _BARE.search(line)
            if found:
                sender = found.group(1)
        elif lower.startswith(b"received:") and stamp.endswith(b"1970"):
            found = _RECEIVED_DATE.search(line)
            if found:
                wd, day, month, year, clock = found.groups()
                stamp = b"%s %s %2d %s %s" % (wd, month, int(day), clock, year)
    return sender, stamp


_ANGLE = re.compile(rb"<([^<>@\s]+@[^<>\s]+)>")
_BARE = re.compile(rb"([^<>\s:,\"]+@[^<>\s,\"]+)")
_RECEIVED_DATE = re.compile(rb";\s*(\w{3}), (\d{1,2}) (\w{3}) (\d{4}) (\d\d:\d\d:\d\d)")


def write_mailbox(directory: Path, me: str, threads: int, seed: int, now: datetime) -> Path:
    """Writes `<key>.mbox` per thread and `truth.jsonl` under `directory`; returns the
    truth file's path. Each truth line: key, path (relative to `directory`), kind,
    interview, stage, company, role, now, the expected advice (action, until) from the
    generator's own table of DESIGN.md's rules (`expected_advice`, never the policy under
    test) and the true facts themselves (`afterview.facts_io.facts_to_dict`)."""

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    now_iso = now.isoformat()
    truth_path = directory / "truth.jsonl"
    with truth_path.open("w", encoding="utf-8", newline="\n") as truth_file:
        for thread in generate_mailbox(me, threads, seed, now):
            name = f"{thread.key}.mbox"
            (directory / name).write_bytes(mbox_bytes(thread.messages))
            truth = thread.truth
            advice = expected_advice(truth.facts, now)
            record = {
                "key": truth.key,
                "path": name,
                "kind": truth.kind,
                "interview": truth.interview,
                "stage": truth.stage,
                "company": truth.company,
                "role": truth.role,
                "now": now_iso,
                "action": str(advice.action),
                "until": advice.until.isoformat() if advice.until is not None else None,
                "facts": facts_to_dict(truth.facts),
            }
            truth_file.write(json.dumps(record, ensure_ascii=False) + "\n")
    return truth_path
