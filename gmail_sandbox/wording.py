"""The words of a generated mailbox: people, companies, roles, and how dates are written.

Everything here is plain data plus small pure functions taking an explicit `random.Random`,
so the generator stays deterministic from its seed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from random import Random
from typing import TypeVar
from zoneinfo import ZoneInfo

T = TypeVar("T")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WD3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MON3 = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

FIRST_NAMES = (
    "Jane", "Priya", "Marcus", "Wei", "Sofia", "Daniel", "Aisha", "Tom", "Elena", "Kenji",
    "Olivia", "Mateo", "Hannah", "Omar", "Chloé", "José", "Zoë", "Liam", "Fatima", "Noah",
    "Grace", "Ravi", "Ingrid", "Lucas", "Mei", "Sam", "Nadia", "Ethan", "Amara", "Björn",
    "Camille", "Diego", "Leah", "Tariq", "Yuki", "Rachel", "Kwame", "Isabel", "Connor", "Anika",
    "Beatriz", "Hugo", "Maya", "Felix", "Siobhan", "Arjun", "Lena", "Victor", "Nora", "Emeka",
)  # fmt: skip
LAST_NAMES = (
    "Smith", "Patel", "Nguyen", "García", "Kim", "Johnson", "Okafor", "Müller", "Rossi", "Chen",
    "Williams", "Brown", "Silva", "Kowalski", "Haddad", "O'Brien", "Tanaka", "Dubois", "Larsen",
    "Ahmed", "Cohen", "Martin", "Lopez", "Singh", "Fischer", "Reyes", "Murphy", "Novak", "Park",
    "Adeyemi", "Schmidt", "Ivanova", "Moreau", "Jensen", "Costa", "Walsh", "Yamamoto", "Baker",
)  # fmt: skip

COMPANY_WORDS = (
    "Northwind", "Bluefin", "Lumen", "Cobalt", "Harbor", "Summit", "Quill", "Redwood", "Atlas",
    "Beacon", "Copper", "Meridian", "Orbit", "Pioneer", "Sable", "Tidal", "Verdant", "Willow",
    "Zenith", "Fjord", "Helix", "Ionic", "Juniper", "Kestrel", "Lattice", "Mosaic", "Nimbus",
    "Onyx", "Prism", "Quarry", "Ridge", "Solstice", "Tandem", "Umber", "Vantage", "Wren",
    "Yarrow", "Ember", "Granite", "Aurora", "Basalt", "Cascade", "Driftwood", "Evergreen",
)  # fmt: skip
COMPANY_KINDS = (
    "Analytics", "Labs", "Robotics", "Health", "Systems", "Software", "Bank", "Foods", "Energy",
    "Logistics", "Media", "Security", "AI", "Bio", "Capital", "Games", "Insurance", "Networks",
    "Studios", "Technologies", "Cloud", "Payments", "Mobility", "Learning",
)  # fmt: skip
# Names that exercise quoting, entities and non-ASCII in display names and HTML.
SPECIAL_COMPANIES = (
    ("Müller & Söhne GmbH", "mueller-soehne.de", "Europe/Berlin"),
    ("Café Nova", "cafenova.com", "America/New_York"),
    ("Smith & Wells", "smithwells.com", "America/Chicago"),
    ("Acme Corp.", "acme.example.com", "America/Los_Angeles"),
    ("O'Neill Partners", "oneillpartners.com", "Europe/London"),
    ("Zürich Instruments AG", "zurich-instruments.ch", "Europe/Berlin"),
    ("Société Lumière", "societe-lumiere.fr", "Europe/Amsterdam"),
    ("Data <Driven> Inc", "datadriven.io", "America/Denver"),
)

ROLES = (
    "Software Engineer", "Senior Software Engineer", "Staff Engineer", "Backend Engineer",
    "Frontend Engineer", "Full Stack Developer", "Data Scientist", "Data Analyst",
    "Machine Learning Engineer", "Product Manager", "Senior Product Manager", "Product Designer",
    "UX Researcher", "DevOps Engineer", "Site Reliability Engineer", "Engineering Manager",
    "QA Engineer", "Technical Writer", "Solutions Architect", "Marketing Manager",
    "Account Executive", "Customer Success Manager", "Financial Analyst", "Operations Manager",
    "Project Manager", "Business Analyst", "Security Engineer", "Mobile Engineer (iOS)",
    "Data Engineer", "Growth Marketing Lead",
)  # fmt: skip
ROLE_SUFFIXES = ("", "", "", "", "", " (Remote)", ", Platform", " - Payments", " II", ", Core")

RECRUITER_TITLES = (
    "Technical Recruiter",
    "Senior Technical Recruiter",
    "Talent Acquisition Partner",
    "Recruiting Coordinator",
    "Head of Talent",
    "People Operations Manager",
    "Recruiter",
)

# Zones people and companies live in, with how people write them.
# key -> (generic abbreviation, long name, Windows name used by Outlook invites)
ZONES: dict[str, tuple[str, str, str]] = {
    "America/New_York": ("ET", "Eastern", "Eastern Standard Time"),
    "America/Toronto": ("ET", "Eastern", "Eastern Standard Time"),
    "America/Chicago": ("CT", "Central", "Central Standard Time"),
    "America/Denver": ("MT", "Mountain", "Mountain Standard Time"),
    "America/Los_Angeles": ("PT", "Pacific", "Pacific Standard Time"),
    "Europe/London": ("UK time", "London time", "GMT Standard Time"),
    "Europe/Berlin": ("CET", "Berlin time", "W. Europe Standard Time"),
    "Europe/Amsterdam": ("CET", "Amsterdam time", "W. Europe Standard Time"),
}
TZ = {key: ZoneInfo(key) for key in ZONES}
US_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
COMPANY_ZONES = (
    "America/New_York", "America/New_York", "America/New_York", "America/Chicago",
    "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Los_Angeles",
    "America/Los_Angeles", "America/Toronto", "Europe/London", "Europe/Berlin",
    "Europe/Amsterdam",
)  # fmt: skip
UTC = ZoneInfo("UTC")


# `random.Random.choice/randint` cost a microsecond each in Python code; these draw from
# the same generator through its C `random()`, which matters at 50,000 threads.
def pick(rng: Random, options: Sequence[T]) -> T:
    return options[int(rng.random() * len(options))]


def between(rng: Random, low: int, high: int) -> int:
    """An integer in [low, high]."""
    return low + int(rng.random() * (high - low + 1))


def below(rng: Random, n: int) -> int:
    return int(rng.random() * n)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii())


_FOLDED: dict[tuple[str, str], str] = {}


def email_local(first: str, last: str, rng: Random) -> str:
    """How a company spells a person's mailbox: jane.smith, jsmith, jane ..."""
    key = (first, last)  # a tuple of interned names hashes without rehashing the text
    folded = _FOLDED.get(key)
    if folded is None:
        folded = _FOLDED[key] = (
            ascii_fold(first).lower() + "\0" + ascii_fold(last).lower().replace("'", "")
        )
    f, _, l_ = folded.partition("\0")
    roll = rng.random()
    if roll < 0.55:
        return f"{f}.{l_}"
    if roll < 0.75:
        return f"{f[0]}{l_}"
    if roll < 0.9:
        return f
    return f"{f}_{l_}"


