"""The journey and the meeting told in one sentence (reread).

A visit's travel has its own times (the flight out, the driver, the return flight) and is read
as no time at all; but a sentence that books the journey and then names the meeting ("You're
on the 6:40 AM train on Thursday, June 3, and we'll meet at our office at 10:30") holds the
interview's time: its meeting clause keeps its clock time, the journey's clauses lose theirs,
and the day said with the journey stays. Judged by the retro first looks
(bench/retro_edits/journey_and_meeting.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
MANAGER = "Dora Lindqvist <dora@tallowfield.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(text: str):
    builder = a_thread(subject="Denver interview - travel", tz=CHICAGO).from_recruiter(
        MANAGER, text, at="2027-05-24 09:00"
    )
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Glad you can come out. You're booked on the 6:40 AM flight from Midway on Thursday, "
        "June 3, and we'll meet at our office at 10:30 AM. Your flight home leaves at 5:15 PM.",
        "All set: the shuttle will pick you up at the hotel at 8:00 AM on Thursday, June 3, and "
        "we'll meet in the lobby at 10:30 AM. Talk soon.",
        "Your flight lands at 8:05 AM on Thursday, June 3; I'll meet you at the office at "
        "10:30 AM for the interview loop.",
    ],
)
def test_the_meeting_keeps_its_time_beside_the_journey(text):
    facts = read(text)
    assert facts.interview_start == at("2027-06-03 10:30")
    assert facts.stage is Stage.SCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        # the journey alone, a driver meeting the reader at arrivals: no interview time
        "Glad you can come out. You're on the flight arriving Wednesday, June 2 at 6:15 PM; "
        "a driver will meet you at arrivals.",
        # the meeting said only of the shuttle
        "Glad you can come out. The shuttle will meet you at the airport at 7:45 AM on "
        "Thursday, June 3, and the return flight is at 5:15 PM.",
        # a journey's legs, one after the other: the arrival is no meeting
        "Glad you can come out. Your flight leaves Midway at 6:40 AM on Thursday, June 3, "
        "arriving at 9:50 AM.",
        # the meeting is the dinner on arrival, not the interview
        "Glad you can come out. Your flight lands at 5:10 PM on Wednesday, June 2, and we'll "
        "see you at dinner at 7:00 PM.",
    ],
)
def test_the_journey_alone_sets_no_time(text):
    facts = read(text)
    assert facts.interview_start is None
