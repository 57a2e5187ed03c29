"""The candidate asking for another date in a request, or to bring it forward (abroad).

South Asian and African candidates ask to move the interview in a request rather than a
question: "I request you to kindly give me another date for the interview", "kindly allot
me another slot", or ask to bring it forward: "can the interview be preponed to Friday?".
The time set no longer stands until the employer names a new one: the employer's turn.
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
    "15/03/2027 at 11:00 am at our Chennai office."
)


def answered(text: str):
    builder = (
        a_thread(subject="Accounts Executive - Interview", tz=KOLKATA)
        .from_recruiter(HR, SET, at="2027-03-08 10:00")
        .from_me(text, at="2027-03-09 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, datetime(2027, 3, 10, 10, tzinfo=ZONE), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir, I am down with fever and request you to kindly give me another date for "
        "the interview.",
        "Respected Ma'am, I have my semester exam that day. Kindly allot me some other date "
        "for the interview.",
        "Dear Ma'am, can the interview be preponed to Friday 12/03? I am travelling on Monday.",
    ],
)
def test_another_date_requested_is_the_employers_turn(text):
    facts, advice = answered(text)
    assert facts.interview_cancelled
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ma'am, I confirm my attendance. Kindly share the address of the other office.",
        "Dear Sir, I will attend on 15/03/2027. Please send another copy of the call letter.",
    ],
)
def test_other_requests_keep_the_time(text):
    facts, advice = answered(text)
    assert not facts.interview_cancelled
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE
