"""Reading mbox files in chunks: message spans and header blocks whatever the chunk size."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from afterview.mail_files import message_starts, normalised_subject, threads_in_file
from tests.builders.mboxes import an_mbox

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def sample_mbox() -> bytes:
    builder = an_mbox()
    for number in range(12):
        builder.message(
            thread=str(number % 3),
            sender="Rita <rita@acme.example>",
            to="alex@example.com",
            subject=f"Message {number}",
            body="From the start: a body line that must be escaped.\n" * (number * 7),
            at=AT + timedelta(hours=number),
        )
    return builder.bytes()


@pytest.mark.parametrize("chunk_bytes", [1, 5, 6, 7, 64, 333, 4096, 1 << 20])
def test_every_chunk_size_finds_the_same_messages(chunk_bytes):
    data = sample_mbox()
    whole = list(message_starts(io.BytesIO(data), chunk_bytes=1 << 22))
    assert len(whole) == 12
    assert list(message_starts(io.BytesIO(data), chunk_bytes=chunk_bytes)) == whole
    for from_line, start, header_block in whole:
        assert data[from_line:].startswith(b"From ")
        assert header_block is not None and header_block.startswith(b"From: Rita")
        assert data[start:].startswith(header_block)


def test_text_before_the_first_from_line_is_not_a_message():
    data = b"junk\nmore junk\n" + sample_mbox()
    (first, *_) = message_starts(io.BytesIO(data), chunk_bytes=7)
    assert first[0] == len(b"junk\nmore junk\n")


def test_threads_come_out_whole_in_order_of_their_first_message(tmp_path):
    path = tmp_path / "takeout.mbox"
    path.write_bytes(sample_mbox())
    threads = list(threads_in_file(path))
    assert [(found.thread, len(found.raws)) for found in threads] == [("0", 4), ("1", 4), ("2", 4)]
    second = threads[0].raws[1]  # message 3: the separator line before the next is gone
    assert second.startswith(b"From: Rita") and second.endswith(b"escaped.\r\n")
    assert b"\n>From the start" in second


@pytest.mark.parametrize(
    ("subject", "normalised"),
    [
        ("Re: RE: Fwd:  Interview   availability", "interview availability"),
        ("AW: Vorstellungsgespräch", "vorstellungsgespräch"),
        ("=?utf-8?q?Re=3A_Entretien?=", "entretien"),
        ("Interview: next steps", "interview: next steps"),
    ],
)
def test_normalised_subject(subject, normalised):
    assert normalised_subject(subject) == normalised
