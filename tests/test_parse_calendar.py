"""Calendar invites: every time comes out timezone-aware, whatever the sender wrote."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from afterview.invites import events_from_calendar

SENDER_ZONE = timezone(timedelta(hours=-4))


def calendar(*event_lines: str, method: str | None = None, extra: str = "") -> str:
    """A one-event VCALENDAR around `event_lines`."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    if method:
        head.append(f"METHOD:{method}")
    event = ["BEGIN:VEVENT", *event_lines, "END:VEVENT"]
    return "\r\n".join([*head, *extra.splitlines(), *event, "END:VCALENDAR"]) + "\r\n"


def one_event(text: str, **kwargs: object):
    events, defects = events_from_calendar(text, default_tz=SENDER_ZONE, **kwargs)  # type: ignore[arg-type]
    assert len(events) == 1
    return events[0], defects


def test_iana_tzid_is_kept() -> None:
    event, defects = one_event(
        calendar("SUMMARY:Call", "DTSTART;TZID=Europe/Berlin:20260612T100000", "DURATION:PT30M")
    )
    assert event.start == datetime.fromisoformat("2026-06-12T10:00:00+02:00")
    assert str(event.start.tzinfo) == "Europe/Berlin"
    assert event.end == event.start + timedelta(minutes=30)
    assert defects == ()


def test_windows_tzid_without_vtimezone_is_resolved() -> None:
    event, _ = one_event(calendar("DTSTART;TZID=Pacific Standard Time:20260612T100000"))
    assert event.start.utcoffset() == timedelta(hours=-7)


def test_outlook_offset_name_is_resolved() -> None:
    event, defects = one_event(
        calendar('DTSTART;TZID="(UTC+05:30) Chennai, Kolkata":20260612T100000', "SUMMARY:x")
    )
    assert event.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert defects == ()


def test_unknown_tzid_falls_back_to_the_senders_zone_with_a_defect() -> None:
    event, defects = one_event(calendar("DTSTART;TZID=Mars/Olympus:20260612T100000", "SUMMARY:x"))
    assert event.start == datetime(2026, 6, 12, 10, 0, tzinfo=SENDER_ZONE)
    assert defects == ("calendar_tzid_unknown",)


def test_utc_times_stay_utc() -> None:
    event, _ = one_event(calendar("DTSTART:20260612T100000Z", "DTEND:20260612T110000Z"))
    assert event.start == datetime(2026, 6, 12, 10, 0, tzinfo=UTC)
    assert event.end == datetime(2026, 6, 12, 11, 0, tzinfo=UTC)


def test_all_day_event_with_exclusive_end() -> None:
    event, _ = one_event(calendar("DTSTART;VALUE=DATE:20260612", "DTEND;VALUE=DATE:20260614"))
    assert event.start == datetime(2026, 6, 12, tzinfo=SENDER_ZONE)
    assert event.end == datetime(2026, 6, 14, tzinfo=SENDER_ZONE)


def test_timed_event_without_end_has_none() -> None:
    event, _ = one_event(calendar("DTSTART:20260612T100000Z", "SUMMARY:x"))
    assert event.end is None


def test_method_from_calendar_beats_the_parts_parameter() -> None:
    event, _ = one_event(calendar("DTSTART:20260612T100000Z", method="CANCEL"), method="REQUEST")
    assert event.method == "CANCEL"
    event, _ = one_event(calendar("DTSTART:20260612T100000Z"), method="request")
    assert event.method == "REQUEST"


def test_organizer_is_a_lower_cased_address() -> None:
    event, _ = one_event(
        calendar("DTSTART:20260612T100000Z", "ORGANIZER;CN=Jane:MAILTO:Jane@Acme.Example")
    )
    assert event.organizer == "jane@acme.example"
    event, _ = one_event(calendar("DTSTART:20260612T100000Z", "ORGANIZER:CN=nobody"))
    assert event.organizer == ""


def test_broken_property_does_not_lose_the_event() -> None:
    event, defects = one_event(
        calendar("SUMMARY:Interview", "DTSTART:20260612T100000Z", "DTEND:2026-06-12 eleven")
    )
    assert event.summary == "Interview"
    assert event.end is None
    assert "calendar_time_unparseable" in defects


def test_vtimezone_zone_becomes_a_fixed_offset() -> None:
    vtimezone = "\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Custom Zone",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0300",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )
    event, _ = one_event(calendar("DTSTART;TZID=Custom Zone:20260612T100000", extra=vtimezone))
    assert event.start == datetime(2026, 6, 12, 10, 0, tzinfo=timezone(timedelta(hours=3)))


def test_garbage_is_a_defect_not_an_error() -> None:
    assert events_from_calendar(b"\x00\xffnot a calendar") == ((), ("calendar_unparseable",))
    assert events_from_calendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == (
        (),
        ("calendar_without_events",),
    )
