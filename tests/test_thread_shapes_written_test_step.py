"""A written test or a practical test as a step of the hiring process (abroad).

Public-sector, NGO and trade employers in Africa, South Asia and the Gulf put a written
assessment or a trade test before the interview: "you have been shortlisted and are invited
to sit a written test on Monday, 19 April 2027, 10:00 am - 12:00 noon". It is set as an
interview is (a dated occasion to prepare for), so the thread is "scheduled", not an
application still waiting. A school's or a driving test's date is no hiring step.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread, read_alone

NAIROBI = "Africa/Nairobi"
ZONE = ZoneInfo(NAIROBI)
POLICY = Policy(timezone=NAIROBI)
HR = "Wanjiku Kamau <recruitment@tanariverwater.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def invited(text: str, subject: str = "Hydrologist - next stage"):
    builder = a_thread(subject=subject, tz=NAIROBI).from_recruiter(HR, text, at="2027-04-12 09:00")
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-04-14 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your application for the Hydrologist position. You have been "
        "shortlisted and are invited to sit a written test on Monday, 19 April 2027 at 10:00 "
        "am at our Garissa office.",
        "Following your application, you are invited to a written assessment.\n\nDate: Monday, "
        "19 April 2027\nTime: 10:00 am - 12:00 noon EAT\nVenue: online",
        "Your application for Plant Operator was successful. Please attend a trade test on "
        "Monday 19 April 2027 at 8.30 am at the Ruiru works.",
    ],
)
def test_a_written_or_trade_test_set_for_a_day_is_scheduled(text):
    facts, advice = invited(text)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start is not None
    assert facts.interview_start.date().isoformat() == "2027-04-19"
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Form 3 end of term exams",
            "Dear parent, the written test for Form 3 is on Monday, "
            "19 April 2027 at 10:00 am. Please ensure your child arrives on time.",
        ),
        (
            "Your driving test",
            "Your practical driving test is booked for Monday, 19 April "
            "2027 at 8.30 am at the Likoni Road centre.",
        ),
    ],
)
def test_a_school_or_driving_test_is_no_hiring_step(subject, text):
    assert not read_alone(ME, text, subject=subject, sender=HR, tz=NAIROBI)
