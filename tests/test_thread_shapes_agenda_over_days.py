"""A confirmed interview schedule spread over several days is one occasion, not a choice.

A virtual onsite is often split over two or three days (interviewers in other zones, a long
loop broken up): the coordinator confirms every session, one per line with its day and the
person met. Times on different days are otherwise read as a choice to pick from; put as a
confirmation, asking nothing, they are the loop, which starts at its first session and ends
with its last. A list of slots to choose from stays a choice.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
POLICY = Policy(timezone=CHICAGO)
COORDINATOR = "Mina Castell <mina.castell@larkspur.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(text: str):
    builder = a_thread(subject="Your Larkspur interviews", tz=CHICAGO).from_recruiter(
        COORDINATOR, text, at="2027-02-03 10:00"
    )
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        # one line per session, each with its day
        "Good news, your interviews are confirmed (times in Central):\n\n"
        "Monday, February 8, 9:00 - 10:00 AM - Architecture with Olu Bankole\n"
        "Tuesday, February 9, 2:00 - 3:00 PM - Pair programming with Rhea Sandhu\n"
        "Wednesday, February 10, 11:00 AM - 12:00 PM - Leadership with Carmen Vidal\n\n"
        "A video link will come with each calendar invite.",
        # the day as a heading, the sessions below it
        "Hello, here is your confirmed interview schedule. All times Central.\n\n"
        "Monday, February 8\n"
        "9:00 - 9:45 AM  Product sense - Ezra Kline\n"
        "10:00 - 10:45 AM  Data modelling - June Ahn\n"
        "Thursday, February 11\n"
        "1:00 - 1:45 PM  Values - Tariq Nasser\n",
    ],
)
def test_a_confirmed_schedule_over_days_starts_with_its_first_session(text):
    facts = read(text)
    assert facts.interview_start == at("2027-02-08 09:00")
    assert stage_at(facts, at("2027-02-04 12:00")) is Stage.SCHEDULED
    assert advise(facts, at("2027-02-04 12:00"), POLICY).action is Action.PREPARE
    # under way between its days: still to prepare for, no thank-you yet
    assert advise(facts, at("2027-02-09 09:00"), POLICY).action is Action.PREPARE


@pytest.mark.parametrize(
    "text",
    [
        # a choice of slots, even with one line each
        "Here are a few slots for your interview with our panel, let me know which suits:\n"
        "Monday, February 8, 9:00 AM\n"
        "Tuesday, February 9, 2:00 PM\n"
        "Wednesday, February 10, 11:00 AM\n",
        # a confirmation that offers other days if the first does not suit
        "Your interview is confirmed for Monday, February 8 at 9:00 AM. If that no longer "
        "works, Tuesday, February 9 at 2:00 PM or Wednesday, February 10 at 11:00 AM are "
        "also open - which would you prefer?",
    ],
)
def test_a_choice_over_days_is_still_a_choice(text):
    facts = read(text)
    assert stage_at(facts, at("2027-02-04 12:00")) is not Stage.SCHEDULED or (
        facts.interview_start == at("2027-02-08 09:00")
    )
    assert advise(facts, at("2027-02-04 12:00"), POLICY).action is Action.REPLY
