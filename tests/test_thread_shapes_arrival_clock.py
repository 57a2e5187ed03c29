"""A day fixed for the interview, and a clock time of arrival said apart from it.

A lab visit or a site day is often settled in two steps: the day first ("Thursday works
for us"), then, a sentence or a message later, when to be there ("please get to reception by
8:45 am"). The clock time carries no date of its own, but a person reads it as the start
on the day just fixed; Afterview kept the day only and guessed the working day's hours.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

BOSTON = "America/New_York"
ZONE = ZoneInfo(BOSTON)
HOST = "Dr. Mira Halvorsen <mhalvorsen@quillfield.example>"
INVITE = (
    "We would like to invite you to interview for the Research Technician position. Could "
    "you come on Wednesday, "
    "March 17 or Thursday, March 18?"
)
PICKED = "Thank you, Thursday, March 18 would suit me best."


def facts_after(text: str):
    builder = (
        a_thread(subject="Visit to the Halvorsen group", tz=BOSTON)
        .from_recruiter(HOST, INVITE, at="2027-03-02 10:00")
        .from_me(PICKED, at="2027-03-02 15:00")
        .from_recruiter(HOST, text, at="2027-03-03 09:00")
    )
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday the 18th is perfect. Please plan to get to the institute's front desk and "
        "arrive by 8:45 am; our coordinator will send you the parking details.",
        "Thursday suits us well. When you get here, please report to the building's main "
        "reception at 8:45 am and ask for me.",
        "Great, Thursday it is. Kofi from the lab will meet you in the hotel lobby at 8:45 am "
        "and walk you over.",
    ],
)
def test_the_arrival_time_is_the_start_on_the_day_fixed(text: str) -> None:
    facts = facts_after(text)
    assert facts.interview_start is not None
    local = facts.interview_start.astimezone(ZONE)
    assert (local.date().isoformat(), local.hour, local.minute) == ("2027-03-18", 8, 45)
    assert not facts.interview_time_inferred


@pytest.mark.parametrize(
    "text",
    [
        # a deadline for the reader, not the time to be there
        "Thursday the 18th is perfect. Please send me your slides by 5:00 pm on Monday so we "
        "can load them.",
        # a clock time said of something else than getting there
        "Thursday the 18th is perfect for the interview. Our weekly journal club runs until "
        "1:00 pm, so the lab will be busy before lunch.",
    ],
)
def test_other_clock_times_leave_the_day_alone(text: str) -> None:
    facts = facts_after(text)
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(ZONE).date().isoformat() == "2027-03-18"
    assert facts.interview_time_inferred
