"""The plain calendar invites mail carries, read without building icalendar's object model.

icalendar parses every content line into objects (parameters, typed values) before anything
can be asked of it: about 1 ms an invite, most of it on ATTENDEE lines, while `invites`
reads eight properties. `simple_calendars` reads those eight from a calendar written in
the plain shape invites have, and returns None for anything else, which icalendar then
reads: it stays the authority. The shape accepted is one VCALENDAR of VTIMEZONEs then
VEVENTs, every line in a strict grammar, every value read with icalendar's own
unfolding and unescaping, and nothing icalendar would refuse or read differently: a line
icalendar rejects inside a VEVENT is ignored by both, elsewhere it makes the whole
calendar unreadable, so there it sends the calendar to icalendar. Zones are icalendar's:
a VTIMEZONE of a name it does not know (Exchange's "Central Standard Time") is handed to
it to keep, as its own reading does, and every TZID is looked up by it in the same order.
Tests compare the two on every invite of the corpus and the generator, on every IANA
zone and on mutated invites (`tests/test_ics_prescan.py`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

import icalendar
from icalendar.parser.content_line import NEWLINE, UFOLD
from icalendar.parser.property import unescape_backslash
from icalendar.timezone import tzp

# name, parameters (values without control characters, backslashes or carets, which
# icalendar unescapes; plain ones also without what needs quotes, and single inner spaces),
# then the value.
_PLAIN_PARAM_CHARS = r'[^\x00-\x20\x7f",:;\\^]+'
_PLAIN_PARAM_VALUE = rf"{_PLAIN_PARAM_CHARS}(?: {_PLAIN_PARAM_CHARS})*"
_QUOTED_PARAM_VALUE = r'"[^"\\^\x00-\x1f\x7f]*"'
_LINE = re.compile(
    r"([A-Za-z][A-Za-z0-9-]*)"
    rf"((?:;[A-Za-z][A-Za-z0-9-]*=(?:{_QUOTED_PARAM_VALUE}|{_PLAIN_PARAM_VALUE})?)*)"
    r":(.*)"
)
_PARAM = re.compile(r';([A-Za-z][A-Za-z0-9-]*)=("[^"]*"|[^;]*)')
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # tab is the only one a line may carry
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_UTC_OFFSET = re.compile(r"[+-](?:0\d|1[0-4])[0-5]\d")
_YEARLY_RULE = re.compile(
    r"FREQ=YEARLY(?:;(?:BYMONTH=(?:[1-9]|1[0-2])|BYDAY=(?:-?[1-5])?(?:SU|MO|TU|WE|TH|FR|SA)"
    r"|UNTIL=\d{8}T\d{6}Z|INTERVAL=1|WKST=(?:SU|MO)))*"
)
_ZONE_NAME = re.compile(r"[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+-]+){1,2}")
# A TZID read here: an IANA name or a Windows one ("W. Europe Standard Time"); no vendor
# prefix ("/example.org/Europe/Berlin"), nothing icalendar's parameter parsing rewrites.
_TZID = re.compile(r"[A-Za-z][A-Za-z0-9._+-]*(?: [A-Za-z0-9._+-]+)*(?:/[A-Za-z0-9._+-]+)*")

# What the reading of an event uses (`invites._event`): these are returned, read as
# icalendar reads them; each may appear once per event.
TEXT_PROPERTIES = frozenset({"SUMMARY", "DESCRIPTION", "LOCATION", "UID", "ORGANIZER"})
TIME_PROPERTIES = frozenset({"DTSTART", "DTEND"})
# Properties an event may also carry, skipped unread: icalendar parses them into values
# nobody reads, and a VEVENT ignores its own broken lines, so skipping them loses nothing.
_SKIPPED_IN_EVENTS = frozenset(
    {"ATTENDEE", "DTSTAMP", "SEQUENCE", "STATUS", "TRANSP", "CLASS", "CREATED",
     "LAST-MODIFIED", "PRIORITY"}
)  # fmt: skip
# The calendar's own properties (plain text to icalendar; METHOD is read).
_CALENDAR_PROPERTIES = frozenset({"PRODID", "VERSION", "CALSCALE", "METHOD"})


class TimeValue:
    """A DTSTART/DTEND as `invites._when` reads icalendar's: `.dt` and `.params`."""

    __slots__ = ("dt", "params")

    def __init__(self, dt: date, params: dict[str, str]):
        self.dt = dt
        self.params = params


