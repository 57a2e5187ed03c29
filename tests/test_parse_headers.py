"""Header logic: Gmail metadata messages read the same way as raw ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from afterview.model import Address
from afterview.parse import SENTINEL_DATE, message_from_headers, parse_message
from tests.conftest import DATA

MESSAGES = DATA / "messages"
HEADER_FIELDS = (
    "message_id", "date", "sender", "subject", "to", "cc", "reply_to", "in_reply_to",
    "references", "is_auto_reply", "is_bulk",
)  # fmt: skip


def headers_of(raw: bytes) -> list[tuple[str, str]]:
    """The header fields of a raw message as Gmail's API hands them over: unfolded text."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace")
    fields: list[tuple[str, str]] = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, value + line)
        elif ":" in line:
            name, _, value = line.partition(":")
            fields.append((name, value.strip()))
    return fields


@pytest.mark.parametrize(
    "name",
    [
        "alternative.eml",
        "encoded_subject_b.eml",
        "encoded_subject_q.eml",
        "garbage_addresses.eml",
        "missing_date.eml",
        "garbled_date.eml",
        "ooo_auto_submitted.eml",
        "ooo_german_subject.eml",
        "newsletter.eml",
        "bounce_gmail.eml",
        "shift_jis.eml",
    ],
)
def test_metadata_and_raw_agree_on_every_header_field(name: str) -> None:
    raw = (MESSAGES / name).read_bytes()
    from_raw = parse_message(raw)
    from_metadata = message_from_headers(headers_of(raw), message_id="18f0c0ffee")
    for field in HEADER_FIELDS:
        assert getattr(from_metadata, field) == getattr(from_raw, field), field


def test_snippet_is_the_text_unescaped() -> None:
    message = message_from_headers(
        [("From", "a@b.example")], snippet="I&#39;m free &amp; ready &lt;3", thread_id="t1"
    )
    assert message.text == "I'm free & ready <3"
    assert message.thread_id == "t1"


def test_gmail_id_stands_in_for_a_missing_message_id() -> None:
    message = message_from_headers([("Subject", "x")], message_id="18f0c0ffee")
    assert message.message_id == "18f0c0ffee"
    assert "message_id_missing" not in message.defects
    anonymous = message_from_headers([("Subject", "x")])
    assert anonymous.message_id.endswith("@afterview.invalid>")
    assert anonymous.message_id == message_from_headers([("Subject", "x")]).message_id
    assert "message_id_missing" in anonymous.defects


def test_internal_date_is_used_only_without_a_usable_date() -> None:
    ms = 1_780_000_000_000
    dated = message_from_headers([("Date", "Tue, 02 Jun 2026 10:00:00 -0700")], internal_date_ms=ms)
    assert dated.date == datetime(2026, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=-7)))
    undated = message_from_headers([("Date", "soon")], internal_date_ms=ms)
    assert undated.date == datetime.fromtimestamp(ms / 1000, UTC)
    assert {"date_unparseable", "date_from_internal"} <= set(undated.defects)


def test_no_date_anywhere_is_the_sentinel() -> None:
    message = message_from_headers([("Subject", "x")])
    assert message.date == SENTINEL_DATE
    assert "date_sentinel" in message.defects


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 2 Jun 2026 10:00:00 +0530", datetime(2026, 6, 2, 4, 30, tzinfo=UTC)),
        ("2 Jun 26 10:00 GMT", datetime(2026, 6, 2, 10, 0, tzinfo=UTC)),
        ("Tue, 02 Jun 2026 10:00:00 -0000", datetime(2026, 6, 2, 10, 0, tzinfo=UTC)),
        ("Tue, 02 Jun 2026 10:00:00 (no zone)", datetime(2026, 6, 2, 10, 0, tzinfo=UTC)),
        ("2026-06-02 10:00:00 +02:00", datetime(2026, 6, 2, 8, 0, tzinfo=UTC)),
    ],
)
def test_dates_in_their_many_forms(value: str, expected: datetime) -> None:
    message = message_from_headers([("Date", value)])
    assert message.date == expected
    assert message.date.utcoffset() is not None


@pytest.mark.parametrize(
    "value", ["Tue, 32 Jun 2026 10:00:00 +0000", "Mon, 01 Jan 1601 00:00:00 +0000", "June 3"]
)
def test_impossible_or_yearless_dates_are_unparseable(value: str) -> None:
    message = message_from_headers([("Date", value)])
    assert message.date == SENTINEL_DATE
    assert "date_unparseable" in message.defects


@pytest.mark.parametrize(
    ("headers", "flag"),
    [
        ([("Auto-Submitted", "auto-replied")], "is_auto_reply"),
        # Sieve vacation (Cyrus, Dovecot) and others add a comment, as RFC 3834 allows
        ([("Auto-Submitted", "auto-replied (vacation)")], "is_auto_reply"),
        ([("Auto-Submitted", "Auto-Replied(vacation); owner-email=\"a@b.example\"")],
         "is_auto_reply"),
        ([("X-Autorespond", "1")], "is_auto_reply"),
        ([("Precedence", "auto_reply")], "is_auto_reply"),
        ([("Subject", "Out of Office: re interview")], "is_auto_reply"),
        ([("Subject", "Réponse automatique : absent")], "is_auto_reply"),
        ([("From", "MAILER-DAEMON@mx.example")], "is_bounce"),
        ([("From", "postmaster@contoso.example")], "is_bounce"),
        ([("Subject", "Undelivered Mail Returned to Sender")], "is_bounce"),
        ([("Content-Type", 'multipart/report; report-type="delivery-status"; boundary=x')],
         "is_bounce"),
        ([("List-Id", "<weekly.example>")], "is_bulk"),
        ([("Precedence", "junk")], "is_bulk"),
    ],
)  # fmt: skip
def test_automated_mail_markers(headers: list[tuple[str, str]], flag: str) -> None:
    message = message_from_headers(headers)
    assert getattr(message, flag) is True
    others = {"is_auto_reply", "is_bounce", "is_bulk"} - {flag}
    assert not any(getattr(message, other) for other in others)


@pytest.mark.parametrize(
    "headers",
    [
        [("Auto-Submitted", "no")],
        # ATS mail (Greenhouse, Lever ...) is machine-sent but it is the employer speaking
        [("Auto-Submitted", "auto-generated; owner-email=x@y")],
        [("Auto-Submitted", "auto-generated (ATS notification)")],
        [("Precedence", "first-class")],
        [("Content-Type", "multipart/report; report-type=disposition-notification")],
        [("Subject", "Re: Interview on Tuesday")],
        [("From", "daemon.fan@example.com")],
    ],
)
def test_ordinary_mail_is_not_automated(headers: list[tuple[str, str]]) -> None:
    message = message_from_headers(headers)
    assert not (message.is_auto_reply or message.is_bounce or message.is_bulk)


@pytest.mark.parametrize(
    ("value", "addresses"),
    [
        ("Jane <JANE@Acme.Example>", (Address("jane@acme.example", "Jane"),)),
        ('"Doe, Jane" <jane@acme.example>, bob@acme.example',
         (Address("jane@acme.example", "Doe, Jane"), Address("bob@acme.example"))),
        ("=?utf-8?q?Ren=C3=A9?= <rene@x.example>", (Address("rene@x.example", "René"),)),
        ("=?x-unknown?B?SGVsbG8=?= <a@b.example>", (Address("a@b.example", "Hello"),)),
        ("jane@ acme .example", (Address("jane@acme.example"),)),
        ("Jane (recruiter) <jane@acme.example>", (Address("jane@acme.example", "Jane"),)),
        ("undisclosed-recipients:;", ()),
        ("Team: a@x.example, b@x.example;", (Address("a@x.example"), Address("b@x.example"))),
    ],
)  # fmt: skip
def test_address_headers(value: str, addresses: tuple[Address, ...]) -> None:
    assert message_from_headers([("To", value)]).to == addresses


def test_subject_whitespace_and_encoded_words() -> None:
    subject = "  =?utf-8?B?SW50ZXJ2aWV3?=\t =?utf-8?Q?_=C3=BCber?=   alles\x07 "
    assert message_from_headers([("Subject", subject)]).subject == "Interview über alles"


def test_ids_are_normalised_to_angle_brackets() -> None:
    message = message_from_headers(
        [("Message-ID", "abc@x"), ("In-Reply-To", "<p@x> (comment)"), ("References", "<a@x><b@x>")]
    )
    assert message.message_id == "<abc@x>"
    assert message.in_reply_to == "<p@x>"
    assert message.references == ("<a@x>", "<b@x>")
    garbage = message_from_headers([("Message-ID", "not an id"), ("In-Reply-To", "your mail")])
    assert garbage.message_id.endswith("@afterview.invalid>")
    assert garbage.in_reply_to == ""
