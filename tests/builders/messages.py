"""Readable builders of `Message` threads for tests.

    thread = (
        a_thread(me="me@example.com", subject="Interview for Senior Engineer")
        .from_recruiter("Ana <ana@acme.com>", "Could you share your availability?",
                        at="2025-03-03 10:00")
        .from_me("Tuesday at 2pm works for me.", at="2025-03-03 12:00")
        .from_recruiter("Ana <ana@acme.com>", "Confirmed, see you then!")
        .with_invite(start="2025-03-11 14:00", end="2025-03-11 15:00")
        .build()
    )

Rules that keep tests short:
* `at` takes a datetime, a "YYYY-MM-DD HH:MM" string (read in the thread's `tz`; an ISO
  string with an offset keeps its offset), or a timedelta after the previous message.
  Left out, a message comes `gap` (default one day) after the previous one.
* The first message carries the thread subject; later ones "Re: <subject>" unless given.
* Employer messages go to `me`; the candidate's go to the latest employer sender.
* `with_invite`, `with_cancellation`, `bulk`, `with_fields` change the LAST message added.
* Message ids, In-Reply-To and References are filled in, so threads look like real ones.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from afterview.model import Address, CalendarEvent, Message

ME = "me@example.com"
RECRUITER = "Ana Lopez <ana@acme.com>"
ATS = "Acme Hiring Team <no-reply@greenhouse.io>"
DEFAULT_START = "2025-03-03 09:00"  # a Monday
DEFAULT_SUBJECT = "Interview for Senior Engineer"

When = datetime | str | timedelta | None


def address(text: str | Address) -> Address:
    """ "Ana Lopez <ana@acme.com>" or "ana@acme.com" -> Address (email lower-cased)."""
    if isinstance(text, Address):
        return text
    name, email = parseaddr(text)
    return Address(email=email.lower(), name=name)


def dt(moment: datetime | str, tz: str = "UTC") -> datetime:
    """A timezone-aware datetime from "2025-03-03 10:00" (in `tz`) or an ISO string/datetime."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(tz))
    return moment


def invite(
    start: datetime | str,
    end: datetime | str | None = None,
    *,
    tz: str = "UTC",
    summary: str = "Interview",
    description: str = "",
    method: str = "REQUEST",
    uid: str = "interview-1@builder.test",
    organizer: str = "",
    location: str = "",
) -> CalendarEvent:
    """A calendar event as the parser would produce it from a text/calendar part."""
    return CalendarEvent(
        summary=summary,
        description=description,
        start=dt(start, tz),
        end=dt(end, tz) if end is not None else None,
        organizer=organizer.lower(),
        method=method,
        uid=uid,
        location=location,
    )


def a_message(
    sender: str | Address = RECRUITER,
    text: str = "",
    *,
    at: datetime | str = DEFAULT_START,
    subject: str = DEFAULT_SUBJECT,
    to: tuple[str | Address, ...] = (ME,),
    tz: str = "UTC",
    **fields,
) -> Message:
    """One message on its own; extra `fields` are Message fields (is_bulk=True, ...)."""
    return Message(
        message_id="<single@builder.test>",
        date=dt(at, tz),
        sender=address(sender),
        subject=subject,
        text=text,
        to=tuple(address(a) for a in to),
        **fields,
    )


