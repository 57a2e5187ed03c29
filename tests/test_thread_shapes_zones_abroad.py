"""Time zones as recruiters outside the US and Europe name them (abroad).

A Karachi, Kuala Lumpur, Colombo or Riyadh office puts its zone after the time by its
abbreviation ("11:00 AM PKT", "3.00 pm MYT", "10:30 SLST") or as the country's time ("10:00
AM UAE time", "9:30 am KSA time", "2 pm Pakistan time"). Read without it, the time took the
mailbox's own offset and the interview moved by hours for a candidate writing from abroad.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"  # the candidate writes from London: the zone said must win
HR = "Ayesha Siddiqui <ayesha@indusharbour.example>"


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("11:00 AM PKT", "Asia/Karachi"),
        ("11:00 AM Pakistan time", "Asia/Karachi"),
        ("11.00 am MYT", "Asia/Kuala_Lumpur"),
        ("11:00 SLST", "Asia/Colombo"),
        ("11:00 AM UAE time", "Asia/Dubai"),
        ("11:00 AM KSA time", "Asia/Riyadh"),
        ("11:00 AM Qatar time", "Asia/Qatar"),
        ("11:00 AM Dhaka time", "Asia/Dhaka"),
        ("11:00 AM Kenya time", "Africa/Nairobi"),
        ("11:00 AM Nigeria time", "Africa/Lagos"),
    ],
)
def test_the_zone_said_after_the_time_places_it(said, zone):
    text = (
        "Dear candidate, you are invited for a video interview for the Finance Officer role "
        f"on Tuesday, 16 March 2027 at {said}. Kindly confirm your availability."
    )
    thread = a_thread(subject="Interview: Finance Officer", tz=LONDON).from_recruiter(
        HR, text, at="2027-03-08 09:00"
    )
    facts = thread_facts(thread.build(), ME, ZoneInfo(LONDON))
    expected = datetime(2027, 3, 16, 11, 0, tzinfo=ZoneInfo(zone))
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(UTC) == expected.astimezone(UTC)


def test_a_country_named_without_time_is_no_zone():
    text = (
        "Dear candidate, you are invited for a video interview for the Finance Officer role "
        "on Tuesday, 16 March 2027 at 11:00 AM with our Pakistan team. Kindly confirm."
    )
    thread = a_thread(subject="Interview: Finance Officer", tz=LONDON).from_recruiter(
        HR, text, at="2027-03-08 09:00"
    )
    facts = thread_facts(thread.build(), ME, ZoneInfo(LONDON))
    assert facts.interview_start is not None
    assert facts.interview_start.utcoffset().total_seconds() == 0  # the message's own (GMT)
