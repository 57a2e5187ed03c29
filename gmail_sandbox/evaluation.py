"""How well detection, stage and advice agree with a generated mailbox's truth (`afterview eval`).

The expected action is DESIGN.md's policy table applied to the thread's TRUE facts by the
generator's own reading of it (`gmail_sandbox.expected_advice`), never by
`afterview.policy`: the figures measure reading and advice together against an
independent truth. They are agreement with our own generator, not real-mail accuracy.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from afterview.model import Message, ThreadFacts
from afterview.parse import UnreadableMessage, parse_message, read_thread
from afterview.policy import STANDARD, Policy, advise
from afterview.timeline import stage_at, thread_facts
from gmail_sandbox.expected_advice import expected_advice  # the truth's own policy table
from gmail_sandbox.generator import generate_mailbox  # the ground truth's only source


@dataclass(frozen=True, slots=True)
class Expected:
    key: str
    kind: str
    interview: bool
    stage: str
    company: str | None
    action: str


@dataclass(frozen=True, slots=True)
class Outcome:
    expected: Expected
    interview: bool
    stage: str
    company: str | None
    action: str
    error: str | None = None

    @property
    def misses(self) -> int:
        """How wrong this thread is: detection counts most, then action, then stage."""
        e = self.expected
        return (
            4 * (self.interview != e.interview)
            + 2 * (self.action != e.action)
            + (self.stage != e.stage)
        )


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    @property
    def true_positives(self) -> int:
        return sum(o.interview and o.expected.interview for o in self.outcomes)

    @property
    def precision(self) -> float:
        flagged = sum(o.interview for o in self.outcomes)
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        actual = sum(o.expected.interview for o in self.outcomes)
        return self.true_positives / actual if actual else 1.0

    def _accuracy(self, outcomes: Sequence[Outcome], attribute: str) -> float:
        if not outcomes:
            return 1.0
        right = sum(getattr(o, attribute) == getattr(o.expected, attribute) for o in outcomes)
        return right / len(outcomes)

    @property
    def stage_accuracy(self) -> float:
        """Over true interview threads: a negative's stage is trivially `none`."""
        return self._accuracy([o for o in self.outcomes if o.expected.interview], "stage")

    @property
    def action_accuracy(self) -> float:
        return self._accuracy([o for o in self.outcomes if o.expected.interview], "action")

    @property
    def company_accuracy(self) -> float:
        interview = [o for o in self.outcomes if o.expected.interview and o.expected.company]
        if not interview:
            return 1.0
        right = sum(
            (o.company or "").casefold() == (o.expected.company or "").casefold() for o in interview
        )
        return right / len(interview)

    def confusion(self, attribute: str) -> Counter[tuple[str, str]]:
        return Counter(
            (str(getattr(o.expected, attribute)), str(getattr(o, attribute))) for o in self.outcomes
        )

    def worst(self, count: int) -> list[Outcome]:
        wrong = [o for o in self.outcomes if o.misses]
        return sorted(wrong, key=lambda o: (-o.misses, o.expected.key))[:count]


def judge(
    expected: Expected,
    messages: Sequence[Message],
    me: str,
    now: datetime,
    policy: Policy = STANDARD,
) -> Outcome:
    facts = thread_facts(messages, me)
    return Outcome(
        expected,
        facts.interview,
        stage_at(facts, now).value,
        facts.company,
        advise(facts, now, policy).action.value,
    )


def expected_from_truth(key: str, kind: str, facts: ThreadFacts, now: datetime) -> Expected:
    return Expected(
        key,
        kind,
        facts.interview,
        facts.stage.value,
        facts.company,
        expected_advice(facts, now).action.value,
    )


def evaluate_generated(me: str, threads: int, seed: int, now: datetime) -> Scores:
    scores = Scores()
    for generated in generate_mailbox(me, threads, seed, now):
        truth = generated.truth
        expected = expected_from_truth(truth.key, truth.kind, truth.facts, now)
        messages = [parse_message(raw, thread_id=generated.key) for raw in generated.messages]
        scores.add(judge(expected, messages, me, now))
    return scores


def evaluate_directory(directory: Path, me: str) -> Scores:
    """A mailbox written by `afterview generate`: .mbox files and truth.jsonl."""
    scores = Scores()
    with (directory / "truth.jsonl").open(encoding="utf-8") as truth_file:
        for line in truth_file:
            row = json.loads(line)
            fields = ("key", "kind", "interview", "stage", "company", "action")
            expected = Expected(*(row[name] for name in fields))
            now = datetime.fromisoformat(row["now"])
            try:
                messages = read_thread(directory / row["path"])
            except UnreadableMessage as exc:
                scores.add(Outcome(expected, False, "none", None, "none", error=exc.reason))
                continue
            scores.add(judge(expected, messages, row.get("me", me), now))
    return scores


def _table(counts: Counter[tuple[str, str]]) -> list[str]:
    labels = sorted({label for pair in counts for label in pair})
    width = max([len(label) for label in labels] + [8])
    lines = ["expected \\ got".ljust(width + 2) + " ".join(f"{g[:9]:>9}" for g in labels)]
    for e in labels:
        cells = " ".join(f"{counts.get((e, g), 0) or '.':>9}" for g in labels)
        lines.append(f"{e:<{width + 2}}{cells}")
    return lines


def report(scores: Scores, out: TextIO, worst: int = 10) -> None:
    n = len(scores.outcomes)
    flagged = sum(o.expected.interview for o in scores.outcomes)
    print(f"threads: {n} ({flagged} interview threads in the truth)", file=out)
    print(f"detection precision: {scores.precision:.3f}", file=out)
    print(f"detection recall:    {scores.recall:.3f}", file=out)
    print(f"stage accuracy:      {scores.stage_accuracy:.3f} (true interview threads)", file=out)
    print(f"action accuracy:     {scores.action_accuracy:.3f} (true interview threads)", file=out)
    print(f"company accuracy:    {scores.company_accuracy:.3f} (true interview threads)", file=out)
    print("\naction confusion (rows: expected, columns: got):", file=out)
    for line in _table(scores.confusion("action")):
        print("  " + line, file=out)
    print("\nstage confusion:", file=out)
    for line in _table(scores.confusion("stage")):
        print("  " + line, file=out)
    misses = scores.worst(worst)
    if misses:
        print(f"\nworst misses (of {sum(1 for o in scores.outcomes if o.misses)}):", file=out)
    for o in misses:
        e = o.expected
        print(
            f"  {e.key} [{e.kind}] interview {e.interview}->{o.interview}, "
            f"stage {e.stage}->{o.stage}, action {e.action}->{o.action}"
            + (f", error: {o.error}" if o.error else ""),
            file=out,
        )
