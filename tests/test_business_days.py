"""Business days: Monday to Friday on the user's calendar, keeping the time of day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.business_days import add_business_days

FRIDAY = datetime(2026, 3, 13, 16, 30, tzinfo=UTC)


def test_friday_plus_one_is_monday_at_the_same_time():
    assert add_business_days(FRIDAY, 1) == datetime(2026, 3, 16, 16, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start_day", "days", "expected_day"),
    [
        (9, 1, 10),  # Monday + 1 = Tuesday
        (12, 2, 16),  # Thursday + 2 = Monday
        (13, 2, 17),  # Friday + 2 = Tuesday
        (10, 10, 24),  # Tuesday + 10 = Tuesday two weeks on
        (13, 5, 20),  # Friday + 5 = Friday
        (14, 1, 16),  # Saturday + 1 = Monday
        (15, 1, 16),  # Sunday + 1 = Monday
        (14, 5, 20),  # Saturday + 5 = Friday
        (15, 6, 23),  # Sunday + 6 = Monday a week on
    ],
)
def test_counting_skips_weekends(start_day, days, expected_day):
    start = datetime(2026, 3, start_day, 10, tzinfo=UTC)

    assert add_business_days(start, days) == datetime(2026, 3, expected_day, 10, tzinfo=UTC)


def test_zero_days_is_the_start_itself_even_on_a_weekend():
    saturday = datetime(2026, 3, 14, 10, tzinfo=UTC)

    assert add_business_days(saturday, 0) == saturday


def test_negative_days_are_refused():
    with pytest.raises(ValueError, match="0 or more"):
        add_business_days(FRIDAY, -1)


def test_the_weekday_is_the_one_where_the_user_lives():
    # Friday 23:30 in UTC is already Saturday in Auckland and still Friday in New York.
    late_friday = datetime(2026, 3, 13, 23, 30, tzinfo=UTC)

    in_auckland = add_business_days(late_friday, 1, "Pacific/Auckland")
    in_new_york = add_business_days(late_friday, 1, ZoneInfo("America/New_York"))

    assert in_auckland == datetime(2026, 3, 16, 12, 30, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert in_new_york == datetime(2026, 3, 16, 19, 30, tzinfo=ZoneInfo("America/New_York"))


def test_the_local_time_of_day_survives_a_daylight_saving_change():
    # London moves to summer time on Sunday 29 March 2026.
    london = ZoneInfo("Europe/London")
    friday_9am = datetime(2026, 3, 27, 9, tzinfo=london)

    monday = add_business_days(friday_9am, 1, london)

    assert (monday.hour, monday.minute) == (9, 0)
    # 71 real hours: the UTC offset is the summer one (Python subtracts same-zone wall times).
    assert monday.astimezone(UTC) - friday_9am.astimezone(UTC) == timedelta(hours=71)
    assert monday.utcoffset() == timedelta(hours=1)


def test_a_naive_start_is_read_as_local_time():
    assert add_business_days(datetime(2026, 3, 13, 9), 1, "Europe/Paris") == datetime(
        2026, 3, 16, 9, tzinfo=ZoneInfo("Europe/Paris")
    )


def _business_days_between(start: date, end: date) -> int:
    """Business days after `start` up to and including `end`, by walking the calendar."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += day.weekday() < 5
    return count


@given(
    start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    days=st.integers(min_value=1, max_value=400),
)
def test_arithmetic_agrees_with_walking_the_calendar(start, days):
    result = add_business_days(start.replace(tzinfo=UTC), days)

    assert result.weekday() < 5
    assert result.time() == start.time()
    assert _business_days_between(start.date(), result.date()) == days
