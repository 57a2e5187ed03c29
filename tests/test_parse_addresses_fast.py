"""The parser's quick reading of common address headers agrees with the standard library's.

`_simple_addresses` reads `Name <a@b>`, `"Last, First" <a@b>`, bare addresses and names
written as one UTF-8 encoded-word without the full RFC 5322 parser; whatever it reads must
come out as `_parsed_addresses` (the full parser) reads it, and what it cannot read
exactly it leaves to that parser (None).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest

from afterview.mail_files import messages_in_file
from afterview.parse import _Headers, _parsed_addresses, _simple_addresses
from gmail_sandbox.generator import generate_mailbox

ROOT = Path(__file__).parent
FIELDS = ("from", "to", "cc", "reply-to")


def address_headers(raw: bytes) -> list[tuple[str, str]]:
    headers = _Headers(BytesHeaderParser(policy=compat32).parsebytes(raw).raw_items(), [])
    return [(field, value) for field in FIELDS for value in headers.all(field) if value.strip()]


def mailbox_headers() -> list[tuple[str, str]]:
    found = []
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    for thread in generate_mailbox("alex.morgan@example.com", 600, 7, now):
        for raw in thread.messages:
            found.extend(address_headers(raw))
    for path in sorted((ROOT / "corpus" / "real" / "dev").rglob("*.mbox")):
        for raw in messages_in_file(path):
            found.extend(address_headers(raw))
    return found


def test_every_generated_and_corpus_address_header_reads_the_same() -> None:
    headers = mailbox_headers()
    read_quickly = encoded = 0
    for field, value in headers:
        quick = _simple_addresses(value)
        if quick is not None:
            assert quick == _parsed_addresses(value, [], field), value
            read_quickly += 1
            encoded += "=?" in value
    assert read_quickly >= len(headers) * 0.9
    assert encoded >= 100  # the encoded names were compared, not only plain ones


def b_word(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


@pytest.mark.parametrize(
    "value, quick",
    [
        (f"{b_word('Chloé Patel')} <cpatel@cityclinic.org>", True),
        ("=?UTF-8?Q?Beatriz_Garc=C3=ADa?= <Beatriz.Garcia@Example.com>", True),
        (f"{b_word('Zoë')} <z@x.com>, Jo Lee <jo@x.com>, bare@x.com", True),
        ("=?utf-8?B?w6lsaXNl?= <e@x.com>", True),
        # left to the full parser: specials, quotes, two words, other charsets, bad base64
        (f"{b_word('Lee, Ana')} <a@x.com>", False),
        (f"{b_word('Ana <x@y.com>')} <a@x.com>", False),
        (f'"{b_word("Ana")}" <a@x.com>', False),
        (f"{b_word('Ana')} {b_word('Lee')} <a@x.com>", False),
        ("=?iso-8859-1?q?Jos=E9?= <j@x.com>", False),
        ("=?utf-8?b?QW5h?= <a@x.com>", True),
        ("=?utf-8?b?QW5?= <a@x.com>", False),
        ("=?utf-8?q?=FF=FE?= <a@x.com>", False),
        (f"{b_word(' Ana ')} <a@x.com>", False),
    ],
)
def test_encoded_names(value: str, quick: bool) -> None:
    reading = _simple_addresses(value)
    assert (reading is not None) == quick
    if reading is not None:
        assert reading == _parsed_addresses(value, [], "to")
