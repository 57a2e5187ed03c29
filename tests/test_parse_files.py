"""Reading .eml and .mbox files: what is an error (not an email at all) and what is not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from afterview.parse import UnreadableMessage, read_thread
from tests.conftest import DATA

MESSAGES = DATA / "messages"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.eml", "empty file"),
        ("utf16.eml", "UTF-16 text, not an email"),
        ("utf16_no_bom.eml", "UTF-16 text, not an email"),
        ("binary.eml", "binary content, not an email (NUL bytes in the header block)"),
        ("prose_not_mail.eml", "not an email (no header block with From, Date, Subject or "),
        ("no_messages.mbox", "mbox with no messages"),
    ],
)
def test_file_that_is_not_an_email_gets_a_short_clear_reason(name: str, reason: str) -> None:
    with pytest.raises(UnreadableMessage) as raised:
        read_thread(MESSAGES / name)
    assert raised.value.reason.startswith(reason)
    assert raised.value.path == MESSAGES / name
    assert str(raised.value) == f"{MESSAGES / name}: {raised.value.reason}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableMessage, match="file not found"):
        read_thread(tmp_path / "nope.eml")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UnreadableMessage, match="is a directory"):
        read_thread(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.eml"
    path.write_bytes((MESSAGES / "alternative.eml").read_bytes())
    path.chmod(0)
    with pytest.raises(UnreadableMessage, match="permission denied"):
        read_thread(path)


def test_utf32_file(tmp_path: Path) -> None:
    path = tmp_path / "wide.eml"
    path.write_bytes("From: a@b.example\nSubject: x\n\nhi\n".encode("utf-32"))
    with pytest.raises(UnreadableMessage, match="UTF-32 text"):
        read_thread(path)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.eml"
    path.write_bytes(b"\r\n \n\t\n")
    with pytest.raises(UnreadableMessage, match="empty file"):
        read_thread(path)


def test_mbox_with_a_non_mail_message_names_it(tmp_path: Path) -> None:
    path = tmp_path / "mixed.mbox"
    path.write_bytes(
        b"From a@b Mon Jun 01 00:00:00 2026\nFrom: a@b.example\nSubject: one\n\nfine\n\n"
        b"From c@d Mon Jun 01 00:00:00 2026\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n\n"
    )
    with pytest.raises(UnreadableMessage, match="message 2 of the mbox: binary content"):
        read_thread(path)


def test_message_with_minor_defects_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sloppy.eml"
    path.write_bytes(
        b"\n\nFrom: Sloppy <sloppy@example.com\nSubject: =?utf-8?B?broken\n"
        b"Date: someday\nContent-Type: multipart/mixed\n\nno parts here\x00\n"
    )
    (message,) = read_thread(path)
    assert message.sender.email == "sloppy@example.com"
    assert message.text == "no parts here"
    assert {"leading_blank_lines", "nul_bytes", "date_unparseable", "multipart_without_parts"} <= (
        set(message.defects)
    )


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    mbox = tmp_path / "thread.txt"
    mbox.write_bytes((MESSAGES / "thread.mbox").read_bytes())
    assert len(read_thread(mbox)) == 3
    eml = tmp_path / "message"
    eml.write_bytes((MESSAGES / "alternative.eml").read_bytes())
    assert len(read_thread(eml)) == 1


def test_eml_with_an_mbox_envelope_line_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "exported.eml"
    path.write_bytes(
        b"From sam@example.com Mon Jun 01 00:00:00 2026\n"
        + ((MESSAGES / "base64_body.eml").read_bytes())
    )
    (message,) = read_thread(path)
    assert message.subject == "Thank you for your time"
