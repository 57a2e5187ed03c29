"""The reader not going on to the next step, said of the step (abroad).

Indian, Pakistani and African HR put the "no" as the step the reader did not get through:
"you could not clear the technical round", "your profile has not been considered for further
process", "you have not qualified for the next round". Said of the reader, it closes the
thread as "we will not be moving forward" does. Said of others, or as a condition ("if you
do not clear the test, ..."), it closes nothing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

KARACHI = "Asia/Karachi"
ZONE = ZoneInfo(KARACHI)
POLICY = Policy(timezone=KARACHI)
HR = "Sana Mirza <sana@indusloom.example>"
FIRST = (
    "Dear Hamza, your interview for the post of Credit Analyst is scheduled on Monday, "
    "15/03/2027 at 11:00 am at our Karachi office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Credit Analyst - Interview", tz=KARACHI)
        .from_recruiter(HR, FIRST, at="2027-03-08 10:00")
        .from_recruiter(HR, text, at="2027-03-17 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-17 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for appearing for the interview. We are sorry to inform you that you could "
        "not clear the technical round.",
        "Dear Hamza, your profile has not been considered for further process. We will keep "
        "your CV in our database for future openings.",
        "This is to inform you that you have not qualified for the next round of the "
        "selection process.",
    ],
)
def test_the_step_not_got_through_closes_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a decision
        "Your second round is on Friday, 19/03/2027 at 3 pm. If you do not clear the test, "
        "we will still share feedback.",
        # others, not the reader
        "Candidates who could not clear the written test have been informed. Your next round "
        "is on Friday, 19/03/2027 at 3 pm.",
    ],
)
def test_a_step_not_got_through_by_others_or_in_case_closes_nothing(text):
    facts, _ = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
