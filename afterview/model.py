"""The plain data the domain works on: messages in, thread facts in the middle, advice out.

Every record is frozen so a thread's facts can be cached, compared and hashed; nothing
here knows where the data came from (an .eml file, Gmail's API, a test builder).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Stage(StrEnum):
    NONE = "none"
    APPLIED = "applied"
    SCHEDULING = "scheduling"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    REJECTED = "rejected"
    OFFER = "offer"


class FeedbackKind(StrEnum):
    """What the user said about a thread (or, for (not) an interview, about a sender)."""

    DISMISSED = "dismissed"
    SNOOZED = "snoozed"
    NOT_INTERVIEW = "not_interview"
    IS_INTERVIEW = "is_interview"


class Action(StrEnum):
    NONE = "none"
    PREPARE = "prepare"
    REPLY = "reply"
    SEND_THANK_YOU = "send_thank_you"
    WAIT = "wait"
    FOLLOW_UP = "follow_up"
    MOVE_ON = "move_on"
    CLOSED = "closed"
    OFFER = "offer"


@dataclass(frozen=True, slots=True)
class Address:
    email: str  # lower-cased addr-spec, "" when the header was missing or unparseable
    name: str = ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT from a text/calendar part or an .ics attachment."""

    summary: str = ""
    description: str = ""
    start: datetime | None = None  # timezone-aware
    end: datetime | None = None  # timezone-aware
    organizer: str = ""  # email address, lower-cased
    method: str = ""  # REQUEST, CANCEL, PUBLISH, REPLY ... ("" when absent)
    uid: str = ""
    location: str = ""


@dataclass(frozen=True, slots=True)
class QuotedMessage:
    """The first message a reply quotes, as its attribution line and quoted text give it.

    Read only when that message is not in the thread (`timeline.thread_facts`): a lone
    .eml, a Takeout without the original, a Gmail thread whose first messages were deleted.
    Lives as long as the `Message` that carries it; nothing stores it.
    """

    sender: Address  # as the attribution names it; email "" when it gives only a name
    date: datetime | None = None  # the attribution's date, None when it gives none readable
    text: str = ""  # the quoted message's own text, "> " markers removed, trimmed, bounded


@dataclass(frozen=True, slots=True)
class Message:
    """One email, reduced to what the domain reads. Bodies are capped and trimmed."""

    message_id: str  # RFC 5322 Message-ID (or Gmail's id when there is none)
    date: datetime  # timezone-aware; the parser falls back to a stable default
    sender: Address
    subject: str = ""
    text: str = ""  # plain text, HTML converted, quoted replies and signatures trimmed
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    thread_id: str = ""  # Gmail thread id when known
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    events: tuple[CalendarEvent, ...] = ()
    is_auto_reply: bool = False  # Auto-Submitted, X-Autoreply, Precedence, "Out of office"
    is_bounce: bool = False  # mailer-daemon, delivery status notifications
    is_bulk: bool = False  # List-Unsubscribe / List-Id / Precedence: bulk (newsletters, alerts)
    label_ids: tuple[str, ...] = ()  # Gmail labels when known
    defects: tuple[str, ...] = ()  # what the parser had to repair, for diagnostics
    quoted: QuotedMessage | None = None  # the first message quoted below the reply, if any
    # The signature trimmed from `text` (sign-off, name, title, company), bounded: where
    # people write their employer's name as they spell it ("Talent Partner, Mariposa Events").
    signature: str = ""


@dataclass(frozen=True, slots=True)
class Detection:
    interview: bool
    confidence: float  # 0..1
    signals: tuple[str, ...] = ()  # readable names of what fired, e.g. "ats_sender:greenhouse.io"


@dataclass(frozen=True, slots=True)
class EmployerMessage:
    """A message from the employer's side (recruiter, ATS, interviewer), in thread order."""

    at: datetime
    sender: Address
    asks_candidate: bool = False  # availability, documents, references, a direct question
    decision_by: datetime | None = None  # a stated decision date, resolved from this message
    is_scheduling: bool = False  # proposes or arranges an interview time
    is_rejection: bool = False
    is_offer: bool = False


@dataclass(frozen=True, slots=True)
class CandidateMessage:
    at: datetime
    to: tuple[Address, ...] = ()
    is_thank_you: bool = False  # wording says thank-you (the policy decides by timing too)
    is_follow_up: bool = False  # wording says checking in / following up
    withdraws: bool = False  # the candidate withdrawing, or declining the offer: it ends here
    accepts_offer: bool = False  # the candidate accepting the offer: nothing more to answer


@dataclass(frozen=True, slots=True)
class ThreadFacts:
    """What the domain read from one thread; the policy decides from this and the clock.

    Auto-replies and bounces are not in `employer_messages`: they are not employer contact.
    """

    detection: Detection
    stage: Stage
    company: str | None = None
    role: str | None = None
    subject: str = ""
    first_message_at: datetime | None = None
    last_message_at: datetime | None = None
    interview_start: datetime | None = None  # the latest interview known in the thread
    interview_end: datetime | None = None  # invite end, else start + 1 h
    interview_cancelled: bool = False
    # No time was stated: the interview is known only from a message saying it took place
    # ("thanks for coming in today"), which dates it (to the day) and bounds its end.
    interview_time_inferred: bool = False
    employer_messages: tuple[EmployerMessage, ...] = ()
    candidate_messages: tuple[CandidateMessage, ...] = ()
    employer_contacts: tuple[Address, ...] = ()  # people seen on the employer side, no no-reply
    automated_messages: int = 0  # auto-replies and bounces seen

    @property
    def interview(self) -> bool:
        return self.detection.interview


@dataclass(frozen=True, slots=True)
class Advice:
    action: Action
    reason: str  # one sentence a person can read, naming the date or fact behind it
    until: datetime | None = None  # when this advice will change; None when nothing will
    contact: str | None = None  # whom to write to: reply, send_thank_you, follow_up
    due: datetime | None = None  # for send_thank_you: the 24 h mark
    # `until` and `due` name a day whose hour is Afterview's stand-in (an interview fixed to a
    # day with no clock time stated): shown as the day only, never as an hour
    day_only: bool = False
