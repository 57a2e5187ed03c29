"""Dates and times in employer wording, resolved against the message that said them.

Two kinds of expression:

* interview times ("Tuesday, March 10 at 2:00 PM ET", "Thu 3/12 10:30am PST", "tomorrow at
  3pm", "on the 12th at 11:00", "14:00 CET") -> `find_times`, `interview_time`;
* decision timelines ("by Friday", "within two weeks", "in the next few days", "early next
  week", "in 5-7 business days") -> `decision_by` (only in sentences about the employer's
  decision) and `deadline` (any such expression).

Resolution rules (the interpretation choices, in one place):

* A time without a zone is in the message's own zone; zone abbreviations name a region
  (PST -> America/Los_Angeles), so "2pm PST" in July means 2pm Pacific daylight time, which
  is what people writing it mean. A city names its zone ("4pm London time", "14h30 (Paris
  time)"), and so does a zone's own name ("09:00 (America/Chicago)"). "MST" from a mailbox
  on UTC-7 while Denver is on summer time is Arizona's MST (Arizona keeps it all year).
* An hour from 1 to 6 written unpadded with minutes and no am / pm ("Friday at 2:30",
  "1:00-2:00") is the afternoon; "02:00" stays 24-hour. A dot clock ("14.00", "9.30") is a
  time on the hour or a quarter after "at" / "from" or in a range ("9.30 to 10.15").
* "o'clock" makes a bare hour a clock time, read in working hours (1 to 6 afternoon, 7 to
  11 morning); the part of the day in words is the am / pm ("2:00 in the afternoon").
* A date without a year takes the year that puts it nearest the message date (a weekday
  given with it picks among the nearby years when it can).
* A weekday alone is the next such day after the message date ("Tuesday" sent on a Tuesday
  is a week later); "next Tuesday" is the Tuesday of next week (weeks start on Monday).
* "the 12th" is this month's 12th if that is not before the message date, else next month's.
* Numeric dates are month/day unless the first number exceeds 12 or the writer puts the day
  first: a mailbox from UTC+1 to UTC+7 (Europe, Africa, the Gulf, South Asia) or from
  UTC+9:30 on (Australia, New Zealand), or one on UTC+0 whose text is British ("organisation",
  "travelling") or writes a day before a month ("5th March"); a weekday written with the date
  ("Mon 6/8") picks the order that falls on it, and a reading before the message date gives
  way to one after it (nobody proposes a time already past).
* A bare hour ("tomorrow at 11", "Wednesday the 14th at 4", "say 2?") is a time only where the
  words make it one (see `_bare_hours`), read in working hours like "o'clock"; so is a clock
  in words ("half past two", "quarter to 3").
* A time with no date near it that says "on that day" / "on the day" is on the last date
  written before it ("... on 15 September. Please arrive at 10 am on that day.").
* A decision date is the END of the stated day (23:59:59 in the message's zone). Fuzzy
  counts of days ("a few", "a couple of", "a day or two") are business days (Mon-Fri, no
  holidays); numbered days are calendar days unless "business"/"working" says otherwise;
  a range takes its upper bound; "next week" alone means by the end of next week (Friday),
  "early next week" its Tuesday, "mid next week" its Wednesday; "early / mid / late <month>"
  (or "next month", "the month") its 10th, 20th and last day, "the first week of May" its
  7th; a fortnight is two weeks. Vague wording ("soon", "in
  the coming weeks") resolves to nothing, so the policy's default wait applies.
* A day said right after the answer's words, without "by" ("we'll get back to you on
  Friday", "with a decision next Tuesday"), is the decision date; an interview's or call's
  day between them ("in touch after your interview on Monday") is not.
* When one message states several decision dates, the latest wins (the cautious reading).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from dateutil.relativedelta import relativedelta

from afterview import business_days
from afterview.literals import literal_finder, matches_from

# Abbreviations and names people put after a time -> the region they mean.
TIMEZONES: dict[str, str] = {
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "eastern time": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "central time": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "mountain time": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "akdt": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "utc": "UTC",
    "gmt": "Europe/London",  # UK writers say GMT all year; London time is what they mean
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "wet": "Europe/Lisbon",
    "west": "Europe/Lisbon",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "eest": "Europe/Helsinki",
    "msk": "Europe/Moscow",
    "ist": "Asia/Kolkata",  # India; in hiring mail far more common than Irish summer time
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "eat": "Africa/Nairobi",
    "east africa time": "Africa/Nairobi",
    "wat": "Africa/Lagos",
    "cat": "Africa/Maputo",
    "sast": "Africa/Johannesburg",
    "gst": "Asia/Dubai",  # Gulf time; hiring mail means it, not South Georgia's
    "pht": "Asia/Manila",
    "wib": "Asia/Jakarta",
    "brt": "America/Sao_Paulo",
    "art": "America/Argentina/Buenos_Aires",
}
# "4pm London time", "14h30 (Paris time)": a zone named by a city people write it with.
_CITY_TIMES: dict[str, str] = {
    "london": "Europe/London", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin", "amsterdam": "Europe/Amsterdam",
    "brussels": "Europe/Brussels", "madrid": "Europe/Madrid", "rome": "Europe/Rome",
    "zurich": "Europe/Zurich", "stockholm": "Europe/Stockholm", "warsaw": "Europe/Warsaw",
    "athens": "Europe/Athens", "helsinki": "Europe/Helsinki", "istanbul": "Europe/Istanbul",
    "new york": "America/New_York", "toronto": "America/Toronto", "chicago": "America/Chicago",
    "denver": "America/Denver", "phoenix": "America/Phoenix", "arizona": "America/Phoenix",
    "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
    "mexico city": "America/Mexico_City", "sao paulo": "America/Sao_Paulo",
    "dubai": "Asia/Dubai", "india": "Asia/Kolkata", "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "auckland": "Pacific/Auckland",
    "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos", "johannesburg": "Africa/Johannesburg",
}  # fmt: skip
for _city, _name in _CITY_TIMES.items():
    TIMEZONES[f"{_city} time"] = _name
_ZONES: dict[str, tzinfo] = {abbr: ZoneInfo(name) for abbr, name in TIMEZONES.items()}
# Regions that keep their standard time all year, by the abbreviation they share with one
# that does not: "MST" from a mailbox whose own clock reads UTC-7 is Arizona's time, not
# Denver's summer one; "AEST" at UTC+10 is Queensland's, not Sydney's summer UTC+11 (in
# winter the two readings agree anyway; see `_zone`).
_NO_SUMMER_TIME: dict[tuple[str, timedelta], tzinfo] = {
    ("mst", timedelta(hours=-7)): ZoneInfo("America/Phoenix"),
    ("aest", timedelta(hours=10)): ZoneInfo("Australia/Brisbane"),
}

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
# Each month's shortest name ("jan" ... "dec"), which every way of writing it begins with.
MONTH_STEMS: tuple[str, ...] = tuple(
    min((name for name, number in _MONTHS.items() if number == month), key=len)
    for month in range(1, 13)
)

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tues", "tue"),
        ("wednesday", "wed"),
        ("thursday", "thurs", "thur", "thu"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
# Counts nobody means exactly; they are business days (see the module docstring).
_FUZZY_COUNTS: dict[str, int] = {"couple": 2, "couple of": 2, "few": 3, "several": 5}


def _trie(words) -> str:
    """A regex matching any of `words`, longest first, shaped as a trie.

    Python's regex engine tries alternatives one by one; sharing prefixes ("mar(?:ch)?")
    makes each position fail after one character instead of after every word.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return f"(?:{emit(tree)})"


_MONTH = _trie(_MONTHS)
_WEEKDAY = _trie(_WEEKDAYS)
_FULL_WEEKDAY = _trie(
    ("monday", "tuesday", "tues", "wednesday", "thursday", "thurs", "friday", "saturday", "sunday")
)
_ORD = r"(?:st|nd|rd|th)?"
# "March 17, 2026", "17 March 2026", and with hyphens as Indian and British HR systems print
# them: "17-Mar-2026"
_YEAR = r"(?:(?:,?\s*|-)(?P<{}>\d{{4}})(?!\d|:))?"

# Every way of writing a date, as one alternation; _DATE and the decision patterns use it.
_DATE_FORMS = (
    # Tuesday, March 10(th)(, 2025)
    rf"(?:(?P<wd_a>{_WEEKDAY})\.?,?\s+)?(?P<mon_a>{_MONTH})\.?\s+(?P<day_a>\d{{1,2}}){_ORD}\b"
    + _YEAR.format("yr_a")
    + r"|"
    # Tuesday 10(th) (of) March(, 2025)
    rf"(?:(?P<wd_b>{_WEEKDAY})\.?,?\s+)?(?:the\s+)?(?P<day_b>\d{{1,2}}){_ORD}(?:\s+|-)(?:of\s+)?"
    rf"(?P<mon_b>{_MONTH})\b\.?" + _YEAR.format("yr_b") + r"|"
    # 2025-03-12
    r"(?P<yr_c>\d{4})-(?P<mon_c>\d{1,2})-(?P<day_c>\d{1,2})\b"
    r"|"
    # Thu 3/12(/2025)
    # and 11-12-2026 (hyphens only with a four-digit year: not "2-3 weeks", "10-11am")
    rf"(?:(?P<wd_d>{_WEEKDAY})\.?,?\s+)?(?P<x_d>\d{{1,2}})(?:/(?P<y_d>\d{{1,2}})"
    r"(?:/(?P<yr_d>\d{4}|\d{2}))?(?![\d/])|-(?P<y_dh>\d{1,2})-(?P<yr_dh>\d{4})(?!\d))"
    r"|"
    # (Friday) 12.03.2025 / 12.03.: the weekday before it, as continental mail writes it
    # ("by Friday 26.03.2027"), is part of the date, not a second one (the next Friday)
    rf"(?:(?P<wd_e>{_WEEKDAY})\.?,?\s+)?"
    r"(?P<day_e>\d{1,2})\.(?P<mon_e>\d{1,2})\.(?P<yr_e>\d{4}|\d{2})?(?!\d)"
    r"|"
    # "this evening at 6", "this afternoon at 2:30": today
    r"(?P<rel>today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))"
    r"|"
    # Wednesday 18th, Thu the 19th: a weekday and the day of the month, the month unsaid (as
    # British, Irish and Australian mail writes the coming weeks); a month after it is form b's
    rf"(?P<wd_i>{_WEEKDAY})\.?,?\s+(?:the\s+)?(?P<day_i>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"|"
    rf"(?:(?P<which>this|next|coming)\s+)?(?P<wd_f>{_FULL_WEEKDAY})\b(?!['’]s)"
    r"|"
    r"the\s+(?P<day_g>\d{1,2})(?:st|nd|rd|th)\b"
)
# A date starts at a word with one of these characters (digits, the first letters of month
# and weekday names, of "the", "today", "tonight", "tomorrow", "this", "next", "coming"):
# the look-ahead spares the engine trying every form at every other word (twice as fast).
_DATE_FIRST_CHARACTERS = "acdfjmnostw"
# Sharper still: a word's first two letters ("at", "and", "our", "so", "was" begin with
# those letters and no date), taken from the same words, as a small trie ("a[pu]|co|...").
# About a fifth less time per `_date_near` (the pattern is tried at every word before a time).
_DATE_WORDS = (
    *_MONTHS, *_WEEKDAYS, "the", "today", "tonight", "tomorrow", "this", "next", "coming",
)  # fmt: skip
_DATE_HEADS: dict[str, set[str]] = {}
for _word in _DATE_WORDS:
    _DATE_HEADS.setdefault(_word[0], set()).add(_word[1])
