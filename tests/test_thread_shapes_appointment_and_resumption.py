"""The job given as an appointment, with the day to resume (abroad).

Nigerian, Kenyan and South Asian employers give the job in the words of an appointment and
a start: "we are pleased to offer you appointment as Sales Executive", "please find attached
your letter of employment", "your resumption date is 1st April 2027", "you are expected to
resume duty on Monday". That is the offer. An "interview appointment letter" (an invitation)
or a visa appointment is not.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread, read_alone

LAGOS = "Africa/Lagos"
ZONE = ZoneInfo(LAGOS)
POLICY = Policy(timezone=LAGOS)
HR = "Ngozi Eze <ngozi@ikejafoods.example>"
FIRST = (
    "Dear Chidi, your interview for the post of Sales Executive is scheduled on Monday, "
    "15/03/2027 at 11:00 am at our Ikeja office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Sales Executive - Interview", tz=LAGOS)
        .from_recruiter(HR, FIRST, at="2027-03-08 10:00")
        .from_recruiter(HR, text, at="2027-03-19 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-19 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Following your successful interview, we are pleased to offer you appointment as "
        "Sales Executive on the terms attached.",
        "Please find attached your letter of employment. Kindly sign and return a copy as "
        "evidence of your acceptance.",
        "We are pleased to issue you the attached letter. Your resumption date is 1st April 2027.",
        "Management has approved your employment as Sales Executive. You are expected to "
        "resume duty on Monday, 5th April 2027 by 8:00am.",
    ],
)
def test_an_appointment_with_a_day_to_resume_is_the_offer(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview Appointment Letter - Case LAG2027001",
            "Your visa interview appointment letter is attached. Please bring your passport "
            "to the embassy on 12 April 2027 at 8:00 am.",
        ),
        (
            "Your appointment is confirmed",
            "Dear Chidi, your appointment at the passport office is confirmed for Monday, 12 "
            "April 2027 at 9:00 am. You may resume your application online afterwards.",
        ),
    ],
)
def test_an_appointment_that_is_no_job_is_no_offer(subject, text):
    assert not read_alone(ME, text, subject=subject, sender=HR, tz=LAGOS)