class ThreadBuilder:
    def __init__(
        self,
        me: str = ME,
        *,
        subject: str = DEFAULT_SUBJECT,
        tz: str = "UTC",
        start: datetime | str = DEFAULT_START,
        gap: timedelta = timedelta(days=1),
        thread_id: str = "thread-1",
    ) -> None:
        self.me = address(me)
        self.subject = subject
        self.tz = tz
        self.gap = gap
        self.thread_id = thread_id
        self._start = dt(start, tz)
        self._messages: list[Message] = []
        self._invites = 0

    # ------------------------------------------------------------------ messages

    def message(
        self,
        sender: str | Address,
        text: str = "",
        *,
        at: When = None,
        subject: str | None = None,
        to: tuple[str | Address, ...] | None = None,
        cc: tuple[str | Address, ...] = (),
        reply_to: tuple[str | Address, ...] = (),
        **fields,
    ) -> ThreadBuilder:
        """A message from anyone; `fields` are further Message fields (is_bulk=True, ...)."""
        sender_address = address(sender)
        if to is None:
            to = (self._latest_employer(),) if sender_address.email == self.me.email else (self.me,)
        number = len(self._messages) + 1
        previous = self._messages[-1] if self._messages else None
        references = (*previous.references, previous.message_id) if previous else ()
        if subject is None:
            subject = self.subject if previous is None else f"Re: {self.subject}"
        self._messages.append(
            Message(
                message_id=f"<{number}.{self.thread_id}@builder.test>",
                date=self._when(at),
                sender=sender_address,
                subject=subject,
                text=text,
                to=tuple(address(a) for a in to),
                cc=tuple(address(a) for a in cc),
                reply_to=tuple(address(a) for a in reply_to),
                thread_id=self.thread_id,
                in_reply_to=previous.message_id if previous else "",
                references=references,
                **fields,
            )
        )
        return self

    def from_recruiter(
        self, sender: str | Address = RECRUITER, text: str = "", **kwargs
    ) -> ThreadBuilder:
        """A message from the employer's side (a recruiter's own address by default)."""
        return self.message(sender, text, **kwargs)

    from_employer = from_recruiter

    def from_ats(self, text: str = "", sender: str | Address = ATS, **kwargs) -> ThreadBuilder:
        """A message sent through an ATS ("Acme Hiring Team <no-reply@greenhouse.io>")."""
        return self.message(sender, text, **kwargs)

    def from_me(self, text: str = "", **kwargs) -> ThreadBuilder:
        """A message from the candidate, to the latest employer sender unless `to` is given."""
        return self.message(self.me, text, **kwargs)

    def auto_reply(
        self,
        sender: str | Address | None = None,
        text: str = "I am out of the office until Monday with limited access to email.",
        **kwargs,
    ) -> ThreadBuilder:
        """An out-of-office reply (from the latest employer sender unless given)."""
        kwargs.setdefault("subject", f"Automatic reply: {self.subject}")
        return self.message(sender or self._latest_employer(), text, is_auto_reply=True, **kwargs)

    def bounce(self, text: str = "Delivery to the following recipient failed permanently.",
               **kwargs) -> ThreadBuilder:  # fmt: skip
        """A delivery failure notice from the mailer daemon."""
        kwargs.setdefault("subject", "Delivery Status Notification (Failure)")
        return self.message(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", text, is_bounce=True, **kwargs
        )

    # ------------------------------------------------------------------ changes to the last message

    def with_invite(
        self,
        start: datetime | str,
        end: datetime | str | None = None,
        *,
        summary: str = "Interview",
        method: str = "REQUEST",
        uid: str | None = None,
        organizer: str | None = None,
        description: str = "",
        location: str = "",
    ) -> ThreadBuilder:
        """Attach a calendar invite to the last message (organiser: its sender by default)."""
        if uid is None:
            self._invites += 1
            uid = f"invite-{self._invites}.{self.thread_id}@builder.test"
        event = invite(
            start,
            end,
            tz=self.tz,
            summary=summary,
            description=description,
            method=method,
            uid=uid,
            organizer=self._last().sender.email if organizer is None else organizer,
            location=location,
        )
        return self.with_fields(events=(*self._last().events, event))

    def with_cancellation(
        self, uid: str | None = None, *, summary: str = "Interview"
    ) -> ThreadBuilder:
        """Attach a CANCEL for the latest invite (or `uid`) to the last message."""
        if uid is None:
            uid = f"invite-{self._invites}.{self.thread_id}@builder.test" if self._invites else ""
        event = CalendarEvent(summary=f"Cancelled: {summary}", method="CANCEL", uid=uid)
        return self.with_fields(events=(*self._last().events, event))

    def bulk(self) -> ThreadBuilder:
        """Mark the last message as list mail (List-Unsubscribe, Precedence: bulk)."""
        return self.with_fields(is_bulk=True)

    def with_fields(self, **fields) -> ThreadBuilder:
        """Replace fields of the last message (any Message field)."""
        self._messages[-1] = dataclasses.replace(self._last(), **fields)
        return self

    # ------------------------------------------------------------------ result

    def build(self) -> list[Message]:
        return list(self._messages)

    def __iter__(self):
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    # ------------------------------------------------------------------ helpers

    def _last(self) -> Message:
        if not self._messages:
            raise ValueError("add a message before changing the last one")
        return self._messages[-1]

    def _latest_employer(self) -> Address:
        for message in reversed(self._messages):
            if message.sender.email != self.me.email and not message.is_auto_reply:
                return message.sender
        return address(RECRUITER)

    def _when(self, moment: When) -> datetime:
        previous = self._messages[-1].date if self._messages else None
        if moment is None:
            return previous + self.gap if previous else self._start
        if isinstance(moment, timedelta):
            return (previous or self._start) + moment
        return dt(moment, self.tz)


def a_thread(
    me: str = ME,
    *,
    subject: str = DEFAULT_SUBJECT,
    tz: str = "UTC",
    start: datetime | str = DEFAULT_START,
    gap: timedelta = timedelta(days=1),
    thread_id: str = "thread-1",
) -> ThreadBuilder:
    """Start a thread for candidate `me`; see the module docstring for the conventions."""
    return ThreadBuilder(me, subject=subject, tz=tz, start=start, gap=gap, thread_id=thread_id)


def read_alone(
    me: str,
    text: str,
    *,
    subject: str,
    sender: str | Address | None = None,
    tz: str = "America/Chicago",
    start: str = "2026-05-04 09:00",
    **fields,
) -> bool:
    """One message, read by itself as a person reads it: is it part of the owner's own
    application process? From `sender`, or from the owner when None (`to` in `fields`)."""
    from afterview.detect import detect_interview  # the builders make data; this reads it

    thread = a_thread(me, subject=subject, tz=tz, start=start)
    if sender is None:
        thread.from_me(text, subject=subject, **fields)
    else:
        thread.from_recruiter(sender, text, subject=subject, **fields)
    return detect_interview(thread.build(), me).interview
