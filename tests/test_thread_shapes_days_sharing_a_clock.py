"""Days listed with "or" / "and" before one clock time share it (campus).

"We're holding visits on Thursday, November 5 and Friday, November 6, starting at 9:00 AM.
Which day works best for you?": each day at 9:00, a choice, not an interview fixed on the
last day named. A day that only precedes the time in another clause ("confirm by Monday and
come in Tuesday at 3pm") or opens a range ("between Monday and Friday at 9am") is not one.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from afterview.when import find_times
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
EMPLOYER = "Rosa Lindgren <rlindgren@pinecrest-eng.example>"


def invited(text: str):
    builder = a_thread(
        subject="Second interview - Pinecrest Engineering", tz=CHICAGO
    ).from_recruiter(EMPLOYER, text, at="2027-01-04 10:00")
    facts = thread_facts(builder.build(), ME, ZONE)
    now = datetime(2027, 1, 4, 15, 0, tzinfo=ZONE)
    return facts, advise(facts, now, Policy(timezone=CHICAGO))


@pytest.mark.parametrize(
    "text",
    [
        "We're holding second interviews on Tuesday, January 12 and Wednesday, January 13, "
        "starting at 2:00 PM. Which day works best for you?",
        "We have interview slots on Friday, January 15 and Monday, January 18, starting at "
        "11:00 AM. Which day works for you?",
    ],
)
def test_days_offered_at_one_time_are_a_choice(text):
    facts, advice = invited(text)
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    "text",
    [
        "Your second interview is confirmed for Wednesday, January 13 at 2:00 PM at our office.",
        "Please confirm by Monday and we will see you for your second interview Wednesday, "
        "January 13 at 2:00 PM.",
    ],
)
def test_one_day_at_its_time_stays_fixed(text):
    facts, advice = invited(text)
    assert facts.interview_start == datetime(2027, 1, 13, 14, 0, tzinfo=ZONE)
    assert facts.stage is Stage.SCHEDULED


def test_a_range_of_days_is_not_a_list():
    sent = datetime(2027, 1, 4, 10, 0, tzinfo=ZONE)
    assert len(find_times("I'm free any day between Monday and Friday at 9am.", sent)) == 1
