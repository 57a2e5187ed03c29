"""Readable builders of raw mail for the sandbox tests (the sandbox stores RFC 822 bytes)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from gmail_sandbox.rawmail import compose

ME = "me@example.com"
RECRUITER = "Amy Recruiter <amy@acme.example>"
MONDAY = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)


def from_recruiter(
    subject: str = "Interview invitation",
    body: str = "We would like to schedule an interview.",
    *,
    at: datetime = MONDAY,
    message_id: str | None = None,
    **options,
) -> bytes:
    return compose(
        sender=options.pop("sender", RECRUITER),
        to=options.pop("to", ME),
        subject=subject,
        body=body,
        date=at,
        message_id=message_id,
        **options,
    )


def from_me(
    subject: str,
    body: str = "Thank you!",
    *,
    to: str = RECRUITER,
    at: datetime = MONDAY + timedelta(hours=2),
    **options,
) -> bytes:
    return compose(sender=ME, to=to, subject=subject, body=body, date=at, **options)


def reply_to(original_id: str, subject: str, body: str = "Tuesday works for me.", **options):
    """A reply from me that Gmail threads with the message whose Message-ID is given."""
    return from_me(
        "Re: " + subject, body, in_reply_to=original_id, references=[original_id], **options
    )


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def numbered(count: int, *, start: datetime = MONDAY) -> list[bytes]:
    """`count` distinct messages from the recruiter, one hour apart, oldest first."""
    return [
        from_recruiter(f"Update {n}", f"Message number {n}.", at=start + timedelta(hours=n))
        for n in range(count)
    ]