_DATE_START = "|".join(
    first + (next(iter(seconds)) if len(seconds) == 1 else f"[{''.join(sorted(seconds))}]")
    for first, seconds in sorted(_DATE_HEADS.items())
)
assert set(_DATE_HEADS) <= set(_DATE_FIRST_CHARACTERS) and min(map(len, _DATE_WORDS)) >= 2
_DATE = re.compile(rf"\b(?=\d|{_DATE_START})(?:{_DATE_FORMS})")

_TZ = _trie(_ZONES)
_AMPM = r"(?:\s?(?P<{}>[ap])\.?m\b\.?)"
_CLOCK = r"(?P<{h}>[01]?\d|2[0-3])(?:(?P<{sep}>[:.h])(?P<{m}>[0-5]\d))?"
# "(America/Chicago)": a zone's own name, as scheduling tools print it.
_IANA_REGION = r"(?:africa|america|asia|atlantic|australia|europe|indian|pacific)"
# Windows' zone names as Outlook and Microsoft Bookings print them: "(UTC+00:00) Dublin,
# Edinburgh, Lisbon, London". The offset is the zone's standard one all year, while the
# time beside it is the wall clock of the places named (British summer time in June), so
# the places, by the first one named, say the zone.
_WINDOWS_PLACES = {
    "dublin": "Europe/London",
    "amsterdam": "Europe/Berlin",
    "belgrade": "Europe/Belgrade",
    "brussels": "Europe/Paris",
    "sarajevo": "Europe/Warsaw",
    "athens": "Europe/Athens",
    "helsinki": "Europe/Helsinki",
    "eastern time": "America/New_York",
    "central time": "America/Chicago",
    "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles",
}
_WINDOWS_PLACE = "|".join(_WINDOWS_PLACES)
# The part of the day in words stands for am / pm: "2:00 in the afternoon", "8 in the evening".
_DAY_PART = r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening))"


def _time_pattern(separators: str, before: str = "") -> re.Pattern:
    """A clock time, or a range of two joined by one of `separators`, with its zone."""
    return re.compile(
        before
        + r"(?:(?P<noon>noon|midday)|"
        + _CLOCK.format(h="h1", sep="s1", m="m1")
        + _AMPM.format("ap1")
        + rf"?(?:\s?(?:{separators})\s?"
        + _CLOCK.format(h="h2", sep="s2", m="m2")
        + _AMPM.format("ap2")
        + r"?)?(?P<oclock>\s?o['’]clock\b)?"
        + _DAY_PART
        + r"?)"
        # "8:00 PM your time (CDT)": a time restated for the reader, its zone after the words
        + r"(?:\s?(?:your\s(?:local\s)?time\s(?=\())?\(?"
        + r"(?:(?:utc|gmt)\s?(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?"
        + rf"(?:\)\s?(?P<win>{_WINDOWS_PLACE})\b)?"
        # Calendly's "(Eastern Time - US & Canada)": the region after the zone is no part
        # of the time, and must not stand between it and the date that follows
        + rf"|(?P<tz>{_TZ})(?:\s[-–]\sus\s?(?:&|and)\s?canada)?"
        + rf"|(?P<iana>{_IANA_REGION}/[a-z_]+(?:/[a-z_]+)?))\)?\b)?"
    )


_TIME = _time_pattern(r"-|–|—|to|until|till")
# "between 1:00 and 4:00 pm": a range only after "between" ("10am and 2pm" are two times).
_BETWEEN_TIME = _time_pattern(r"\s(?:and)\s", before=r"between\s+(?=\d)")


class TimeSpan(NamedTuple):
    start: datetime
    end: datetime | None  # when the wording gave an end ("2-3pm"), else None


# --------------------------------------------------------------------------- dates


def _nearest_year(month: int, day: int, sent: date, weekday: int | None) -> date | None:
    options = []
    for year in (sent.year, sent.year + 1, sent.year - 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    options.sort(key=lambda d: abs((d - sent).days))
    if weekday is not None:
        for option in options:
            if option.weekday() == weekday and abs((option - sent).days) < 300:
                return option
    return options[0]


def _weekday_after(sent: date, weekday: int, which: str | None = None) -> date:
    if which == "next":
        next_monday = sent + timedelta(days=7 - sent.weekday())
        candidate = next_monday + timedelta(days=weekday)
        # "next Friday" said early in the week still may mean this week's; we keep the
        # documented reading: the Friday of next week.
        return candidate
    ahead = (weekday - sent.weekday()) % 7 or 7
    return sent + timedelta(days=ahead)


def _day_of_month(sent: date, day: int) -> date | None:
    month_start = sent.replace(day=1)
    for months_ahead in range(3):
        first = month_start + relativedelta(months=months_ahead)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate >= sent:
            return candidate
    return None


def _weekday_and_day(sent: date, weekday: int, day: int) -> date | None:
    """ "Wednesday 18th": the coming 18th that is a Wednesday (this month's or one of the
    next few), else the coming 18th as `_day_of_month` reads "the 18th"."""
    month_start = sent.replace(day=1)
    for months_ahead in range(7):
        try:
            candidate = (month_start + relativedelta(months=months_ahead)).replace(day=day)
        except ValueError:
            continue
        if candidate >= sent and candidate.weekday() == weekday:
            return candidate
    return _day_of_month(sent, day)


def _two_digit_year(text: str | None, sent: date) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


# Where day/month is the custom: UTC+1 to UTC+7 (Europe, Africa, the Gulf, South Asia) and
# UTC+9:30 on (Australia, New Zealand). UTC+8 and +9 are left month-first: China, Japan and
# the Philippines write the month first. UTC+0 needs the text's word (`_DAY_FIRST_TEXT`):
# servers (ATS reminders, calendars) send in UTC from everywhere.
_DAY_FIRST_OFFSETS = (
    (timedelta(hours=1), timedelta(hours=7)),
    (timedelta(hours=9, minutes=30), timedelta(hours=14)),
)
# British spelling, or a day written before its month ("5th March", "15 September"): the
# writer puts the day first in numbers too.
_DAY_FIRST_TEXT = re.compile(
    r"\b(?:organis|realis|apologis|recognis|prioritis|travell|colour|favour|behaviour"
    r"|programme|centre|whilst|licence|labour)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"
)


_TEXT_DECIDES_OFFSETS = (timedelta(0), timedelta(hours=8))


def _day_first(sent_at: datetime, low: str) -> bool:
    offset = sent_at.utcoffset()
    if offset is None:
        return False
    if any(low_bound <= offset <= high for low_bound, high in _DAY_FIRST_OFFSETS):
        return True
    # UTC+0 (servers everywhere) and UTC+8 (Singapore and Malaysia write the day first,
    # China and the Philippines the month): the text's own British wording decides
    return offset in _TEXT_DECIDES_OFFSETS and _DAY_FIRST_TEXT.search(low) is not None


# How much later the usual order's date must be than the other order's, both still to come,
# for the sooner one to be meant
_FAR_APART = timedelta(days=60)


def _numeric_date(
    first: int, second: int, year: int | None, weekday: int | None, sent_at: datetime, low: str
) -> date | None:
    """3/12 or 12/3: the order a stated weekday confirms, else by the module's rule."""
    sent = sent_at.date()
    orders = [(first, second), (second, first)]  # (month, day) readings
    if first > 12:
        orders = [(second, first)]
    elif second > 12:
        orders = [(first, second)]
    elif _day_first(sent_at, low):
        orders.reverse()
    readings = []
    for month, day in orders:
        try:
            readings.append(
                date(year, month, day) if year else _nearest_year(month, day, sent, None)
            )
        except ValueError:
            continue
    readings = [r for r in readings if r is not None]
    if weekday is not None:
        for reading in readings:
            if reading.weekday() == weekday:
                return reading
    if year and len(readings) == 2 and readings[0] < sent <= readings[1]:
        return readings[1]  # the other order's date is still to come: that is the one meant
    if len(readings) == 2 and sent <= readings[1] < readings[0] - _FAR_APART:
        # "booked for 12/03/2026 at 14:15", sent on 9 March from a UTC mailbox: this Thursday,
        # not December; mail arranges the weeks ahead, not the months after them
        return readings[1]
    return readings[0] if readings else None


def _resolve_date(m: re.Match, sent_at: datetime) -> date | None:
    sent = sent_at.date()
    g = m  # read group by group: `groupdict` would cut out all of _DATE's 27 groups first
    try:
        if g["mon_a"] or g["mon_b"]:
            key = "a" if g["mon_a"] else "b"
            month, day = _MONTHS[g["mon_" + key]], int(g["day_" + key])
            year = g["yr_" + key]
            weekday = _WEEKDAYS.get(g["wd_" + key] or "")
            if year:
                return date(int(year), month, day)
            return _nearest_year(month, day, sent, weekday)
        if g["yr_c"]:
            return date(int(g["yr_c"]), int(g["mon_c"]), int(g["day_c"]))
        if g["x_d"]:
            weekday = _WEEKDAYS.get(g["wd_d"] or "")
            year = _two_digit_year(g["yr_d"] or g["yr_dh"], sent)
            second = int(g["y_d"] or g["y_dh"])
            return _numeric_date(int(g["x_d"]), second, year, weekday, sent_at, m.string)
        if g["day_e"]:
            day, month = int(g["day_e"]), int(g["mon_e"])
            year = _two_digit_year(g["yr_e"], sent)
            if year:
                return date(year, month, day)
            return _nearest_year(month, day, sent, _WEEKDAYS.get(g["wd_e"] or ""))
        if g["rel"]:
            return sent + timedelta(days=1) if g["rel"] == "tomorrow" else sent
        if g["wd_i"]:
            return _weekday_and_day(sent, _WEEKDAYS[g["wd_i"]], int(g["day_i"]))
        if g["wd_f"]:
            return _weekday_after(sent, _WEEKDAYS[g["wd_f"]], g["which"])
        if g["day_g"]:
            return _day_of_month(sent, int(g["day_g"]))
    except (ValueError, OverflowError):  # "February 30", "13/13": not a date
        return None
    return None


# --------------------------------------------------------------------------- times


def _hour(hour: int, ampm: str | None) -> int | None:
    if ampm is None:
        return hour
    if not 1 <= hour <= 12:
        return None
    if ampm == "p":
        return 12 if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


def _clock(m: re.Match) -> tuple[time, time | None] | None:
    """The start (and end) clock time of a _TIME match, or None for a bare number."""
    if m["noon"]:
        return time(12, 0), None
    ap1, ap2 = m["ap1"], m["ap2"]
    has_end = m["h2"] is not None
    said = _said_ampm(m)
    if m["s1"] == "." and not (ap1 or ap2 or said) and m["m1"] not in _QUARTERS:
        # "Room 3.12", "section 4.06", "3.50": numbers, whatever the words before them; the
        # check comes before the afternoon guess below, which made any "1.xx" to "6.xx" a
        # clock time (a dotted quarter, "2.30", is still weighed as before)
        return None
    if said is not None:  # "in the afternoon", "3 o'clock": the half of the day said in words
        if has_end:
            ap2 = ap2 or said
        else:
            ap1 = ap1 or said
    elif not (ap1 or ap2):
        # "Friday at 2:30", "1:00-2:00": an hour from 1 to 6, unpadded, with minutes and no
        # am / pm is the afternoon (nobody is interviewed at 2:30 at night); "02:00" is
        # 24-hour writing and stays as written
        if has_end:
            ap2 = _afternoon_hour(m["h2"], m["m2"])
        else:
            ap1 = _afternoon_hour(m["h1"], m["m1"])
    if m["s1"] == "." and not (ap1 or ap2) and not _dotted_clock(m):
        return None  # "3.50" is a number, not a time
    if not (ap1 or m["m1"] or ap2 or m["tz"] or m["off"] or _iana_zone(m["iana"])):
        return None  # "at 3" or "2-3 rounds": too ambiguous without am/pm or minutes
    if not (ap1 or m["m1"]) and not (has_end and (ap2 or m["m2"])):
        return None
    h1, m1 = int(m["h1"]), int(m["m1"] or 0)
    end = None
    if has_end:
        h2, m2 = int(m["h2"]), int(m["m2"] or 0)
        hour2 = _hour(h2, ap2)
        if hour2 is None:
            return None
        end = time(hour2, m2)
        if ap1 is None and ap2 is not None:
            # "2-3pm": the start shares the end's half of the day unless that would put
            # it after the end ("11-12pm" starts at 11am).
            ap1 = ap2
            if (_hour(h1, ap1) or 0) * 60 + m1 > hour2 * 60 + m2:
                ap1 = "a" if ap2 == "p" else "p"
    hour1 = _hour(h1, ap1)
    if hour1 is None:
        return None
    return time(hour1, m1), end


def _afternoon_hour(hour: str, minutes: str | None) -> str | None:
    return "p" if minutes and len(hour) == 1 and "1" <= hour <= "6" else None


_QUARTERS = frozenset({"00", "15", "30", "45"})
# "at 14.00", "from 9.30": a word that puts a time after it; "Time : 13.00", a schedule's
# labelled line (Southeast Asian and European invitations set the date and time out so).
_TIME_WORD_BEFORE = re.compile(r"(?:\bat|\bfrom|@|\buntil|\btill|\btime\s*:)\s?$")
_TIME_WORD_REACH = 16  # "Time     : " with the padding a table lines up with


def _dotted_clock(m: re.Match) -> bool:
    """ "14.00" is a clock time (UK, European and Southeast Asian writing) on the hour or a
    quarter, when a range ("9.30 to 10.15"), a zone after it ("13.00 WIB") or a word before it
    ("at", "from", "Time:") says so; "12.50" is not, nor a bare "10.15" (a score, a version)."""
    if m["m1"] not in _QUARTERS:
        return False
    if m["s2"] == "." and m["m2"] in _QUARTERS:
        return True
    if m["tz"] or m["iana"]:
        return True
    reach = max(0, m.start() - _TIME_WORD_REACH)
    return _TIME_WORD_BEFORE.search(m.string, reach, m.start()) is not None


def _said_ampm(m: re.Match) -> str | None:
    """am / pm said in words: the part of the day ("in the afternoon"), else for "o'clock" the
    working-day reading of the hour (1 to 6 is the afternoon, 7 to 11 the morning)."""
    if m["part"]:
        return "a" if m["part"] == "morning" else "p"
    if m["oclock"] and not (m["ap1"] or m["ap2"]):
        hour = int(m["h2"] or m["h1"])
        if 1 <= hour <= 6 or hour == 12:
            return "p"
        if 7 <= hour <= 11:
            return "a"
    return None


_IANA_NAMES: dict[str, str] = {}


def _iana_zone(name: str | None) -> tzinfo | None:
    """ "(America/Chicago)" as scheduling tools print it; None for a name that is no zone."""
    if not name:
        return None
    if not _IANA_NAMES:
        _IANA_NAMES.update({key.lower(): key for key in available_timezones()})
    key = _IANA_NAMES.get(name)
    return ZoneInfo(key) if key else None


def _zone(m: re.Match, sent_at: datetime) -> tzinfo:
    if m["tz"]:
        return _NO_SUMMER_TIME.get((m["tz"], sent_at.utcoffset()), _ZONES[m["tz"]])
    if m["iana"]:
        zone = _iana_zone(m["iana"])
        if zone is not None:
            return zone
    if m["win"]:
        return ZoneInfo(_WINDOWS_PLACES[m["win"]])
    if m["off"]:
        hours = int(m["off"])
        minutes = int(m["offm"] or 0) * (-1 if hours < 0 else 1)
        return timezone(timedelta(hours=hours, minutes=minutes))
    return sent_at.tzinfo or UTC


# How far a date may sit from its time: "Tuesday, March 10 at 2:00 PM" (before) or
# "2pm on Tuesday" (after).
_DATE_BEFORE_GAP = 40
_DATE_AFTER_GAP = 12


# Where a time can be: a digit followed by ":MM" or am/pm, or noon. Cheap to scan for; the
# full time pattern then runs only from a few digit positions just before each cue.
_TIME_CUE = re.compile(
    r"\d(?:[:.h][0-5]\d|\s?[ap]\.?m\b|\s?o['’]clock|\s+in\s+the\s+(?:morning|afternoon|evening))"
    r"|noon|midday"
)
_RANGE_LOOKBACK = 14  # "2-3pm": the start lies a few characters before the cue


def _times(low: str):
    """The _TIME matches in `low`, found from cues (same matches as a full scan, faster)."""
    covered = 0
    for cue_start in _time_cue_starts(low):
        if cue_start < covered:
            continue  # inside the previous match ("2:00 - 3:00pm": the "3:00" cue)
        lowest = max(covered, cue_start - _RANGE_LOOKBACK)
        for begin in _TIME_START.finditer(low, lowest, cue_start + 1):
            m = _TIME.match(low, begin.start())
            if m and m.end() > cue_start:
                covered = m.end()
                yield m
                break


def _time_cue_starts(low: str) -> list[int]:
    """Where each of `_TIME_CUE.finditer(low)`'s matches starts, found without it: its digit
    cue is scanned alone (`_DIGIT_TIME_CUE`, skipped along in C from digit to digit, where
    `_TIME_CUE`'s "noon" and "midday" make the engine try it at nearly every character: a
    third of the cost), "noon" and "midday" by `str.find`. The same starts: a digit cue and
    a word start at different characters, neither word holds a digit, and one inside an
    earlier match ("2 in the afternoon" holds "noon") is left out as finditer leaves it."""
    if "noon" not in low and "midday" not in low:  # most texts: the digit cues are all
        return [m.start() for m in _digit_time_cue(low).finditer(low)]
    spans = [m.span() for m in _digit_time_cue(low).finditer(low)]
    for word in ("noon", "midday"):
        at = low.find(word)
        while at != -1:
            spans.append((at, at + len(word)))
            at = low.find(word, at + 1)
    starts: list[int] = []
    end = 0
    for start, stop in sorted(spans):
        if start >= end:  # finditer goes on from the end of the match before
            starts.append(start)
            end = stop
    return starts


# Where a time can begin: a digit, or the n of noon, the m of midday, not right after a
# digit, a date's separator or a letter ("3/12", "h1").
_TIME_START = re.compile(r"(?<![0-9/.:\-a-z])[\dnm]")


def mentions_a_time(low: str, hours: bool = False) -> bool:
    """A quick look: is there a clock time ("2pm", "14:00", "noon") in the lower-cased text?
    With `hours`, also a bare hour the words make a time ("Friday at 3", "say 2?") or a clock
    in words ("half past two"): what the timeline reads times from. Detection counts clock
    times only (a look-alike's "see you Friday at 9!" is no stronger for it)."""
    # _TIME_CUE's answer, with the digit cue scanned alone: a pattern that starts with a
    # digit is skipped along in C, where one that may start with "n" or "m" is tried at
    # nearly every letter.
    if _digit_time_cue(low).search(low) is not None or "noon" in low or "midday" in low:
        return True
    return hours and mentions_an_hour(low)


def mentions_an_hour(low: str) -> bool:
    """A bare hour the words make a time or a clock in words (see `mentions_a_time`)."""
    if _says_a_word_clock(low) and _WORD_CLOCK.search(low) is not None:
        return True
    if _says_hours(low) and _HOURS_CLOCK.search(low) is not None:
        return True
    words = _bare_hour_words(low)  # most texts have none: no generator to start
    if words and next(_bare_hours(low, False, words), None) is not None:
        return True
    # a span of bare hours after the day: "Monday, March 8, from 8 to 12"
    return _has_a_bare_range(low) and next(_bare_ranges(low), None) is not None


# Where a bare hour can be, each form scanned for from its literal start ("at" after a space
# or a line break, "say", "@"): a pattern that begins with a literal is skipped along in C,
# where one that may begin with any of them is tried at every character (three times the
# cost). "at" is scanned for once, from its "a" (a space starts a third of all characters:
# " at " as the literal stops at every one), and kept after a space or a line break.
# `_bare_hours` then reads the few found.
_HOUR_AFTER = r"(?:1[0-2]|[1-9])(?![\d:])"
_AT_HOURS, _SAY_HOURS, _SIGN_HOURS, _AROUND_HOURS, _ANY_TIME_AFTER_HOURS, _ONWARDS_HOURS = (
    re.compile(start + _HOUR_AFTER)
    for start in ("at ", "say ", "@ ?", r"\baround ", r"\bany ?time after ", r"\bfrom ")
)


def _bare_hour_words(low: str) -> list[int]:
    """Where each "at" / "say" / "@" before a bare hour begins, in reading order."""
    places = [0] if low.startswith("at ") else []  # the text's first word: no space before
    # a search first: most texts have none, and a search builds no iterator or list
    if _AT_HOURS.search(low):
        places += [
            m.start() for m in _AT_HOURS.finditer(low) if m.start() and low[m.start() - 1] in " \n"
        ]
    # "say " and "@" asked of `str` first (found at memchr speed; the engine steps along
    # character by character to a literal): most texts hold neither
    if "say " in low and _SAY_HOURS.search(low):
        places += [m.start() for m in _SAY_HOURS.finditer(low)]
    if "@" in low and _SIGN_HOURS.search(low):
        places += [m.start() for m in _SIGN_HOURS.finditer(low)]
    if "around " in low and _AROUND_HOURS.search(low):
        places += [m.start() for m in _AROUND_HOURS.finditer(low)]
    # "Free Thursday? Anytime after 1 works": where the stretch offered begins
    if "time after " in low and _ANY_TIME_AFTER_HOURS.search(low):
        places += [m.start() for m in _ANY_TIME_AFTER_HOURS.finditer(low)]
    # "Thursday afternoon, from 1 onwards" (`_BARE_HOUR` asks for the "onwards")
    if " onward" in low and _ONWARDS_HOURS.search(low):
        places += [m.start() for m in _ONWARDS_HOURS.finditer(low)]
    if len(places) > 1:
        places.sort()
    return places


_DIGIT_TIME_CUE = re.compile(
    r"\d(?:[:.h][0-5]\d|\s?[ap]\.?m\b|\s?o['’]clock|\s+in\s+the\s+(?:morning|afternoon|evening))"
)
# The same for ASCII text, its first digit as "[0-9]": the engine skips to it testing a range
# instead of asking Unicode's digit table of every character (a quarter less time a search);
# in ASCII text "\d" is "[0-9]". The rest is left as it is ("\s" also holds \x1c-\x1f).
_ASCII_DIGIT_TIME_CUE = re.compile("[0-9]" + _DIGIT_TIME_CUE.pattern.removeprefix(r"\d"))


def _digit_time_cue(low: str) -> re.Pattern[str]:
    return _ASCII_DIGIT_TIME_CUE if low.isascii() else _DIGIT_TIME_CUE


_RESTATED_WEEKDAY_GAP = re.compile(r"\s*[(,]?\s*")


def _date_near(low: str, start: int, end: int) -> re.Match | None:
    """The date written just before a time (closest first), else just after it."""
    best = previous = None
    window = max(0, start - _DATE_BEFORE_GAP - 40)
    for m in _DATE.finditer(low, window, start):
        if start - m.end() <= _DATE_BEFORE_GAP:
            if (
                m["wd_f"]
                and not m["which"]
                and previous is not None
                and not previous["wd_f"]
                and not previous["rel"]
                and _RESTATED_WEEKDAY_GAP.fullmatch(low, previous.end(), m.start())
            ):
                # "17/03/2026 (Tuesday)", "12th November 2026 (Thursday) at 2.00pm", "19
                # November 2026, Thursday at 10:30": the weekday restates the date
                best = previous
                continue
            best = m
        previous = m
    if best is not None:
        return best
    m = _DATE.search(low, end, end + _DATE_AFTER_GAP + 40)
    if m and m.start() - end <= _DATE_AFTER_GAP:
        return m
    return None


# A bare hour: "at" (or "@", or "say" put as a question) and an hour from 1 to 12 with no
# minutes, am / pm or o'clock after it ("at 3:30", "at 3pm" are the clock pattern's), not a
# range's start ("at 2-3 sites") and not a decimal.
_BARE_HOUR = re.compile(
    r"(?:\b(?P<at>at)|(?P<say>\bsay)|(?P<sign>@)|\b(?P<around>around)|\bany ?time after"
    r"|\bfrom(?= (?:1[0-2]|[1-9]) onwards?\b))"
    r" ?(?P<h>1[0-2]|[1-9])"
    r"(?![\d:]|[.,]\d|\s?(?:[ap]\.?m\b|o['’]clock|h\d|-|–|(?:to|or|and)\s+\d))"
)
# What may follow a bare hour that is a time of day: the end of the sentence, a zone, the day
# ("at 3 on Friday"), or the words of a proposal or an answer ("at 4 work?", "at 2 it is").
# Anything else ("at 3 locations", "at 2 of our stores", "Friday at 3 in the lobby") leaves
# the number a number.
_AFTER_BARE_HOUR = re.compile(
    r"[ \t]*(?:$|[?!.,;:)\n]|(?:on|works?|would|could|suits?|sounds?|is|it|for|with|then|onwards?"
    rf"|instead|sharp|if|ok|okay|please|tomorrow|today|tonight|this|next)\b|(?P<tz>{_TZ})\b)"
)
# An hour an owner puts loosely beside the day goes on into the sentence more often than "at
# 3" does: "Thursday around 10 to meet the crew", "Saturday morning around 9 and we'll walk
# the rows" (the day right before it, required below, is what makes it a time)
_AFTER_AROUND_HOUR = re.compile(r"[ \t]+(?:to|and|so|or)[ \t]+[a-z]")
# The part of the day a relative day says: "tonight at 7", "this evening at 7:30" are 19:00
# and 19:30, not the morning
_REL_PART = {"tonight": "evening", "this evening": "evening", "this afternoon": "afternoon"}


def _relative_part(dm: re.Match) -> str | None:
    """The part of the day a relative day in date match `dm` says, if any."""
    return _REL_PART.get(" ".join(dm["rel"].split())) if dm["rel"] else None


def _part_of_day(low: str, dm: re.Match, start: int) -> str | None:
    """The part of the day said with the date `dm` of the clock time at `start`: by a relative
    day ("tonight at 7:30") or between the date and the time ("Friday evening at 7:30")."""
    if dm["rel"]:
        return _relative_part(dm)
    if dm.end() < start and (gap := _PART_OF_DAY_BEFORE.fullmatch(low, dm.end(), start)):
        return gap["part"]
    return None


_SAY_CUES = ("say ", "@")
# The part of the day said between a date and its bare hour: "Thursday morning at 10"
_PART_OF_DAY_GAP = re.compile(r"\s+(?P<part>morning|afternoon|evening|night),?\s")
# The same before a clock time: "Friday evening at 7:30", "tomorrow night, 8:15"
_PART_OF_DAY_BEFORE = re.compile(
    r"\s+(?P<part>afternoon|evening|night),?\s+(?:at\s+|@\s*|from\s+)?"
)


_HOUR_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve"),
        start=1,
    )
}  # fmt: skip
# "half past two", "quarter past 3", "quarter to 2": a clock time in words, read in working
# hours like "o'clock" (1 to 6 the afternoon).
_WORD_CLOCK = re.compile(
    r"\b(?:(?P<part>half|quarter)\s+past|quarter\s+to)\s+"
    r"(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b(?![:.]\d)"
)


def _says_a_word_clock(low: str) -> bool:
    return "half past " in low or "quarter past " in low or "quarter to " in low


def _word_clocks(low: str):
    """(where, the clock time, its date match) of each "half past two" with a date near."""
    for m in _WORD_CLOCK.finditer(low):
        dm = _date_near(low, m.start(), m.end())
        if dm is None:
            continue
        hour = _HOUR_WORDS.get(m["h"]) or int(m["h"])
        start = datetime.combine(date(2000, 1, 1), time(_working_hour(hour)))
        if m["part"] == "half":
            start += timedelta(minutes=30)
        elif m["part"]:
            start += timedelta(minutes=15)
        else:
            start -= timedelta(minutes=15)  # "quarter to 2": 1:45
        yield m.start(), start.time(), dm


def _bare_hours(low: str, dated: bool = True, words: list[int] | None = None):
    """("tomorrow at 11", "Wednesday the 14th at 4", "17/03 at 11", "at 3 on Friday", "Can you
    come in Wednesday? Let's say 2?"): (where the hour is, the hour read in working hours, its
    date match or None, its zone or None). An hour only counts right after a date and "at",
    before "on <date>", or as "say N?" with a date just before; with `dated` False a "say N?"
    counts alone (a question that puts a time: the date may be in another question).
    `words`: `_bare_hour_words(low)` when the caller has it."""
    for word in _bare_hour_words(low) if words is None else words:
        m = _BARE_HOUR.match(low, word)
        if m is None:
            continue
        after = _AFTER_BARE_HOUR.match(low, m.end())
        if after is None and not (m["around"] and _AFTER_AROUND_HOUR.match(low, m.end())):
            continue
        start = m.start()
        dm = part = None
        if m["say"]:
            if not low.startswith("?", after.end() - 1):
                continue
            dm = _date_near(low, start, start)
            if dm is None and dated:
                continue
        else:
            for candidate in _DATE.finditer(low, max(0, start - 40), start):
                if start - candidate.end() <= 2:  # "Friday at 3", "Friday, at 3"
                    dm, part = candidate, None
                else:  # "Thursday morning at 10", "Friday afternoon, at 2"
                    gap = _PART_OF_DAY_GAP.fullmatch(low, candidate.end(), start)
                    if gap is not None:
                        dm, part = candidate, gap["part"]
            if dm is None and low.startswith(" on ", m.end()):
                dm = _DATE.match(low, m.end() + 4)
            if dm is None and low.startswith(" ", m.end()):
                # "at 9 tomorrow", "at 7 tonight", "at 2 next Friday": the day said after
                dm = _DATE.match(low, m.end() + 1)
                if dm is not None and not (dm["rel"] or dm["which"]):
                    dm = None
            if dm is None:
                continue
            if part is None:
                part = _relative_part(dm)
        hour = int(m["h"])
        if part == "morning":
            clock = time(min(hour, 12), 0)
        elif part is not None:  # the afternoon or the evening
            clock = time(hour % 12 + 12, 0)
        else:  # working hours: 1 to 6 the afternoon, 7 to 11 the morning, 12 noon
            clock = time(_working_hour(hour), 0)
        zone = _ZONES[after["tz"]] if after is not None and after["tz"] else None
        yield m.start("h"), clock, dm, zone


# A span of bare hours an owner writes after the day: "Monday, March 8, from 8 to 12",
# "Friday 5 March, 12 till 2", "Saturday from 10 to 2". No minutes, am / pm or o'clock on
# either hour (those are the clock pattern's ranges); found from its first digit, the day
# right before it checked in `_bare_ranges`.
# "Are you free tomorrow between 10 and 12?": "and" joins the two hours only after "between"
# (checked in `_bare_ranges`: "Friday 10 and 12 people" is no span).
_BARE_RANGE = re.compile(
    r"(?P<h>[1-9][0-2]?) (?P<join>to|till|til|until|and) (?P<h2>[1-9][0-2]?)"
    r"(?![\d:]|[.,]\d|\s?(?:[ap]\.?m\b|o['’]clock|h\d|%))"
)
# What every `_BARE_RANGE` holds, looked for first: a pattern that opens on a space is
# skipped along to each space in C, where one opening on "[1-9]" asks a character class of
# every character (half the time over the bench's texts, most of which hold neither).
_BARE_RANGE_CUE = re.compile(r" (?:to|till?|until|and) [1-9]")


def _has_a_bare_range(low: str) -> bool:
    return _BARE_RANGE_CUE.search(low) is not None and _BARE_RANGE.search(low) is not None


