"""HTML to text, and trimming quoted history and signatures."""

from __future__ import annotations

import pytest

from afterview.html_text import html_to_text
from afterview.parse import parse_message
from afterview.trim import trim_reply


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<div>x</div><div>y</div>", "x\ny"),
        ("<table><tr><td>Date</td><td>June 3</td></tr><tr><td>Time</td><td>10am</td></tr></table>",
         "Date June 3\nTime 10am"),
        ("caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e &#8212; &#x2019;",
         "café & crème brûlée — ’"),
        ("  lots   of\n\n  space\t here  ", "lots of space here"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("<head><title>T</title><body>unclosed head", "unclosed head"),
        ("<style>p { color: red }</style><script>var x = '<p>';</script>shown", "shown"),
        ("<script>never closed <p>hidden", ""),
        ("<img src=x onerror=alert(1)>after", "after"),
        ("<svg><text>drawn</text></svg>seen", "seen"),
        ("<pre>line 1\nline 2</pre>", "line 1\nline 2"),
        ("<p>Hi</p><blockquote>old<br>older</blockquote>", "Hi\n\n> old\n> older"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("<<<>>>&&&;;", "<<<>>>&&&;;"),
    ],
)  # fmt: skip
def test_html_becomes_readable_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_html_to_text_never_raises_on_broken_markup() -> None:
    for markup in ("<", "<!", "<!--", "<![CDATA[", "</", "<a href='", "&#99999999999;", "<p" * 999):
        assert isinstance(html_to_text(markup), str)


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        pytest.param(
            "Thanks!\n\nOn Mon, Jun 1, 2026 at 9:12 AM Sam <sam@example.com> wrote:\n> Hi\n> there",
            "Thanks!",
            id="gmail top-post",
        ),
        pytest.param(
            "Works.\n\nOn Mon, Jun 1, 2026 at 9:12 AM Sam Seeker <\n"
            "sam@example.com> wrote:\n\n> Hi",
            "Works.",
            id="wrapped attribution",
        ),
        pytest.param(
            "On Mon, Jane wrote:\n> Can you do Tuesday?\nYes.\n> And bring ID?\nSure.",
            "Yes.\nSure.",
            id="inline answers kept",
        ),
        pytest.param(
            "Ja.\n\nAm 1. Juni 2026 um 09:12 schrieb Sam <sam@example.com>:\n> Hallo",
            "Ja.",
            id="german attribution",
        ),
        pytest.param(
            "OK.\n\n-----Original Message-----\nFrom: Sam\nSubject: x\n\nold",
            "OK.",
            id="outlook original message",
        ),
        pytest.param(
            "OK.\n\n________________________________\nFrom: Sam <s@x>\nSent: Monday\nTo: HM\n\nold",
            "OK.",
            id="outlook header block",
        ),
        pytest.param(
            "Content.\n\n-- \nSam Seeker\nhttps://sam.example",
            "Content.",
            id="signature delimiter",
        ),
        pytest.param(
            "Can you do Tuesday?\n\nBest regards,\nJane Doe\nRecruiter | Acme\n+1 555 0100",
            "Can you do Tuesday?",
            id="sign-off block",
        ),
        pytest.param(
            "See you then.\n\nSent from my iPhone",
            "See you then.",
            id="mobile footer",
        ),
        pytest.param("Thanks,\nSam", "Thanks,\nSam", id="never everything: sign-off only"),
        pytest.param("> all\n> quoted", "> all\n> quoted", id="never everything: quotes only"),
        pytest.param(
            "On Mon, Jun 1 Sam wrote:\n> hi",
            "On Mon, Jun 1 Sam wrote:\n> hi",
            id="never everything: attribution only",
        ),
        pytest.param(
            "Best,\nthe rest of this long paragraph is not a signature at all because it keeps "
            "going well past the length of a name or a title line",
            "Best,\nthe rest of this long paragraph is not a signature at all because it keeps "
            "going well past the length of a name or a title line",
            id="long line after sign-off is content",
        ),
        pytest.param(
            "On the whole it went well.\nThanks for asking.",
            "On the whole it went well.\nThanks for asking.",
            id="a line starting with On is not an attribution",
        ),
    ],
)
def test_trim_cuts_history_and_signatures_conservatively(text: str, trimmed: str) -> None:
    assert trim_reply(text) == trimmed


def test_forward_keeps_the_forwarded_header_block() -> None:
    text = "FYI\n\nFrom: Jane <j@acme.example>\nSent: Monday\nTo: Sam\nSubject: Hi\n\nDetails"
    assert trim_reply(text, forwarded=True) == text
    assert trim_reply(text) == "FYI"


def test_gmail_forward_marker_is_not_reply_history() -> None:
    text = (
        "See below.\n\n---------- Forwarded message ---------\nFrom: Jane <j@acme.example>\n"
        "Sent: Monday\nSubject: Interview\n\nDetails"
    )
    assert trim_reply(text) == text


def test_the_cut_signature_is_kept_beside_the_message_for_the_company_it_names() -> None:
    from afterview.parse import parse_message

    raw = (
        b"From: Noor Haddad <noor@wrenfieldmills.example>\r\nTo: sam@example.org\r\n"
        b"Subject: Your visit on Monday\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n\r\n"
        b"Hi Sam,\r\n\r\nSee you Monday at 10.\r\n\r\nKind regards,\r\nNoor Haddad\r\n"
        b"People Partner, Wrenfield Mills\r\n"
    )
    message = parse_message(raw)
    assert message.text == "Hi Sam,\n\nSee you Monday at 10."
    assert message.signature == "Kind regards,\nNoor Haddad\nPeople Partner, Wrenfield Mills"
    # no sign-off block: nothing cut, nothing kept
    assert parse_message(raw.replace(b"Kind regards,\r\n", b"")).signature == ""


PLAIN_LABELLED = (
    b"From: Newsletter <news@lists.example.com>\r\nTo: sam@example.com\r\n"
    b"Subject: Special report\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
    b"Message-ID: <report-1@lists.example.com>\r\nContent-Type: text/plain; charset=us-ascii\r\n"
    b"\r\n"
)


def test_an_html_document_labelled_plain_text_is_read_as_html() -> None:
    # old and bulk mailers label HTML text/plain: its words are read, not its tags
    raw = PLAIN_LABELLED + (
        b"  <HTML><head><title>Special report</title></head><body><table><tr><td>"
        b"<p>Dear reader,</p><p>Until recently MBA graduates could choose.</p></td></tr>"
        b"</table></body></html>\r\n"
    )
    text = parse_message(raw).text
    assert "<" not in text
    assert "Dear reader,\n\nUntil recently MBA graduates could choose." in text


def test_plain_text_that_speaks_of_html_stays_as_written() -> None:
    raw = PLAIN_LABELLED + b"Hi Sam, the page needs an <html> tag at the top.\r\n"
    assert parse_message(raw).text.startswith("Hi Sam, the page needs an <html> tag")
