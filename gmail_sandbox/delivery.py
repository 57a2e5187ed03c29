"""How a message enters a mailbox: received, sent (or drafted), or inserted/imported.

Each path decides the message's labels, thread and internal date the way Gmail does.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime

from gmail_sandbox import mime
from gmail_sandbox.store import Mailbox, StoredMessage, date_header_ms


def incoming_labels(mailbox: Mailbox, headers: list[tuple[str, str]]) -> frozenset[str]:
    """Mail from the owner is SENT; anything else arrives in INBOX, unread."""
    if mailbox.is_from_owner(headers):
        return frozenset({"SENT"})
    return frozenset({"INBOX", "UNREAD"})


def receive(
    mailbox: Mailbox,
    raw: bytes,
    *,
    now_ms: int,
    thread_id: str | None = None,
    label_ids: Iterable[str] | None = None,
    internal_date: int | None = None,
) -> StoredMessage:
    """An incoming message. Threaded by `thread_id` when given, else by its references."""
    headers = mime.parse_headers(raw)
    labels = incoming_labels(mailbox, headers) if label_ids is None else frozenset(label_ids)
    if thread_id is None:
        thread_id = mailbox.thread_by_references(headers)
    if internal_date is None:
        internal_date = date_header_ms(headers) or now_ms
    return mailbox.add(
        raw, labels=labels, internal_date=internal_date, thread_id=thread_id, headers=headers
    )


def _with_missing_headers(mailbox: Mailbox, raw: bytes, now_ms: int) -> bytes:
    """Gmail fills in From, Date and Message-ID on what a user sends when they are absent."""
    headers = mime.parse_headers(raw)
    newline = b"\r\n" if b"\r\n" in mime.header_block(raw) else b"\n"
    added: list[bytes] = []
    if mime.first_header(headers, "From") is None:
        added.append(b"From: " + mailbox.address.encode())
    if mime.first_header(headers, "Date") is None:
        when = datetime.fromtimestamp(now_ms / 1000, UTC)
        added.append(b"Date: " + format_datetime(when).encode())
    if mime.first_header(headers, "Message-ID") is None:
        token = secrets.token_hex(12)
        added.append(f"Message-ID: <{token}@sandbox.mail.gmail.com>".encode())
    return b"".join(line + newline for line in added) + raw


def outgoing(
    mailbox: Mailbox,
    raw: bytes,
    *,
    now_ms: int,
    thread_id: str | None,
    labels: Iterable[str],
) -> StoredMessage:
    """A sent message (labels SENT) or a draft (labels DRAFT).

    It joins `thread_id` only when that thread exists and the message both references one
    of its messages and has a matching subject, as Gmail requires; otherwise it starts a
    thread of its own. An unknown `thread_id` is a 404."""
    raw = _with_missing_headers(mailbox, raw, now_ms)
    headers = mime.parse_headers(raw)
    joined = None
    if thread_id is not None:
        mailbox.thread_messages(thread_id)  # 404 when unknown
        if mailbox.thread_accepts_reply(thread_id, headers):
            joined = thread_id
    return mailbox.add(raw, labels=labels, internal_date=now_ms, thread_id=joined, headers=headers)


def inserted(
    mailbox: Mailbox,
    raw: bytes,
    *,
    now_ms: int,
    thread_id: str | None,
    label_ids: Iterable[str],
    date_from_header: bool,
) -> StoredMessage:
    """messages.insert / messages.import: labels as given, threaded like received mail."""
    headers = mime.parse_headers(raw)
    joined = None
    if thread_id is not None:
        mailbox.thread_messages(thread_id)
        if mailbox.thread_accepts_reply(thread_id, headers):
            joined = thread_id
    if joined is None:
        joined = mailbox.thread_by_references(headers)
    internal_date = (date_header_ms(headers) if date_from_header else None) or now_ms
    return mailbox.add(
        raw, labels=label_ids, internal_date=internal_date, thread_id=joined, headers=headers
    )
