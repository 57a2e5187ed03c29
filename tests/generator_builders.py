"""Readable helpers for the generator tests: a fixed clock, owner, and parsed views."""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage

from gmail_sandbox.generator import GeneratedThread, generate_mailbox
from gmail_sandbox.wording import MONTHS

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


def resolve(phrase: str, sent: date) -> date:
    """An independent reading of the timelines DESIGN.md lists, counted from `sent`."""
    weekday = sent.weekday()
    if phrase in ("by Friday", "by end of day Friday", "by this Friday", "by the end of the week"):
        return sent + timedelta(days=4 - weekday)
    if phrase == "before the end of the week":
        return sent + timedelta(days=4 - weekday)
    if phrase == "by Thursday":
        return sent + timedelta(days=3 - weekday)
    if phrase.endswith("end of next week"):
        return sent + timedelta(days=11 - weekday)
    calendar = {"two weeks": 14, "a week": 7, "the next week": 7}
    for words, ahead in calendar.items():
        if phrase.endswith(words):
            return sent + timedelta(days=ahead)
    business = {"few days": 3, "five business days": 5, "5 business days": 5}
    business |= {"3 working days": 3, "three working days": 3}
    for words, ahead in business.items():
        if phrase.endswith(words):
            day = sent
            while ahead:  # Monday to Friday only
                day += timedelta(days=1)
                ahead -= day.weekday() < 5
            return day
    found = re.fullmatch(r"(?:by|no later than|on or before) (?:\w+, )?(\w+) (\d+)", phrase)
    assert found, phrase
    month = MONTHS.index(found.group(1))
    year = sent.year + (month < sent.month)
    return date(year, month, int(found.group(2)))


TIMELINE = re.compile(
    r"((?:by|no later than|on or before) (?:\w+day, )?(?:" + "|".join(MONTHS[1:]) + r") \d+"
    r"|(?:by|before) (?:end of day |this |(?:the )?end of (?:the |next ))?(?:week|\w+day)"
    r"|(?:within|in|over) (?:the next |a )?(?:two weeks|week|few days)"
    r"|within (?:five|5) business days|within (?:3|three) working days)"
)