Component = dict[str, object]


def simple_calendars(text: str) -> list[tuple[Component, list[Component]]] | None:
    """[(the calendar's properties, its events' properties)] as `invites` reads them from
    icalendar's components, or None when the calendar is not of the plain shape."""
    calendar: Component = {}
    events: list[Component] = []
    event: Component | None = None
    stack: list[str] = []
    # properties met in each open component: a zone's given twice breaks icalendar's reading
    seen: list[set[str]] = []
    zone_lines: list[str] = []  # the VTIMEZONE being read, for icalendar to build its zone
    closed = False
    for line in NEWLINE.split(UFOLD.sub("", text)):
        if not line:
            continue
        if closed or _CONTROL.search(line):  # after END:VCALENDAR: icalendar reads more
            return None
        match = _LINE.fullmatch(line)
        if match is None:
            return None
        name, params, value = match.group(1).upper(), match.group(2), match.group(3)
        if name == "BEGIN" or name == "END":
            if params:
                return None
            value = value.upper()
            if name == "BEGIN":
                if not _may_open(stack, value) or (value == "VTIMEZONE" and events):
                    return None  # (a zone defined after an event: icalendar reads it twice)
                stack.append(value)
                seen.append(set())
                if value == "VEVENT":
                    event = {}
            else:
                if not stack or stack.pop() != value:
                    return None
                seen.pop()
                if value == "VEVENT":
                    events.append(event)  # type: ignore[arg-type]
                    event = None
                elif value == "VCALENDAR":
                    closed = True
            if value == "VTIMEZONE" and name == "BEGIN":
                zone_lines = []
            if value == "VTIMEZONE" or "VTIMEZONE" in stack:
                zone_lines.append(line)
            if value == "VTIMEZONE" and name == "END" and not _cache_zone(zone_lines):
                return None
            continue
        if not stack:
            return None
        where = stack[-1]
        if where == "VEVENT":
            if not _read_event_line(event, name, params, value):  # type: ignore[arg-type]
                return None
        elif where == "VCALENDAR":
            if name in _CALENDAR_PROPERTIES:
                if params or name in calendar:
                    return None
                calendar[name] = unescape_backslash(value)
            elif not name.startswith("X-"):
                return None
        elif name in seen[-1] or not _plain_zone_line(where, name, params, value):
            return None
        else:
            zone_lines.append(line)
        seen[-1].add(name)
    if not closed:
        return None
    return [(calendar, events)]


def _may_open(stack: list[str], component: str) -> bool:
    parent = stack[-1] if stack else ""
    return (
        (parent == "" and component == "VCALENDAR")
        or (parent == "VCALENDAR" and component in ("VEVENT", "VTIMEZONE"))
        or (parent == "VTIMEZONE" and component in ("STANDARD", "DAYLIGHT"))
    )


def _read_event_line(event: Component, name: str, params: str, value: str) -> bool:
    if name in TIME_PROPERTIES:
        if name in event:
            return False
        read = _time_value(params, value)
        if read is None:
            return False
        event[name] = read
    elif name in TEXT_PROPERTIES:
        # A VALUE parameter would change the type icalendar reads the value as.
        if name in event or "VALUE=" in params.upper():
            return False
        event[name] = unescape_backslash(value)
    elif name not in _SKIPPED_IN_EVENTS and not name.startswith("X-"):
        return False
    return True


