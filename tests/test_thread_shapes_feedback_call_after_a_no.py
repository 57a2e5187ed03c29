"""The call set after a "no" to go over it is no interview: the "no" stands.

A ward manager's "you have not been successful ... if you would like feedback, just reply",
the reader's "Yes please, I would like some feedback", then "I'll ring you on Wednesday 17
March at 4pm for about 15 minutes": the time settled after the "no" had been read as an
interview set for later, so the thread came back to life (stage scheduled, "reply"). The
process ended with the "no"; the call is its feedback. A new interview set after a "no" still
reopens the thread (tests/test_thread_shapes.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
MANAGER = "Tamsin Orr <tamsin.orr@larchfield-care.example>"
THE_NO = (
    "Dear Sam,\n\nThank you for coming to interview with us on Tuesday 9 March for the Care "
    "Assistant post. I am sorry to tell you that on this occasion you have not been "
    "successful.\n\nIf you would like feedback on your interview, just reply to this email and "
    "I will arrange a time to talk it through.\n\nBest wishes,\nTamsin Orr"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_no(reply: str, call: str):
    builder = (
        a_thread(subject="Your interview for Care Assistant", tz=LONDON)
        .from_recruiter(MANAGER, THE_NO, at="2027-03-12 14:00")
        .from_me(reply, at="2027-03-12 18:20")
        .from_recruiter(MANAGER, call, at="2027-03-15 11:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


@pytest.mark.parametrize(
    ("reply", "call"),
    [
        (
            "Dear Tamsin,\n\nThank you for letting me know. Yes please, I would really like "
            "some feedback so I can do better next time.\n\nSam",
            "Hi Sam,\n\nOf course. I'll ring you on Wednesday 17 March at 4pm for about 15 "
            "minutes - if that time doesn't suit, let me know another.\n\nTamsin",
        ),
        (
            "Thanks Tamsin, disappointing but I understand. Could we do a short debrief?\n\nSam",
            "Hi Sam,\n\nSure - how about a call on Thursday 18 March at 10am?\n\nTamsin",
        ),
    ],
)
def test_the_call_set_to_go_over_the_no_leaves_it_closed(reply, call):
    facts, advice = after_the_no(reply, call)
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_an_interview_set_after_the_feedback_was_asked_for_reopens_the_thread():
    facts, advice = after_the_no(
        "Thank you. I would welcome some feedback.\n\nSam",
        "Hi Sam,\n\nHappy to - and better news: a Senior Care Assistant post has opened and "
        "the panel would like to interview you for it on Thursday 25 March at 10:00 at our "
        "Bristol home. Does that work?\n\nTamsin",
    )
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def after_the_no_alone(letter: str):
    builder = (
        a_thread(subject="Your interview for Care Assistant", tz=LONDON)
        .from_recruiter(MANAGER, THE_NO, at="2027-03-12 14:00")
        .from_recruiter(MANAGER, letter, at="2027-03-15 11:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


def test_a_call_to_keep_in_touch_after_the_no_reopens_nothing():
    # no job, no interview named: a catch-up, not a new step of a process
    facts, advice = after_the_no_alone(
        "Hi Sam,\n\nNo hard feelings I hope! Are you free for a quick catch-up call on "
        "Thursday at 2pm? I'd like to stay in touch.\n\nTamsin"
    )
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_a_call_about_a_new_post_after_the_no_reopens_the_thread():
    facts, advice = after_the_no_alone(
        "Hi Sam,\n\nA Senior Care Assistant vacancy has just opened and I thought of you. "
        "Are you free for a quick call on Thursday at 2pm to talk it through?\n\nTamsin"
    )
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY
