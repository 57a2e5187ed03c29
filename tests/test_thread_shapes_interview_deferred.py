"""An interview deferred, as South Asian and African notices say it (abroad).

"The interview has been deferred till further notice", "your interview stands deferred": the
time set no longer holds and the employer will name another, as "postponed" says. A
decision deferred ("the final decision has been deferred to next week") moves no interview.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

KARACHI = "Asia/Karachi"
ZONE = ZoneInfo(KARACHI)
HR = "Sana Mirza <sana@indusloom.example>"
SET = (
    "Dear Hamza, your interview for the post of Credit Analyst is scheduled on Monday, "
    "15/03/2027 at 11:00 am at our Karachi office."
)


def then(text: str):
    builder = (
        a_thread(subject="Credit Analyst - Interview", tz=KARACHI)
        .from_recruiter(HR, SET, at="2027-03-08 10:00")
        .from_recruiter(HR, text, at="2027-03-09 10:00")
    )
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Hamza, the interview has been deferred till further notice. We regret the "
        "inconvenience.",
        "Dear Hamza, due to administrative reasons your interview stands deferred. Fresh dates "
        "will be intimated.",
    ],
)
def test_a_deferred_interview_no_longer_holds(text):
    facts = then(text)
    assert facts.interview_cancelled
    assert stage_at(facts, datetime(2027, 3, 10, 10, tzinfo=ZONE)) is Stage.SCHEDULING


def test_a_deferred_decision_moves_no_interview():
    facts = then("Dear Hamza, please note the payment of your travel claim has been deferred.")
    assert not facts.interview_cancelled
