"""Accuracy on the real-wording corpus: hand-labelled threads written by other people.

`tests/corpus/real/README.md` is the format: one `.mbox` per thread and a `labels.jsonl`
line per thread with the hand labels (interview or not, per-message flags, the interview
time and decision date when stated, and the stage and action at one or more moments).
Unlike `afterview eval` on a generated mailbox, nothing here was written by Afterview, so
these are accuracy figures.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from afterview.business_days import zone
from afterview.model import Detection, Message
from afterview.parse import UnreadableMessage, read_thread
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts

_SAME_MOMENT = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Check:
    """One labelled moment of a thread: expected and got."""

    path: str
    now: datetime
    stage: tuple[str, str]  # (expected, got)
    action: tuple[str, str]

    @property
    def right(self) -> bool:
        return self.stage[0] == self.stage[1] and self.action[0] == self.action[1]


@dataclass
class Binary:
    """Counts for a yes/no label: precision and recall of the "yes"."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    def add(self, expected: bool, got: bool) -> None:
        if expected and got:
            self.true_positive += 1
        elif got:
            self.false_positive += 1
        elif expected:
            self.false_negative += 1
        else:
            self.true_negative += 1

    @property
    def total(self) -> int:
        return self.true_positive + self.false_positive + self.false_negative + self.true_negative

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0


@dataclass
class CorpusScores:
    threads: Binary = field(default_factory=Binary)
    messages: Binary = field(default_factory=Binary)
    checks: list[Check] = field(default_factory=list)  # of true interview threads
    times: Counter[str] = field(default_factory=Counter)  # interview_start: right/wrong/...
    decisions: Counter[str] = field(default_factory=Counter)  # decision_by likewise
    companies: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # readable lines, for the report
    # Single messages read alone against their label: where, what the label says, what
    # was read and why (the detection's signals), so misses can be grouped by cause.
    message_misses: list[str] = field(default_factory=list)
    # Threads whose employer was misnamed: the label, then what was read (None: nothing).
    company_misses: list[str] = field(default_factory=list)

    def _accuracy(self, attribute: str) -> float:
        if not self.checks:
            return 1.0
        return sum(getattr(c, attribute)[0] == getattr(c, attribute)[1] for c in self.checks) / len(
            self.checks
        )

    @property
    def stage_accuracy(self) -> float:
        return self._accuracy("stage")

    @property
    def action_accuracy(self) -> float:
        return self._accuracy("action")

    def confusion(self, attribute: str) -> Counter[tuple[str, str]]:
        return Counter(getattr(c, attribute) for c in self.checks)


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"{text!r}: a labelled moment needs its offset")
    return moment


def labels_of(directory: Path) -> list[dict[str, Any]]:
    """The labels.jsonl lines of one split, in file order."""
    lines = (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# Legal forms a person may leave off or add: "Mariposa Events Ltd" is "Mariposa Events".
_LEGAL_FORM_WORDS = frozenset(
    "inc incorporated llc llp ltd limited corp corporation co gmbh ag plc sa sas bv nv pty".split()
)
_NAME_WORD = re.compile(r"[^\W_]+")


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a company name as compared: case, accents, full stops ("S.A.") and the
    spelling of "&" aside, legal forms dropped from the end."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace(".", ""))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("&", " and ")
    words = _NAME_WORD.findall(plain)
    while len(words) > 1 and words[-1] in _LEGAL_FORM_WORDS:
        words.pop()
    return tuple(words)


def _company_matches(expected: str, got: str | None) -> bool:
    """The name a person would write, word for word: "Mariposa Events Ltd" is "Mariposa
    Events"; a domain's letters run together ("Mariposaevents") or a part ("Events",
    "Mariposa") is not."""
    return got is not None and _name_words(expected) == _name_words(got)


def evaluate_corpus(directory: Path) -> CorpusScores:
    """Score every labelled thread of one split (`dev/` or `test/`)."""
    scores = CorpusScores()
    for label in labels_of(directory):
        path = label["path"]
        try:
            messages = read_thread(directory / path)
        except UnreadableMessage as exc:
            scores.errors.append(f"{path}: {exc.reason}")
            continue
        _score_thread(scores, label, messages)
    return scores


def _score_thread(scores: CorpusScores, label: dict[str, Any], messages: list[Message]) -> None:
    path, me = label["path"], label["me"]
    # read as the worker reads the owner's mail: on the owner's zone
    owners_zone = zone(label.get("tz") or "UTC")
    facts = thread_facts(messages, me, owners_zone)
    expected = bool(label["interview"])
    scores.threads.add(expected, facts.interview)
    if expected != facts.interview:
        scores.misses.append(f"{path}: interview {expected} -> {facts.interview}")

    flags = label.get("messages") or []
    ordered = sorted(messages, key=lambda m: m.date)  # labels follow the file, oldest first
    if len(flags) == len(messages):
        for index, (flag, message) in enumerate(zip(flags, ordered, strict=True)):
            detection = thread_facts([message], me, owners_zone).detection
            scores.messages.add(bool(flag), detection.interview)
            if bool(flag) != detection.interview:
                scores.message_misses.append(_message_miss(path, index, message, detection))
    else:
        scores.errors.append(f"{path}: {len(flags)} message labels for {len(messages)} messages")

    if not expected:
        return
    if label.get("company"):
        right = _company_matches(label["company"], facts.company)
        scores.companies["right" if right else "wrong"] += 1
        if not right:
            scores.company_misses.append(f"{path}: {label['company']!r} -> {facts.company!r}")
    start = label.get("interview_start")
    if start:
        got = facts.interview_start
        right = got is not None and abs(got - _moment(start)) < _SAME_MOMENT
        scores.times["right" if right else "wrong"] += 1
    decided = label.get("decision_by")
    if decided:
        stated = [m.decision_by for m in facts.employer_messages if m.decision_by is not None]
        right = bool(stated) and stated[-1].date() == date.fromisoformat(decided)
        scores.decisions["right" if right else "wrong"] += 1
    policy = Policy(timezone=label.get("tz") or "UTC")
    for check in label["checks"]:
        now = _moment(check["now"])
        # The mailbox at `now` holds only what had arrived by then.
        arrived = [m for m in messages if m.date <= now]
        seen = thread_facts(arrived, me, owners_zone) if len(arrived) < len(messages) else facts
        got_stage = stage_at(seen, now).value
        advice = advise(seen, now, policy)
        result = Check(
            path,
            now,
            (check["stage"], got_stage),
            (check["action"], advice.action.value),
        )
        scores.checks.append(result)
        if not result.right:
            scores.misses.append(
                f"{path} @ {check['now']}: stage {check['stage']}->{got_stage}, "
                f"action {check['action']}->{advice.action.value} ({advice.reason})"
            )


def _message_miss(path: str, index: int, message: Message, detection: Detection) -> str:
    """One line per misread message: the label is the opposite of what was read."""
    read = "flagged" if detection.interview else "not flagged"
    label = "not interview" if detection.interview else "interview"
    signals = ", ".join(detection.signals) or "no signal"
    return (
        f"{path} #{index}: label {label}, read {read} ({detection.confidence:.2f}: {signals}); "
        f"from {message.sender.email} {message.subject[:60]!r}"
    )


def _fraction(counts: Counter[str]) -> str:
    total = sum(counts.values())
    return f"{counts['right'] / total:.3f} ({counts['right']}/{total})" if total else "-"


# DESIGN.md's targets for the held-out split.
TARGETS = {"precision": 0.95, "recall": 0.95, "stage": 0.90, "action": 0.90}


def _against(value: float, target: float) -> str:
    return f"{value:.3f} {'ok' if value >= target else f'(target {target:.2f})'}"


def report_corpus(name: str, scores: CorpusScores, out: TextIO, misses: int = 0) -> None:
    t, m = scores.threads, scores.messages
    p, r = TARGETS["precision"], TARGETS["recall"]
    print(f"real-wording corpus {name}: {t.total} threads, {m.total} messages", file=out)
    print(
        f"  threads   precision {_against(t.precision, p)}  recall {_against(t.recall, r)}",
        file=out,
    )
    print(
        f"  messages  precision {_against(m.precision, p)}  recall {_against(m.recall, r)}",
        file=out,
    )
    print(
        f"  stage accuracy  {_against(scores.stage_accuracy, TARGETS['stage'])}  action accuracy "
        f"{_against(scores.action_accuracy, TARGETS['action'])}  "
        f"({len(scores.checks)} labelled moments)",
        file=out,
    )
    print(
        f"  interview time {_fraction(scores.times)}  decision date "
        f"{_fraction(scores.decisions)}  company {_fraction(scores.companies)}",
        file=out,
    )
    for error in scores.errors:
        print(f"  error: {error}", file=out)
    for line in scores.misses[:misses]:
        print(f"  miss: {line}", file=out)
    for line in scores.message_misses[:misses]:
        print(f"  message miss: {line}", file=out)
    for line in scores.company_misses[:misses]:
        print(f"  company miss: {line}", file=out)
