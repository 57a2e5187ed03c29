"""Replies as other people's mail clients write them: the new text is cut from the quoted
history and the quote's sender is read, in the clients' formats and languages.

The wording is invented (example domains); the formats are those of the public fixtures
in tests/fixtures/reply_formats/ (sources in its SOURCES.md), which `bench/reply_formats.py`
measures as a whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from afterview.trim import split_reply, trim_reply

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from reply_formats import outcomes  # noqa: E402

NEW = "Thursday at 2 works for me, thanks!"
OLD = "Hi Sam,\n\nCould you do a video interview on Thursday at 2 PM?\n\nJane"


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


@pytest.mark.parametrize(
    ("attribution", "name", "email"),
    [
        pytest.param(
            "Em 2 de junho de 2026 às 09:12:40, Jane Roe - Acme (\njane@acme.example) escreveu:",
            "Jane Roe - Acme",
            "jane@acme.example",
            id="portuguese, address wrapped",
        ),
        pytest.param(
            "W dniu 2026-06-02 09:12:40 użytkownik Jane Roe <jane@acme.example> napisał:",
            "Jane Roe",
            "jane@acme.example",
            id="polish w dniu",
        ),
        pytest.param(
            "Dnia 2 czerwca 2026 09:12 Jane Roe <jane@acme.example> napisał(a):",
            "Jane Roe",
            "jane@acme.example",
            id="polish dnia",
        ),
        pytest.param(
            "Den 2 juni 2026 kl. 09:12 skrev Jane Roe <jane@acme.example>:",
            "Jane Roe",
            "jane@acme.example",
            id="danish and swedish den",
        ),
        pytest.param(
            "tir. 2. jun. 2026 kl. 09:12 skrev Jane Roe <jane@acme.example\n>:",
            "Jane Roe",
            "jane@acme.example",
            id="norwegian gmail, colon wrapped",
        ),
        pytest.param(
            "ti 2. kesäk. 2026 klo 9.12 Jane Roe\n<jane@acme.example> kirjoitti:",
            "Jane Roe",
            "jane@acme.example",
            id="finnish gmail, dotted clock",
        ),
        pytest.param(
            "вт, 2 июн. 2026 г. в 09:12, Jane Roe <jane@acme.example>:",
            "Jane Roe",
            "jane@acme.example",
            id="russian gmail",
        ),
        pytest.param(
            "2026年6月2日(火) 9:12 Jane Roe <jane@acme.example>:",
            "Jane Roe",
            "jane@acme.example",
            id="japanese gmail",
        ),
        pytest.param(
            "2026-06-02 9:12 GMT+02:00 Jane Roe <\njane@acme.example>:",
            "Jane Roe",
            "jane@acme.example",
            id="old gmail date first",
        ),
        pytest.param(
            'In data 2 giugno 2026 09:12:40 "Jane Roe" <jane@acme.example> ha scritto:',
            "Jane Roe",
            "jane@acme.example",
            id="italian in data",
        ),
        pytest.param(
            "Op 2-jun.-2026, om 09:12 heeft Jane Roe <jane@acme.example> het volgende geschreven:",
            "Jane Roe",
            "jane@acme.example",
            id="dutch apple mail",
        ),
        pytest.param(
            "On Tuesday, June 2, 2026, 9:12:40 AM PDT, Jane Roe <jane@acme.example> wrote:",
            "Jane Roe",
            "jane@acme.example",
            id="yahoo, zone after the clock",
        ),
        pytest.param(
            "---- On Tue, 02 Jun 2026 09:12:40 +0200 jane@acme.example wrote ----",
            "",
            "jane@acme.example",
            id="zoho dashed",
        ),
        pytest.param("---- Jane Roe wrote ----", "Jane Roe", "", id="android dashed"),
    ],
)
def test_attributions_in_more_clients_and_languages_cut_and_name_the_sender(
    attribution: str, name: str, email: str
) -> None:
    text, quote = split_reply(f"{NEW}\n\n{attribution}\n\n{quoted(OLD)}\n")
    assert text == NEW
    assert quote is not None
    assert (quote.name, quote.email) == (name, email)
    assert quote.text.startswith("Hi Sam,")


@pytest.mark.parametrize(
    "attribution",
    [
        "On Tue, Jun 2, 2026 at 9:12 AM Jane Roe <jane@acme.example> wrote:",
        "On Jun 2, 2026, at 9:12 AM, Jane Roe <\njane@acme.example>\nwrote:",
        "Le mar. 2 juin 2026 à 09:12, Jane Roe <jane@acme.example> a écrit :",
        "Am Di., 2. Juni 2026 um 09:12 Uhr schrieb Jane Roe <jane@acme.example>:",
    ],
    ids=["gmail", "apple mail wrapped", "french", "german"],
)
def test_history_written_unquoted_below_an_attribution_is_cut(attribution: str) -> None:
    """HTML mail converted to text: the old message below the attribution has no ">"."""
    text, quote = split_reply(f"{NEW}\n\n{attribution}\n\n{OLD}\n")
    assert text == NEW
    assert quote is not None and quote.email == "jane@acme.example"
    assert quote.text == OLD


def test_an_attribution_right_under_the_text_does_not_take_the_text_with_it() -> None:
    body = f"{NEW}\n2026-06-02 9:12 GMT+02:00 Jane Roe <jane@acme.example>:\n{quoted(OLD)}"
    text, quote = split_reply(body)
    assert text == NEW
    assert quote is not None and quote.name == "Jane Roe"
    at = f"At 2 it is.\nOn Tue, Jun 2, 2026 at 9:12 AM Jane Roe <jane@acme.example> wrote:\n{OLD}"
    assert trim_reply(at) == "At 2 it is."


def test_a_sentence_ending_in_wrote_is_not_an_attribution() -> None:
    """Without a clock time or an address, unquoted text below "...wrote:" is the message."""
    body = "In June 2026 my manager wrote:\n\nWe are hiring two analysts this quarter."
    assert trim_reply(body) == body
    weak = "On Monday Jane wrote:\nthe offer is final, so I accepted it."
    assert trim_reply(weak).endswith("the offer is final, so I accepted it.")


@pytest.mark.parametrize(
    ("block", "name", "email"),
    [
        pytest.param(
            "Van: Jane Roe [mailto:jane@acme.example]\nVerzonden: dinsdag 2 juni 2026 09:12\n"
            "Aan: Sam Seeker\nOnderwerp: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="dutch",
        ),
        pytest.param(
            "Da: Jane Roe <jane@acme.example>\nInviato: martedì 2 giugno 2026 09:12\n"
            "A: Sam Seeker\nOggetto: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="italian",
        ),
        pytest.param(
            "Od: Jane Roe <jane@acme.example>\nWysłano: wtorek, 2 czerwca 2026 09:12\n"
            "Do: Sam Seeker\nTemat: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="polish",
        ),
        pytest.param(
            "Fra: Jane Roe <jane@acme.example>\nSendt: 2. juni 2026 09:12\nTil: Sam Seeker\n"
            "Emne: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="danish",
        ),
        pytest.param(
            "Från: Jane Roe <jane@acme.example>\nSkickat: den 2 juni 2026 09:12\n"
            "Till: Sam Seeker\nÄmne: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="swedish",
        ),
        pytest.param(
            "De : Jane Roe<mailto:jane@acme.example>\nEnvoyé le :mardi 2 juin 2026 09:12\n"
            "À : sam@example.net\nObjet :Interview",
            "Jane Roe",
            "jane@acme.example",
            id="french outlook.com",
        ),
        pytest.param(
            "From: Jane Roe <jane@acme.example>\nDate: Tuesday, June 2, 2026 at 9:12 AM\n"
            "To: Sam Seeker <sam@example.net>\nSubject: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="outlook for mac date",
        ),
        pytest.param(
            "From: Jane Roe\n<jane@acme.example>\nSent: Tuesday, June 2, 2026 9:12 AM\n"
            "To: Sam Seeker\nSubject: Interview",
            "Jane Roe",
            "jane@acme.example",
            id="from wrapped",
        ),
        pytest.param(
            "*From:* Jane Roe [jane@acme.example]\n*Sent:* Tuesday, June 2, 2026 9:12 AM\n"
            "*To:* Sam Seeker\n*Subject:* Interview",
            "Jane Roe",
            "jane@acme.example",
            id="bold, address in brackets",
        ),
    ],
)
def test_outlook_header_blocks_in_more_languages(block: str, name: str, email: str) -> None:
    text, quote = split_reply(f"{NEW}\n\n________________________________\n{block}\n\n{OLD}")
    assert text == NEW
    assert quote is not None
    assert (quote.name, quote.email) == (name, email)
    assert quote.text == OLD


@pytest.mark.parametrize(
    "marker",
    [
        "-------- Oprindelig besked --------",
        "-----Messaggio originale-----",
        "-----Oorspronkelijk bericht-----",
        "-----Reply Message-----",
    ],
)
def test_original_message_markers_in_more_languages(marker: str) -> None:
    text, quote = split_reply(f"{NEW}\n\n{marker}\nFrom: Jane Roe <jane@acme.example>\n\n{OLD}")
    assert text == NEW
    assert quote is not None and quote.text == OLD


def test_a_quote_that_opens_with_its_attribution_names_its_sender() -> None:
    """Apple Mail on iOS puts the attribution inside the quote; Hotmail a header block."""
    apple = f"{NEW}\n\n> On 2 Jun 2026, at 09:12, Jane Roe <jane@acme.example> wrote:\n>\n"
    text, quote = split_reply(apple + quoted(OLD))
    assert text == NEW
    assert quote is not None and (quote.name, quote.email) == ("Jane Roe", "jane@acme.example")
    assert quote.when == "2 Jun 2026, at 09:12"
    hotmail = f"{NEW}\n\n> Subject: Interview\n> From: jane@acme.example\n> To: sam@example.net\n"
    hotmail += f"> Date: Tue, 2 Jun 2026 09:12:40 +0200\n>\n{quoted(OLD)}"
    text, quote = split_reply(hotmail)
    assert text == NEW
    assert quote is not None and quote.email == "jane@acme.example" and quote.text == OLD


def test_a_footer_or_a_wrapped_line_after_the_quote_is_not_an_inline_answer() -> None:
    attribution = "On Tue, Jun 2, 2026 at 9:12 AM Jane Roe <jane@acme.example> wrote:"
    wrapped = (
        "> Could you do a video interview with our hiring manager on Thursday at 2 PM or\n"
        "on Friday morning?\n> Jane"
    )
    footer = "\n\n--\nAcme Careers mailing list\nhttps://lists.acme.example/careers"
    for after in (wrapped, quoted(OLD) + footer):
        text, quote = split_reply(f"{NEW}\n\n{attribution}\n{after}")
        assert text == NEW
        assert quote is not None and quote.email == "jane@acme.example"
    inline = f"{attribution}\n> Can you do Thursday?\nYes, at 2.\n> And bring ID?\nSure."
    assert split_reply(inline) == ("Yes, at 2.\nSure.", None)


@pytest.mark.parametrize(
    "footer",
    [
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "Verstuurd vanaf mijn iPhone",
        "Sent from my Verizon Wireless BlackBerry",
    ],
)
def test_mobile_footers_in_more_forms(footer: str) -> None:
    assert trim_reply(f"{NEW}\n\n{footer}") == NEW


def test_the_public_fixtures_stay_split_as_well_as_measured() -> None:
    """bench/reply_formats.py's figure as a floor: 89 of the 90 fixtures are split right
    (talon's sign-off written below the quote reads as an inline answer: no quote)."""
    found = outcomes()
    assert sum(o.text for o in found) == len(found)
    assert sum(o.right for o in found) >= len(found) - 1


def test_a_from_and_date_schedule_in_the_text_is_not_an_outlook_header() -> None:
    """Outlook for Mac's "From:" then "Date:" gives an address; a schedule's does not."""
    plan = (
        "Here is the plan for Thursday:\n\nFrom: 10:00 AM\nTo: 11:30 AM\nDate: June 4\n"
        "Where: Lumen Analytics, 5th floor\n\nPlease bring ID."
    )
    assert trim_reply(plan) == plan


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "---------- Message transféré ---------",
        "---------- Weitergeleitete Nachricht ----------",
        "---------- Mensaje reenviado ----------",
    ],
)
def test_a_forwarded_message_block_is_content_not_history(marker: str) -> None:
    forward = (
        f"See below.\n\n{marker}\nFrom: Jane Roe <jane@acme.example>\n"
        f"Date: Tue, Jun 2, 2026 at 9:12 AM\nSubject: Interview\nTo: Sam <sam@example.net>\n\n"
        f"{OLD}"
    )
    assert trim_reply(forward) == forward


def test_a_one_line_answer_between_quoted_lines_is_not_taken_for_a_wrapped_line() -> None:
    body = (
        "Hi Jane,\n\nAnswers below.\n\nOn Tue, Jun 2, 2026 at 9:12 AM Jane Roe "
        "<jane@acme.example> wrote:\n> Can you do Thursday at 2 PM?\nYes.\n"
        "> Please bring a photo ID.\n> Thanks"
    )
    text, quote = split_reply(body)
    assert text == "Hi Jane,\n\nAnswers below.\n\nYes."
    assert quote is None


def test_a_sentence_giving_a_time_and_ending_in_wrote_does_not_cut_what_follows() -> None:
    body = (
        "At 10:30 this morning the recruiter wrote:\n\nWe'd like to move you forward.\n\n"
        "So I think it went well!"
    )
    assert trim_reply(body) == body
