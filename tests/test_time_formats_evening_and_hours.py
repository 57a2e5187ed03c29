"""Ways of writing an interview's time the reading did not place (shapes4).

An hour before the relative day it is on ("at 9 tomorrow", "at 7 tonight"); a time on a
relative day that says the evening ("tonight at 7", "this evening at 7:30": 19:00 and 19:30,
not the morning); 24-hour writing with its unit ("1600 hrs", "0930 hours", "16.00 hrs").
Each with its look-alikes: counts of hours, 24-hour "07:30", hours before no day.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview import when
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
WEDNESDAY = datetime(2026, 4, 8, 10, 0, tzinfo=ZONE)  # the messages below are sent then
RECRUITER = "Priya Nair <priya@harbourline.example>"


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def starts(text: str) -> list[datetime]:
    return [span.start for span in when.find_times(text, WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day said after the hour
        ("Could you come in at 9 tomorrow?", "2026-04-09 09:00"),
        ("Let's talk at 7 tonight.", "2026-04-08 19:00"),
        ("Can we meet at 2 next Friday?", "2026-04-17 14:00"),
        # a relative day that says the evening
        ("Can you do a quick call tonight at 7?", "2026-04-08 19:00"),
        ("I'll call you this evening at 7:30.", "2026-04-08 19:30"),
        ("I'll call you tonight at 6:45-7:30.", "2026-04-08 18:45"),
        # the evening said between the day and the time
        ("Could you do Friday evening at 7:30?", "2026-04-10 19:30"),
        ("Could you do a call Friday night at 7?", "2026-04-10 19:00"),
        ("Tomorrow night at 8 works for me.", "2026-04-09 20:00"),
        # 24-hour writing with its unit
        ("Your interview is on Friday 10 April at 1600 hrs.", "2026-04-10 16:00"),
        ("Please report at 0930 hours on Friday.", "2026-04-10 09:30"),
        ("Interview: Friday, 16.00 hrs, Block B.", "2026-04-10 16:00"),
    ],
)
def test_the_time_is_placed(text, expected):
    assert starts(text) == [local(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # am / pm or 24-hour writing already says the half of the day
        ("Tonight at 8am is too early, sorry.", "2026-04-08 08:00"),
        ("The session starts this evening at 07:30.", "2026-04-08 07:30"),
        # a day that is not relative keeps the working-hours reading
        ("Friday at 7:30 works for me.", "2026-04-10 07:30"),
        ("This afternoon at 12:30 works for me.", "2026-04-08 12:30"),
        ("This afternoon at 11:00 works for me.", "2026-04-08 11:00"),
        ("Friday morning at 7:30 works for me.", "2026-04-10 07:30"),
        ("Thursday afternoon at 11:00 works for me.", "2026-04-09 11:00"),
    ],
)
def test_what_is_written_is_kept(text, expected):
    assert starts(text) == [local(expected)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday we need someone with over 1500 hours of flight time.",
        "Friday: the role needs 2000 hours of logged practice.",
        "Please reply by Friday within 2000 hours of this mail.",
        "We are open 24 hrs on Friday.",
        "We have openings at 3 locations tomorrow.",
        "At 9 this week we will have hired the whole team.",
        "The clinic opens at 9 on weekdays.",
    ],
)
def test_look_alikes_are_no_time(text):
    assert starts(text) == []


@pytest.mark.parametrize(
    "text",
    ["Could you come in at 9 tomorrow?", "Your interview is on Friday 10 April at 1600 hrs."],
)
def test_the_timeline_looks_for_these_times(text):
    assert when.mentions_a_time(text.lower(), hours=True)


def test_a_call_set_for_tonight_is_prepared_for_in_the_evening():
    thread = (
        a_thread(subject="Re: Warehouse supervisor application", tz=LONDON)
        .from_me(
            "Hi Priya, I applied for the warehouse supervisor role last week.",
            at="2026-04-07 09:00",
        )
        .from_recruiter(
            RECRUITER,
            "Thanks for applying! Are you free for a phone interview tonight at 7?",
            at="2026-04-08 10:00",
        )
        .from_me("Yes, tonight at 7 works for me. Speak then.", at="2026-04-08 10:30")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_start == local("2026-04-08 19:00")
    assert facts.stage is Stage.SCHEDULED
    assert advise(facts, local("2026-04-08 15:00"), POLICY).action is Action.PREPARE


def test_a_call_set_at_an_hour_before_tomorrow_is_prepared_for():
    thread = (
        a_thread(subject="Re: Dispatcher application", tz=LONDON)
        .from_me("Hello, I sent my CV for the dispatcher role.", at="2026-04-07 09:00")
        .from_recruiter(
            RECRUITER,
            "Thanks for your CV. Could you do a phone interview at 9 tomorrow?",
            at="2026-04-08 10:00",
        )
        .from_me("Yes, 9 tomorrow works for me. Thanks!", at="2026-04-08 10:30")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_start == local("2026-04-09 09:00")
    assert advise(facts, local("2026-04-08 15:00"), POLICY).action is Action.PREPARE