# Between the day and the span: a comma, "from", "between"
_DAY_TO_RANGE = re.compile(r"[ ,]*(?:from |between )?")
_BETWEEN = "between "
# Someone's hours of being there, said after the day they answer: "I'm around from 2 to 5"
_THERE_FROM = re.compile(r"\b(?:around|free|available|here|in|about|anywhere)\s+from\s+$")
_THERE_REACH = 80
_SOMETIME_IN = re.compile(r"\b(?:sometime|any\s?time|anywhere)\s+(?:between|from)\s+$")
# ... and what may follow those hours: the sentence's end, or an answer's words ("if that
# helps", "that day"); not "years of age", "most days"
_AFTER_THERE_RANGE = re.compile(
    r"[ \t]*(?:$|[.,;!?)\n]|(?:if|on|that|then|so|but|today|tomorrow)\b)"
)


def _working_hour(hour: int) -> int:
    """A bare hour read in working hours: 1 to 6 the afternoon, 7 to 11 the morning, 12 noon."""
    return hour + 12 if hour <= 6 else hour


def _bare_ranges(low: str):
    """(where the span is, its start and end read in working hours, the day's date match) of
    each span of bare hours written right after a day (`_BARE_RANGE`)."""
    for m in _BARE_RANGE.finditer(low):
        first, last = int(m["h"]), int(m["h2"])
        start = m.start()
        if first > 12 or last > 12 or (start and low[start - 1] in "0123456789:.,$£€/#-"):
            continue
        if m["join"] == "and" and not low.startswith(_BETWEEN, start - len(_BETWEEN)):
            continue
        dm = None
        for candidate in _DATE.finditer(low, max(0, start - 40), start):
            if _DAY_TO_RANGE.fullmatch(low, candidate.end(), start):
                dm = candidate
        if (
            dm is None
            and _THERE_FROM.search(low, max(0, start - 16), start)
            and _AFTER_THERE_RANGE.match(low, m.end())
        ):
            # "Could you come by Thursday instead? I'm around from 2 to 5": the hours someone
            # is there, the day just asked about in the sentence before
            for candidate in _DATE.finditer(low, max(0, start - _THERE_REACH), start):
                dm = candidate
        if (
            dm is None
            and low.startswith(" on ", m.end())
            and _SOMETIME_IN.search(low, max(0, start - 24), start)
        ):
            # "Would sometime between 9 and 11 on Friday work?": the day said after ("we hired
            # between 2 and 4 on Monday" counts people)
            dm = _DATE.match(low, m.end() + 4)
        if dm is None:
            continue
        begin = _working_hour(first)
        # the end is the first of its two readings after the start ("10 to 2" ends at 14:00)
        end = next((h for h in (last % 12, last % 12 + 12) if begin < h < 24), None)
        yield start, time(begin, 0), time(end, 0) if end is not None else None, dm


def _in_the_evening(
    tm: re.Match, clock: tuple[time, time | None], afternoon: bool
) -> tuple[time, time | None]:
    """`clock` read in the afternoon or evening a relative day says ("tonight at 7:30", "this
    evening at 6:45"), where neither am / pm nor a 24-hour "07:30" is written."""
    if tm["ap1"] or tm["ap2"] or tm["part"] or tm["oclock"] or tm["noon"]:
        return clock
    if tm["h1"].startswith("0") or clock[0].hour >= 12 or (afternoon and clock[0].hour > 7):
        return clock  # "this afternoon at 11:00" says no half of the day: left as written
    start, end = clock
    if end is not None:
        end = end.replace(hour=end.hour + 12) if end.hour < 12 else end
    return start.replace(hour=start.hour + 12), end


# "1600 hrs", "0930 hours", "16.00 hrs": 24-hour writing (military, Indian and African HR
# mail) with its unit, the only mark that makes four digits a clock time; not "1500 hours
# of experience". Looked for only in texts that say "hrs" or "hours".
_HOURS_CLOCK = re.compile(
    r"(?<![\d.,:/$£€])\b(?P<h>[01]\d|2[0-3])\.?(?P<m>[0-5]\d)\s?(?:hrs|hours)\b(?!\s+of\b)"
)


def _says_hours(low: str) -> bool:
    return "hrs" in low or "hours" in low


# "within 2000 hours", "over 1500 hrs": a count of hours, not a clock
_COUNT_BEFORE = re.compile(r"\b(?:within|over|under|than|about|around|for|some|least|to)\s+$")


def _hours_clocks(low: str):
    """(where, the clock time, its date match) of each "1600 hrs" with a date near."""
    for m in _HOURS_CLOCK.finditer(low):
        if _COUNT_BEFORE.search(low, max(0, m.start() - 8), m.start()):
            continue
        dm = _date_near(low, m.start(), m.end())
        if dm is not None:
            yield m.start(), time(int(m["h"]), int(m["m"])), dm


def _between_ranges(low: str) -> dict[int, re.Match]:
    """ "between 2:30 and 5pm" ranges, by where their first time starts."""
    return {m.start("h1"): m for m in _BETWEEN_TIME.finditer(low) if m["h1"] and m["h2"]}


# A weekday written short in terse or mobile mail, right before its clock time ("can you come
# by Wed at 6:30am?", "Thu 2pm", "fri @ 10am"): read only where no date is near the time (the
# date forms leave short names alone: "sat", "sun", "wed" are words too, and "mon", "tue",
# "thu", "fri" alone are no day), so the dates of every other text cost nothing more.
_SHORT_WEEKDAY_BEFORE = re.compile(
    r"(?:^|[^a-z])(?P<wd>mon|tues?|wed|thu(?:rs?)?|fri)\.?\s+(?:at\s+|@\s*)?$"
)
_SHORT_WEEKDAY_REACH = len("thurs. at ")


def _short_weekday_before(low: str, start: int, sent_at: datetime) -> date | None:
    m = _SHORT_WEEKDAY_BEFORE.search(low, max(0, start - _SHORT_WEEKDAY_REACH - 1), start)
    if m is None:
        return None
    return _weekday_after(sent_at.date(), _WEEKDAYS[m["wd"]])


def find_times_lower(low: str, sent_at: datetime) -> list[TimeSpan]:
    """`find_times` on text the caller has already lower-cased (the hot path)."""
    found: list[TimeSpan] = []
    places: list[int] = []  # where each found time starts in `low`
    # "between\n10 and 11 am": a range wrapped after its cue is still one
    between = _between_ranges(low) if "between" in low else {}
    skip_to = 0
    for tm in _times(low):
        if tm.start() < skip_to:
            continue  # the end of a "between ... and ..." range already read
        for first, bm in between.items():
            if first <= tm.start() < bm.end():  # "between 1 and 4pm": its cue is the "4pm"
                tm, skip_to = bm, bm.end()
                break
        clock = _clock(tm)
        if clock is None:
            continue
        dm = (
            _date_near(low, tm.start(), tm.end())
            or _that_day(low, tm.start(), tm.end())
            or _day_begins(low, tm.start())
        )
        if dm is not None:
            day = _resolve_date(dm, sent_at)
        elif (short := _short_weekday_before(low, tm.start(), sent_at)) is not None:
            day = short
        elif found and _agenda_line(low, tm.start(), places[-1]):
            day = found[-1].start.date()  # the day's next session, one line further down
        else:
            continue
        if day is None:
            continue
        if dm is not None and (part := _part_of_day(low, dm, tm.start())):
            clock = _in_the_evening(tm, clock, part == "afternoon")
        zone = _zone(tm, sent_at)
        if dm is not None and low.endswith(_LIST_JOINS, 0, dm.start()):
            # "Thursday, November 5 and Friday, November 6, starting at 9:00 AM": the days
            # listed before share the time
            for each in _listed_days_before(low, dm, sent_at):
                found.append(_span_on(each, clock, zone))
                places.append(tm.start())
        found.append(_span_on(day, clock, zone))
        places.append(tm.start())
    worded = _word_clocks(low) if _says_a_word_clock(low) else ()
    words = _bare_hour_words(low)  # most texts have none: no generator to start
    bare = _bare_hours(low, True, words) if words else ()
    hours = _hours_clocks(low) if _says_hours(low) else ()
    for place, clock_at, dm, zone in (*bare, *((*w, None) for w in (*worded, *hours))):
        day = _resolve_date(dm, sent_at)
        if day is None:
            continue
        start_at = datetime.combine(day, clock_at, tzinfo=zone or sent_at.tzinfo or UTC)
        at = bisect.bisect(places, place)  # in reading order among the other times
        found.insert(at, TimeSpan(start_at, None))
        places.insert(at, place)
    # "Monday, March 8, from 8 to 12": asked of a text only when a digit stands before " to ",
    # " till " or " until " (`_BARE_RANGE` finds it from there)
    if _has_a_bare_range(low):
        for place, clock_at, clock_end, dm in _bare_ranges(low):
            day = _resolve_date(dm, sent_at)
            if day is None:
                continue
            zone = sent_at.tzinfo or UTC
            start_at = datetime.combine(day, clock_at, tzinfo=zone)
            end_at = datetime.combine(day, clock_end, tzinfo=zone) if clock_end else None
            at = bisect.bisect(places, place)
            found.insert(at, TimeSpan(start_at, end_at))
            places.insert(at, place)
    return _each_moment_once(found)


def _each_moment_once(found: list[TimeSpan]) -> list[TimeSpan]:
    """One moment said twice, in the sender's zone and the reader's ("10:00 AM KST, which is
    8:00 PM your time (CDT)", "2pm ET / 11am PT"), is one time, not a choice of two: the
    later saying is dropped unless it adds an end the first lacks."""
    if len(found) < 2:
        return found
    kept: list[TimeSpan] = []
    for span in found:
        same = next((k for k in kept if k.start == span.start), None)
        if same is None:
            kept.append(span)
        elif same.end is None and span.end is not None:
            kept[kept.index(same)] = TimeSpan(same.start, span.end)
    return kept


def _span_on(day: date, clock: tuple[time, time | None], zone: tzinfo) -> TimeSpan:
    """The span a clock reading (start, end or None) gives on one day; an end not after the
    start is dropped."""
    start_at = datetime.combine(day, clock[0], tzinfo=zone)
    end_at = datetime.combine(day, clock[1], tzinfo=zone) if clock[1] is not None else None
    return TimeSpan(start_at, end_at if end_at is not None and end_at > start_at else None)


# Days listed with "or" / "and" just before the day a clock time follows share that time:
# "on Thursday, November 5 and Friday, November 6, starting at 9:00 AM", "Monday or Tuesday
# at 3pm", "Tuesday, Wednesday or Thursday at 10:00" (each day at that time, nearest last).
# Not a range's start ("between Monday and Friday at 9am", "from Monday to ...").
_DAY_LIST_JOIN = re.compile(r"(?:,?\s+(?:or|and)|,)\s+$")
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$")


_LIST_JOINS = (" or ", " and ")  # most dates stand alone: a list needs one before its last


