"""Business days: Monday to Friday on the user's calendar, keeping the time of day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.business_days import add_business_days, zone

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


# --- public holidays ------------------------------------------------------------------------
# Thursday 18 December 2025 at 15:00 plus 10 business days is Thursday 1 January 2026 when
# only weekends are skipped; Wednesday 10 December plus 10 is Wednesday 24 December.
BEFORE_NEW_YEAR = datetime(2025, 12, 18, 15, tzinfo=UTC)
BEFORE_CHRISTMAS_EVE = datetime(2025, 12, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        (None, date(2026, 1, 1)),  # weekends only: New Year's Day counts as a business day
        ("US", date(2026, 1, 5)),  # Christmas Day and New Year's Day skipped
        ("FR", date(2026, 1, 5)),  # the same two
        ("GB", date(2026, 1, 6)),  # and Boxing Day
        ("DE", date(2026, 1, 6)),  # and the second day of Christmas; 24 December is worked
        ("CZ", date(2026, 1, 7)),  # and Christmas Eve, a public holiday there
    ],
)
def test_a_wait_over_new_year_skips_the_countrys_holidays(country, expected):
    end = add_business_days(BEFORE_NEW_YEAR, 10, "UTC", country)

    assert end == datetime.combine(expected, BEFORE_NEW_YEAR.timetz())


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        (None, date(2025, 12, 24)),
        ("US", date(2025, 12, 24)),  # 24 December is not a holiday in these four
        ("GB", date(2025, 12, 24)),
        ("DE", date(2025, 12, 24)),
        ("FR", date(2025, 12, 24)),
        ("CZ", date(2025, 12, 29)),  # 24, 25 and 26 December off, then the weekend
        ("PL", date(2025, 12, 29)),
    ],
)
def test_christmas_eve_is_skipped_only_where_it_is_a_holiday(country, expected):
    end = add_business_days(BEFORE_CHRISTMAS_EVE, 10, "UTC", country)

    assert end.date() == expected


def test_an_observed_holiday_is_skipped_too():
    # Christmas 2027 is a Saturday: the US observes it on Friday 24 December.
    thursday = datetime(2027, 12, 23, 9, tzinfo=UTC)

    assert add_business_days(thursday, 1, "UTC", "US").date() == date(2027, 12, 27)
    assert add_business_days(thursday, 1, "UTC").date() == date(2027, 12, 24)


def test_holidays_are_dates_on_the_users_calendar():
    # 21:00 UTC on Wednesday 4 February 2026 is Thursday 5 February in Auckland, the eve of
    # Waitangi Day (Friday 6 February): there the next business day is Monday 9 February.
    evening = datetime(2026, 2, 4, 21, tzinfo=UTC)
    auckland = ZoneInfo("Pacific/Auckland")

    assert add_business_days(evening, 1, auckland, "NZ") == datetime(
        2026, 2, 9, 10, tzinfo=auckland
    )
    assert add_business_days(evening, 1, auckland) == datetime(2026, 2, 6, 10, tzinfo=auckland)
    assert add_business_days(evening, 1, "UTC", "NZ") == datetime(2026, 2, 5, 21, tzinfo=UTC)


def test_starting_on_a_holiday_counts_from_the_next_working_day():
    christmas = datetime(2025, 12, 25, 10, tzinfo=UTC)  # Thursday

    assert add_business_days(christmas, 1, "UTC", "GB").date() == date(2025, 12, 29)
    assert add_business_days(christmas, 0, "UTC", "GB") == christmas


@given(
    start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
    days=st.integers(min_value=1, max_value=300),
    country=st.sampled_from(["US", "GB", "DE", "FR", "CZ", "JP"]),
)
def test_holiday_arithmetic_agrees_with_walking_the_calendar(start, days, country):
    import holidays

    off = holidays.country_holidays(country, years=range(start.year, start.year + 3))
    result = add_business_days(start.replace(tzinfo=UTC), days, "UTC", country)

    assert result.weekday() < 5 and result.date() not in off
    assert result.time() == start.time()
    count, day = 0, start.date()
    while day < result.date():
        day += timedelta(days=1)
        count += day.weekday() < 5 and day not in off
    assert count == days


@pytest.mark.parametrize("name", ["Europe", "America", "Etc"])
def test_a_folder_of_the_zone_database_is_an_unknown_zone_not_a_crash(name):
    # ZoneInfo opens the folder as a file and raises IsADirectoryError.
    with pytest.raises(ZoneInfoNotFoundError, match=name):
        zone(name)


def test_a_year_outside_a_countrys_published_calendar_counts_without_warning():
    # India's calendar is published for 2001-2035; the package warns outside it, and the
    # suite turns warnings into errors (hypothesis found a 2040 date with country IN).
    from datetime import UTC, datetime

    from afterview.business_days import add_business_days

    later = add_business_days(datetime(2040, 1, 2, 9, tzinfo=UTC), 3, "Asia/Kolkata", "IN")
    assert later.date().isoformat() == "2040-01-05"
