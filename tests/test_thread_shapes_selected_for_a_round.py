"""Selected for the next round is a step, not an offer (abroad).

Indian, Gulf and African recruiters tell the reader they got through in the words of a
selection: "Congratulations on being selected for the next round!", "you have been selected
for the final round of interviews". Chosen for a round, the reader is still interviewing: the
round's time is the interview to prepare for. Selected for the post, the job is theirs.
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
FIRST = (
    "Dear Ravi, your interview for the post of Accounts Executive is scheduled on Monday, "
    "15/03/2027 at 11:00 am at our Chennai office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_first_round(text: str):
    builder = (
        a_thread(subject="Accounts Executive - Interview", tz=KOLKATA)
        .from_recruiter(HR, FIRST, at="2027-03-08 10:00")
        .from_recruiter(HR, text, at="2027-03-16 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-17 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations on being selected for the next round! Your technical round is on "
        "19/03/2027 at 3 pm with our Finance Controller.",
        "Congratulations on being selected for the final interview with our Director, "
        "scheduled on Friday, 19/03/2027 at 3.00 pm.",
        "Congratulations on being selected for the second round. It will be held on "
        "19/03/2027 at 15:00 hrs at the same venue.",
    ],
)
def test_selected_for_a_round_is_the_next_interview(text):
    facts, advice = after_the_first_round(text)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == datetime(2027, 3, 19, 15, 0, tzinfo=ZONE)
    assert not facts.employer_messages[-1].is_offer
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations on being selected for the post of Accounts Executive! Your date of "
        "joining will be 01/04/2027.",
        "You have been selected for the post of Accounts Executive after the final round. "
        "Please collect your offer letter on 19/03/2027.",
    ],
)
def test_selected_for_the_post_is_an_offer(text):
    facts, advice = after_the_first_round(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER
