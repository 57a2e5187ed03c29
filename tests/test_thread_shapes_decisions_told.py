"""A "no" read from its shape, whatever its wording (shapes_decisions).

A decision already made told with regret in one sentence ("I'm sorry this one didn't work
out", "unfortunately the client turned down our submission", "the regrettable decision to
cancel the recruitment"), and a step of the process denied to the reader's candidacy ("you
were not put forward to the panel", "Outcome: not shortlisted"), in a letter that asks
nothing and neither offers nor puts or keeps a time, are the employer's "no". Judged by the
retro first looks (bench/retro_edits/dropped/regrets_a_decision_made.py and
not_taken_further.py).
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
RECRUITER = "Carys Bell <carys@fenwick-mills.example>"
INVITED = (
    "We would like to interview you for the Production Planner role. Your interview is "
    "confirmed for Tuesday 9 March 2027 at 10:00 at our Leeds office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Production Planner interview", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED, at="2027-03-02 11:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


# no phrase of the books says "no" in these: only the shape of the letter does
@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry it didn't work out this time, it was a close call and the whole panel "
        "enjoyed meeting you.",
        "Sadly the client turned down your application after their own review.",
        "Sorry to say the recruitment has been halted for this year across the site.",
        # a step denied to the reader's candidacy
        "You were not put forward to the final panel for the Production Planner role.",
        "Production Planner (ref 2291)\n\nOutcome: Not shortlisted\n\nThank you for your time.",
    ],
)
def test_a_decision_told_in_its_own_words_closes_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # no decision yet
        "Unfortunately the panel has not yet reached a decision; it is a difficult call.",
        # the reader's own decision
        "I'm sorry to hear you have decided to withdraw, it was a tough decision for you.",
        # a meeting moved, with a time
        "Sorry, the panel decided to move your second interview to Tuesday 16 March 2027 at 14:00.",
        # a letter that asks something
        "Sadly the director turned down the first draft of the brief. Could you resend it?",
        # a step denied said as a condition
        "If you have not heard from us by Friday, please assume you were not put forward.",
        # more to come
        "Unfortunately this round didn't work out as planned for scheduling, and we'll be in "
        "touch with next steps.",
    ],
)
def test_look_alikes_of_a_decision_told_do_not_close_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED
