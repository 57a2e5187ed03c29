"""Readable helpers for the generator tests: a fixed clock, owner, and parsed views."""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import UTC, datetime
from email.message import EmailMessage

from gmail_sandbox.generator import GeneratedThread, generate_mailbox

NOW = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)
ME = "alex.morgan@example.com"


def mailbox(threads: int, seed: int = 7, now: datetime = NOW) -> list[GeneratedThread]:
    return list(generate_mailbox(ME, threads, seed, now))


def parsed(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def sent_at(message: EmailMessage) -> datetime:
    """The Date header, or the date of the first Received header when Date is missing."""
    if message["Date"] is not None and message["Date"].datetime is not None:
        return message["Date"].datetime
    received = str(message["Received"]).rsplit(";", 1)[1]
    return email.utils.parsedate_to_datetime(received.strip())


def calendar_parts(message: EmailMessage) -> list[bytes]:
    return [
        part.get_payload(decode=True)
        for part in message.walk()
        if part.get_content_type() in ("text/calendar", "application/ics")
    ]
