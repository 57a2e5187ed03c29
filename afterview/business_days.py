"""Business-day arithmetic for the advice policy: Monday to Friday, in the user's timezone.

Public holidays are not counted out: they differ by country and employer, and a day too
early for a polite check-in costs little.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

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
    ValueError for names that are not even a zone key).
    """
    return UTC if name == "UTC" else ZoneInfo(name)


def add_business_days(start: datetime, days: int, tz: tzinfo | str = "UTC") -> datetime:
    """The moment `days` business days after `start`, at the same local time of day.

    Counting happens on the calendar of `tz`: the result is the `days`-th Monday-to-Friday
    date after `start`'s local date, so Friday + 1 and Saturday + 1 are both Monday.
    `days == 0` returns `start` itself. The result is expressed in `tz` (a ZoneInfo, a
    fixed offset, or a zone name); a naive `start`
    is read as local time in `tz`.
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    tzinfo = zone(tz) if isinstance(tz, str) else tz
    local = start.replace(tzinfo=tzinfo) if start.tzinfo is None else start.astimezone(tzinfo)
    if days == 0:
        return local
    weekday = local.weekday()
    # A weekend start counts like the Friday before it: the next business day is Monday.
    back_to_friday = weekday - 4 if weekday >= _SATURDAY else 0
    weekday -= back_to_friday
    weeks, extra = divmod(days, 5)
    calendar_days = weeks * 7 + extra + (2 if weekday + extra >= _SATURDAY else 0)
    # Aware arithmetic on a ZoneInfo datetime is wall-clock arithmetic: the time of day
    # stays put and the UTC offset is the one in force on the new date (DST included).
    return local + _span(calendar_days - back_to_friday)
