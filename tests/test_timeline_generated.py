"""thread_facts on generated mailboxes: real RFC 822 threads, parsed, against their true facts.

The sandbox generator (gmail_sandbox.generator) writes threads of every kind the product
meets, with the facts a perfect reader would extract, in its OWN wording (templates
modelled on public recruiting mail, never the detector's phrase lists). This reads them the
way the product does (afterview.parse, then thread_facts) and holds each field to a floor:
the agreement measured when the generator's wording became independent (seeds 3-5, lowest
less about two points), so a change that makes reading worse shows up here. These are
regression floors, not accuracy targets; bench/detect_accuracy.py prints the comparison in
detail and docs/benchmarks.md has the figures.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.model import Stage
from afterview.parse import parse_message
from afterview.timeline import thread_facts
from gmail_sandbox.generator import generate_mailbox

ME = "sam.seeker@example.com"
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
THREADS = 400


def _stage_agrees(got, true):
    if got.stage == true.stage:
        return True
    # The truth calls a past scheduled interview "interviewed"; thread_facts never reads the
    # clock (see timeline.py) and leaves that comparison to the policy.
    past = got.interview_end is not None and got.interview_end <= NOW
    return got.stage is Stage.SCHEDULED and true.stage is Stage.INTERVIEWED and past


def _employer(messages, *names):
    return [tuple(getattr(m, n) for n in names) for m in messages]


def _decision_days(messages):
    # the day only: the truth ends it in the company's zone, thread_facts in the message's
    return [m.decision_by.date() if m.decision_by else None for m in messages]


FIELDS = {
    "interview": (0.97, lambda g, t: g.interview == t.interview),
    "stage": (0.90, _stage_agrees),
    "company": (0.97, lambda g, t: not t.interview or g.company == t.company),
    "role": (0.95, lambda g, t: not t.interview or g.role == t.role),
    "interview_start": (
        0.93,
        lambda g, t: not t.interview or g.interview_start == t.interview_start,
    ),
    "interview_cancelled": (0.98, lambda g, t: g.interview_cancelled == t.interview_cancelled),
    "rejection/offer": (
        0.95,
        lambda g, t: (
            _employer(g.employer_messages, "is_rejection", "is_offer")
            == _employer(t.employer_messages, "is_rejection", "is_offer")
        ),
    ),
    "asks_candidate": (
        0.92,
        lambda g, t: (
            _employer(g.employer_messages, "asks_candidate")
            == _employer(t.employer_messages, "asks_candidate")
        ),
    ),
    "scheduling": (
        0.73,
        lambda g, t: (
            _employer(g.employer_messages, "is_scheduling")
            == _employer(t.employer_messages, "is_scheduling")
        ),
    ),
    "decision_by": (
        0.95,
        lambda g, t: _decision_days(g.employer_messages) == _decision_days(t.employer_messages),
    ),
    "thank_you/follow_up": (
        0.94,
        lambda g, t: (
            _employer(g.candidate_messages, "is_thank_you", "is_follow_up")
            == _employer(t.candidate_messages, "is_thank_you", "is_follow_up")
        ),
    ),
    "employer_contacts": (
        0.97,
        lambda g, t: (
            {a.email for a in g.employer_contacts} == {a.email for a in t.employer_contacts}
        ),
    ),
    "automated_messages": (0.99, lambda g, t: g.automated_messages == t.automated_messages),
}


@pytest.fixture(scope="module")
def agreement():
    agreed = dict.fromkeys(FIELDS, 0)
    wrong: dict[str, list[str]] = {name: [] for name in FIELDS}
    threads = 0
    for thread in generate_mailbox(ME, THREADS, 3, NOW):
        got = thread_facts([parse_message(raw) for raw in thread.messages], ME)
        true = thread.truth.facts
        threads += 1
        for name, (_, same) in FIELDS.items():
            if same(got, true):
                agreed[name] += 1
            else:
                wrong[name].append(f"{thread.key} {thread.truth.kind}")
    return {name: (agreed[name] / threads, wrong[name]) for name in FIELDS}


@pytest.mark.parametrize("field", FIELDS)
def test_generated_threads_are_read_as_their_truth(agreement, field):
    share, wrong = agreement[field]
    assert share >= FIELDS[field][0], f"{field}: {share:.1%} agree; wrong in {wrong[:10]}"


def test_every_hard_negative_kind_comes_out_negative():
    kinds = {"job_alert", "career_newsletter", "media_interview", "podcast_interview"}
    kinds |= {"user_research_interview", "meeting_invite"}
    seen = set()
    for thread in generate_mailbox(ME, THREADS, 5, NOW):
        if thread.truth.kind in kinds:
            facts = thread_facts([parse_message(raw) for raw in thread.messages], ME)
            assert not facts.interview, (thread.key, thread.truth.kind, facts.detection)
            seen.add(thread.truth.kind)
    assert seen == kinds
