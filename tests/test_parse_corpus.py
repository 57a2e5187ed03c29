"""Each message of the corpus (tests/data/messages) parses to the fields a reader would see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.model import Address, Message
from afterview.parse import SENTINEL_DATE, parse_message, read_thread
from tests.conftest import DATA

MESSAGES = DATA / "messages"


@dataclass(frozen=True)
class Expected:
    """What one corpus file must parse to; None means "not checked here"."""

    subject: str | None = None
    sender: Address | None = None
    date: datetime | None = None
    message_id: str | None = None
    to: tuple[Address, ...] | None = None
    text: str | None = None  # the whole text, exactly
    says: tuple[str, ...] = ()  # phrases the text contains
    never_says: tuple[str, ...] = ()  # phrases it must not contain
    auto_reply: bool = False
    bounce: bool = False
    bulk: bool = False
    defects: frozenset[str] = frozenset()  # exactly these
    events: int = 0


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def case(name: str, **expected: object) -> object:
    if "defects" in expected:
        expected["defects"] = frozenset(expected["defects"])  # type: ignore[arg-type]
    return pytest.param(name, Expected(**expected), id=name)  # type: ignore[arg-type]


CASES = [
    case(
        "alternative.eml",
        subject="Re: Interview availability",
        sender=Address("jane.recruiter@acme.example", "Jane Recruiter"),
        date=at("2026-06-02T10:00:00-07:00"),
        message_id="<CAF1234.reply@mail.acme.example>",
        to=(Address("sam@example.com", "Sam Seeker"),),
        text="Hi Sam,\n\nThanks for getting back to me. Could you do Thursday at 2pm Pacific?\n"
        "The panel will be 45 minutes.",
    ),
    case(
        "html_only_hostile.eml",
        subject="<script>alert('subject')</script> Your interview <img src=x onerror=alert(2)>",
        says=(
            "We’re pleased to invite you to an interview at Widgets & Co.",
            "Thursday, June 11 14:00 – 15:00 CEST",
            "Please reply to confirm — we look forward",
        ),
        never_says=("<", ">", "alert", "onerror", "tracking", "steal", "font-family", "Invitation"),
    ),
    case(
        "quoted_printable.eml",
        text="Hi Sam, we’d love to schedule a second interview with our engineering lead. "
        "Are you free Tuesday or Wednesday?\n\nCheers, Priya",
    ),
    case(
        "base64_body.eml",
        date=at("2026-06-05T16:45:00-05:00"),
        text="Hello Sam,\n\nThank you for interviewing with Initech today. "
        "We will get back to you within two weeks.",
    ),
    case(
        "latin1.eml",
        subject="Entretien café lundi",
        sender=Address("rene@societe.example", "René Dupont"),
        text="Bonjour Sam, l'entretien aura lieu au café à 10h. À bientôt !",
        defects={"header_8bit"},
    ),
    case(
        "windows1252.eml",
        text="We’re confirming your interview – the “final round” … "
        "travel up to €200 is reimbursed.",
    ),
    case(
        "shift_jis.eml",
        subject="面接のご案内",
        sender=Address("yamada@kaisha.example", "山田 太郎"),
        text="サム様\n\n面接は6月15日14時からです。よろしくお願いいたします。",
    ),
    case(
        "unknown_charset.eml",
        text="Your interview is confirmed — see you Friday. Ünïcödé survives.",
        defects={"charset_unknown"},
    ),
    case(
        "encoded_subject_b.eml",
        subject="Entrevista: ¿puedes el miércoles?",
        sender=Address("maria@empresa.example", "María García"),
    ),
    case(
        "encoded_subject_q.eml",
        subject="Einladung zum Vorstellungsgespräch am Donnerstag",
        sender=Address("juergen@firma.example", "Jürgen Müller"),
    ),
    case(
        "missing_date.eml",
        date=at("2026-06-11T08:00:07+00:00"),  # the latest of three Received dates
        defects={"date_missing", "date_from_received"},
    ),
    case(
        "garbled_date.eml",
        date=SENTINEL_DATE,
        text="The date header is nonsense.",
        defects={"date_unparseable", "date_sentinel"},
    ),
    case(
        "nonstandard_date.eml",
        date=at("2026-06-12T14:30:00+02:00"),
        defects={"date_nonstandard"},
    ),
    case(
        "missing_from.eml",
        sender=Address(""),
        text="No From header here.",
        defects={"from_missing"},
    ),
    case(
        "garbage_addresses.eml",
        sender=Address("", "not an address at all"),
        to=(Address("jane@acme.example", "Jane"), Address("a@1.2.3")),
        text="Body survives.",
        defects={"address_unparseable", "header_unparseable"},
    ),
    case(
        "broken_boundary.eml",
        text="Hi Sam, the offer letter is attached. Please sign by Friday.",
        defects={"start_boundary_not_found", "multipart_invariant_violation", "boundary_guessed"},
    ),
    case(
        "missing_boundary.eml",
        text="Plain text that should still be found.",
        defects={"no_boundary_in_multipart", "multipart_invariant_violation", "boundary_guessed"},
    ),
    case(
        "truncated_base64.eml",
        says=("We would like to move you to the final round.",),
        defects={"close_boundary_not_found", "base64_truncated"},
    ),
    case(
        "bad_transfer_encoding.eml",
        text="This part says base64, but it is plain text: see you Monday.\n\n"
        "And this one has an encoding nobody knows.",
        defects={"transfer_encoding_wrong", "transfer_encoding_unknown"},
    ),
    case(
        "nested_forward.eml",
        says=(
            "Sam, good news: forwarding the thread.",
            "From: HR Desk <hr@initech.example>",
            "See below, please schedule.",
            "From: Alex Origin <alex@initech.example>",
            "Sam Seeker is on the shortlist for the onsite.",
        ),
    ),
    case(
        "invite_request.eml",
        text="Panel interview with the platform team. Bring questions!",
        events=1,
    ),
    case("ics_attachment.eml", text="Your onsite is booked. The invite is attached.", events=1),
    case("all_day_event.eml", events=2, defects={"calendar_time_floating"}),
    case("cancel.eml", text="", events=1),
    case(
        "ooo_auto_submitted.eml",
        subject="Automatic reply: Thank you for today",
        auto_reply=True,
    ),
    case("ooo_x_autoreply.eml", auto_reply=True),
    case(
        "ooo_german_subject.eml",
        subject="Abwesenheitsnotiz: Vorstellungsgespräch",
        auto_reply=True,
        defects={"header_8bit"},  # raw UTF-8 in From and Subject
    ),
    case("ooo_precedence.eml", auto_reply=True),
    case(
        "bounce_gmail.eml",
        sender=Address("mailer-daemon@googlemail.com", "Mail Delivery Subsystem"),
        says=("Address not found", "jane@acme-typo.example"),
        never_says=("I wanted to follow up",),  # the returned original is not this text
        bounce=True,
        auto_reply=True,  # Gmail marks its bounces Auto-Submitted: auto-replied
    ),
    case(
        "bounce_exchange.eml",
        subject="Undeliverable: Thank you",
        says=("Delivery has failed to these recipients or groups:",),
        never_says=("Final-Recipient",),
        bounce=True,
    ),
    case(
        "newsletter.eml",
        text="New jobs for you\n\nPlatform Engineer — Acme\nSRE — Globex\n\nUnsubscribe",
        bulk=True,
    ),
    case("nul_bytes.eml", text="Interview on Friday at 3pm.", defects={"nul_bytes"}),
    case(
        "outlook_reply.eml",
        text="Sam, thanks for the note. We expect to decide by end of next week.",
    ),
    case("outlook_original_message.eml", text="Monday works."),
]


def parse_file(name: str) -> Message:
    return parse_message((MESSAGES / name).read_bytes())


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_corpus_message_parses_to_what_a_reader_sees(name: str, expected: Expected) -> None:
    message = parse_file(name)
    for field in ("subject", "sender", "date", "message_id", "to", "text"):
        want = getattr(expected, field)
        if want is not None:
            assert getattr(message, field) == want, field
    for phrase in expected.says:
        assert phrase in message.text
    for phrase in expected.never_says:
        assert phrase not in message.text
    assert message.date.utcoffset() is not None
    assert (message.is_auto_reply, message.is_bounce, message.is_bulk) == (
        expected.auto_reply,
        expected.bounce,
        expected.bulk,
    )
    assert set(message.defects) == expected.defects
    assert len(message.events) == expected.events


def test_corpus_is_at_least_25_files_and_every_one_is_covered() -> None:
    names = {p.name for p in MESSAGES.iterdir() if not p.name.startswith(".")}
    assert len(names) >= 25
    covered = {param.values[0] for param in CASES} | UNREADABLE_FILES | {"thread.mbox"}
    assert names == covered


UNREADABLE_FILES = {
    "utf16.eml",
    "utf16_no_bom.eml",
    "empty.eml",
    "binary.eml",
    "prose_not_mail.eml",
    "no_messages.mbox",
}


def test_outlook_invite_keeps_its_windows_zone_and_fields() -> None:
    (event,) = parse_file("invite_request.eml").events
    assert event.summary == "Interview: Sam Seeker / Platform Engineer"
    assert event.method == "REQUEST"
    assert event.organizer == "jane.recruiter@acme.example"
    assert event.uid == "040000008200E00074C5B7101A82E00800000000A1B2C3D4"
    assert event.location == "Microsoft Teams Meeting"
    assert event.description == "Panel interview with the platform team.\nBring questions!"
    assert event.start == at("2026-06-11T14:00:00-07:00")  # Pacific Standard Time, in DST
    assert event.end == at("2026-06-11T14:45:00-07:00")


def test_ics_attachment_takes_method_from_the_part_and_end_from_duration() -> None:
    (event,) = parse_file("ics_attachment.eml").events
    assert event.method == "REQUEST"  # only the part's method= says so
    assert event.start == at("2026-06-16T09:30:00-04:00")
    assert str(event.start.tzinfo) == "America/New_York"
    assert event.end == at("2026-06-16T12:30:00-04:00")  # DURATION:PT3H
    assert event.organizer == "no-reply@greenhouse.example"
    assert event.location == "Globex HQ, 1 Main St"


def test_all_day_and_floating_events_are_read_in_the_senders_zone() -> None:
    all_day, lunch = parse_file("all_day_event.eml").events
    assert all_day.start == at("2026-06-18T00:00:00-07:00")  # Date: ... -0700
    assert all_day.end == at("2026-06-19T00:00:00-07:00")
    assert all_day.method == "PUBLISH"
    assert lunch.start == at("2026-06-18T12:00:00-07:00")
    assert lunch.end == at("2026-06-18T13:00:00-07:00")


def test_cancel_is_marked_cancel_with_utc_times() -> None:
    (event,) = parse_file("cancel.eml").events
    assert event.method == "CANCEL"
    assert event.start == datetime(2026, 6, 11, 21, 0, tzinfo=UTC)
    assert event.uid == "040000008200E00074C5B7101A82E00800000000A1B2C3D4"


def test_reply_headers_are_read() -> None:
    message = parse_file("alternative.eml")
    assert message.in_reply_to == "<sam-1@mail.example.com>"
    assert message.references == ("<jane-0@mail.acme.example>", "<sam-1@mail.example.com>")
    assert message.cc == (Address("lee@acme.example", "Lee, Hiring Manager"),)
    assert message.reply_to == (Address("recruiting@acme.example"),)


def test_mbox_is_one_thread_sorted_by_date() -> None:
    messages = read_thread(MESSAGES / "thread.mbox")
    assert [m.message_id for m in messages] == [
        "<jane-0@mail.acme.example>",
        "<CAF1234.reply@mail.acme.example>",
        "<sam-2@mail.example.com>",
    ]
    assert len({m.thread_id for m in messages}) == 1
    assert messages[0].thread_id.startswith("file:")
    assert messages[2].sender == Address("sam@example.com", "Sam Seeker")
    assert messages[2].text == "Thursday at 2pm works for me. Thank you!\n\nSam"


def test_same_file_same_thread_id_other_file_other_id(tmp_path: Path) -> None:
    first = read_thread(MESSAGES / "alternative.eml")[0].thread_id
    assert read_thread(MESSAGES / "alternative.eml")[0].thread_id == first
    assert read_thread(MESSAGES / "base64_body.eml")[0].thread_id != first