def _listed_days_before(low: str, dm: re.Match, sent_at: datetime) -> list[date]:
    days: list[date] = []
    end = dm.start()
    while True:
        window = low[max(0, end - 8) : end]
        join = _DAY_LIST_JOIN.search(window)
        if join is None:
            break
        join_start = end - len(window) + join.start()
        before = None
        for m in _DATE.finditer(low, max(0, join_start - 40), join_start):
            if m.end() == join_start:
                before = m
        if before is None or _RANGE_BEFORE.search(low, max(0, before.start() - 9), before.start()):
            break
        listed = _resolve_date(before, sent_at)
        if listed is None:
            break
        days.insert(0, listed)
        end = before.start()
    return days


# An agenda: each session on a line of its own, starting with its time ("10:15 AM - 11:00
# AM: Priya Nair"), the day written once above the first ("Thursday, March 12:\n9:30 AM ...").
_AGENDA_REACH = 200
_LINE_MARKS = " \t-*•·>"


def _agenda_line(low: str, start: int, previous: int) -> bool:
    line_start = low.rfind("\n", 0, start) + 1
    return (
        line_start > previous
        and start - previous <= _AGENDA_REACH
        and not low[line_start:start].strip(_LINE_MARKS)
    )


# "... on 15 September. Please arrive at 10 am on that day.": the last date written before.
_THAT_DAY = re.compile(r"\s?(?:on\s+)?(?:that|the same|the)\s+day\b")
_THAT_DAY_REACH = 300


def _that_day(low: str, start: int, end: int) -> re.Match | None:
    if "day" not in low[end : end + 18] or not _THAT_DAY.match(low, end):
        return None
    last = None
    for m in _DATE.finditer(low, max(0, start - _THAT_DAY_REACH), start):
        if not m["rel"] and not m["wd_f"]:  # a calendar date, not "today" or "Friday"
            last = m
    return last


# "Your visit will take place on Thursday, August 19. The day will begin with breakfast at
# 8:00 a.m.": an itinerary's next sentence opens with the day it just dated and gives the
# clock; that sentence's clock is on the last calendar date written before it.
_DAY_BEGINS = re.compile(
    r"(?:the|your)\s+(?:day|visit|interview\s+day)\s+(?:will\s+)?(?:begins?|starts?|opens?)\b"
)
_DAY_BEGINS_REACH = 160


def _day_begins(low: str, start: int) -> re.Match | None:
    sentence = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start)) + 1
    if not _DAY_BEGINS.match(low, sentence + (low[sentence] == " ")):
        return None
    last = None
    for m in _DATE.finditer(low, max(0, sentence - _DAY_BEGINS_REACH), sentence):
        if not m["rel"]:  # a date ("Thursday, August 19"), not "today"
            last = m
    return last


def clock_times_lower(low: str) -> list[time]:
    """The clock times `low` states ("2:30 pm", "15:00"), dated or not, in order: the start
    of each (a range's start)."""
    found = []
    for tm in _times(low):
        clock = _clock(tm)
        if clock is not None:
            found.append(clock[0])
    return found


def find_times(text: str, sent_at: datetime) -> list[TimeSpan]:
    """Every date-and-time expression in `text`, in order, resolved against `sent_at`."""
    return find_times_lower(text.lower(), _aware(sent_at))


def interview_time(text: str, sent_at: datetime) -> datetime | None:
    """The first date-and-time in `text` ("Tuesday, March 10 at 2:00 PM ET"), or None."""
    spans = find_times(text, sent_at)
    return spans[0].start if spans else None


# A day written out with its month after "on" ("on February 24", "on 24 Feb", "on 2/24"), not
# a weekday or "the 24th" (the timeline reads those words itself)
_ON_A_DAY = re.compile(r"\bon\s+(?=\d|[a-z])")
# How far after "... interview on " a day with its month is looked for (`past_day_said_lower`,
# `coming_day_said_lower`): "on Thursday, 4 March 2027 at" and a little more.
DAY_AFTER_ON_REACH = 40
_PAST_DAY_REACH = timedelta(days=60)


def _days_said_on(low: str, sent_at: datetime) -> Iterator[date]:
    """Each day with its month said after "on", in the text's order."""
    if "on " not in low:
        return
    for on in _ON_A_DAY.finditer(low):
        m = _DATE.match(low, on.end())
        if m is None or not (m["mon_a"] or m["mon_b"] or m["x_d"] or m["day_e"] or m["yr_c"]):
            continue
        day = _resolve_date(m, sent_at)
        if day is not None:
            yield day


def past_day_said_lower(low: str, sent_at: datetime) -> date | None:
    """The first day with its month said after "on" that is before the day `sent_at` falls
    on, and within two months of it ("thank you for interviewing with us on February 24",
    sent on 2 March), or None."""
    sent = sent_at.date()
    return next(
        (d for d in _days_said_on(low, sent_at) if sent - _PAST_DAY_REACH <= d < sent), None
    )


def coming_day_said_lower(low: str, sent_at: datetime) -> date | None:
    """The first day with its month said after "on" that is after the day `sent_at` falls
    on ("your interview on Thursday, March 4", sent on 15 February), or None."""
    sent = sent_at.date()
    return next((d for d in _days_said_on(low, sent_at) if d > sent), None)


# --------------------------------------------------------------------------- interview days

# The occasion a day is said for: the interview (its day, its date), a campus or site visit,
# an onsite, an assessment or selection day. Not "interviews" (the pool's: "interviews will be
# held on 4 March"), nor the plain "visit" (a clinic's, a website's).
_OCCASION_LITERALS = (
    "interview", "campus visit", "site visit", "onsite", "assessment ", "selection day",
)  # fmt: skip
_OCCASION = re.compile(
    r"(?:interview(?![a-z]|\s+(?:follow|feedback|process|notes|results?|outcome))"
    r"|campus visit|site visit|onsite(?![a-z])"
    r"|assessment (?:day|cent(?:re|er))\b|selection day\b)"
)
# "Thursday's interview": the day named by its weekday, whatever the sentence asks ("could
# you send your portfolio before Thursday's interview?")
_WEEKDAY_OWNING = re.compile(rf"\b(?P<wd>{_FULL_WEEKDAY})['’]s\s+$")
# The occasion looked back on: "following up after your interview on Monday", "thanks for
# your patience after Monday's interview" (a weekday is read forward, so it would be a
# coming one).
_AFTER_THE_OCCASION = re.compile(r"\b(?:after|since|following)\s+(?:(?:your|the|our|my)\s+)?$")
# A day said for something else in the same sentence: a deadline ("by February 22", "no
# later than", "before"), the week around it ("the week of 4 March"), a start of work, a
# decision, a day something was sent or received. The words just before the date decide.
_NOT_THE_OCCASIONS_DAY = re.compile(
    r"(?:\b(?:by|before|until|till|through|latest|due|deadline|from|since|after"
    r"|start|starts|starting|begin|begins|beginning|commence|commencing|join|joining"
    r"|decide|decision|back\s+to\s+you|let\s+you\s+know|sent|posted|received|applied"
    r"|submitted|closes?|closing|w/c|week\s+of)\b)"
    r"(?:\s+(?:on|the|this|next|coming))?\s*$"
)
_BEFORE_DATE_REACH = 24
# A weekday alone is read as the next one, so a sentence telling of a meeting held ("thanks
# for taking the time to interview with us on Friday", "they were really impressed on
# Friday") names no coming day by it.
_TELLS_OF_THE_PAST = re.compile(
    r"\b(?:thank|thanks|impressed|enjoyed|took|met|spoke|were|was|had|last|yesterday)\b"
)
# What every day the occasion's sentence may say holds (a digit, a weekday in full,
# "tomorrow"): sentences without one are not read for dates at all.
_A_DAY_WORD = re.compile(r"\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow")
# A sentence asking without a question mark: "let me know if you have a few minutes tomorrow".
_ASKS = re.compile(r"\blet\s+(?:me|us)\s+know\s+(?:if|whether|which)\b")
# Said of every candidate, or not settled: "interviews for shortlisted candidates will be on
# 4 March", "if you are selected, your interview would be on ...", "provisionally"; or of the
# answer after it, or of the work or another appointment.
_NOT_YOURS_YET = re.compile(
    r"\b(?:shortlisted|successful|selected|short-listed)\s+(?:candidates|applicants)\b"
    r"|\bif\s+(?:you\s+are|you're|selected|shortlisted|successful)\b|\bprovisional|\btentative"
    r"|\bexpected\s+to\b|\bwould\s+be\b"
    # the answer's day, not the interview's: "the outcome of your interview on Thursday"
    r"|\b(?:outcome|decision|decide|feedback|results?)\b|\blet\s+you\s+know\b"
    r"|\bget\s+back\s+to\s+you\b|\bhear\s+(?:back|from\s+us)\b"
    # the job's or another occasion's day: "after your interview, the start date is ...",
    # "your medical appointment after the interview is on ..."
    r"|\b(?:start(?:ing)?|joining)\s+date\b|\bfirst\s+day\b|\bmedical\b|\bappointment\b"
    r"|\bdrug\s+(?:test|screen)|\borientation\b|\binduction\b|\bonboarding\b"
)


def _coming_days(
    low: str, begin: int, stop: int, sent_at: datetime, tomorrow: bool = True
) -> list[date]:
    """The days after the day `sent_at` falls on said in low[begin:stop] (with a month, a
    weekday or "the 12th", and "tomorrow" unless told not to), except those said for
    something else (`_NOT_THE_OCCASIONS_DAY`)."""
    sent = sent_at.date()
    days = []
    for m in _DATE.finditer(low, begin, stop):
        if m["rel"] and (m["rel"] != "tomorrow" or not tomorrow):
            continue
        before = low[max(begin, m.start() - _BEFORE_DATE_REACH) : m.start()]
        if _NOT_THE_OCCASIONS_DAY.search(before):
            continue
        if m["wd_f"] and _TELLS_OF_THE_PAST.search(low, begin, stop):
            continue
        day = _resolve_date(m, sent_at)
        if day is not None and day > sent:
            days.append(day)
    return days


def interview_days_lower(low: str, sent_at: datetime) -> tuple[list[date], list[date]]:
    """The interview's day as a message says it without a clock time: (the days stated, the
    days offered). A sentence naming the occasion ("your interview on Thursday, March 4",
    "the assessment day is on Tuesday 16 March", "we have reserved Thursday, December 3 for
    your interview day") states its one coming day; put as a question, or two days or more,
    or a choice ("February 1-2 or February 8-9"), it offers them. Deadlines, decisions and
    starts of work in the same sentence are no day of the interview (`_coming_days`).
    `low` is a message as the timeline reads it: its subject line, then its body."""
    stated: list[date] = []
    offered: list[date] = []
    seen: set[int] = set()
    body_at = low.find("\n") + 1  # the subject is a line of its own, no wrapped sentence
    for occasion in matches_from(_OCCASION, low, _OCCASION_LITERALS):
        owning = _WEEKDAY_OWNING.search(low, max(0, occasion.start() - 14), occasion.start())
        head = owning.start() if owning is not None else occasion.start()
        if _AFTER_THE_OCCASION.search(low, max(0, head - 20), head) is not None:
            continue
        if owning is not None:
            stated.append(_weekday_after(sent_at.date(), _WEEKDAYS[owning["wd"]]))
            continue
        if occasion.start() < body_at:
            begin, stop = 0, body_at
        else:
            begin, stop = _sentence_over_wraps(low, occasion.start(), occasion.end())
            begin = max(begin, body_at)
        if begin in seen:
            continue
        seen.add(begin)
        sentence = low[begin:stop]
        if _A_DAY_WORD.search(sentence) is None or _NOT_YOURS_YET.search(sentence):
            continue
        days = _coming_days(low, begin, stop, sent_at)
        if not days:
            continue
        if len(set(days)) > 1 or "?" in sentence or _ASKS.search(sentence):
            offered.extend(days)
        else:
            stated.extend(days)
    return stated, offered


