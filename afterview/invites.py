"""Calendar invites (text/calendar parts, .ics attachments) as `CalendarEvent` records.

Times always come out timezone-aware:
- a TZID icalendar resolves (its VTIMEZONE, an IANA name, a Windows name) is kept, as a
  fixed UTC offset when it is not an IANA zone (so events stay plain, hashable data);
- a TZID icalendar does not know is tried as an IANA name, then as Outlook's
  "(UTC+01:00) Amsterdam, Berlin" form; failing both, `default_tz` (defect
  "calendar_tzid_unknown");
- floating times (no TZID, no "Z") and all-day dates are read in `default_tz`, which the
  message parser sets to the offset of the message's Date header: the sender's local time.
An all-day event without an end lasts one day; a timed one without DTEND takes its end from
DURATION, else has none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from afterview.ics_prescan import simple_calendars
from afterview.model import CalendarEvent

MAX_EVENTS = 50
# The defects this module reports, as `Message.defects` carries them.
DEFECTS = {
    "calendar_unparseable": "icalendar could not read the calendar at all",
    "calendar_without_events": "a calendar with no VEVENT",
    "calendar_too_many_events": "events past MAX_EVENTS skipped",
    "calendar_event_incomplete": "a VEVENT with neither start nor summary, skipped",
    "calendar_time_unparseable": "a DTSTART/DTEND that could not be read, left out",
    "calendar_tzid_unknown": "a TZID nobody knows; the time read in the sender's zone",
    "calendar_time_floating": "a time with no zone; read in the sender's zone",
}
_TEXT_MAX_CHARS = 4_000
_UTC_OFFSET_IN_NAME = re.compile(r"\((?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?\)", re.IGNORECASE)
_MAILTO = re.compile(r"^\s*mailto:", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def events_from_calendar(
    data: bytes | str, *, method: str = "", default_tz: tzinfo = UTC, prescan: bool = True
) -> tuple[tuple[CalendarEvent, ...], tuple[str, ...]]:
    """The VEVENTs of an iCalendar text and the defects met; never raises.

    `method` is the MIME part's `method=` parameter, used when the calendar has no METHOD.
    `prescan=False` has icalendar read every calendar: the reference the pre-scan's
    results are compared with in the tests.
    """
    if isinstance(data, bytes):
        data = _decode(data)
    defects: list[str] = []
    # The plain invites most mail carries are read without icalendar's object model (a
    # tenth of the time); icalendar reads everything else, and stays the authority.
    calendars = simple_calendars(data) if prescan else None
    if calendars is None:
        try:
            parsed = icalendar.Calendar.from_ical(data, multiple=True)
        except Exception:  # icalendar raises ValueError and friends on broken input
            return (), ("calendar_unparseable",)
        calendars = [(calendar, _walk_events(calendar)) for calendar in parsed]
    events: list[CalendarEvent] = []
    for calendar, components in calendars:
        calendar_method = _text(_get(calendar, "METHOD")).upper() or method.strip().upper()
        for component in components:
            if len(events) >= MAX_EVENTS:
                defects.append("calendar_too_many_events")
                return tuple(events), tuple(dict.fromkeys(defects))
            event = _event(component, calendar_method, default_tz, defects)
            if event is not None:
                events.append(event)
    if not events:
        defects.append("calendar_without_events")
    return tuple(events), tuple(dict.fromkeys(defects))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def _walk_events(calendar: icalendar.Component) -> list[icalendar.Component]:
    try:
        return calendar.walk("VEVENT")
    except Exception:
        return []


# A component as icalendar parses it, or as `simple_calendars` reads a plain one.
_Component = icalendar.Component | Mapping[str, object]


def _get(component: _Component, name: str) -> object:
    try:
        return component.get(name)
    except Exception:
        return None


def _text(value: object, limit: int = _TEXT_MAX_CHARS) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice
        value = value[0] if value else ""
    try:
        text = str(value)
    except Exception:
        return ""
    return text.strip()[:limit]


def _event(
    component: _Component, method: str, default_tz: tzinfo, defects: list[str]
) -> CalendarEvent | None:
    start, all_day = _when(_get(component, "DTSTART"), default_tz, defects)
    # An end whose zone cannot be resolved is most likely in the start's zone.
    end_tz = start.tzinfo if start is not None and start.tzinfo is not None else default_tz
    end, _ = _when(_get(component, "DTEND"), end_tz, defects)
    if start is not None and end is None:
        duration = _duration(_get(component, "DURATION"))
        if duration is not None:
            end = start + duration
        elif all_day:
            end = start + timedelta(days=1)
    summary = _SPACES.sub(" ", _text(_get(component, "SUMMARY")))
    if start is None and not summary:
        defects.append("calendar_event_incomplete")
        return None
    return CalendarEvent(
        summary=summary,
        description=_text(_get(component, "DESCRIPTION")),
        start=start,
        end=end,
        organizer=_organizer(_get(component, "ORGANIZER")),
        method=method,
        uid=_text(_get(component, "UID"), 500),
        location=_SPACES.sub(" ", _text(_get(component, "LOCATION"), 500)),
    )


def _organizer(value: object) -> str:
    address = _MAILTO.sub("", _text(value, 500)).strip().lower()
    return address if "@" in address else ""


def _duration(prop: object) -> timedelta | None:
    try:
        value = prop.dt  # type: ignore[union-attr]
    except Exception:
        return None
    return value if isinstance(value, timedelta) else None


def _when(prop: object, default_tz: tzinfo, defects: list[str]) -> tuple[datetime | None, bool]:
    """An aware datetime for a DTSTART/DTEND property, and whether it was an all-day date."""
    if prop is None:
        return None, False
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    try:
        value = prop.dt  # type: ignore[union-attr]
    except Exception:
        defects.append("calendar_time_unparseable")
        return None, False
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return _plain_zone(value), False
        tzid = _tzid(prop)
        if tzid:
            zone = _zone_from_tzid(tzid)
            if zone is None:
                defects.append("calendar_tzid_unknown")
                zone = default_tz
        else:
            defects.append("calendar_time_floating")
            zone = default_tz
        return value.replace(tzinfo=zone), False
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=default_tz), True
    defects.append("calendar_time_unparseable")
    return None, False


def _tzid(prop: object) -> str:
    try:
        return str(prop.params.get("TZID", "") or "")  # type: ignore[union-attr]
    except Exception:
        return ""


def _zone_from_tzid(tzid: str) -> tzinfo | None:
    name = tzid.strip().strip('"').strip()
    if name and ".." not in name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    match = _UTC_OFFSET_IN_NAME.search(name)
    if match:
        sign, hours, minutes = match.groups()
        offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if offset < timedelta(hours=24):
            return _fixed(-offset if sign == "-" else offset)
    return None


def _plain_zone(value: datetime) -> datetime:
    """Keep IANA zones and UTC; replace other tzinfo (a VTIMEZONE's) by its fixed offset."""
    if isinstance(value.tzinfo, ZoneInfo) or value.tzinfo is UTC:
        return value
    offset = value.utcoffset()
    return value.replace(tzinfo=_fixed(offset)) if offset is not None else value


def _fixed(offset: timedelta) -> tzinfo:
    return UTC if not offset else timezone(offset)
