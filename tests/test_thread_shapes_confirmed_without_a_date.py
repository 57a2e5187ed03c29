"""The reader takes a time, the employer confirms it in words with no date (shapes7).

"Thursday at 2 works great" answered "2 it is." or "Perfect, I'll call you at 2": the employer
confirms the time the reader took, though its own words carry no date to read
(timeline._confirmed_without_a_date). Before, the time was left unread (scheduling, wait).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
POLICY = Policy(timezone=DENVER)
FOUNDER = "Rosa Quint <rosa@kestrelworks.example>"
ASKED = (
    "Hi Ciaran, I read your application for the ops role and liked it a lot. Free for a short "
    "call on Thursday? Any time after 11 is good for me."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(taken: str, answer: str, now: str = "2027-04-07 15:00"):
    builder = (
        a_thread(subject="ops role", tz=DENVER)
        .from_recruiter(FOUNDER, ASKED, at="2027-04-06 20:00")
        .from_me(taken, at="2027-04-07 08:00")
        .from_recruiter(FOUNDER, answer, at="2027-04-07 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, stage_at(facts, at(now)), advise(facts, at(now), POLICY)


@pytest.mark.parametrize(
    "answer",
    [
        "1 it is. Talk then!",
        "Perfect, I'll call you at 1.",
        "Great - booked. I'll ring you on the number in your CV.",
    ],
)
def test_the_employer_confirming_the_readers_time_without_a_date_sets_it(answer):
    facts, stage, advice = read("Thanks Rosa! Thursday at 1pm works well for me.", answer)
    assert facts.interview_start == at("2027-04-08 13:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("taken", "answer"),
    [
        # the reader named no time: nothing to confirm
        ("Thanks Rosa! Thursday afternoon is good for me.", "Great, I'll call you then."),
        # the employer confirms another clock than the one the reader took
        ("Thanks Rosa! Thursday at 1pm works well for me.", "Perfect, I'll call you at 3."),
        ("Thanks Rosa! Thursday at 1pm works well for me.", "2:30 it is then!"),
        # the employer's answer does not confirm
        ("Thanks Rosa! Thursday at 1pm works well for me.", "Thanks, I'll check with Sam."),
        # the reader named two times: which one is not said
        (
            "Thanks Rosa! Thursday at 1pm or at 3pm both work for me.",
            "Perfect, I'll call you then.",
        ),
    ],
)
def test_nothing_is_set_without_one_time_taken_and_confirmed(taken, answer):
    facts, stage, _ = read(taken, answer)
    assert facts.interview_start is None
    assert stage is Stage.SCHEDULING