def _time_value(params: str, value: str) -> TimeValue | None:
    found = [(key.upper(), raw) for key, raw in _PARAM.findall(params)]
    keys = [key for key, _ in found]
    if len(set(keys)) != len(keys) or not set(keys) <= {"TZID", "VALUE"}:
        return None
    given = {key: raw[1:-1] if raw.startswith('"') else raw for key, raw in found}
    kind = given.get("VALUE", "").upper()
    tzid = given.get("TZID")
    moment = _DATE_TIME.fullmatch(value)
    if moment is not None and kind in ("", "DATE-TIME"):
        try:
            naive = datetime(*(int(part) for part in moment.groups()[:6]))
        except ValueError:
            return None
        if tzid is not None:
            if moment.group(7) or _TZID.fullmatch(tzid) is None:
                return None
            # icalendar's own lookup, at the point of the calendar where icalendar makes it:
            # a Windows name is its VTIMEZONE's (cached above), else the IANA zone it maps to.
            try:
                zone = _known_zone(tzid) or tzp.timezone(tzid)
            except OSError:
                # "Europe" names a folder of the zone data, which zoneinfo opens and fails
                # on: icalendar's whole reading fails there too, so it is left to say so.
                return None
            if zone is None:  # a zone nobody knows: icalendar leaves the time without one
                return TimeValue(naive, {"TZID": tzid})
            return TimeValue(tzp.localize(naive, zone), {"TZID": tzid})
        if moment.group(7):
            return TimeValue(tzp.localize_utc(naive), {})
        return TimeValue(naive, {})
    day = _DATE.fullmatch(value)
    if day is not None and kind in ("", "DATE") and tzid is None:
        try:
            return TimeValue(date(*(int(part) for part in day.groups())), {})
        except ValueError:
            return None
    return None


def _plain_zone_line(where: str, name: str, params: str, value: str) -> bool:
    """A VTIMEZONE line icalendar reads without error (a VTIMEZONE does not forgive one)."""
    if params:
        return False
    if name.startswith("X-"):
        return True
    if where == "VTIMEZONE":
        return name == "TZID" and _TZID.fullmatch(value) is not None
    if name == "DTSTART":
        moment = _DATE_TIME.fullmatch(value)
        if moment is None or moment.group(7):
            return False
        try:
            datetime(*(int(part) for part in moment.groups()[:6]))
        except ValueError:
            return False
        return True
    if name in ("TZOFFSETFROM", "TZOFFSETTO"):
        return _UTC_OFFSET.fullmatch(value) is not None
    if name == "RRULE":
        return _YEARLY_RULE.fullmatch(value) is not None
    return name == "TZNAME" and "\\" not in value


def _cache_zone(lines: list[str]) -> bool:
    """What icalendar does at the end of a VTIMEZONE: keep the zone it defines under its
    TZID unless that is an IANA name or a zone kept before (`tzp.cache_timezone_component`;
    the first definition of a name wins, in either reading). False if icalendar cannot."""
    tzid = next((line[5:] for line in lines if line[:5].upper() == "TZID:"), None)
    if tzid is None or tzid in _ZONES_KEPT or _known_zone(tzid) is not None:
        return True  # icalendar keeps nothing (new)
    try:
        tzp.cache_timezone_component(icalendar.Timezone.from_ical("\r\n".join(lines)))
    except Exception:
        return False
    _ZONES_KEPT.add(tzid)
    return True


# The names icalendar keeps a zone for, as far as this module has seen (it keeps them for
# the life of the process; nothing here or in afterview resets its cache with tzp.use*).
_ZONES_KEPT: set[str] = set()


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=1024)
def _known_zone(tzid: str) -> ZoneInfo | None:
    """The zone icalendar gives a TZID that is an IANA name it knows, else None.

    For such a name icalendar never uses a VTIMEZONE (it keeps only unknown ones), so the
    answer does not depend on the calendars read before and can be remembered.
    """
    if _ZONE_NAME.fullmatch(tzid) is None or tzid not in _zone_names():
        return None
    zone = tzp.timezone(tzid)
    return zone if isinstance(zone, ZoneInfo) and zone.key == tzid else None
