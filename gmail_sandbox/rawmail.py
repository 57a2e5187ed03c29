"""Composing one RFC 822 message from explicit fields (tests, benchmarks, the admin API).

This is not a mailbox generator: it invents nothing, it only writes what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def compose(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str = "",
    date: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Iterable[str] = (),
    cc: str | None = None,
    html: str | None = None,
    attachments: Iterable[tuple[str, str, bytes]] = (),
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """The message as CRLF bytes. `attachments` are (filename, mime type, content)."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = message_id or make_msgid(domain="sandbox.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    refs = list(references)
    if refs:
        message["References"] = " ".join(refs)
    for name, value in (extra_headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, mime_type, content in attachments:
        maintype, _, subtype = mime_type.partition("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()
