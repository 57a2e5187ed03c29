"""An interview moved to one new time, the reader asked only to confirm it (abroad).

Indian and British notices move the interview and ask for the usual confirmation: "your
interview has been preponed to Friday, 12/03/2027 at 11:00 am. Kindly confirm.", "has been
postponed to Wednesday 17 March at 3:00 pm. Please confirm your availability." The employer
set the new time, as in an invitation that asks "kindly confirm": it is the interview's time
now, and the reader's answer is owed (scheduled, reply). A move put as a question ("Does that
work?") waits for the reader's answer to hold.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

KOLKATA = "Asia/Kolkata"
ZONE = ZoneInfo(KOLKATA)
POLICY = Policy(timezone=KOLKATA)
HR = "Lakshmi Raman <lakshmi@kaveritrade.example>"
SET = (
    "Dear Ravi, your interview for the post of Accounts Executive is scheduled on Monday, "
    "15/03/2027 at 11:00 am at our Chennai office. Kindly confirm your availability."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def moved(text: str):
    builder = (
        a_thread(subject="Accounts Executive - Interview", tz=KOLKATA)
        .from_recruiter(HR, SET, at="2027-03-08 10:00")
        .from_me("Dear Ma'am, I confirm my availability. Regards, Ravi", at="2027-03-08 12:00")
        .from_recruiter(HR, text, at="2027-03-09 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-10 10:00"), POLICY)


@pytest.mark.parametrize(
    ("text", "new"),
    [
        (
            "Dear Ravi, the interview has been preponed to Friday, 12/03/2027 at 11:00 am. "
            "Kindly confirm.",
            "2027-03-12 11:00",
        ),
        (
            "Dear Ravi, your interview has been postponed to Wednesday, 17/03/2027 at 3:00 pm. "
            "Please confirm your availability.",
            "2027-03-17 15:00",
        ),
    ],
)
def test_a_move_to_one_time_asked_only_to_be_confirmed_holds(text, new):
    facts, advice = moved(text)
    assert facts.interview_start == at(new)
    assert not facts.interview_cancelled
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


def test_a_move_put_as_a_question_waits_for_the_answer():
    facts, advice = moved(
        "Dear Ravi, we need to move your interview to Friday, 12/03/2027 at 11:00 am. Would "
        "that work for you?"
    )
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY
