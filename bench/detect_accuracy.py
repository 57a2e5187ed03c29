"""How well thread_facts reads generated mailboxes: `.venv/bin/python bench/detect_accuracy.py`.

The sandbox generator writes realistic threads (RFC 822 bytes) together with the facts a
perfect reader would extract. This parses every message with afterview.parse, runs
afterview.timeline.thread_facts, and prints agreement per field and the kinds of thread
where it disagrees (`--show N` prints N disagreeing threads per field).

One known difference is not counted as an error: the generator's truth calls a scheduled
interview whose end is before `now` "interviewed"; thread_facts never reads the clock
(timeline.py's docstring), so it says "scheduled" and leaves the comparison with `now` to
the policy.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from afterview.model import Stage, ThreadFacts  # noqa: E402
from afterview.parse import parse_message  # noqa: E402
from afterview.timeline import thread_facts  # noqa: E402
from gmail_sandbox.generator import generate_mailbox  # noqa: E402

ME = "sam.seeker@example.com"
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _stage_agrees(got: ThreadFacts, true: ThreadFacts, now: datetime) -> bool:
    if got.stage == true.stage:
        return True
    past = got.interview_end is not None and got.interview_end <= now
    return got.stage is Stage.SCHEDULED and true.stage is Stage.INTERVIEWED and past


def _days(messages):
    return [m.decision_by.date() if m.decision_by else None for m in messages]


def _flags(messages, names):
    return [tuple(getattr(m, name) for name in names) for m in messages]


FIELDS = {
    "interview": lambda g, t, now: g.interview == t.interview,
    "stage": _stage_agrees,
    "company": lambda g, t, now: not t.interview or g.company == t.company,
    "role": lambda g, t, now: not t.interview or g.role == t.role,
    "interview_start": lambda g, t, now: not t.interview or g.interview_start == t.interview_start,
    "interview_cancelled": lambda g, t, now: g.interview_cancelled == t.interview_cancelled,
    "employer_messages": lambda g, t, now: len(g.employer_messages) == len(t.employer_messages),
    "asks_candidate": lambda g, t, now: (
        _flags(g.employer_messages, ["asks_candidate"])
        == _flags(t.employer_messages, ["asks_candidate"])
    ),
    "rejection/offer": lambda g, t, now: (
        _flags(g.employer_messages, ["is_rejection", "is_offer"])
        == _flags(t.employer_messages, ["is_rejection", "is_offer"])
    ),
    "scheduling": lambda g, t, now: (
        _flags(g.employer_messages, ["is_scheduling"])
        == _flags(t.employer_messages, ["is_scheduling"])
    ),
    # the day only: the truth ends it in the company's zone, thread_facts in the message's
    "decision_by": lambda g, t, now: _days(g.employer_messages) == _days(t.employer_messages),
    "thank_you/follow_up": lambda g, t, now: (
        _flags(g.candidate_messages, ["is_thank_you", "is_follow_up"])
        == _flags(t.candidate_messages, ["is_thank_you", "is_follow_up"])
    ),
    "employer_contacts": lambda g, t, now: (
        {a.email for a in g.employer_contacts} == {a.email for a in t.employer_contacts}
    ),
    "automated_messages": lambda g, t, now: g.automated_messages == t.automated_messages,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="disagreeing threads to print")
    parser.add_argument("--field", action="append", help="only show these fields")
    args = parser.parse_args()

    agree: Counter[str] = Counter()
    wrong_kinds: dict[str, Counter[str]] = defaultdict(Counter)
    shown: Counter[str] = Counter()
    total = 0
    for thread in generate_mailbox(ME, args.threads, args.seed, NOW):
        messages = [parse_message(raw) for raw in thread.messages]
        got, true = thread_facts(messages, ME), thread.truth.facts
        total += 1
        for name, same in FIELDS.items():
            if same(got, true, NOW):
                agree[name] += 1
                continue
            wrong_kinds[name][thread.truth.kind] += 1
            if shown[name] < args.show and (not args.field or name in args.field):
                shown[name] += 1
                print(f"--- {name}: {thread.key} {thread.truth.kind}")
                print(f"    got:  {_summary(got)}\n    true: {_summary(true)}")
                for m in messages:
                    print(f"    | {m.date:%Y-%m-%d %H:%M} {m.sender.email}: {m.subject!r}")
                    print("    |   " + m.text[:300].replace("\n", " / "))
    print(f"{total} generated threads (seed {args.seed}), agreement per field:")
    for name in FIELDS:
        worst = ", ".join(f"{k} {n}" for k, n in wrong_kinds[name].most_common(4))
        print(f"  {name:>20}: {agree[name] / total:7.2%}   {worst}")


def _summary(facts: ThreadFacts) -> str:
    employer = [(m.asks_candidate, m.is_scheduling, m.decision_by) for m in facts.employer_messages]
    candidate = [(m.is_thank_you, m.is_follow_up) for m in facts.candidate_messages]
    return (
        f"interview={facts.interview} stage={facts.stage.value} company={facts.company!r} "
        f"role={facts.role!r} start={facts.interview_start} cancelled={facts.interview_cancelled}"
        f" employer(asks, scheduling, decision_by)={employer}"
        f" candidate(thank_you, follow_up)={candidate}"
        f" contacts={[a.email for a in facts.employer_contacts]} signals={facts.detection.signals}"
    )


if __name__ == "__main__":
    main()
