"""parse_message never raises, keeps within its caps, and always gives an aware date."""

from __future__ import annotations

import base64
import email.errors
import inspect
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.html_text import html_to_text
from afterview.invites import DEFECTS as CALENDAR_DEFECTS
from afterview.invites import events_from_calendar
from afterview.model import Message
from afterview.parse import (
    DEFECTS,
    MAX_TEXT_CHARS,
    message_from_headers,
    parse_message,
)
from afterview.trim import trim_reply
from tests.builders.malformed_mail import CORPUS, mutated_corpus_message

STDLIB_DEFECTS = {
    re.sub(r"(?<!^)(?=[A-Z])", "_", name.removesuffix("Defect")).lower()
    for name, cls in inspect.getmembers(email.errors, inspect.isclass)
    if issubclass(cls, email.errors.MessageDefect)
}
KNOWN_DEFECTS = set(DEFECTS) | set(CALENDAR_DEFECTS) | STDLIB_DEFECTS


def assert_well_formed(message: Message) -> None:
    assert message.date.utcoffset() is not None
    assert len(message.text) <= MAX_TEXT_CHARS
    assert "\x00" not in message.text and "\x00" not in message.subject
    for event in message.events:
        for moment in (event.start, event.end):
            assert moment is None or moment.utcoffset() is not None
    for defect in message.defects:
        assert defect in KNOWN_DEFECTS, defect
    message.text.encode("utf-8")  # no lone surrogates left behind
    message.subject.encode("utf-8")
    message.sender.name.encode("utf-8")


# As many examples as the hypothesis profile says: few in the suite, thousands with
# HYPOTHESIS_PROFILE=long (tests/conftest.py).
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    assert_well_formed(parse_message(raw))


@FUZZ
@given(mutated_corpus_message())
def test_mutated_corpus_messages_never_raise(raw: bytes) -> None:
    assert_well_formed(parse_message(raw))


HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "References",
     "In-Reply-To", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted", "Received",
     "Precedence"]
)  # fmt: skip
HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"=\?[a-z0-9_-]{0,12}\?[bBqQx]?\?[A-Za-z0-9=_+/?]{0,30}(\?=)?", fullmatch=True),
    st.from_regex(r'[" <>@,;:()\[\]\\a-z.]{0,40}', fullmatch=True),
)


@FUZZ
@given(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=8), st.text(max_size=200))
def test_arbitrary_header_values_never_raise(headers: list[tuple[str, str]], body: str) -> None:
    assert_well_formed(message_from_headers(headers, snippet=body))
    raw = "".join(f"{name}: {value}\n".replace("\r", "") for name, value in headers)
    assert_well_formed(parse_message((raw + "\n" + body).encode("utf-8", "surrogatepass")))


def simple_message(content_type: str, body: bytes, *, cte: str = "8bit") -> bytes:
    head = (
        "From: a@b.example\nSubject: big\nDate: Tue, 02 Jun 2026 10:00:00 +0000\n"
        f"MIME-Version: 1.0\nContent-Type: {content_type}\nContent-Transfer-Encoding: {cte}\n\n"
    )
    return head.encode() + body


def test_five_megabyte_body_is_capped() -> None:
    line = b"The interview is on Thursday at 2pm in the main office, room 4. " * 2 + b"\n"
    raw = simple_message("text/plain; charset=utf-8", line * (5_000_000 // len(line)))
    assert len(raw) > 5_000_000
    message = parse_message(raw)
    assert len(message.text) == MAX_TEXT_CHARS
    assert message.text.startswith("The interview is on Thursday")
    assert {"part_truncated", "text_truncated"} <= set(message.defects)


def test_invite_after_a_huge_attachment_is_still_found() -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Interview\r\n"
        b"DTSTART:20260611T210000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    pdf = base64.encodebytes(bytes(range(256)) * 20_000).decode()  # ~7 MB encoded
    body = (
        (
            "--b\nContent-Type: text/plain\n\nSee attached.\n"
            "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
            f"Content-Transfer-Encoding: base64\n\n{pdf}\n"
            "--b\nContent-Type: application/octet-stream; name=invite.ics\n"
            "Content-Disposition: attachment; filename=invite.ics\n\n"
        ).encode()
        + ics
        + b"\n--b--\n"
    )
    message = parse_message(simple_message("multipart/mixed; boundary=b", body))
    assert message.text == "See attached."
    assert [event.summary for event in message.events] == ["Interview"]


def nested(depth: int) -> bytes:
    body = b"Content-Type: text/plain\n\ninnermost\n"
    for level in range(depth):
        body = b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n%s\n--b%d--\n" % (
            level,
            level,
            body,
            level,
        )
    return b"From: a@b.example\nSubject: deep\n" + body


def test_deep_nesting_is_capped() -> None:
    message = parse_message(nested(60))
    assert message.subject == "deep"
    assert message.text == ""
    assert "mime_too_deep" in message.defects
    assert parse_message(nested(5)).text == "innermost"


def test_absurd_nesting_falls_back_to_headers() -> None:
    message = parse_message(nested(3000))  # deeper than the stdlib parser's recursion allows
    assert message.subject == "deep"
    assert "mime_unparseable" in message.defects


def test_thousands_of_parts_are_capped() -> None:
    parts = b"".join(b"--b\nContent-Type: text/plain\n\npart %d\n" % i for i in range(2000))
    message = parse_message(simple_message("multipart/mixed; boundary=b", parts + b"--b--\n"))
    assert "too_many_parts" in message.defects
    assert message.text.startswith("part 0\n\npart 1")


def test_enormous_header_is_capped() -> None:
    raw = b"From: a@b.example\nSubject: " + b"x" * 2_000_000 + b"\n\nbody\n"
    message = parse_message(raw)
    assert message.text == "body"
    assert "header_truncated" in message.defects
    assert len(message.subject) <= 32 * 1024


def test_same_bytes_same_message() -> None:
    raw = CORPUS["garbled_date.eml"].replace(b"Message-ID", b"X-Old-Id")
    assert parse_message(raw) == parse_message(raw)
    assert parse_message(raw).message_id.endswith("@afterview.invalid>")


ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Interview\r\n"
    "ORGANIZER;CN=J:mailto:j@acme.example\r\nDTSTART;TZID=Europe/Paris:20260611T140000\r\n"
    "DTEND;TZID=Europe/Paris:20260611T150000\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize("tzid", ["Europe", "America/Argentina", "Etc"])
def test_a_zone_data_folder_as_tzid_reads_as_icalendar_does(tzid: str) -> None:
    # Hypothesis found it: zoneinfo opens "Europe" as a file and raises IsADirectoryError.
    mangled = ICS.replace("Europe/Paris", tzid)
    expected = events_from_calendar(mangled, prescan=False)
    assert events_from_calendar(mangled) == expected
    assert expected == ((), ("calendar_unparseable",))


@FUZZ
@given(st.integers(0, len(ICS)), st.integers(0, 40), st.text(max_size=30))
def test_mangled_calendars_never_raise(at: int, cut: int, insert: str) -> None:
    events, defects = events_from_calendar(ICS[:at] + insert + ICS[at + cut :])
    for event in events:
        assert event.start is None or event.start.utcoffset() is not None
        assert event.end is None or event.end.utcoffset() is not None
    assert set(defects) <= set(CALENDAR_DEFECTS)


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("<>/&;#x!-='\" \npbrscriptyhead")), max_size=300))
def test_markup_soup_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)
    assert isinstance(trim_reply(markup), str)