def days_said_lower(low: str, sent_at: datetime, tomorrow: bool = True) -> list[date]:
    """Every coming day `low` says that is no deadline, decision or start of work
    (`_coming_days`): the days an employer's message named, for the candidate to take."""
    return _coming_days(low, 0, len(low), sent_at, tomorrow)


# --------------------------------------------------------------------------- decisions


def _end_of_day(day: date, sent_at: datetime) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=sent_at.tzinfo)


def add_business_days(day: date, count: int) -> date:
    """`count` working days (Mon-Fri) after `day`: the policy's business days, on dates."""
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return business_days.add_business_days(noon, count).date()


def _this_friday(sent: date) -> date:
    if sent.weekday() > 4:
        return sent + timedelta(days=11 - sent.weekday())
    return sent + timedelta(days=4 - sent.weekday())


def _next_week(sent: date, weekday: int) -> date:
    return sent + timedelta(days=7 - sent.weekday() + weekday)


def _count(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


_NUM = r"\d{1,3}|" + _trie(_NUMBER_WORDS)
_UNIT = r"(?P<unit>hours?|days?|weeks?|fortnights?|months?)"

_Resolver = Callable[[re.Match, datetime], "date | None"]


def _r_count(m: re.Match, sent_at: datetime) -> date | None:
    sent = sent_at.date()
    unit = m["unit"].rstrip("s")
    business = bool(m["business"])
    if m["fuzzy"]:
        amount = _FUZZY_COUNTS[m["fuzzy"].strip()]
        business = business or unit == "day"
    else:
        upper = m["n2"] or m["n3"]
        low, high = _count(m["n1"] or ""), _count(upper) if upper else None
        amount = high if high is not None else low
        if amount is None and not (m["n1"] or upper) and not m["unit"].endswith("s"):
            amount = 1  # "within the next week"; "in the coming weeks" stays vague
        if amount is None:
            return None
    if unit == "hour":
        return (sent_at + timedelta(hours=amount)).date()
    if unit == "day":
        return add_business_days(sent, amount) if business else sent + timedelta(days=amount)
    if unit == "week":
        return sent + timedelta(weeks=amount)
    if unit == "fortnight":  # "within a fortnight": two weeks
        return sent + timedelta(weeks=2 * amount)
    return sent + relativedelta(months=amount)


def _r_day_or_two(m: re.Match, sent_at: datetime) -> date | None:
    return add_business_days(sent_at.date(), 2)


def _r_end_of_day(m: re.Match, sent_at: datetime) -> date | None:
    return sent_at.date()


def _r_tomorrow(m: re.Match, sent_at: datetime) -> date | None:
    return sent_at.date() + timedelta(days=1)


def _r_this_week(m: re.Match, sent_at: datetime) -> date | None:
    return _this_friday(sent_at.date())


_WEEKDAY_BEFORE = re.compile(rf"\b{_FULL_WEEKDAY}\s+(?:of\s+)?$")


def _r_next_week(m: re.Match, sent_at: datetime) -> date | None:
    if not m["part"] and _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        return None  # "Wednesday next week": that day (`_r_weekday_next_week`), not the week
    part = m["part"] or ""
    weekday = {"early": 1, "beginning": 1, "start": 1, "mid": 2, "middle": 2}.get(part, 4)
    return _next_week(sent_at.date(), weekday)


def _r_week_commencing(m: re.Match, sent_at: datetime) -> date | None:
    day = _resolve_date(m, sent_at)
    return None if day is None else day + timedelta(days=(4 - day.weekday()) % 7)


def _r_weekday_next_week(m: re.Match, sent_at: datetime) -> date | None:
    return _next_week(sent_at.date(), _WEEKDAYS[m["wd"]])


def _r_end_of_month(m: re.Match, sent_at: datetime) -> date | None:
    sent = sent_at.date()
    months = 1 if m["nextm"] else 0
    return sent.replace(day=1) + relativedelta(months=months + 1) - timedelta(days=1)


# The last day of a part of a month: "early" its 10th, "mid" its 20th, "the first week of"
# its 7th ... (as "early next week" is its Tuesday); "late", "the end of", "the last week of"
# its last day (None).
_PART_OF_MONTH_ENDS = {
    "early": 10, "beginning": 10, "start": 10, "mid": 20, "middle": 20,
    "first": 7, "second": 14, "third": 21, "fourth": 28,
}  # fmt: skip


def _r_part_of_month(m: re.Match, sent_at: datetime) -> date | None:
    """ "early January", "mid next month", "by the middle of the month", "in the first week of
    May": the last day of that part of the month (`_PART_OF_MONTH_ENDS`). A month named
    without a year is the next one to come (this one while it runs); "the month" is this one,
    or the next when that part of this one is already over."""
    sent = sent_at.date()
    this = sent.replace(day=1)
    if m["nextm"]:
        first = this + relativedelta(months=1)
    elif m["month"]:
        month = _MONTHS[m["month"]]
        first = date(sent.year + (month < sent.month), month, 1)
    else:
        first = this
    day = _PART_OF_MONTH_ENDS.get((m["part"] or m["nth"]).split()[0])

    def last(first: date) -> date:
        end = first + relativedelta(months=1) - timedelta(days=1)
        return end if day is None else first.replace(day=day)

    if first == this and last(first) < sent and not m["month"]:
        first += relativedelta(months=1)
    return last(first)


def _r_date(m: re.Match, sent_at: datetime) -> date | None:
    return _resolve_date(m, sent_at)  # the date's named groups are inside this pattern


# More time on top of what was said before ("it may take us another couple of weeks", "in a
# further two weeks", "an additional 5 business days"): counted from the message like any count.
_MORE = r"(?:another\s+|a\s+further\s+|an?\s+(?:additional|extra)\s+)?"
# a count given as an estimate: "in approximately 4-6 weeks", "within about ten days"
_ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?|some)\s+)?"

# name -> (cues, pattern, resolver). A pattern runs only on a sentence containing one of its
# cues (plain substrings): most sentences skip most patterns without touching the regex engine.
_DECISION_TABLE: tuple[tuple[str, tuple[str, ...], str, _Resolver], ...] = (
    (
        "count",
        ("within", "in ", "over ", "after "),
        r"\b(?:within|in|over|after)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
        + _ABOUT
        + _MORE
        + r"(?:(?:a\s+)?(?P<fuzzy>couple of|couple|few|several)|(?P<n1>"
        + _NUM
        + r")"
        r"(?:\s*(?:-|–|to|or)\s*(?P<n2>" + _NUM + r"))?|(?<=next )|(?<=coming ))\s*"
        r"(?P<business>business\s+|working\s+)?" + _UNIT + r"\b"
        r"(?:\s+or\s+(?P<n3>" + _NUM + r")\b)?",  # "a week or two"
        _r_count,
    ),
    (
        # counted from the letter: "will be notified approximately 3 weeks from today", "two
        # weeks from the date of this letter"
        "from_now",
        ("from today", "from now", "from the date"),
        r"\b"
        + _ABOUT
        + r"(?:(?:a\s+)?(?P<fuzzy>couple of|couple|few|several)|(?P<n1>"
        + _NUM
        + r")(?:\s*(?:-|–|to|or)\s*(?P<n2>"
        + _NUM
        + r"))?)\s*(?P<business>business\s+|working\s+)?"
        + _UNIT
        + r"(?:\s+or\s+(?P<n3>"
        + _NUM
        + r"))?\s+from\s+(?:today|now"
        r"|the\s+date\s+of\s+this\s+(?:letter|e-?mail|notice|message))\b",
        _r_count,
    ),
    (
        "takes",  # "it'll take us about two weeks to decide", "our decision takes 3-4 days"
        ("take",),
        r"\btakes?\s+(?:us\s+|me\s+|them\s+|the\s+team\s+)?"
        r"(?:about\s+|around\s+|roughly\s+|approximately\s+|up\s+to\s+)?"
        + _MORE
        + r"(?:(?:a\s+)?(?P<fuzzy>couple of|couple|few|several)|(?P<n1>"
        + _NUM
        + r")"
        r"(?:\s*(?:-|–|to|or)\s*(?P<n2>" + _NUM + r"))?)\s*"
        r"(?P<business>business\s+|working\s+)?" + _UNIT + r"\b"
        r"(?:\s+or\s+(?P<n3>" + _NUM + r")\b)?",
        _r_count,
    ),
    ("day_or_two", (" or ",), r"\ba day or two\b|\bone or two days\b", _r_day_or_two),
    (
        "end_of_day",
        ("end of", "eod", "cob", "close of"),
        r"\b(?:end of (?:the )?day|eod|close of business|cob)\b",
        _r_end_of_day,
    ),
    ("tomorrow", ("tomorrow",), r"\b(?:by|until|before)\s+tomorrow\b", _r_tomorrow),
    (
        "next_week",
        ("next week", "coming week"),
        r"(?:\b(?P<part>early|beginning|start|mid|middle|end|late|later)[- ]?(?:of\s+)?"
        r"(?:the\s+)?)?(?<!the )(?<!within )"  # not "within the next week"
        # "this coming week", "coming week" said as next week ("the end of this coming week"
        # written on a Friday); "in the coming week" is a count, "the coming weeks" vague
        r"\b(?:next|(?:this\s+)?coming)\s+week\b",
        _r_next_week,
    ),
    (
        "this_week",
        ("week", "eow"),
        r"\b(?:(?:the\s+)?(?:end|close) of (?:the|this) (?:working\s+|work\s+)?week"
        r"|end of week|eow|later this week|this week|by the weekend|within the week)\b",
        _r_this_week,
    ),
    (
        "end_of_month",
        ("month",),
        r"\b(?:(?:the\s+)?end of (?:the |this |(?P<nextm>next) )?month|month[- ]end)\b",
        _r_end_of_month,
    ),
    (
        "part_of_month",  # "after the holidays, in early January", "by mid-month"
        ("early", "beginning of", "start of", "mid", "middle of", "late", "end of", "week of"),
        r"\b(?:(?P<part>early|beginning of|start of|mid|middle of|late|end of)[- ]?"
        r"|(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+)(?:the\s+|this\s+)?"
        r"(?:(?P<nextm>next\s+month)|(?P<thism>month)|(?P<month>" + _MONTH + r"))\b",
        _r_part_of_month,
    ),
    (
        "end_of_day_on",  # "by end of day Friday": that day, not today
        ("end of", "eod", "cob", "close of"),
        r"\b(?:end of (?:the )?day|eod|close of business|cob),?\s+(?:on\s+)?(?:the\s+)?(?P<date>"
        + _DATE_FORMS
        + r")",
        _r_date,
    ),
    (
        # the day the answer comes, said without "by": "we'll get back to you on Friday",
        # "you'll hear from us with a decision next Tuesday" (a few words between, none of
        # them an interview or call: "in touch after your interview on Monday" dates that)
        "answer_on",
        (
            "back to you",
            "hear from us",
            "be in touch",
            "let you know",
            "decision",
            "an answer",
            "decide",
        ),
        r"\b(?:back\s+to\s+you|hear\s+from\s+us|be\s+in\s+touch|let\s+you\s+know|decision"
        r"|an\s+answer|decide)\s+(?:(?!interview|call|chat|meeting|conversation)[a-z']+\s+){0,3}?"
        r"(?:on\s+(?:the\s+)?|(?=next\s|this\s|coming\s))(?P<date>" + _DATE_FORMS + r")",
        _r_date,
    ),
    (
        # "in the week commencing 23 November", "w/c 23/11", "the week of November 23": that
        # week's Friday
        "week_commencing",
        ("week commencing", "w/c", "week beginning", "week of "),
        r"\b(?:week\s+commencing|w/c|week\s+beginning|week\s+of)\s+(?:the\s+)?(?:monday,?\s+)?"
        r"(?P<date>" + _DATE_FORMS + r")",
        _r_week_commencing,
    ),
    (
        # "no later than Wednesday next week": that day of next week (not its end)
        "weekday_next_week",
        ("next week",),
        rf"\b(?P<wd>{_FULL_WEEKDAY})\s+(?:of\s+)?next\s+week\b",
        _r_weekday_next_week,
    ),
    (
        # the decision's day moved: "the decision has been pushed back to the 27th", "our
        # decision is delayed until Monday 30 November"
        "moved_to",
        ("pushed back", "moved to", "postponed", "delayed", "put back"),
        r"\b(?:decisions?|outcome|results?|timeline|offers?)\b[^.!?\n]{0,40}?"
        r"\b(?:pushed\s+back|moved|postponed|delayed|put\s+back)\s+(?:un)?to\s+(?:the\s+)?"
        r"(?P<date>" + _DATE_FORMS + r")",
        _r_date,
    ),
    (
        "by_date",
        ("by ", "before ", "until ", "later than "),
        r"\b(?:by|before|until|no later than)\s+(?:the\s+)?(?P<date>" + _DATE_FORMS + r")",
        _r_date,
    ),
)
_DECISIONS = tuple(
    (cues, re.compile(pattern), resolver) for _, cues, pattern, resolver in _DECISION_TABLE
)