# --- how times are written -------------------------------------------------------------


def clock(local: datetime, style: int) -> str:
    """2:00 PM / 2pm / 2:30pm / 14:00."""
    h, m = local.hour, local.minute
    if style == 3:
        return f"{h:02d}:{m:02d}"
    h12 = h % 12 or 12
    ampm = "AM" if h < 12 else "PM"
    if style == 0:
        return f"{h12}:{m:02d} {ampm}"
    if style == 1:
        return f"{h12}{ampm.lower()}" if m == 0 else f"{h12}:{m:02d}{ampm.lower()}"
    return f"{h12}:{m:02d}{ampm.lower()}"


def zone_words(local: datetime, zone_key: str, rng: Random) -> str:
    generic, long_name, _ = ZONES[zone_key]
    roll = rng.random()
    if zone_key.startswith("America/"):
        if roll < 0.45:
            return generic
        if roll < 0.7:
            return local.tzname() or generic  # EDT / EST, always the right one for the date
        return long_name
    if roll < 0.5:
        return local.tzname() or generic  # GMT/BST, CET/CEST
    return f"({long_name})"


def interview_time_phrase(
    start: datetime, sent: datetime, zone_key: str, same_zone_as_reader: bool, rng: Random
) -> str:
    """The interview time the way recruiters type it, read in the employer's zone.

    `start` and `sent` are in the employer's zone. A phrase without a zone is produced
    only when the reader shares that zone, so the phrase always pins one instant.
    """
    wd, day, month = start.weekday(), start.day, start.month
    days_ahead = (start.date() - sent.date()).days
    zone = zone_words(start, zone_key, rng)
    roll = rng.random()
    european = zone_key.startswith("Europe/")
    if roll < 0.15 and days_ahead in (0, 1):
        rel = "today" if days_ahead == 0 else "tomorrow"
        text = f"{rel} at {clock(start, 1 if rng.random() < 0.6 else 3 if european else 0)}"
        return text if same_zone_as_reader and rng.random() < 0.7 else f"{text} {zone}"
    if roll < 0.22 and 2 <= days_ahead <= 6 and wd > sent.weekday():
        text = f"this {WEEKDAYS[wd]} at {clock(start, 1)}"
        return text if same_zone_as_reader and rng.random() < 0.5 else f"{text} {zone}"
    if european:
        if roll < 0.55:
            return f"{WEEKDAYS[wd]} {day} {MONTHS[month]} at {clock(start, 3)} {zone}"
        if roll < 0.8:
            return f"{day} {MON3[month]} {start.year}, {clock(start, 3)} {zone}"
        return f"{start.year}-{month:02d}-{day:02d} {clock(start, 3)} {zone}"
    if roll < 0.45:
        return f"{WEEKDAYS[wd]}, {MONTHS[month]} {day} at {clock(start, 0)} {zone}"
    if roll < 0.65:
        return f"{WD3[wd]} {month}/{day} {clock(start, 2)} {zone}"
    if roll < 0.8:
        return f"{WEEKDAYS[wd]} ({MONTHS[month]} {day}) at {clock(start, 1)} {zone}"
    if roll < 0.9 and same_zone_as_reader:
        return f"{WEEKDAYS[wd]}, {MON3[month]} {day} at {clock(start, 0)}"
    return f"{MONTHS[month]} {day}, {start.year} at {clock(start, 0)} {zone}"


