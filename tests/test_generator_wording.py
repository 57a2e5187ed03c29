"""The words the generator writes mean what its truth says they mean."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

import pytest

from gmail_sandbox.wording import (
    MONTHS,
    TZ,
    WEEKDAYS,
    ZONES,
    decision_phrase,
    interview_time_phrase,
)
from tests.generator_builders import resolve

MONDAY = datetime(2026, 3, 9, 10, 30, tzinfo=TZ["America/New_York"])


@pytest.mark.parametrize("day", range(5))
def test_each_stated_timeline_resolves_as_documented(day):
    sent = MONDAY + timedelta(days=day)
    rng = Random(day)
    phrases = set()
    for _ in range(300):
        phrase, resolved = decision_phrase(sent, rng)
        phrases.add(phrase)
        assert resolved == resolve(phrase, sent.date()), phrase
        assert resolved > sent.date()
    assert len(phrases) >= 8


def test_interview_times_name_the_day_and_a_zone_unless_the_reader_shares_it():
    rng = Random(1)
    for zone_key in ZONES:
        tz = TZ[zone_key]
        for offset_hours in (20, 30, 70, 150):
            sent = datetime(2026, 3, 9, 9, 5, tzinfo=tz)
            start = (sent + timedelta(hours=offset_hours)).replace(minute=30)
            for same_zone in (True, False):
                for _ in range(20):
                    phrase = interview_time_phrase(start, sent, zone_key, same_zone, rng)
                    _check_phrase(phrase, start, sent, zone_key, same_zone)


def _check_phrase(phrase: str, start: datetime, sent: datetime, zone_key: str, same: bool):
    days_ahead = (start.date() - sent.date()).days
    if phrase.startswith("today"):
        assert days_ahead == 0
    elif phrase.startswith("tomorrow"):
        assert days_ahead == 1
    elif phrase.startswith("this "):
        assert WEEKDAYS[start.weekday()] in phrase and days_ahead < 7
    else:
        assert str(start.day) in phrase
        month_words = (
            MONTHS[start.month][:3],
            f"{start.month}/{start.day}",
            f"-{start.month:02d}-",
        )
        assert any(word in phrase for word in month_words), phrase
    if not same:
        words = {ZONES[zone_key][0], ZONES[zone_key][1], start.tzname()}
        assert any(word in phrase for word in words), phrase
    assert "30" in phrase  # the minutes are always written
