"""One stated time put to the reader to confirm, with no question about times (seasonal).

"We'd like to have a video interview with you on Thursday, September 10 at 4:00 PM. Please
confirm that works." states the time and asks only that the candidate confirm it, like the
invitations `_one_time_to_confirm` already read, but names no availability at all: the
interview is scheduled (the reply asked for is the candidate's confirmation), and the
candidate's "Confirmed, thanks!" leaves it standing. Found by the seasonal batch's first look;
wording here is invented.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

VANCOUVER = "America/Vancouver"
ZONE = ZoneInfo(VANCOUVER)
POLICY = Policy(timezone=VANCOUVER)
RECRUITER = "Glacier Lodge Hiring <jobs@glacierlodge.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying for the Lift Operator job. We'd like to do a phone interview "
        "with you on Wednesday, October 14 at 11:00 AM. Please confirm that works.",
        # (read so before the change too: kept as a guard)
        "Thanks for your application for the Ski School Instructor role. Your video interview "
        "is planned for Wednesday, October 14 at 11:00 AM Pacific. Kindly confirm this suits "
        "you.",
    ],
)
def test_the_one_time_stated_is_scheduled_and_the_confirmation_keeps_it(text: str) -> None:
    builder = a_thread(subject="Glacier Lodge interview", tz=VANCOUVER).from_recruiter(
        RECRUITER, text, at="2026-10-12 09:00"
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-10-14T11:00:00")
    builder = builder.from_me("Confirmed, thank you! Talk then.", at="2026-10-12 10:00")
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert advise(facts, at("2026-10-13T09:00:00"), POLICY).action is Action.PREPARE


@pytest.mark.parametrize(
    "text",
    [
        # a time put as a question stays an offer of a time
        "Thanks for applying for the Lift Operator job. Could we do a phone interview on "
        "Wednesday, October 14 at 11:00 AM?",
        # a link to pick a time is an offer, whatever it names
        "Thanks for applying for the Lift Operator job. Please pick a time for your phone "
        "interview using this link: https://glacierlodge.example/book. Please confirm once "
        "booked.",
    ],
)
def test_a_time_asked_or_a_link_is_still_arranging(text: str) -> None:
    builder = a_thread(subject="Glacier Lodge interview", tz=VANCOUVER).from_recruiter(
        RECRUITER, text, at="2026-10-12 09:00"
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is not Stage.SCHEDULED
