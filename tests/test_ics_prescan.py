"""The calendar pre-scan reads every invite exactly as icalendar does, or leaves it to it.

Each test compares `events_from_calendar` with the pre-scan (the default) and without it
(icalendar reads everything): events, their zones (by repr: equal instants in different
zones would compare equal) and the defects must be identical.
"""

from __future__ import annotations

import email
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import available_timezones

import pytest

from afterview.ics_prescan import simple_calendars
from afterview.invites import events_from_calendar
from afterview.mail_files import messages_in_file
from gmail_sandbox.generator import generate_mailbox

ROOT = Path(__file__).parent
SENDER_ZONE = timezone(timedelta(hours=-4))


def both_readings(text: str, method: str = "") -> tuple[str, str]:
    fast = events_from_calendar(text, method=method, default_tz=SENDER_ZONE)
    slow = events_from_calendar(text, method=method, default_tz=SENDER_ZONE, prescan=False)
    return repr(fast), repr(slow)


def calendar_parts(raw: bytes) -> list[str]:
    parts = []
    for part in email.message_from_bytes(raw).walk():
        name = part.get_filename() or ""
        if part.get_content_type() == "text/calendar" or name.lower().endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts.append(payload.decode("utf-8", "replace"))
    return parts


def corpus_invites() -> list[str]:
    found = []
    for path in sorted((ROOT / "corpus" / "real" / "dev").rglob("*.mbox")):
        for raw in messages_in_file(path):
            found.extend(calendar_parts(raw))
    for path in sorted((ROOT / "data" / "messages").glob("*.eml")):
        found.extend(calendar_parts(path.read_bytes()))
    return found


def generated_invites(threads: int = 300) -> list[str]:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    found = []
    for thread in generate_mailbox("alex.morgan@example.com", threads, 7, now):
        for raw in thread.messages:
            found.extend(calendar_parts(raw))
    return found


def calendar(*event_lines: str, head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *head]
    lines += ["BEGIN:VEVENT", *event_lines, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


BERLIN_ZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".splitlines()


def test_the_corpus_invites_read_the_same_and_most_take_the_fast_path() -> None:
    invites = corpus_invites()
    assert len(invites) >= 40
    for text in invites:
        fast, slow = both_readings(text)
        assert fast == slow, text
    assert sum(simple_calendars(text) is not None for text in invites) >= len(invites) // 3


def test_the_generated_invites_read_the_same_and_all_take_the_fast_path() -> None:
    invites = generated_invites()
    assert len(invites) >= 100
    for text in invites:
        fast, slow = both_readings(text)
        assert fast == slow, text
        assert simple_calendars(text) is not None, text


def windows_zone(name: str, standard_offset: str, daylight_offset: str) -> tuple[str, ...]:
    return (
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{daylight_offset}",
        f"TZOFFSETTO:{standard_offset}", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{standard_offset}",
        f"TZOFFSETTO:{daylight_offset}", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    )  # fmt: skip


def test_a_zone_named_by_its_vtimezone_is_icalendars_and_the_first_definition_wins() -> None:
    # A name no other test uses: icalendar keeps the first VTIMEZONE of a name it does not
    # know for the rest of the process, whichever reading met it first.
    name = "Afterview Prescan Test Standard Time"
    first = calendar(
        "SUMMARY:x", f"DTSTART;TZID={name}:20261201T100000", f"DTEND;TZID={name}:20260701T100000",
        head=windows_zone(name, "-0600", "-0500"),
    )  # fmt: skip
    assert simple_calendars(first) is not None  # the pre-scan met the name first
    (event,), defects = events_from_calendar(first)
    assert event.start.utcoffset() == timedelta(hours=-6)  # December: standard time
    assert event.end.utcoffset() == timedelta(hours=-5)  # July: daylight time
    assert defects == ()
    assert both_readings(first)[0] == both_readings(first)[1]
    redefined = first.replace("-0600", "+0300").replace("-0500", "+0400")
    fast, slow = both_readings(redefined)
    assert fast == slow
    (event,), _ = events_from_calendar(redefined)
    assert event.start.utcoffset() == timedelta(hours=-6)  # still the first definition's


@pytest.mark.parametrize(
    "lines, head, fast",
    [
        # folded lines, in the middle of a word and of a parameter list
        (("SUMMARY:Inter", " view with Acme", "DTSTART;TZ", " ID=Europe/Paris:20261201T100000"),
         (), True),
        # TZID with its VTIMEZONE, before and after the event
        (("SUMMARY:x", "DTSTART;TZID=Europe/Berlin:20261201T100000",
          "DTEND;TZID=Europe/Berlin:20261201T110000"), tuple(BERLIN_ZONE), True),
        (("SUMMARY:x", 'DTSTART;TZID="America/New_York":20260310T093000'), (), True),
        # all-day, with and without VALUE=DATE, and without an end
        (("SUMMARY:Onsite", "DTSTART;VALUE=DATE:20261201", "DTEND;VALUE=DATE:20261202"), (), True),
        (("SUMMARY:Onsite", "DTSTART:20261201"), (), True),
        # UTC 'Z', and floating (no zone: read in the sender's)
        (("SUMMARY:x", "DTSTART:20261201T150000Z", "DTEND:20261201T160000Z"), (), True),
        (("SUMMARY:x", "DTSTART:20261201T150000"), (), True),
        # CANCEL and REPLY, from the calendar and from the MIME part
        (("SUMMARY:Cancelled: Interview", "DTSTART:20261201T150000Z", "STATUS:CANCELLED",
          "SEQUENCE:2"), ("METHOD:CANCEL",), True),
        (("SUMMARY:Accepted: Interview", "DTSTART:20261201T150000Z",
          "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Morgan:mailto:alex@example.com"),
         ("METHOD:REPLY",), True),
        # escapes in text, an organizer with a quoted name holding ":" and ";"
        (("SUMMARY:Call\\, then lunch\\; bring CV\\nRoom 3\\\\B",
          'ORGANIZER;CN="Lee: Recruiting; EMEA":mailto:Lee@Acme.example',
          "DESCRIPTION:Join: https://meet.example/abc?x=1\\,2", "DTSTART:20261201T150000Z"),
         (), True),
        # a Windows zone name without its VTIMEZONE (icalendar maps it to the IANA zone), and
        # a zone nobody knows (read in the sender's zone, with a defect)
        (("SUMMARY:x", "DTSTART;TZID=Pacific Standard Time:20261201T100000"), (), True),
        (("SUMMARY:x", "DTSTART;TZID=Mars/Olympus:20261201T100000"), (), True),
        # what the pre-scan leaves to icalendar: Outlook's offset names, vendor prefixes,
        # durations, recurrences, alarms, two calendars' worth of properties, odd parameters
        (("SUMMARY:x", 'DTSTART;TZID="(UTC+05:30) Chennai, Kolkata":20261201T100000'), (), False),
        (("SUMMARY:x", "DTSTART;TZID=/example.org/Europe/Berlin:20261201T100000"), (), False),
        (("SUMMARY:x", "DTSTART:20261201T100000Z", "DURATION:PT45M"), (), False),
        (("SUMMARY:x", "DTSTART:20261201T100000Z", "RRULE:FREQ=WEEKLY;COUNT=3"), (), False),
        (("SUMMARY:x", "DTSTART:20261201T100000Z", "BEGIN:VALARM", "TRIGGER:-PT15M",
          "ACTION:DISPLAY", "END:VALARM"), (), False),
        (("SUMMARY:x", "SUMMARY:y", "DTSTART:20261201T100000Z"), (), False),
        (("SUMMARY;VALUE=URI:x", "DTSTART:20261201T100000Z"), (), False),
        (("SUMMARY:x", "DTSTART;TZID=Europe/Berlin:20261201T100000Z"), (), False),
        (("SUMMARY:x", "DTSTART:20261301T100000Z"), (), False),
    ],
)  # fmt: skip
def test_each_kind_of_invite_reads_the_same(
    lines: tuple[str, ...], head: tuple[str, ...], fast: bool
) -> None:
    text = calendar(*lines, head=head)
    assert (simple_calendars(text) is not None) == fast
    reading, reference = both_readings(text)
    assert reading == reference
    assert both_readings(text, method="REQUEST")[0] == both_readings(text, method="REQUEST")[1]


def test_a_folded_line_is_read_whole() -> None:
    text = calendar("SUMMARY:Interview with", "  Acme Corp", "DTSTART:20261201T150000Z")
    (event,), defects = events_from_calendar(text)
    assert event.summary == "Interview with Acme Corp"
    assert defects == ()


def test_the_fast_path_keeps_zones_as_icalendar_gives_them() -> None:
    text = calendar("SUMMARY:x", "DTSTART;TZID=Asia/Kolkata:20261201T100000",
                    "DTEND:20261201T060000Z")  # fmt: skip
    (event,), _ = events_from_calendar(text)
    assert str(event.start.tzinfo) == "Asia/Kolkata"
    assert str(event.end.tzinfo) == "UTC"  # icalendar's ZoneInfo("UTC"), kept
    assert event.end - event.start == timedelta(hours=1, minutes=30)  # 10:00 IST is 04:30Z


def test_every_iana_zone_reads_the_same() -> None:
    zones = sorted(name for name in available_timezones() if "/" in name)
    assert len(zones) > 300
    for name in zones:
        text = calendar("SUMMARY:x", f"DTSTART;TZID={name}:20260329T023000")
        fast, slow = both_readings(text)
        assert fast == slow, name


def test_a_hostile_calendar_gives_a_clear_defect_and_loses_nothing_else() -> None:
    broken = 'BEGIN:VCALENDAR\r\nPRODID;X="unclosed:-//x//EN\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\n'
    assert simple_calendars(broken) is None
    assert events_from_calendar(broken) == ((), ("calendar_unparseable",))
    # a broken attendee line inside the event: icalendar skips it (the pre-scan leaves such
    # a calendar to icalendar), and the event is read
    text = calendar("SUMMARY:Interview", 'ATTENDEE;CN="x:mailto:a@b', "DTSTART:20261201T150000Z")
    fast, slow = both_readings(text)
    assert fast == slow
    assert "Interview" in fast


MUTATION_CHARACTERS = ';:,"\\^= \t\r\nZTP0/-xé'


def mutated(text: str, rng: random.Random) -> str:
    lines = text.split("\r\n")
    i = rng.randrange(len(lines))
    line = lines[i]
    kind = rng.randrange(6)
    at = rng.randrange(len(line) + 1)
    if kind == 0:
        lines[i] = line[:at] + rng.choice(MUTATION_CHARACTERS) + line[at:]
    elif kind == 1:
        lines[i] = line[:at] + line[at + 1 :]
    elif kind == 2:
        lines.insert(i, line)
    elif kind == 3:
        del lines[i]
    elif kind == 4:
        lines[i] = line.lower() if rng.random() < 0.5 else line.upper()
    else:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "\r\n".join(lines)


def test_mutated_invites_read_the_same() -> None:
    rng = random.Random(20261206)
    samples = generated_invites(60)[:20] + [calendar("SUMMARY:x", head=tuple(BERLIN_ZONE))]
    fast_taken = 0
    for _ in range(1500):
        text = rng.choice(samples)
        for _ in range(rng.randrange(1, 4)):
            text = mutated(text, rng)
        fast, slow = both_readings(text)
        assert fast == slow, text
        fast_taken += simple_calendars(text) is not None
    assert fast_taken > 300  # the comparison covered the fast path, not only the fallback
