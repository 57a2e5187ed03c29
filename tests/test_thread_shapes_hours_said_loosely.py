"""Hours an owner says loosely beside the day: "Saturday around 2", "Monday 9 March, from 8
to 12", "Friday, 12 till 2", "tomorrow between 10 and 12".

A small employer writes times as people say them, without am / pm or minutes: an hour
"around" the day's time, or a span of bare hours. Right after a day they are that day's
time, read in working hours like "Friday at 3" (1 to 6 the afternoon, 7 to 11 the morning);
away from a day ("around 5 people", "from 2 to 3 sites") they are numbers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from afterview.when import find_times
from tests.builders import ME, a_thread

ZONE = ZoneInfo("America/Chicago")
SENT = datetime(2027, 3, 2, 10, 0, tzinfo=ZONE)  # a Tuesday


def spans(text: str) -> list[tuple[str, str | None]]:
    return [
        (s.start.strftime("%m-%d %H:%M"), s.end.strftime("%H:%M") if s.end else None)
        for s in find_times(text, SENT)
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Can you swing by the store Saturday around 2? It's quieter then.", "03-06 14:00"),
        ("Could you stop by Thursday around 10 to meet the crew?", "03-04 10:00"),
        (
            "Come out to the nursery Saturday morning around 9 and we'll walk the rows.",
            "03-06 09:00",
        ),
        ("Pop in Friday around 4, ask for Dee.", "03-05 16:00"),
    ],
)
def test_an_hour_around_the_day_is_its_time(text, start):
    assert [s for s, _ in spans(text)] == [start]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "We'd have you in Monday, March 8, from 8 to 12 to work alongside Kim.",
            "03-08 08:00",
            "12:00",
        ),
        ("Let's do Friday 5 March, 12 till 2, paid at the usual rate.", "03-05 12:00", "14:00"),
        ("Trial shift on Saturday from 10 to 2, closed-toe shoes please.", "03-06 10:00", "14:00"),
        # "between ... and ...": "and" joins two hours only after "between"
        ("Are you free tomorrow between 10 and 12 for a quick call?", "03-03 10:00", "12:00"),
        ("Could you come in Friday, between 2 and 4, to meet Kim?", "03-05 14:00", "16:00"),
        # the hours someone is there, said after the day just asked about
        (
            "Any chance you could come by Thursday instead? I'm around from 2 to 5.",
            "03-04 14:00",
            "17:00",
        ),
        ("Could you do Friday? I'm free from 10 to 12 if that helps.", "03-05 10:00", "12:00"),
    ],
)
def test_a_span_of_bare_hours_after_the_day_is_its_time(text, start, end):
    assert spans(text) == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "We usually get around 5 applications a week for this job.",
        "The crew mows around 12 lawns on a Saturday.",
        "Shifts are 4 to 6 hours long and we hire 2 to 3 people each spring.",
        "We were open from 8 to 12 years ago on Sundays too.",
        "On Friday 10 and 12 people came to the open day.",
        "We interviewed between 10 and 12 candidates on Monday.",
        "The role needs between 2 and 5 years of experience.",
        "We met on Monday. The camp is available from 9 to 12 years of age.",
        "The shop is open Monday to Friday. I'm in from 9 to 5 most days.",
    ],
)
def test_hours_away_from_a_day_stay_numbers(text):
    assert spans(text) == []


def test_a_time_taken_inside_the_span_offered_sets_the_interview():
    """ "Are you free tomorrow between 10 and 12?" - "11 tomorrow works for me": the reader
    took a time inside the hours the employer offered, so the call is set, not still being
    arranged (it had been read as the employer's turn to confirm)."""
    builder = a_thread(subject="Message from Harcourt Lettings about Payroll Administrator")
    builder = builder.from_recruiter(
        "Gemma Ward <gemma@harcourtlettings.example>",
        "Hi Tom,\n\nThanks for your application for the Payroll Administrator role. I'd like to "
        "have a quick chat on the phone about the position. Are you free tomorrow between 10 "
        "and 12? Just reply here.\n\nGemma",
        at="2027-03-01 15:40",
    )
    builder = builder.from_me(
        "Hi Gemma,\n\n11 tomorrow works for me.\n\nTom", at="2027-03-01 17:05"
    )
    facts = thread_facts(builder.build(), ME)
    assert stage_at(facts, datetime(2027, 3, 1, 18, 0, tzinfo=UTC)) is Stage.SCHEDULED
    # the hour said inside the span, not the span's first hour
    assert facts.interview_start == datetime(2027, 3, 2, 11, 0, tzinfo=UTC)