# A sentence about the employer telling the candidate something (a decision, an update).
DECISION_CONTEXT_WORDS = (
    "hear back", "hear from", "get back to", "back to you", "let you know", "be in touch",
    "in touch with you", "reach out", "decision", "decide", "update you", "an update",
    "follow up with you", "next steps", "feedback", "contact you", "notify", "outcome",
    "expect to", "timeline", "circle back", "respond to you", "come back to you",
    "hear something",
    # a promise to ring by a day: "I'll call you by Friday either way"
    "call you by",
    # told by a result sent or a notice ("will be notified approximately 3 weeks from today",
    # "interview results will be sent by email at the end of March")
    "notified", "results will", "result will",
    # a delay notice's promise to keep the candidate told ("it may take another couple of
    # weeks, but I will keep you informed"), or the decision called a conclusion
    "keep you informed", "keep you posted", "keep you updated", "a conclusion",
    # "we'll have an answer for you by Monday at the latest", "we should know more next week"
    "an answer", "know more",
    # "we hope to have news for you by the middle of next week"
    "have news", "news for you", "making offers", "make offers",
    # an agency relaying the employer's timeline: "they said they'd let me know by Friday"
    "they'd let me know", "they'll let me know", "they will let me know",
    "they would let me know", "come back to me",
    # the same promise as Indian, Gulf and British HR write it: "we will revert by
    # 20-05-2026", "we shall intimate you", "we will inform you of the result by 20/05", "we
    # aim to let all candidates know by Friday"
    "will revert", "'ll revert", "’ll revert", "shall revert", "revert to you",
    "revert back to you",
    "inform you", "intimate you", "intimated to you", "be intimated", "let all candidates know",
    "let candidates know",
    "let all applicants know", "let applicants know",
    # a public body's or a programme's promise to its candidates as a group, or of its choice
    # ("the department expects to make its selection by Friday, March 27", "we will let
    # finalists know by February 27", "we will inform all candidates"); only the chooser's own
    # selection ("please make a selection by Friday" is the candidate's)
    "expects to", "make its selection", "make our selection", "make their selection",
    "make the final selection", "make a final selection", "let finalists know",
    "let all finalists know", "inform all candidates", "inform all applicants",
    "inform candidates", "inform applicants",
)  # fmt: skip
_DECISION_CONTEXT = literal_finder({cue: len(cue) for cue in DECISION_CONTEXT_WORDS})
# A sentence asking the candidate to do something by a date: their deadline, not ours.
_CANDIDATE_DEADLINE = re.compile(
    r"\b(?:please|kindly)\b.*\b(?:send|reply|respond|submit|complete|return|confirm|share"
    r"|provide|sign|revert"
    r"|let (?:us|me) know|fill|upload|schedule|book|select|choose|accept)\b"
    r"|\byou(?:'ll| will)? have (?:until|\w+ (?:business |working )?days)\b|\bdeadline\b"
)
# cue -> the indices in _DECISIONS of the patterns it calls for
_DECISION_CUES = literal_finder(
    {
        cue: tuple(i for i, (cues, _, _) in enumerate(_DECISIONS) if cue in cues)
        for cue in {cue for cues, _, _ in _DECISIONS for cue in cues}
    }
)


# A count said to run from the interview ("within 10 business days of your interview", "a
# week after the interview"): in a confirmation sent before it, counted from the interview.
_FROM_THE_INTERVIEW = re.compile(r"\s+(?:of|after|following|from)\s+(?:your|the)\s+interview\b")
_COUNT_INDEX = next(i for i, row in enumerate(_DECISION_TABLE) if row[0] == "count")


def _deadlines(low: str, sent_at: datetime, interview_at: datetime | None = None) -> list[date]:
    found = []
    for index in sorted({i for _, indices in _DECISION_CUES(low) for i in indices}):
        _, pattern, resolver = _DECISIONS[index]
        for m in pattern.finditer(low):
            base = sent_at
            if (
                index == _COUNT_INDEX
                and interview_at is not None
                and interview_at > sent_at
                and _FROM_THE_INTERVIEW.match(low, m.end())
            ):
                base = interview_at
            try:
                day = resolver(m, base)
            except (OverflowError, ValueError):  # past year 9999: no such date
                continue
            if day is not None:
                found.append(day)
    return found


def deadline(text: str, sent_at: datetime) -> datetime | None:
    """The latest deadline-like expression in `text` ("by Friday"), as an end of day."""
    sent_at = _aware(sent_at)
    days = _deadlines(text.lower(), sent_at)
    return _end_of_day(max(days), sent_at) if days else None


def _sentence_around(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding low[start:end]: from after the previous [.!?;] + space or newline."""
    # Written out, not looped over a tuple of marks: this runs for every decision cue.
    begin = 1 + max(
        low.rfind(". ", 0, start),
        low.rfind("! ", 0, start),
        low.rfind("? ", 0, start),
        low.rfind("; ", 0, start),
        low.rfind("\n", 0, start),
    )
    stop = len(low)
    for mark in (". ", "! ", "? ", "; ", "\n"):
        at = low.find(mark, end, stop)
        if at != -1:
            stop = at + 1
    return begin, stop


def _wraps(low: str, at: int) -> bool:
    """The line break at `at` only wraps a sentence: words either side, the next in lower case
    ("... by the end of\nthe month"), not a blank line, a heading or a new capitalised line."""
    return 0 < at < len(low) - 1 and low[at - 1] not in ".!?:;\n" and "a" <= low[at + 1] <= "z"


def _sentence_over_wraps(low: str, start: int, end: int) -> tuple[int, int]:
    """`_sentence_around`, read across the line breaks a hard-wrapped paragraph puts inside
    a sentence (mail is often wrapped at 72 or 78 characters)."""
    begin, stop = _sentence_around(low, start, end)
    while begin > 0 and low[begin - 1] == "\n" and _wraps(low, begin - 1):
        begin = _sentence_around(low, begin - 1, begin - 1)[0]
    while stop < len(low) and low[stop - 1] == "\n" and _wraps(low, stop - 1):
        stop = _sentence_around(low, stop, stop)[1]
    return begin, stop


def decision_by_lower(
    low: str, sent_at: datetime, interview_at: Callable[[], datetime | None] | None = None
) -> datetime | None:
    """`decision_by` on text the caller has already lower-cased (the hot path).

    `interview_at`, when given, tells the interview time the message states (asked for only
    when a count is said to run from the interview)."""
    stated: datetime | None = None
    if interview_at is not None and " interview" in low and _FROM_THE_INTERVIEW.search(low):
        stated = interview_at()
    days: list[date] = []
    done = -1
    # the cues are found with line breaks read as spaces (same length, same offsets): a
    # cue wrapped over two lines ("... and be\nin touch by Friday") is still one
    for last, length in _DECISION_CONTEXT(low.replace("\n", " ")):
        start = last + 1 - length
        if start < done:
            continue  # a second cue in a sentence already read (cues never span sentences)
        begin, done = _sentence_around(low, start, last + 1)
        sentence = low[begin:done]
        found = _deadlines(sentence, sent_at, stated)
        if not found and (
            (begin > 0 and low[begin - 1] == "\n" and _wraps(low, begin - 1))
            or (low[done - 1] == "\n" and _wraps(low, done - 1))
        ):
            # nothing on its line, and the sentence goes on past a line break ("by the end
            # of\nthe month"): read it whole, one line
            begin, done = _sentence_over_wraps(low, start, last + 1)
            sentence = low[begin:done].replace("\n", " ")
            found = _deadlines(sentence, sent_at, stated)
        if found and not _CANDIDATE_DEADLINE.search(sentence):
            days.extend(found)
    return _end_of_day(max(days), sent_at) if days else None


def decision_by(text: str, sent_at: datetime) -> datetime | None:
    """The employer's stated decision date, resolved from the message that said it.

    Only sentences about the employer coming back ("we'll get back to you by Friday",
    "expect to hear from us within two weeks") count; "please reply by Friday" is the
    candidate's deadline, not a decision date. Returns the end of that day, or None.
    """
    return decision_by_lower(text.lower(), _aware(sent_at))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
