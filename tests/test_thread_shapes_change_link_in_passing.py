"""A booking tool's notice of the time booked, its way to change it offered in passing (shapes7).

"Your interview has been scheduled. ... Need to change the time? Use the scheduling link in your
original email": the link is there to move the booking, not to pick a time; the notice asks
nothing and the time it names is set (timeline's `_booking_notice`, `_CHANGE_LINK`). Judged by
the retro first looks (bench/retro_edits/change_link_in_passing.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

OSLO = "Europe/Oslo"
ZONE = ZoneInfo(OSLO)
POLICY = Policy(timezone=OSLO)
TOOL = "Fjordline Freight <notifications@bookings.example>"
INVITED = (
    "Hi Sigrid, thanks for applying for the Planner role at Fjordline Freight. We'd like to set "
    "up a 30-minute video interview with Tor Haugen. Please use the link below to choose a time "
    "that suits you.\n\nhttps://fjordline.bookings.example/s/8812\n"
)
BOOKED = (
    "Hi Sigrid,\n\nYour interview has been scheduled.\n\nPlanner - video interview\n"
    "Thursday, 11 March 2027\n14:00 - 14:30 (CET)\nInterviewer: Tor Haugen\n\n{change}\n"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(booked: str, now: str = "2027-03-09 09:00"):
    builder = (
        a_thread(subject="Planner interview", tz=OSLO)
        .from_ats(INVITED, sender=TOOL, at="2027-03-08 10:00")
        .from_ats(booked, sender=TOOL, at="2027-03-08 17:40")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, stage_at(facts, at(now)), advise(facts, at(now), POLICY)


@pytest.mark.parametrize(
    "change",
    [
        "Need to change the time? Use the booking link in your first email.",
        "If you need to move your interview, follow the link in your invitation email.",
        "Want to change your slot? Just use the link we sent you earlier.",
    ],
)
def test_the_notice_of_a_booked_time_asks_nothing(change):
    facts, stage, advice = read(BOOKED.format(change=change))
    assert facts.interview_start == at("2027-03-11 14:00")
    assert not facts.employer_messages[-1].asks_candidate
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    "change",
    [
        # the reader asked to confirm the booked time: that is a question
        "Please confirm that you can attend by replying to this email.",
        # the link sent to pick a time, not to change one booked
        "Some times have changed: please use the link to choose your time again.",
    ],
)
def test_a_booking_notice_that_asks_still_asks(change):
    facts, _, advice = read(BOOKED.format(change=change))
    assert facts.employer_messages[-1].asks_candidate
    assert advice.action is Action.REPLY
