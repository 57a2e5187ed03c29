"""The first message a reply quotes, kept beside the reply's own (trimmed) text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from afterview.model import Address
from afterview.parse import parse_message
from afterview.trim import MAX_QUOTE_CHARS, trim_reply

PACIFIC_DST = timezone(timedelta(hours=-7))


def eml(body: str, *, html: bool = False, date: str = "Fri, 10 Oct 2025 11:30:00 -0700") -> bytes:
    kind = "html" if html else "plain"
    return (
        "From: Sam Seeker <sam@example.net>\n"
        "To: Dominic Ferreira <dominic@acme.example>\n"
        "Subject: Re: References\n"
        f"Date: {date}\n"
        "Message-ID: <reply-1@example.net>\n"
        "In-Reply-To: <ask-1@acme.example>\n"
        f"Content-Type: text/{kind}; charset=utf-8\n\n"
        f"{body}"
    ).encode()


GMAIL_REPLY = """Of course - here they are:

Jane Roe, jane.roe@example.org
Bob Poe, bob.poe@example.org

Sam

On Fri, Oct 10, 2025 at 10:05 AM Dominic Ferreira <dominic@acme.example> wrote:
> Hi Sam,
>
> Thanks for interviewing with us on Wednesday. Could you send two references?
>
> Best,
> Dominic
>
> On Mon, Oct 6, 2025 at 9:00 AM Sam Seeker <sam@example.net> wrote:
> > An older message, quoted twice.
"""


def test_a_gmail_reply_keeps_its_first_quoted_message_with_the_attribution():
    message = parse_message(eml(GMAIL_REPLY))
    quoted = message.quoted
    assert quoted is not None
    assert quoted.sender == Address("dominic@acme.example", "Dominic Ferreira")
    # the attribution has no zone: the reply's (its reader's) zone
    assert quoted.date == datetime(2025, 10, 10, 10, 5, tzinfo=PACIFIC_DST)
    assert quoted.text == (
        "Hi Sam,\n\nThanks for interviewing with us on Wednesday. Could you send two references?"
    )
    assert "older message" not in quoted.text  # only the first quoted message
    # the reply's own text is trimmed exactly as before
    assert message.text == trim_reply(GMAIL_REPLY.strip())
    assert message.text.startswith("Of course") and "Dominic" not in message.text


def test_an_outlook_reply_keeps_the_message_under_its_from_sent_block():
    body = (
        "Tuesday works for me.\n\n"
        "________________________________\n"
        "From: Dominic Ferreira <dominic@acme.example>\n"
        "Sent: Friday, October 10, 2025 10:05 AM\n"
        "To: Sam Seeker <sam@example.net>\n"
        "Subject: Interview - Data Analyst\n\n"
        "Hi Sam, would Tuesday, October 14 at 2:00 PM work for an interview?\n\n"
        "-----Original Message-----\n"
        "From: Sam Seeker\n"
        "Sent: Thursday, October 9, 2025 4:00 PM\n"
        "My application, as asked.\n"
    )
    message = parse_message(eml(body))
    assert message.text == "Tuesday works for me."
    quoted = message.quoted
    assert quoted is not None
    assert quoted.sender == Address("dominic@acme.example", "Dominic Ferreira")
    assert quoted.date == datetime(2025, 10, 10, 10, 5, tzinfo=PACIFIC_DST)
    assert quoted.text == "Hi Sam, would Tuesday, October 14 at 2:00 PM work for an interview?"


def test_an_original_message_block_and_a_name_without_an_address():
    body = (
        "See you then.\n\n"
        "-----Original Message-----\n"
        "From: Dominic Ferreira\n"
        "Sent: Friday, October 10, 2025 10:05 AM\n"
        "Subject: Interview\n\n"
        "Your interview is confirmed for Tuesday at 2pm.\n"
    )
    quoted = parse_message(eml(body)).quoted
    assert quoted is not None
    assert quoted.sender == Address("", "Dominic Ferreira")
    assert quoted.text == "Your interview is confirmed for Tuesday at 2pm."


def test_a_german_attribution_names_the_sender_after_the_verb():
    body = (
        "Passt.\n\nAm 10.10.2025 um 10:05 schrieb Dominic Ferreira <dominic@acme.example>:\n"
        "> Hallo Sam"
    )
    quoted = parse_message(eml(body)).quoted
    assert quoted is not None
    assert quoted.sender == Address("dominic@acme.example", "Dominic Ferreira")
    assert quoted.text == "Hallo Sam"


@pytest.mark.parametrize(
    "attribution",
    [
        "On Blursday, Octember 45 at 25:99 Dominic Ferreira <dominic@acme.example> wrote:",
        "On Fri, Oct 10, 2031 at 10:05 AM Dominic Ferreira <dominic@acme.example> wrote:",
        "On Friday, Dominic Ferreira <dominic@acme.example> wrote:",
    ],
    ids=["unreadable", "after the reply", "no year"],
)
def test_an_attribution_with_a_bad_date_gives_no_date_but_the_sender(attribution: str):
    quoted = parse_message(eml(f"Thanks!\n\n{attribution}\n> Could you send references?")).quoted
    assert quoted is not None
    assert quoted.date is None
    assert quoted.sender == Address("dominic@acme.example", "Dominic Ferreira")
    assert quoted.text == "Could you send references?"


def test_nothing_quoted_inline_answers_or_only_a_quote_keep_no_quote():
    assert parse_message(eml("Thanks, see you Tuesday.")).quoted is None
    inline = "On Mon, Jane wrote:\n> Can you do Tuesday?\nYes.\n> And bring ID?\nSure."
    assert parse_message(eml(inline)).quoted is None
    only = "On Fri, Oct 10, 2025 at 10:05 AM Dominic <dominic@acme.example> wrote:\n> Hi Sam"
    message = parse_message(eml(only))
    assert message.quoted is None  # the quote is the message's only text: it is its text
    assert "Hi Sam" in message.text


def test_a_quote_without_attribution_has_no_sender():
    quoted = parse_message(eml("Here you go.\n\n> Could you send two references?")).quoted
    assert quoted is not None
    assert quoted.sender == Address("", "") and quoted.date is None
    assert quoted.text == "Could you send two references?"


def test_a_hostile_quote_stays_bounded():
    huge_lines = "\n".join(f"> line {i} " + "x" * 70 for i in range(50_000))
    one_line = "> " + "y" * 200_000
    attribution = "On Fri, Oct 10, 2025 at 10:05 AM D <d@acme.example> wrote:\n"
    for body in (
        f"ok\n\n{attribution}{huge_lines}",
        f"ok\n\n{attribution}{one_line}",
        f"ok\n\n{huge_lines}",  # no attribution
        f"ok\n\n{attribution}> " + "<b>" * 100_000,
    ):
        message = parse_message(eml(body))
        assert message.text == "ok"
        assert message.quoted is not None
        assert 0 < len(message.quoted.text) <= MAX_QUOTE_CHARS
    html_quote = (
        "<p>Here they are.</p><blockquote>" + "<div>Could you send references?</div>" * 20_000
    )
    message = parse_message(eml(html_quote, html=True))
    assert message.text == "Here they are."
    assert message.quoted is not None
    assert message.quoted.text.startswith("Could you send references?")
    assert "<div>" not in message.quoted.text and len(message.quoted.text) <= MAX_QUOTE_CHARS


def test_a_quote_is_not_read_from_a_forwarded_message_attachment():
    inner = (
        "From: Dominic <dominic@acme.example>\nSubject: Interview\n"
        "Date: Thu, 9 Oct 2025 09:00:00 -0700\n\n"
        "Hi\n\nOn Wed, Oct 8, 2025 at 9:00 AM Eve <eve@x.example> wrote:\n> older\n"
    )
    raw = (
        "From: Sam <sam@example.net>\nTo: Pat <pat@example.org>\nSubject: Fwd: Interview\n"
        "Date: Fri, 10 Oct 2025 11:30:00 -0700\nMessage-ID: <f@example.net>\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nFYI\n"
        f"--b\nContent-Type: message/rfc822\n\n{inner}\n--b--\n"
    ).encode()
    message = parse_message(raw)
    assert "Hi" in message.text
    assert message.quoted is None  # the forward's own quote is not the forwarding note's
    assert message.date.tzinfo is not None and message.date < datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Fri, Oct 10, 2025 at 10:05 AM", datetime(2025, 10, 10, 10, 5)),
        ("Friday, October 10, 2025 12:05 AM", datetime(2025, 10, 10, 0, 5)),
        ("Thu, 9 Oct 2025 at 17:40", datetime(2025, 10, 9, 17, 40)),
        ("Sept 9, 2025, at 12:30 PM", datetime(2025, 9, 9, 12, 30)),
        ("2025-10-09 16:20", datetime(2025, 10, 9, 16, 20)),  # not a usual form: dateutil
        ("10/09/2025 4:20 PM", datetime(2025, 10, 9, 16, 20)),
        ("Fri, Oct 10, 2025 at 13:05 PM", None),
        ("Fri, Feb 30, 2025 at 10:05 AM", None),
    ],
)
def test_attribution_dates_in_the_usual_and_unusual_forms(written: str, expected: datetime):
    body = f"Thanks!\n\nOn {written} Dominic <dominic@acme.example> wrote:\n> Hi"
    quoted = parse_message(eml(body)).quoted
    assert quoted is not None
    assert quoted.date == (expected and expected.replace(tzinfo=PACIFIC_DST))


@pytest.mark.parametrize(
    "attribution",
    [
        "Le ven. 10 oct. 2025 à 10:05, Dominic Ferreira <dominic@acme.example> a écrit :",
        "El vie, 10 oct 2025 a las 10:05, Dominic Ferreira (<dominic@acme.example>) escribió:",
        "Il giorno ven 10 ott 2025 alle ore 10:05 Dominic Ferreira <dominic@acme.example> ha "
        "scritto:",
        "Op vr 10 okt. 2025 om 10:05 schreef Dominic Ferreira <dominic@acme.example>:",
    ],
    ids=["french", "spanish", "italian", "dutch"],
)
def test_attributions_in_the_languages_trim_knows_name_the_sender(attribution: str):
    quoted = parse_message(eml(f"Merci.\n\n{attribution}\n> Bonjour Sam")).quoted
    assert quoted is not None
    assert quoted.sender == Address("dominic@acme.example", "Dominic Ferreira")
    assert quoted.text == "Bonjour Sam"