def slot_phrase(start: datetime, zone_key: str, rng: Random) -> str:
    """A proposed slot in a list ("Tue 3/10, 2:00-2:45 PM ET"); never a confirmed time."""
    zone = ZONES[zone_key][0]
    if zone_key.startswith("Europe/"):
        return f"{WD3[start.weekday()]} {start.day} {MON3[start.month]}, {clock(start, 3)} {zone}"
    return f"{WD3[start.weekday()]} {start.month}/{start.day}, {clock(start, 0)} {zone}"


def end_of_day(day: date, tz: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=tz)


# Stated timelines: (words, count, unit). Calendar days for weeks; business days (Mon-Fri)
# for "the next few days" and counted business days. "The next few days" is 3 business
# days, the domain's own definition (afterview/when.py: "a few" counts business days, 3);
# the arithmetic here is the generator's own (`add_business_days`), not the domain's.
_RELATIVE_TIMELINES = (
    (("within two weeks", "in the next two weeks", "over the next two weeks"), 14, "days"),
    (("within a week", "within the next week"), 7, "days"),
    (("in the next few days", "within the next few days", "over the next few days"), 3, "bdays"),
    (("within five business days", "within 5 business days"), 5, "bdays"),
    (("within 3 working days", "within three working days"), 3, "bdays"),
)


def add_business_days(day: date, count: int) -> date:
    """`count` Monday-to-Friday days after `day` (a weekend day counts from its Friday)."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    while count:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def decision_phrase(sent_local: datetime, rng: Random) -> tuple[str, date]:
    """A stated decision timeline and the day it resolves to, counted from `sent_local`.

    Resolutions (the reading the truth file uses): "by <weekday>" = that weekday of the
    same week; "end of the week" = this Friday; "end of next week" = next week's Friday;
    "within a week / two weeks" = +7 / +14 days; "in the next few days" = +3 business days;
    "within five business days" / "3 working days" = that many business days;
    "by / no later than / on or before <month day>" = that date.
    """
    today = sent_local.date()
    wd = today.weekday()
    roll = rng.random()
    if roll < 0.3:
        words, count, unit = pick(rng, _RELATIVE_TIMELINES)
        if unit == "bdays":
            return pick(rng, words), add_business_days(today, count)
        return pick(rng, words), today + timedelta(days=count)
    if roll < 0.45:
        words = ("by the end of next week", "by end of next week", "before the end of next week")
        return pick(rng, words), today + timedelta(days=11 - wd)
    if roll < 0.7 and wd <= 3:
        friday = today + timedelta(days=4 - wd)
        if wd <= 1 and rng.random() < 0.25:
            return "by Thursday", today + timedelta(days=3 - wd)
        if wd <= 2:
            return pick(rng, ("by Friday", "by end of day Friday", "by this Friday")), friday
        return pick(rng, ("by the end of the week", "before the end of the week")), friday
    target = today + timedelta(days=between(rng, 4, 18))
    lead = pick(rng, ("by", "by", "no later than", "on or before"))
    if rng.random() < 0.5:
        return f"{lead} {MONTHS[target.month]} {target.day}", target
    return f"{lead} {WEEKDAYS[target.weekday()]}, {MONTHS[target.month]} {target.day}", target


def human_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month]} {day.day}"
