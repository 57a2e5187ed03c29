"""Business-day arithmetic for the advice policy: Monday to Friday, in the user's timezone,
less the public holidays of the user's country when it is known.

Holidays come from the `holidays` package (national holidays, observed days included:
Christmas on a Saturday is observed on the Friday before in the US). Without a country
only weekends are counted out: a day too early for a polite check-in costs little.
"""

from __future__ import annotations

import warnings
from bisect import bisect_right
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_SATURDAY = 5
# Calendar spans made once: building a timedelta costs more than the arithmetic around it.
_SPANS = tuple(timedelta(days=n) for n in range(-2, 800))


def _span(days: int) -> timedelta:
    return _SPANS[days + 2] if -2 <= days < 798 else timedelta(days=days)


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """The time zone for a name, cached: the policy asks for it on every call.

    "UTC" is the fixed-offset `datetime.UTC`, which converts and compares several times
    faster than ZoneInfo("UTC"). Unknown names raise ZoneInfoNotFoundError (or
    ValueError for names that are not even a zone key). Every check of a zone name
    (the policy, the API's settings, the users table) goes through here.
    """
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except OSError:
        # "Europe" names a folder of the zone database; ZoneInfo opens it as a file.
        raise ZoneInfoNotFoundError(f"No time zone found with key {name}") from None


@lru_cache(maxsize=1)
def holiday_countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes whose public holidays are known."""
    import holidays  # imported on first use: ~45 ms that weekend-only users never pay

    return frozenset(code for code in holidays.list_supported_countries() if len(code) == 2)


def check_country(code: object) -> None:
    """Raise ValueError naming the field `country` unless `code` is a known ISO code."""
    if not isinstance(code, str) or code not in holiday_countries():
        raise ValueError(
            f"country: unknown country {code!r}; an ISO 3166-1 alpha-2 code in capitals, "
            "such as 'US', 'GB', 'DE' or 'FR'"
        )


@lru_cache(maxsize=256)
def _weekday_holidays(country: str, year: int) -> tuple[int, ...]:
    """The proleptic ordinals of `country`'s public holidays in `year` that fall on a
    weekday (weekends are skipped anyway), sorted; built once per (country, year)."""
    import holidays

    # Some calendars are published for a span of years only (India's: 2001-2035), and the
    # package warns for a year outside it; a date that far out (a typo in a mail, a year
    # 9999 invite) gets the calendar's best answer, often none, without the warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        days = holidays.country_holidays(country, years=year)
    return tuple(sorted(day.toordinal() for day in days if day.weekday() < _SATURDAY))


def _holidays_between(country: str, after: date, through: date) -> int:
    """How many weekday holidays fall after `after` up to and including `through`."""
    low, high = after.toordinal(), through.toordinal()
    count = 0
    for year in range(after.year, through.year + 1):
        ordinals = _weekday_holidays(country, year)
        count += bisect_right(ordinals, high) - bisect_right(ordinals, low)
    return count


def _add_weekdays(local: datetime, days: int) -> datetime:
    weekday = local.weekday()
    # A weekend start counts like the Friday before it: the next business day is Monday.
    back_to_friday = weekday - 4 if weekday >= _SATURDAY else 0
    weekday -= back_to_friday
    weeks, extra = divmod(days, 5)
    calendar_days = weeks * 7 + extra + (2 if weekday + extra >= _SATURDAY else 0)
    # Aware arithmetic on a ZoneInfo datetime is wall-clock arithmetic: the time of day
    # stays put and the UTC offset is the one in force on the new date (DST included).
    return local + _span(calendar_days - back_to_friday)


def add_business_days(
    start: datetime, days: int, tz: tzinfo | str = "UTC", country: str | None = None
) -> datetime:
    """The moment `days` business days after `start`, at the same local time of day.

    Counting happens on the calendar of `tz`: the result is the `days`-th Monday-to-Friday
    date after `start`'s local date that is not a public holiday in `country` (an ISO
    3166-1 alpha-2 code; None counts weekends only), so Friday + 1 and Saturday + 1 are
    both Monday, or Tuesday when that Monday is a holiday. `days == 0` returns `start`
    itself. The result is expressed in `tz` (a ZoneInfo, a fixed offset, or a zone name);
    a naive `start` is read as local time in `tz`.
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    tzinfo = zone(tz) if isinstance(tz, str) else tz
    local = start.replace(tzinfo=tzinfo) if start.tzinfo is None else start.astimezone(tzinfo)
    if days == 0:
        return local
    result = _add_weekdays(local, days)
    if country is None:
        return result
    # Each holiday among the weekdays counted costs one more weekday, which may itself
    # reach over a holiday: repeat over the newly covered stretch until none is left.
    counted_from = local.date()
    while missing := _holidays_between(country, counted_from, result.date()):
        counted_from = result.date()
        result = _add_weekdays(result, missing)
    return result
