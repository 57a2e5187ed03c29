"""The employer asking when, or on what number, the reader can be reached (europe).

"Please let us know when you can be reached for a short phone interview", "kindly send us a
number where you can be reached this week": the call's time is being arranged, as with "the best
time to reach you" (already read). Said of the reader, about a job; the reader's answer leaves it
with the employer.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

BERLIN = "Europe/Berlin"
ZONE = ZoneInfo(BERLIN)
HR = "Greta Lindner <g.lindner@auenwerk.example>"


def read(builder):
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your application as Field Service Technician. We would like to get to "
        "know you in a short telephone interview. Please tell us when you can be reached "
        "on Monday or Tuesday.",
        "Thank you for applying for the Buyer position. Could you send us a phone number where "
        "you can be reached this week? Our purchasing lead would like to speak with you.",
        "Regarding your application for the Lab Assistant vacancy: please let me know when you "
        "are reachable tomorrow for a first call.",
    ],
)
def test_asked_when_you_can_be_reached_about_a_job_is_scheduling(text: str) -> None:
    builder = a_thread(subject="Your application", tz=BERLIN).from_recruiter(
        HR, text, at="2027-05-03 10:00"
    )
    facts = read(builder)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


def test_the_readers_answer_leaves_it_being_arranged() -> None:
    builder = (
        a_thread(subject="Your application as Field Service Technician", tz=BERLIN)
        .from_recruiter(
            HR,
            "Thank you for your application as Field Service Technician. We would like to get "
            "to know you in a short telephone interview. Please tell us when you can be "
            "reached on Monday or Tuesday.",
            at="2027-05-03 10:00",
        )
        .from_me("Dear Ms Lindner, I can be reached on Tuesday from 11:00.", at="2027-05-03 12:00")
    )
    facts = read(builder)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    "text",
    [
        # guards: no job; a number kept on file by a service
        "Your parcel could not be delivered. Please update the number where you can be reached "
        "so that our driver can call you.",
        "Dear member, please check that the phone number where you can be reached is up to "
        "date in your club profile.",
    ],
)
def test_being_reached_about_no_job_stays_unflagged(text: str) -> None:
    builder = a_thread(subject="Your details", tz=BERLIN).from_recruiter(
        "Service <service@parcels.example>", text, at="2027-05-03 10:00"
    )
    assert not read(builder).interview
