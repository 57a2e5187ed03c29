"""Stories a job seeker's mailbox is made of, each one thread, drafted message by message.

A story plans its timeline around the mailbox's `now` (interviews in the past or the
future, silences of the right length) and drafts its messages in order; the first message
that would fall after `now` ends the thread there, so every thread is the mailbox as it
stands at `now`. Each draft carries what it means (employer asks something, states a
decision date, rejects...), from which the generator derives the thread's true facts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from random import Random
from typing import NamedTuple

from gmail_sandbox import templates as T
from gmail_sandbox.mime_styles import Draft, Invite, Person, header_text, message_id
from gmail_sandbox.templates import fill
from gmail_sandbox.wording import (
    COMPANY_KINDS,
    COMPANY_WORDS,
    COMPANY_ZONES,
    FIRST_NAMES,
    LAST_NAMES,
    MONTHS,
    RECRUITER_TITLES,
    ROLE_SUFFIXES,
    ROLES,
    SPECIAL_COMPANIES,
    TZ,
    US_ZONES,
    UTC,
    WD3,
    WEEKDAYS,
    ZONES,
    below,
    between,
    decision_phrase,
    email_local,
    end_of_day,
    human_date,
    interview_time_phrase,
    pick,
    slot_phrase,
)

APPLIED, SCHEDULING, SCHEDULED = "applied", "scheduling", "scheduled"
REJECTED, OFFER = "rejected", "offer"


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def days(n: float) -> timedelta:
    return timedelta(days=n)


# --- the mailbox and its people ---------------------------------------------------------


class Mailbox:
    """What every thread of one mailbox shares: who `me` is, where they live, the clock."""

    def __init__(self, me: str, rng: Random, now: datetime) -> None:
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be timezone-aware (e.g. 2026-03-16T12:00:00+00:00)")
        self.rng = rng
        self.now = now.replace(microsecond=0)
        self.zone_key = pick(rng, US_ZONES + ("Europe/London",))
        self.tz = TZ[self.zone_key]
        local = me.partition("@")[0]
        parts = [p for p in local.replace("_", ".").replace("-", ".").split(".") if p.isalpha()]
        name = " ".join(p.capitalize() for p in parts[:2]) if len(parts) >= 2 else ""
        if not name:
            name = f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"
        self.me = Person(name, me.lower(), "me")
        self.current_employer = make_employer(self, zone_key=self.zone_key)


class _InviteMail(NamedTuple):
    """What an invite's mail says besides the event, whatever calendar writes it."""

    sent: datetime
    kind: str  # "phone screen", "onsite" ...
    phrase: str  # the interview time as the employer words it
    interviewers: list[Person]


def person(rng: Random, domain: str, side: str, title: str = "") -> Person:
    first, last = pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES)
    return Person(f"{first} {last}", f"{email_local(first, last, rng)}@{domain}", side)


ATS_VENDORS = ("greenhouse", "greenhouse", "lever", "ashby", "workday", "smartrecruiters")
ATS_VENDORS += ("icims", "workable")


class Employer:
    __slots__ = (
        "name",
        "domain",
        "zone_key",
        "tz",
        "ats",
        "recruiter",
        "recruiter_title",
        "coordinator",
        "interviewers",
        "mail_style",
        "meeting",
        "agency",
    )


def make_employer(box: Mailbox, zone_key: str | None = None) -> Employer:
    rng = box.rng
    e = Employer()
    if rng.random() < 0.04:
        e.name, e.domain, special_zone = pick(rng, SPECIAL_COMPANIES)
        e.zone_key = zone_key or special_zone
    else:
        word, kind = pick(rng, COMPANY_WORDS), pick(rng, COMPANY_KINDS)
        e.name = f"{word} {kind}"
        e.domain = f"{word}{kind}".lower() + pick(rng, (".com", ".com", ".com", ".io", ".co"))
        e.zone_key = zone_key or (box.zone_key if rng.random() < 0.45 else pick(rng, COMPANY_ZONES))
    e.tz = TZ[e.zone_key]
    e.ats = pick(rng, ATS_VENDORS)
    e.recruiter = person(rng, e.domain, "employer")
    e.recruiter_title = pick(rng, RECRUITER_TITLES)
    e.coordinator = person(rng, e.domain, "employer")
    e.interviewers = [person(rng, e.domain, "employer") for _ in range(between(rng, 1, 2))]
    e.mail_style = "outlook" if rng.random() < 0.35 else "gmail"
    e.meeting = (
        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rng.getrandbits(60):015x}"
        if e.mail_style == "outlook"
        else pick(
            rng,
            (
                f"https://{e.domain.split('.')[0]}.zoom.us/j/{between(rng, 10**9, 10**10 - 1)}",
                f"https://meet.google.com/{_meet_code(rng)}",
            ),
        )
    )
    e.agency = None
    if rng.random() < 0.06:
        agency = pick(rng, ("talentbridge.co", "hirewell-partners.com", "northstar-search.com"))
        e.agency = person(rng, agency, "employer")
    return e


def _meet_code(rng: Random) -> str:
    bits = rng.getrandbits(50)
    code = "".join("abcdefghijklmnopqrstuvwxyzabcdef"[(bits >> (5 * i)) & 31] for i in range(10))
    return f"{code[:3]}-{code[3:7]}-{code[7:]}"


def ats_sender(e: Employer, rng: Random) -> Person:
    label = e.name + pick(rng, ("", " Recruiting", " Hiring Team", " Careers", " Talent"))
    slug = "".join(c for c in e.domain.split(".")[0] if c.isalnum())
    address = {
        "greenhouse": pick(rng, ("no-reply@greenhouse.io", "no-reply@us.greenhouse-mail.io")),
        "lever": "no-reply@hire.lever.co",
        "ashby": "no-reply@ashbyhq.com",
        "workday": f"{slug}@myworkday.com",
        "smartrecruiters": "noreply@smartrecruiters.com",
        "icims": f"{slug}@talent.icims.com",
        "workable": "noreply@candidates.workablemail.com",
    }[e.ats]
    return Person(label, address, "tool", human=False)


def role_name(rng: Random) -> str:
    return pick(rng, ROLES) + pick(rng, ROLE_SUFFIXES)


# --- time ---------------------------------------------------------------------------------


def working(t: datetime, tz, rng: Random) -> datetime:
    """`t`, or the next moment inside working hours (weekdays 8:30-18:00) in `tz`."""
    local = t.astimezone(tz)
    hour = local.hour + local.minute / 60
    if local.weekday() < 5 and 8.5 <= hour < 18:
        return local
    day = local.date()
    if not (local.weekday() < 5 and hour < 8.5):
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime(day.year, day.month, day.day, 8, 30, tzinfo=tz)
    return start + timedelta(minutes=between(rng, 0, 180), seconds=between(rng, 0, 59))


def working_before(t: datetime, tz, rng: Random) -> datetime:
    """`t`, or the last stretch of working hours before it in `tz`."""
    local = t.astimezone(tz)
    hour = local.hour + local.minute / 60
    if local.weekday() < 5 and 8.5 <= hour < 18:
        return local
    day = local.date()
    if not (local.weekday() < 5 and hour >= 18):
        day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    end = datetime(day.year, day.month, day.day, 17, 55, tzinfo=tz)
    return end - timedelta(minutes=between(rng, 0, 240), seconds=between(rng, 0, 59))


def awake(t: datetime, tz, rng: Random) -> datetime:
    """`t`, or the next moment a person is at their mail (7:00-23:30) in `tz`."""
    local = t.astimezone(tz)
    if 7 <= local.hour < 23:
        return local
    day = local.date() + timedelta(days=1 if local.hour >= 23 else 0)
    start = datetime(day.year, day.month, day.day, 7, 0, tzinfo=tz)
    return start + timedelta(minutes=between(rng, 0, 150), seconds=between(rng, 0, 59))


def awake_before(t: datetime, tz, rng: Random) -> datetime:
    local = t.astimezone(tz)
    if 7 <= local.hour < 23:
        return local
    day = local.date() - timedelta(days=0 if local.hour >= 23 else 1)
    end = datetime(day.year, day.month, day.day, 22, 50, tzinfo=tz)
    return end - timedelta(minutes=between(rng, 0, 180), seconds=between(rng, 0, 59))


INTERVIEW_HOURS = (9, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16)
INTERVIEW_MINUTES = (0, 0, 0, 0, 30, 30, 30, 15, 45)


def interview_slot(near: datetime, tz, rng: Random, reader_tz=None) -> datetime:
    """A plausible interview start on the working day of (or after) `near`, in `tz`; with
    `reader_tz`, at an hour that is also daytime (8:00-18:00) for the candidate."""
    day = near.astimezone(tz).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    hour_options = INTERVIEW_HOURS
    if reader_tz is not None and reader_tz is not tz:
        hour_options = shared_hours(day, tz, reader_tz)
    return datetime(
        day.year,
        day.month,
        day.day,
        pick(rng, hour_options),
        pick(rng, INTERVIEW_MINUTES),
        tzinfo=tz,
    )


_SHARED_HOURS: dict[tuple, tuple[int, ...]] = {}


def shared_hours(day: date, tz, reader_tz) -> tuple[int, ...]:
    """Interview hours in `tz` that are 8:00-18:00 for the reader too, on `day`."""
    if reader_tz is tz:
        return INTERVIEW_HOURS
    key = (tz, reader_tz, day)
    found = _SHARED_HOURS.get(key)
    if found is None:
        found = _SHARED_HOURS[key] = _shared_hours(day, tz, reader_tz)
    return found


def _shared_hours(day: date, tz, reader_tz) -> tuple[int, ...]:
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=tz)
    shift = noon.astimezone(reader_tz).replace(tzinfo=None) - noon.replace(tzinfo=None)
    ahead = round(shift.total_seconds() / 3600)
    fitting = tuple(h for h in INTERVIEW_HOURS if 8 <= h + ahead < 18)
    return fitting or tuple(h for h in range(7, 20) if 8 <= h + ahead < 18) or INTERVIEW_HOURS


def uniform_days(rng: Random, low: float, high: float) -> timedelta:
    return timedelta(seconds=rng.uniform(low * 86400, high * 86400))


# --- a thread being drafted ---------------------------------------------------------------


class Thread:
    """Drafts of one thread, in order; stops at the first message after `now`."""

    def __init__(self, box: Mailbox, key: str, kind: str, interview: bool) -> None:
        self.box = box
        self.rng = box.rng
        self.now = box.now
        self.me = box.me
        self.key = key
        self.kind = kind
        self.interview = interview
        self.company: str | None = None
        self.role: str | None = None
        self.drafts: list[Draft] = []
        self.ids: list[str] = []  # Message-IDs so far, for In-Reply-To and References
        self.done = False
        self.subject = ""

    def when(self, at: datetime) -> datetime | None:
        """The send time of the next message, or None when it would be after `now`."""
        if self.done:
            return None
        at = at.replace(microsecond=0)
        if self.drafts and at <= self.drafts[-1].at:
            at = self.drafts[-1].at.astimezone(at.tzinfo) + timedelta(
                seconds=between(self.rng, 40, 900)
            )
        if at > self.now:
            self.done = True
            return None
        return at

    def add(self, d: Draft, parent: Draft | None = None) -> Draft:
        rng = self.rng
        id_style = d.style if d.style not in ("plain", "auto", "apple") else "other"
        d.message_id = message_id(rng, id_style, d.sender.domain or "localhost")
        ids = self.ids
        if ids:
            d.in_reply_to = parent.message_id if parent is not None else ids[-1]
            d.references = ids[:] if len(ids) <= 8 else [ids[0], *ids[-7:]]
        else:
            self.subject = d.subject
        ids.append(d.message_id)
        self.drafts.append(d)
        return d

    def reply_subject(self, prefix: str = "Re:") -> str:
        return f"{prefix} {self.subject}"

    def quote_of(self, parent: Draft) -> tuple[str, str]:
        sender = parent.sender
        who = f"{sender.name} <{sender.email}>" if sender.name else sender.email
        stamp = parent.at.astimezone(self.box.tz)
        h12 = stamp.hour % 12 or 12
        ampm = "AM" if stamp.hour < 12 else "PM"
        line = (
            f"On {WD3[stamp.weekday()]}, {MONTHS[stamp.month][:3]} {stamp.day}, {stamp.year} at "
            f"{h12}:{stamp.minute:02d} {ampm} {who} wrote:"
        )
        return line, parent.text

    # -- the user ------------------------------------------------------------------------

    def mine(
        self, at: datetime, to: list[Person], text: str, subject: str | None = None
    ) -> Draft | None:
        sent = self.when(at)
        if sent is None:
            return None
        rng = self.rng
        style = "candidate" if rng.random() < 0.85 else "apple"
        if style == "apple":
            text += "\n\nSent from my iPhone"
        d = Draft(
            sent.astimezone(self.box.tz), self.me, subject or self.reply_subject(), text, style
        )
        d.to = to
        d.side = "candidate"
        # 7bit turns into quoted-printable for non-ASCII text; 8bit is raw UTF-8 (Thunderbird)
        d.encoding = pick(rng, ("7bit", "7bit", "qp", "8bit"))
        if self.drafts and rng.random() < 0.8:
            d.quote = self.quote_of(self.drafts[-1])
        return self.add(d)

    def automatic_reply(self, at: datetime, person: Person, original: Draft) -> Draft | None:
        sent = self.when(at)
        if sent is None:
            return None
        rng = self.rng
        back = (sent + days(between(rng, 2, 12))).date()
        text = pick(
            rng,
            (
                "Thank you for your email. I am out of the office until {back} with limited "
                "access to email. I will respond to your message when I return.",
                "Hi,\n\nI'm currently on vacation and will be back on {back}. "
                "For anything urgent, please contact {other}.\n\nThanks,\n{first}",
                "I am away from the office and will return {back}. Your message has not been "
                "forwarded.",
            ),
        ).format(back=human_date(back), other=f"team@{person.domain}", first=person.first)
        outlook = rng.random() < 0.5
        subject = (
            f"Automatic reply: {original.subject}"
            if outlook
            else f"Out of Office: {original.subject}"
        )
        d = Draft(sent, person, subject, text, "auto")
        d.to = [self.me]
        d.side = "auto"
        d.original = original
        d.encoding = "7bit"
        roll = rng.random()
        if outlook:
            d.headers = [
                ("Auto-Submitted", "auto-generated"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", person.email),
            ]
        elif roll < 0.6:
            d.headers = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
        elif roll < 0.8:
            d.headers = [("Precedence", "auto_reply"), ("X-Autorespond", "yes")]
        # else: an old responder that marks nothing but its subject
        return self.add(d, original)

    def bounce(self, at: datetime, original: Draft, bad: Person) -> Draft | None:
        sent = self.when(at)
        if sent is None:
            return None
        rng = self.rng
        if rng.random() < 0.6:
            sender = Person(
                "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "system", False
            )
            subject = "Delivery Status Notification (Failure)"
            text = (
                "** Address not found **\n\nYour message wasn't delivered to "
                f"{bad.email} because the address couldn't be found, or is unable to receive "
                "mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n"
            )
        else:
            host = f"mail.{bad.domain}"
            sender = Person("Mail Delivery System", f"MAILER-DAEMON@{host}", "system", False)
            subject = "Undelivered Mail Returned to Sender"
            text = (
                f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you "
                "that your message could not\nbe delivered to one or more recipients.\n\n"
                f"<{bad.email}>: host {host} said: 550 5.1.1 <{bad.email}>: Recipient address "
                "rejected: User unknown in virtual mailbox table\n"
            )
        d = Draft(sent.astimezone(UTC), sender, subject, text, "dsn")
        d.to = [self.me]
        d.side = "bounce"
        d.original = original
        d.bounced_to = bad
        d.headers = [("Auto-Submitted", "auto-replied")]
        return self.add(d, original)


# --- the employer's side of a hiring process ----------------------------------------------


class Process(Thread):
    """A thread between the user and one employer about one role."""

    round_names = ("phone screen", "technical interview", "onsite", "final round")

    def __init__(self, box: Mailbox, key: str, kind: str) -> None:
        super().__init__(box, key, kind, interview=True)
        rng = self.rng
        self.employer = e = make_employer(box)
        self.company = e.name
        self.role = role_name(rng)
        self.same_zone = e.zone_key == box.zone_key
        self.invite_uid = ""
        self.invite_seq = 0
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.round = 0
        self.how = ""  # how the latest interview was confirmed (text, google, outlook ...)
        self.last_employer: Draft | None = None

    # -- helpers -------------------------------------------------------------------------

    def greet(self) -> str:
        first = self.me.first
        return pick(self.rng, (f"Hi {first},", f"Hello {first},", f"Hi {first}!", f"Dear {first},"))

    def sign(self, p: Person, title: str = "") -> str:
        rng = self.rng
        title = title or self.employer.recruiter_title
        closing = pick(rng, ("Best,", "Thanks,", "Best regards,", "Cheers,", "Kind regards,"))
        if rng.random() < 0.6:
            return (
                f"{closing}\n{p.first}\n\n-- \n{p.name}\n{title} | {self.company}\n"
                f"+1 (555) 01{below(rng, 10)}-{between(rng, 1000, 9999)}"
            )
        return f"{closing}\n{p.name}"

    def my_sign(self) -> str:
        me = self.me
        closing = pick(
            self.rng, ("Best,", "Best regards,", "Thanks,", "Sincerely,", "All the best,")
        )
        if self.rng.random() < 0.4:
            slug = me.name.lower().replace(" ", "")
            return f"{closing}\n{me.name}\nlinkedin.com/in/{slug}"
        return f"{closing}\n{me.first}"

    def from_employer(
        self,
        at: datetime,
        sender: Person,
        text: str,
        subject: str | None = None,
        style: str | None = None,
        exact: bool = False,
    ) -> Draft | None:
        """The employer's next message, planned at `at` (moved into working hours unless a
        robot sends it), or sent exactly at `at` when that came from `send_time`."""
        rng = self.rng
        if exact or sender.side == "tool":
            sent = self.when(at)
        else:
            sent = self.when(working(at, self.employer.tz, rng))
        if sent is None:
            return None
        if sender.side == "tool":
            sent = sent.astimezone(UTC)
        style = style or self.employer.mail_style
        if style == "outlook" and subject is None:
            subject = self.reply_subject("RE:")
        d = Draft(sent, sender, subject or self.reply_subject(), text, style)
        d.to = [self.me]
        d.side = "employer"
        if style == "outlook":
            d.charset = pick(rng, ("windows-1252", "us-ascii", "utf-8"))
            d.headers = [
                ("Thread-Topic", header_text(self.subject[:60])),
                ("Thread-Index", f"AQH{rng.getrandbits(90):023x}"),
                ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""),
            ]
        elif style == "gmail":
            d.encoding = pick(rng, ("qp", "7bit", "7bit", "base64"))
        elif style in ("ats", "scheduler"):
            d.html_only = rng.random() < 0.35
            d.hostile = rng.random() < 0.04
            d.encoding = pick(rng, ("qp", "base64"))
            if rng.random() < 0.3:  # robots mark their mail; it is still the employer speaking
                d.headers.append(("Auto-Submitted", "auto-generated"))
        if self.drafts and sender.side == "employer" and rng.random() < 0.6:
            d.quote = self.quote_of(self.drafts[-1])
        self.last_employer = d
        return self.add(d)

    def send_time(self, at: datetime, working_hours: bool = True) -> datetime | None:
        """The final send time, in the employer's zone, of an employer message planned at
        `at`; None once past `now`. Words relative to the send day ("tomorrow", "by
        Friday") are chosen from it, then the message goes out with `exact=True`."""
        sent = self.when(working(at, self.employer.tz, self.rng) if working_hours else at)
        return None if sent is None else sent.astimezone(self.employer.tz)

    def employer_at(self, planned: datetime) -> datetime:
        """Working hours at or before `planned` when that is still after the last message,
        else the next working hours (which may fall after `now`)."""
        before = working_before(planned, self.employer.tz, self.rng)
        if not self.drafts or before > self.drafts[-1].at:
            return before
        return working(planned, self.employer.tz, self.rng)

    def recruiter_person(self) -> Person:
        e = self.employer
        return e.agency or e.recruiter

    # -- the application -----------------------------------------------------------------

    def application_confirmation(self, at: datetime, timeline: bool = False) -> Draft | None:
        rng, e = self.rng, self.employer
        company, role = self.company, self.role
        values = {"company": company, "role": role, "first": self.me.first}
        subject = fill(rng, T.APPLICATION_SUBJECTS, **values)
        lines = [
            pick(
                rng, (f"Hi {self.me.first},", f"Dear {self.me.first},", f"Hello {self.me.first},")
            ),
            fill(rng, T.APPLICATION_THANKS, **values),
            fill(rng, T.APPLICATION_NEXT, **values),
        ]
        sent = self.send_time(at, working_hours=False)
        if sent is None:
            return None
        day = None
        if timeline:
            phrase, day = decision_phrase(sent, rng)
            lines.append(fill(rng, T.APPLICATION_TIMELINE, timeline=phrase))
        lines.append(f"Best,\nThe {company} Recruiting Team")
        text = "\n\n".join(lines)
        d = self.from_employer(sent, ats_sender(e, rng), text, subject, "ats", exact=True)
        if d is None:
            return None
        if day is not None:
            d.decision_by = self._decision(d, day)
        d.stage = APPLIED
        return d

    def _decision(self, d: Draft, day: date) -> datetime:
        """A stated day resolved to the end of that day in the employer's zone."""
        return end_of_day(day, self.employer.tz)

    def status_update(self, at: datetime) -> Draft | None:
        """An ATS 'still reviewing' note that states a timeline."""
        rng, e = self.rng, self.employer
        sent = self.send_time(at, working_hours=False)
        if sent is None:
            return None
        phrase, day = decision_phrase(sent, rng)
        body = fill(rng, T.STATUS_UPDATE, role=self.role, timeline=phrase)
        text = f"Hi {self.me.first},\n\n{body}\n\nBest,\n{self.company} Recruiting"
        sender = ats_sender(e, rng)
        d = self.from_employer(sent, sender, text, self.reply_subject(), "ats", exact=True)
        if d is not None:
            d.decision_by = self._decision(d, day)
        return d

    # -- arranging an interview ----------------------------------------------------------

    def outreach(
        self, at: datetime, ask: str, first_contact: bool, start: datetime | None = None
    ) -> Draft | None:
        """The recruiter asks for availability, proposes slots (among them `start`, the time
        that will be agreed, when known), or sends a booking link."""
        rng, e = self.rng, self.employer
        recruiter = self.recruiter_person()
        kind = self.round_names[min(self.round, 3)]
        sent_local = working(at, e.tz, rng)
        values = {"company": self.company, "role": self.role, "kind": kind}
        if first_contact and e.agency is not None:
            agency = recruiter.domain.split(".")[0].replace("-", " ").title()
            opener = fill(rng, T.OUTREACH_AGENCY, agency=agency, **values)
        elif first_contact:
            opener = fill(rng, T.OUTREACH_FIRST, recruiter=recruiter.first, **values)
        else:
            opener = fill(rng, T.OUTREACH_NEXT, **values)
        if ask == "slots":
            base = start or interview_slot(
                sent_local + days(between(rng, 2, 4)), e.tz, rng, self.box.tz
            )
            slots = [base]
            for i in range(1, between(rng, 2, 4)):
                slots.append(interview_slot(base + days(i), e.tz, rng, self.box.tz))
            slots.sort()
            listing = "\n".join(f"- {slot_phrase(s, e.zone_key, rng)}" for s in slots)
            request = f"{fill(rng, T.ASK_SLOTS, **values)}\n\n{listing}"
        elif ask == "link":
            host = pick(rng, ("calendly.com", "app.goodtime.io/schedule", "app.gem.com/s"))
            slug = recruiter.email.split("@")[0].replace(".", "-")
            link = pick(
                rng, (f"https://{host}/{slug}/{kind.replace(' ', '-')}", f"https://{host}/{slug}")
            )
            request = fill(rng, T.ASK_LINK, link=link, **values)
        elif ask == "prose":
            assert start is not None, "a proposed time is the time that will be agreed"
            phrase = interview_time_phrase(start, sent_local, e.zone_key, self.same_zone, rng)
            request = fill(rng, T.PROPOSE_TIME, phrase=phrase, **values)
        else:
            request = fill(rng, T.ASK_AVAILABILITY, **values)
        subject = None
        if not self.drafts:
            subject = fill(rng, T.OUTREACH_SUBJECTS, kind_title=kind.title(), **values)
        text = f"{self.greet()}\n\n{opener}\n\n{request}\n\n{self.sign(recruiter)}"
        style = None
        if first_contact and e.agency is None and rng.random() < 0.2:
            style = "ats"  # sent from inside the ATS, replies go to the recruiter
        sender = recruiter
        if style == "ats":
            sender = Person(recruiter.name, ats_sender(e, rng).email, "tool", human=False)
        d = self.from_employer(sent_local, sender, text, subject, style)
        if d is None:
            return None
        if style == "ats":
            d.reply_to = recruiter
        d.asks = d.scheduling = True
        d.stage = SCHEDULING
        return d

    def my_availability(
        self, at: datetime, ask: str, start: datetime | None = None
    ) -> Draft | None:
        rng, box = self.rng, self.box
        to = (
            [self.last_employer.reply_to or self.last_employer.sender] if self.last_employer else []
        )
        agreed = False
        if ask == "slots":
            if start is not None:
                phrase = slot_phrase(start, self.employer.zone_key, rng)
                body = fill(rng, T.ACCEPT_SLOT, phrase=phrase)
            else:
                body = pick(rng, T.ACCEPT_ANY_SLOT)
        elif ask == "link":
            body = pick(rng, T.BOOKED_LINK)
        elif ask == "prose":
            assert start is not None
            e = self.employer
            sent_local = awake(at, box.tz, rng).astimezone(e.tz)
            phrase = interview_time_phrase(start, sent_local, e.zone_key, self.same_zone, rng)
            body = fill(rng, T.ACCEPT_PROPOSAL, phrase=phrase)
            agreed = True
        else:
            # windows in the user's own zone; the first holds the time that will be agreed
            local = awake(at, box.tz, rng)
            a = start.astimezone(box.tz) if start else local + days(between(rng, 1, 3))
            b = a + days(between(rng, 1, 2))
            while b.weekday() >= 5:
                b += days(1)
            zone = ZONES[box.zone_key][0]
            early, late = _h(a - hours(1 + a.minute / 60)), _h(a + hours(3 - a.minute / 60))
            body = (
                f"{pick(rng, T.AVAILABILITY_INTRO)}\n\n"
                f"- {WEEKDAYS[a.weekday()]} {a.month}/{a.day} between {early} and {late} {zone}\n"
                f"- {WEEKDAYS[b.weekday()]} {b.month}/{b.day} any time after 2pm {zone}\n\n"
                "Let me know what works best."
            )
        first = to[0].first if to else ""
        text = f"Hi {first},\n\n{body}\n\n{self.my_sign()}"
        d = self.mine(awake(at, box.tz, rng), [p for p in to if p.human], text)
        if d is not None and agreed:  # the candidate's "that works" fixes the proposed time
            d.interview = (start, None, False)
            d.stage = SCHEDULED
        return d

    def confirm(self, at: datetime, start: datetime, end: datetime, how: str) -> Draft | None:
        """The interview time fixed: text, a calendar invite, or both."""
        rng, e = self.rng, self.employer
        planned = working(at, e.tz, rng)
        if planned >= start - hours(1):
            planned = start - hours(rng.uniform(2, 20))
        sent_local = self.send_time(planned, working_hours=False)  # already in working hours
        if sent_local is None:
            return None
        kind = self.round_names[min(self.round, 3)]
        phrase = interview_time_phrase(start, sent_local, e.zone_key, self.same_zone, rng)
        who = pick(rng, e.interviewers)
        if how == "text":
            text = (
                f"{self.greet()}\n\n"
                + fill(rng, T.CONFIRM_TEXT, phrase=phrase, who=who.name, kind=kind)
                + f"\n\nHere's the link to join: {e.meeting}\n\n"
                + self.sign(self.recruiter_person())
            )
            d = self.from_employer(sent_local, self.recruiter_person(), text, exact=True)
            if d is None:
                return None
            d.interview = (start, None, False)
        else:
            d = self._invite(sent_local, start, end, how, "REQUEST", phrase)
            if d is None:
                return None
            d.interview = (start, end, False)
        d.scheduling = True
        d.stage = SCHEDULED
        self.start, self.end = start, end if how != "text" else start + hours(1)
        self.how = how
        return d

    def _invite(
        self, sent: datetime, start: datetime, end: datetime, how: str, method: str, phrase: str
    ) -> Draft | None:
        rng, e = self.rng, self.employer
        kind = self.round_names[min(self.round, 3)]
        organizer = e.coordinator if how == "outlook" else self.recruiter_person()
        if method == "REQUEST" and not self.invite_uid:
            self.invite_uid = f"{rng.getrandbits(80):020x}@google.com"
            self.invite_seq = 0
            if how == "outlook":
                self.invite_uid = f"040000008200E00074C5B7101A82E008{rng.getrandbits(128):032X}"
        summary = pick(
            rng,
            (
                f"Interview: {self.me.name} / {self.company} ({self.role})",
                f"{self.company} {kind.title()} - {self.me.name}",
                f"{self.me.first} <> {organizer.first} | {self.role} {kind}",
            ),
        )
        interviewers = rng.sample(e.interviewers, k=min(len(e.interviewers), between(rng, 1, 2)))
        names = ", ".join(p.name for p in interviewers)
        description = (
            f"{kind.title()} for the {self.role} role at {self.company}.\n"
            f"Interviewers: {names}\nJoin: {e.meeting}"
        )
        inv = Invite(
            method=method,
            uid=self.invite_uid,
            sequence=self.invite_seq,
            start=start,
            end=end,
            summary=summary,
            description=description,
            location=e.meeting,
            organizer=organizer,
            attendees=[organizer, *interviewers, self.me],
            style={"outlook": "outlook", "google": "google"}.get(how, "iana"),
            zone_key=e.zone_key,
            stamp=sent,
        )
        write = {
            "google": self._google_invite,
            "outlook": self._outlook_invite,
            "ats": self._ats_invite,
        }.get(how, self._attached_invite)
        d = write(inv, _InviteMail(sent, kind, phrase, interviewers))
        if d is not None:
            d.invite = inv
            if d.invite_as != "attachment" or d.style != "gmail":
                d.quote = None  # calendar and ATS robots do not quote the thread
        return d

    def _google_invite(self, inv: Invite, mail: _InviteMail) -> Draft | None:
        """Google Calendar's own mail: the event in subject and body, the .ics twice."""
        e, sent, summary, organizer = self.employer, mail.sent, inv.summary, inv.organizer
        start, end, interviewers = inv.start, inv.end, mail.interviewers
        cancelled = inv.method == "CANCEL"
        local = start.astimezone(self.box.tz)
        span = (
            f"{WD3[local.weekday()]} {MONTHS[local.month][:3]} {local.day}, {local.year} "
            f"{_h(local)} - {_h(end.astimezone(self.box.tz))} ({local.tzname()})"
        )
        verb = "Canceled event" if cancelled else "Invitation"
        if self.invite_seq > 0 and not cancelled:
            verb = "Updated invitation"
        subject = f"{verb}: {summary} @ {span} ({self.me.email})"
        text = (
            (
                "This event has been canceled."
                if cancelled
                else "You have been invited to the following event."
            )
            + f"\n\n{summary}\n\nWhen\n{span}\n\nJoining info\n{e.meeting}\n\n"
            f"Organizer\n{organizer.name} - {organizer.email}\n\nGuests\n"
            + "\n".join(f"{p.name} - {p.email}" for p in interviewers)
            + f"\n{self.me.email}\n\nInvitation from Google Calendar\n\n"
            f"You are receiving this email because you are an attendee on the event.\n"
        )
        d = self.from_employer(sent, organizer, text, subject, "calendar", exact=True)
        if d is not None:
            d.invite_as = "both"
            d.headers = [("Sender", "Google Calendar <calendar-notification@google.com>")]
        return d

    def _outlook_invite(self, inv: Invite, mail: _InviteMail) -> Draft | None:
        """Outlook's meeting request: a short note above the Teams block, invite inline."""
        rng, e, sent, kind, phrase = self.rng, self.employer, mail.sent, mail.kind, mail.phrase
        organizer, summary, cancelled = inv.organizer, inv.summary, inv.method == "CANCEL"
        prefix = "Canceled: " if cancelled else ""
        text = (
            f"{self.greet()}\n\n"
            + (
                "This interview has been canceled."
                if cancelled
                else f"Please find the calendar invitation for your {kind} on {phrase}."
            )
            + (
                "\n\n________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{e.meeting}>\n"
                f"Meeting ID: {between(rng, 10**11, 10**12 - 1)}\n"
                if "teams.microsoft" in e.meeting
                else f"\n\nJoin: {e.meeting}\n"
            )
        )
        d = self.from_employer(sent, organizer, text, prefix + summary, "outlook", exact=True)
        if d is not None:
            d.invite_as = "inline"
            d.quote = None
        return d

    def _ats_invite(self, inv: Invite, mail: _InviteMail) -> Draft | None:
        """An applicant tracking system's confirmation with the invite attached."""
        rng, e, sent, kind, phrase = self.rng, self.employer, mail.sent, mail.kind, mail.phrase
        names = ", ".join(p.name for p in mail.interviewers)
        cancelled = inv.method == "CANCEL"
        values = {"role": self.role, "company": self.company, "kind": kind, "phrase": phrase}
        subject = (
            f"Interview Cancelled: {self.role} at {self.company}"
            if cancelled
            else fill(rng, T.CONFIRM_SUBJECTS_ATS, **values)
        )
        text = (
            f"Hi {self.me.first},\n\n"
            + (
                f"Your {kind} for {self.role} on {phrase} has been cancelled."
                if cancelled
                else f"{fill(rng, T.CONFIRM_ATS, **values)}\n\n"
                f"Interviewers: {names}\nLocation: {e.meeting}\n\n"
                "A calendar invitation is attached."
            )
            + f"\n\n{self.company} Recruiting"
        )
        d = self.from_employer(sent, ats_sender(e, rng), text, subject, "ats", exact=True)
        if d is not None:
            d.invite_as = "attachment"
            d.html_only = False
        return d

    def _attached_invite(self, inv: Invite, mail: _InviteMail) -> Draft | None:
        """A person's ordinary reply with an .ics file attached."""
        rng, sent, kind, phrase = self.rng, mail.sent, mail.kind, mail.phrase
        cancelled = inv.method == "CANCEL"
        text = (
            f"{self.greet()}\n\n"
            + (
                f"Unfortunately we need to cancel the {kind} on {phrase}. "
                "I've attached the cancellation."
                if cancelled
                else fill(rng, T.CONFIRM_ATTACHED, phrase=phrase)
            )
            + f"\n\n{self.sign(self.recruiter_person())}"
        )
        d = self.from_employer(sent, self.recruiter_person(), text, None, "gmail", exact=True)
        if d is not None:
            d.invite_as = "attachment"
        return d

    def reminder(self, at: datetime) -> Draft | None:
        rng, e = self.rng, self.employer
        if self.done or self.start is None:
            return None
        if at >= self.start - hours(1):
            return None
        sent_local = self.send_time(at, working_hours=False)
        if sent_local is None:
            return None
        phrase = interview_time_phrase(self.start, sent_local, e.zone_key, self.same_zone, rng)
        kind = self.round_names[min(self.round, 3)]
        values = {"company": self.company, "phrase": phrase, "kind": kind}
        text = (
            f"Hi {self.me.first},\n\n{fill(rng, T.REMINDER, **values)}\n\n"
            f"Join here: {e.meeting}\n\nGood luck!\n{self.company} Recruiting"
        )
        subject = fill(rng, T.REMINDER_SUBJECTS, **values)
        d = self.from_employer(sent_local, ats_sender(e, rng), text, subject, "ats", exact=True)
        if d is not None:
            d.interview = (self.start, None, False)
        return d

    def cancel(self, at: datetime, how: str, will_reschedule: bool) -> Draft | None:
        rng, e = self.rng, self.employer
        assert self.start is not None and self.end is not None
        planned = working(at, e.tz, rng)
        if planned >= self.start:
            planned = self.start - hours(rng.uniform(3, 20))
        sent_local = self.send_time(planned, working_hours=False)
        if sent_local is None:
            return None
        phrase = interview_time_phrase(self.start, sent_local, e.zone_key, self.same_zone, rng)
        note = None
        if will_reschedule:
            body = fill(
                rng, T.CANCEL_TO_RESCHEDULE, other=pick(rng, e.interviewers).first, phrase=phrase
            )
            text = f"{self.greet()}\n\n{body}\n\n{self.sign(self.recruiter_person())}"
            note = self.from_employer(sent_local, self.recruiter_person(), text, exact=True)
            if note is None:
                return None
            note.scheduling = True
            note.interview = (self.start, self.end, True)
            note.stage = SCHEDULING
        if how == "text":
            return note
        sent = self.send_time(
            sent_local + timedelta(minutes=between(rng, 1, 30)), working_hours=False
        )
        d = (
            None
            if sent is None
            else self._invite(sent, self.start, self.end, how, "CANCEL", phrase)
        )
        if d is None:
            return note
        self.invite_seq += 1
        d.scheduling = True
        d.interview = (self.start, self.end, True)
        d.stage = SCHEDULING
        return d

    # -- after the interview -------------------------------------------------------------

    def interview_people(self) -> list[Person]:
        e = self.employer
        return e.interviewers[:2] if self.rng.random() < 0.5 else [e.interviewers[0]]

    def thank_you(self, at: datetime, to: list[Person] | None = None) -> Draft | None:
        rng = self.rng
        to = to or self.interview_people()
        assert self.end is not None
        sent = self.when(awake(at, self.box.tz, rng))  # "today"/"yesterday" from the send day
        if sent is None:
            return None
        sent_local = sent.astimezone(self.box.tz)
        gap = (sent_local.date() - self.end.astimezone(self.box.tz).date()).days
        when = (
            "today"
            if gap == 0
            else "yesterday"
            if gap == 1
            else f"on {WEEKDAYS[self.end.astimezone(self.box.tz).weekday()]}"
            if gap < 6
            else "last week"
        )
        kind = self.round_names[min(self.round, 3)]
        first = to[0].first if len(to) == 1 else "all"
        values = {"when": when, "role": self.role, "company": self.company, "kind": kind}
        body = fill(rng, T.THANK_YOU, **values)
        extra = pick(rng, T.THANK_YOU_CLOSE)
        text = (
            f"Hi {first},\n\n{body}" + (f"\n\n{extra}" if extra else "") + f"\n\n{self.my_sign()}"
        )
        subject = None
        if rng.random() < 0.3:
            subject = fill(rng, T.THANK_YOU_SUBJECTS, role=self.role, me_first=self.me.first)
        d = self.mine(sent_local, to, text, subject)
        if d is not None:
            d.thank_you = True
        return d

    def interviewer_ack(self, at: datetime, to_draft: Draft) -> Draft | None:
        rng = self.rng
        p = to_draft.to[0]
        ack = fill(
            rng, T.INTERVIEWER_ACK, first=self.me.first, recruiter=self.employer.recruiter.first
        )
        text = f"{ack}\n\n{p.first}"
        return self.from_employer(at, p, text, None, "gmail")

    def timeline(self, at: datetime, delayed: bool = False) -> Draft | None:
        """The employer states when a decision will come."""
        rng = self.rng
        sent_local = self.send_time(at)
        if sent_local is None:
            return None
        phrase, day = decision_phrase(sent_local, rng)
        kind = self.round_names[min(self.round, 3)]
        if delayed or self.end is None:
            body = fill(rng, T.TIMELINE_DELAYED, timeline=phrase)
        else:
            ended = self.end.astimezone(self.employer.tz)
            gap = (sent_local.date() - ended.date()).days
            if gap == 0 and sent_local > ended:
                body = fill(rng, T.TIMELINE_SAME_DAY, timeline=phrase)
            else:
                when = (
                    "yesterday"
                    if gap == 1
                    else f"on {WEEKDAYS[ended.weekday()]}"
                    if gap < 6
                    else "last week"
                )
                body = fill(rng, T.TIMELINE_LATER, timeline=phrase, when=when, kind=kind)
        recruiter = self.recruiter_person()
        text = f"{self.greet()}\n\n{body}\n\n{self.sign(recruiter)}"
        d = self.from_employer(sent_local, recruiter, text, exact=True)
        if d is not None:
            d.decision_by = self._decision(d, day)
        return d

    def follow_up(self, at: datetime, nth: int = 1, early: bool = False) -> Draft | None:
        rng = self.rng
        assert self.end is not None
        recruiter = self.recruiter_person()
        day = self.end.astimezone(self.employer.tz)
        also_thanks = False
        if early:
            body = pick(rng, T.FOLLOW_UP_EARLY)
        elif nth == 1:
            if rng.random() < 0.2:
                also_thanks = True
                body = pick(rng, T.FOLLOW_UP_WITH_THANKS)
            else:
                body = fill(rng, T.FOLLOW_UP, role=self.role, date=f"{MONTHS[day.month]} {day.day}")
        else:
            body = pick(rng, T.FOLLOW_UP_AGAIN)
        text = f"Hi {recruiter.first},\n\n{body}\n\n{self.my_sign()}"
        d = self.mine(awake(at, self.box.tz, rng), [recruiter], text)
        if d is not None:
            d.follow_up = True
            d.thank_you = also_thanks
        return d

    QUESTIONS = (
        (
            "references",
            "Could you send me the names and contact details of two professional references?",
            "Of course! Here are my references:\n\n- {a}, former manager, {a_mail}\n- {b}, "
            "former colleague, {b_mail}",
        ),
        (
            "documents",
            "Could you send over a copy of your portfolio or two work samples you're proud of?",
            "Sure - I've attached two samples and a link to my portfolio.",
        ),
        (
            "salary",
            "Quick question: what are your salary expectations for this role?",
            "Thanks for asking. Based on my research and experience, I'm targeting a base salary "
            "in the range we discussed, and I'm flexible depending on the overall package.",
        ),
        (
            "start_date",
            "If we were to move forward, when would you be able to start?",
            "I could start about three weeks after accepting an offer.",
        ),
        (
            "other_processes",
            "Are you interviewing with other companies, and do you have any deadlines we should "
            "be aware of?",
            "I'm in process with a couple of other companies, but {company} is my top choice and "
            "I have no firm deadlines yet.",
        ),
    )

    def question(self, at: datetime) -> tuple[Draft | None, int]:
        rng = self.rng
        index = below(rng, len(self.QUESTIONS))
        ask = self.QUESTIONS[index][1]
        recruiter = self.recruiter_person()
        text = (
            f"{self.greet()}\n\nThanks again for your time with the team. {ask}\n\n"
            f"{self.sign(recruiter)}"
        )
        d = self.from_employer(at, recruiter, text)
        if d is not None:
            d.asks = True
        return d, index

    def answer(self, at: datetime, index: int) -> Draft | None:
        rng = self.rng
        a, b = (f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}" for _ in range(2))
        body = self.QUESTIONS[index][2].format(
            a=a, b=b, a_mail="ref1@example.org", b_mail="ref2@example.org", company=self.company
        )
        recruiter = self.recruiter_person()
        text = f"Hi {recruiter.first},\n\n{body}\n\n{self.my_sign()}"
        return self.mine(awake(at, self.box.tz, rng), [recruiter], text)

    def rejection(self, at: datetime, via_ats: bool) -> Draft | None:
        rng = self.rng
        body = fill(rng, T.REJECTION, role=self.role)
        if via_ats:
            text = f"Dear {self.me.first},\n\n{body}\n\nSincerely,\nThe {self.company} Talent Team"
            subject = None
            if rng.random() < 0.7:
                subject = fill(rng, T.REJECTION_SUBJECTS, role=self.role, company=self.company)
            d = self.from_employer(at, ats_sender(self.employer, rng), text, subject, "ats")
        else:
            recruiter = self.recruiter_person()
            text = f"{self.greet()}\n\n{body}\n\n{self.sign(recruiter)}"
            d = self.from_employer(at, recruiter, text)
        if d is not None:
            d.rejection = True
            d.stage = REJECTED
        return d

    def offer(self, at: datetime) -> Draft | None:
        rng = self.rng
        recruiter = self.recruiter_person()
        body = fill(rng, T.OFFER, role=self.role, company=self.company)
        text = f"{self.greet()}\n\n{body}\n\n{self.sign(recruiter)}"
        d = self.from_employer(at, recruiter, text)
        if d is not None:
            d.offer = True
            d.stage = OFFER
        return d

    def accept_news(self, at: datetime, good: bool) -> Draft | None:
        rng = self.rng
        recruiter = self.recruiter_person()
        body = pick(rng, T.ACCEPT_GOOD_NEWS if good else T.ACCEPT_BAD_NEWS)
        text = f"Hi {recruiter.first},\n\n{body}\n\n{self.my_sign()}"
        return self.mine(awake(at, self.box.tz, rng), [recruiter], text)

    # -- composite passages --------------------------------------------------------------

    def arrange(self, start: datetime, latest: datetime, first_contact: bool = True) -> None:
        """The messages that fix an interview at `start`, all sent by `latest`.

        Planned backwards from the confirmation so that everything before it fits.
        """
        rng, e = self.rng, self.employer
        end = start + timedelta(minutes=pick(rng, (30, 45, 60, 60, 60, 90)))
        how = pick(rng, ("google", "google", "outlook", "attachment", "ats", "text", "text"))
        ask = pick(rng, ("availability", "availability", "slots", "link", "prose"))
        confirm_at = working_before(min(latest, start - hours(rng.uniform(20, 170))), e.tz, rng)
        reply_at = awake_before(confirm_at - hours(rng.uniform(1, 40)), self.box.tz, rng)
        outreach_at = working_before(reply_at - hours(rng.uniform(1, 60)), e.tz, rng)
        if first_contact and rng.random() < 0.25:
            self.application_confirmation(outreach_at - uniform_days(rng, 2, 20))
        self.outreach(outreach_at, ask, first_contact, start)
        agreed = self.my_availability(reply_at, ask, start)
        if ask == "prose" and agreed is not None and rng.random() < 0.5:
            # a time proposed in prose and accepted: no invitation ever follows
            self.start, self.end, self.how = start, start + hours(1), "text"
            return
        if ask == "availability" and how != "text" and rng.random() < 0.5:
            self.confirm(confirm_at, start, end, "text")  # then the invite follows
            confirm_at += hours(rng.uniform(0.05, 3))
        self.confirm(confirm_at, start, end, how)
        if how != "ats" and rng.random() < 0.3:
            self.reminder(start - hours(rng.uniform(18, 26)))

    def bad_address(self, p: Person) -> Person:
        local, _, domain = p.email.partition("@")
        return Person(p.name, f"{local[:-1] or local + 'x'}@{domain}", "employer")


# --- the stories --------------------------------------------------------------------------


def story_application_received(t: Process) -> None:
    rng = t.rng
    at = t.now - uniform_days(rng, 0.05, 120)
    t.application_confirmation(at, timeline=rng.random() < 0.15)
    if rng.random() < 0.25:
        t.status_update(at + uniform_days(rng, 5, 25))


def story_application_rejected(t: Process) -> None:
    rng = t.rng
    rejected = t.now - uniform_days(rng, 0.05, 150)
    t.application_confirmation(rejected - uniform_days(rng, 2, 40))
    t.rejection(rejected, via_ats=rng.random() < 0.8)


def story_recruiter_availability_request(t: Process) -> None:
    rng = t.rng
    asked = t.now - uniform_days(rng, 0.02, 12)
    ask = pick(rng, ("availability", "availability", "slots"))
    if rng.random() < 0.2:
        t.application_confirmation(asked - uniform_days(rng, 2, 20))
    t.outreach(working_before(asked, t.employer.tz, rng), ask, True)
    if rng.random() < 0.55:
        t.my_availability(asked + hours(rng.uniform(1, 40)), ask)
        if rng.random() < 0.25:
            text = (
                f"Thanks {t.me.first}! I'm coordinating with the team and will send over an "
                f"invite shortly.\n\n{t.sign(t.recruiter_person())}"
            )
            d = t.from_employer(
                t.drafts[-1].at + hours(rng.uniform(1, 30)), t.recruiter_person(), text
            )
            if d is not None:
                d.scheduling = True


def story_scheduling_link(t: Process) -> None:
    rng = t.rng
    asked = t.now - uniform_days(rng, 0.02, 10)
    t.outreach(working_before(asked, t.employer.tz, rng), "link", True)
    if rng.random() < 0.5:
        booked = asked + hours(rng.uniform(1, 30))
        t.my_availability(booked, "link")
        start = interview_slot(booked + uniform_days(rng, 2, 8), t.employer.tz, rng, t.box.tz)
        end = start + timedelta(minutes=30)
        t.confirm(
            booked + timedelta(minutes=between(rng, 2, 20)),
            start,
            end,
            pick(rng, ("google", "ats")),
        )


def story_interview_scheduled(t: Process) -> None:
    rng = t.rng
    start = interview_slot(t.now + uniform_days(rng, 0.1, 12), t.employer.tz, rng, t.box.tz)
    if start <= t.now + hours(1):
        start = interview_slot(t.now + days(1), t.employer.tz, rng, t.box.tz)
    t.arrange(start, t.now - hours(rng.uniform(0.2, 30)))


def story_interview_rescheduled(t: Process) -> None:
    """An interview moved: the employer asks for a new time, then cancels and re-invites
    (a new event) or updates the invitation (same event, next sequence)."""
    rng, e = t.rng, t.employer
    first = interview_slot(t.now + uniform_days(rng, -6, 6), e.tz, rng, t.box.tz)
    change = t.now - uniform_days(rng, 0.1, 4)
    if first <= change + hours(3):
        first = interview_slot(change + days(2), e.tz, rng, t.box.tz)
    t.arrange(first, change - hours(rng.uniform(10, 60)))
    if t.done or t.start is None or t.end is None:
        return
    old_start, old_end, how = t.start, t.end, t.how
    new_start = interview_slot(change + uniform_days(rng, 1, 8), e.tz, rng, t.box.tz)
    new_end = new_start + (old_end - old_start)
    asked = t.send_time(t.employer_at(change), working_hours=False)
    if asked is None:
        return
    phrase = interview_time_phrase(new_start, asked, e.zone_key, t.same_zone, rng)
    kind = t.round_names[min(t.round, 3)]
    ask = fill(rng, T.MOVE_REQUEST, phrase=phrase, kind=kind)
    text = f"{t.greet()}\n\n{ask}\n\n{t.sign(t.recruiter_person())}"
    d = t.from_employer(asked, t.recruiter_person(), text, exact=True)
    if d is None:
        return
    d.asks = d.scheduling = True
    d.interview = (old_start, old_end, True)
    d.stage = SCHEDULING
    reply = t.mine(
        awake(d.at + hours(rng.uniform(0.5, 20)), t.box.tz, rng),
        [d.reply_to or d.sender],
        f"Hi {d.sender.first},\n\n{fill(rng, T.MOVE_ACCEPTED, phrase=phrase)}\n\n{t.my_sign()}",
    )
    if reply is None:
        return
    when = reply.at + hours(rng.uniform(0.3, 6))
    if how not in ("text", "ats") and rng.random() < 0.5:
        t.cancel(when, how, will_reschedule=False)
        t.invite_uid = ""  # the new time is a new event
    else:
        t.invite_seq += 1  # an updated invitation of the same event
    t.confirm(when + timedelta(minutes=between(rng, 1, 20)), new_start, new_end, how)
    _after_interview(t, thank_you=0.7)


def story_interview_cancelled(t: Process) -> None:
    rng, e = t.rng, t.employer
    cancel_at = t.now - uniform_days(rng, 0.1, 10)
    start = interview_slot(cancel_at + uniform_days(rng, 1, 6), e.tz, rng, t.box.tz)
    t.arrange(start, cancel_at - hours(rng.uniform(10, 60)))
    last = t.drafts[-1].invite if t.drafts else None
    how = (
        "text"
        if last is None
        else {"google": "google", "outlook": "outlook"}.get(last.style, "attachment")
    )
    t.cancel(cancel_at, how, will_reschedule=True)


def _interview_in_past(t: Process, low_days: float, high_days: float) -> None:
    """Arrange an interview that ended `low..high` days before now."""
    rng, e = t.rng, t.employer
    start = interview_slot(t.now - uniform_days(rng, low_days, high_days), e.tz, rng, t.box.tz)
    if start + hours(1.5) > t.now:
        start -= days(1)
        while start.weekday() >= 5:
            start -= days(1)
    t.arrange(start, start - hours(rng.uniform(20, 120)))


def _recent_interview(t: Process) -> None:
    """Arrange an interview that ended in the last two days: a real slot (a weekday, hours
    that suit both zones), so a Monday-morning mailbox has fewer of them than a Thursday's."""
    rng, e = t.rng, t.employer
    today = t.now.astimezone(e.tz).date()
    earliest, latest = t.now - hours(46), t.now - hours(1.6)
    options = []
    for back in range(4):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for hour in shared_hours(day, e.tz, t.box.tz):
            for minute in (0, 30):
                start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=e.tz)
                if earliest < start <= latest:
                    options.append(start)
    if not options:
        _interview_in_past(t, 0.1, 1.9)
        return
    start = pick(rng, options)
    t.arrange(start, start - hours(rng.uniform(20, 120)))


def _after_interview(
    t: Process,
    thank_you: float = 0.0,
    ack: float = 0.15,
    automatic: float = 0.1,
) -> Draft | None:
    """Thank-you note (with the odd auto-reply or bounce) and an interviewer's answer."""
    rng = t.rng
    if t.end is None or t.done:
        return None
    if rng.random() >= thank_you:
        return None
    to = t.interview_people()
    roll = rng.random()
    at = t.end + hours(rng.uniform(0.5, 20))
    if roll < automatic / 2:  # sent to a mistyped address first
        bad = t.bad_address(to[0])
        first = t.thank_you(at, [bad])
        if first is None:
            return None
        t.bounce(first.at + timedelta(seconds=between(rng, 5, 90)), first, bad)
        note = t.thank_you(first.at + timedelta(minutes=between(rng, 15, 50)), to)
    else:
        note = t.thank_you(at, to)
        if note is not None and roll < automatic:
            t.automatic_reply(note.at + timedelta(seconds=between(rng, 5, 120)), to[0], note)
    if note is not None and rng.random() < ack:
        t.interviewer_ack(note.at + hours(rng.uniform(1, 30)), note)
    return note


def story_interviewed_no_thank_you(t: Process) -> None:
    rng = t.rng
    if rng.random() < 0.6:
        _recent_interview(t)
    else:
        _interview_in_past(t, 2, 9)


def story_interviewed_thank_you_sent(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 0.15, 50)
    assert t.end is not None
    room = (t.now - t.end).total_seconds() / 3600
    to = t.interview_people()
    roll = rng.random()
    at = t.end + hours(min(rng.uniform(1, 30), room * rng.uniform(0.3, 0.9)))
    note = t.thank_you(at, to)
    if note is None:
        return
    if roll < 0.06:
        t.automatic_reply(note.at + timedelta(seconds=between(rng, 5, 120)), to[0], note)
    elif roll < 0.1:
        bad = t.bad_address(to[0])
        # a second note, to an address guessed wrong, bounces
        second = t.thank_you(note.at + timedelta(minutes=between(rng, 3, 30)), [bad])
        if second is not None:
            t.bounce(second.at + timedelta(seconds=between(rng, 5, 90)), second, bad)
    if rng.random() < 0.2:
        t.interviewer_ack(note.at + hours(rng.uniform(1, 30)), note)


def story_interviewed_timeline_stated(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 0.3, 40)
    assert t.end is not None
    if rng.random() < 0.6:
        _after_interview(t, thank_you=1.0)
    base = max(t.end, t.drafts[-1].at)
    later = hours(rng.uniform(0.3, 2.5) if rng.random() < 0.35 else rng.uniform(2, 72))
    said = base + min(later, (t.now - base) * rng.uniform(0.2, 0.95))  # often that afternoon
    if t.timeline(t.employer_at(said)) is not None and rng.random() < 0.3:
        t.timeline(t.drafts[-1].at + uniform_days(rng, 4, 15), delayed=True)


def story_interviewed_followed_up(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 12, 60)
    assert t.end is not None
    _after_interview(t, thank_you=0.85)
    room = (t.now - t.end).total_seconds() / 86400
    t.follow_up(t.end + uniform_days(rng, min(11, room - 1), min(28, room - 0.1)))
    if rng.random() < 0.3:
        t.timeline(t.drafts[-1].at + hours(rng.uniform(3, 60)), delayed=True)


def story_interviewed_follow_up_too_early(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 3, 30)
    assert t.end is not None
    _after_interview(t, thank_you=0.7)
    t.follow_up(t.end + uniform_days(rng, 1, 2.9), early=True)


def story_interviewed_too_many_follow_ups(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 12, 60)
    assert t.end is not None
    _after_interview(t, thank_you=0.9)
    if rng.random() < 0.3 and t.drafts[-1].thank_you:
        second = t.thank_you(t.drafts[-1].at + hours(rng.uniform(0.2, 2)), t.drafts[-1].to)
        if second is not None:
            second.text = "Sorry, one more thing I forgot to mention: " + second.text
    at = t.end + uniform_days(rng, 3, 6)
    for nth in range(1, between(rng, 3, 5)):
        if t.follow_up(at, nth=nth) is None:
            break
        at += uniform_days(rng, 2, 7)


def story_interviewed_employer_question(t: Process) -> None:
    rng = t.rng
    _interview_in_past(t, 1, 20)
    assert t.end is not None
    _after_interview(t, thank_you=0.8)
    base = max(t.end, t.drafts[-1].at)
    asked_at = base + min(uniform_days(rng, 0.5, 5), (t.now - base) * rng.uniform(0.3, 0.95))
    question, index = t.question(t.employer_at(asked_at))
    if question is not None and rng.random() < 0.5:
        t.answer(question.at + hours(rng.uniform(1, 48)), index)


def story_interviewed_long_silence(t: Process) -> None:
    _interview_in_past(t, 31, 150)
    _after_interview(t, thank_you=0.6)


def story_multi_round_process(t: Process) -> None:
    rng, e = t.rng, t.employer
    rounds = between(rng, 2, 4)
    first = interview_slot(t.now - uniform_days(rng, 5, 100), e.tz, rng, t.box.tz)
    t.arrange(first, first - hours(rng.uniform(20, 120)))
    for n in range(1, rounds):
        _after_interview(t, thank_you=0.75)
        if t.done or t.end is None:
            return
        t.round = n
        ask = pick(rng, ("availability", "slots", "link"))
        invited = t.end + uniform_days(rng, 1, 7)
        start = interview_slot(invited + uniform_days(rng, 4, 12), e.tz, rng, t.box.tz)
        if t.outreach(invited, ask, first_contact=False, start=start) is None:
            return
        reply = t.my_availability(t.drafts[-1].at + hours(rng.uniform(1, 30)), ask, start)
        if reply is None:
            return
        end = start + timedelta(minutes=pick(rng, (45, 60, 120, 180, 240)))
        how = pick(rng, ("google", "outlook", "attachment", "text"))
        if t.confirm(reply.at + hours(rng.uniform(1, 30)), start, end, how) is None:
            return
    _after_interview(t, thank_you=0.8)
    if t.end is None or t.done:
        return
    ending = rng.random()
    decided = t.end + uniform_days(rng, 2, 18)
    if ending < 0.3:
        t.rejection(decided, via_ats=rng.random() < 0.4)
    elif ending < 0.5:
        t.offer(decided)
        t.accept_news(decided + hours(rng.uniform(1, 30)), good=True)
    elif ending < 0.7:
        t.timeline(t.end + uniform_days(rng, 0.5, 3))


def story_rejected_after_interview(t: Process) -> None:
    rng, e = t.rng, t.employer
    rejected = t.now - uniform_days(rng, 0.05, 120)
    start = interview_slot(rejected - uniform_days(rng, 3, 20), e.tz, rng, t.box.tz)
    if start + hours(30) > rejected:
        start = interview_slot(rejected - days(6), e.tz, rng, t.box.tz)
    t.arrange(start, start - hours(rng.uniform(20, 120)))
    assert t.end is not None
    _after_interview(t, thank_you=0.7, ack=0.1)
    waited = (rejected - t.drafts[-1].at).total_seconds() / 86400
    if waited > 12 and rng.random() < 0.2:
        t.follow_up(t.drafts[-1].at + uniform_days(rng, 8, waited - 2))
    elif waited > 3 and rng.random() < 0.25:
        t.timeline(t.employer_at(t.drafts[-1].at + uniform_days(rng, 0.3, 2)))
    t.rejection(
        t.employer_at(max(rejected, t.drafts[-1].at + hours(2))), via_ats=rng.random() < 0.4
    )
    if rng.random() < 0.2:
        t.accept_news(t.drafts[-1].at + hours(rng.uniform(1, 48)), good=False)


def story_offer_received(t: Process) -> None:
    rng, e = t.rng, t.employer
    offered = t.now - uniform_days(rng, 0.05, 60)
    start = interview_slot(offered - uniform_days(rng, 2, 14), e.tz, rng, t.box.tz)
    if start + hours(3) > offered:
        start = interview_slot(offered - days(4), e.tz, rng, t.box.tz)
    t.round = between(rng, 1, 3)
    t.arrange(start, start - hours(rng.uniform(20, 120)))
    assert t.end is not None
    _after_interview(t, thank_you=0.8)
    t.offer(max(offered, t.drafts[-1].at + hours(2)))
    if rng.random() < 0.3:
        t.accept_news(t.drafts[-1].at + hours(rng.uniform(1, 24)), good=True)


def story_interview_booked_via_scheduler(t: Process) -> None:
    """A scheduling tool's confirmation (with the invite) and, later, its reminder."""
    rng, e = t.rng, t.employer
    booked = t.now - uniform_days(rng, 0.05, 20)
    start = interview_slot(booked + uniform_days(rng, 1, 10), e.tz, rng, t.box.tz)
    end = start + timedelta(minutes=pick(rng, (30, 45, 60)))
    recruiter = t.recruiter_person()
    tool, address = pick(
        rng, (("Calendly", "notifications@calendly.com"), ("GoodTime", "no-reply@goodtime.io"))
    )
    sent = t.send_time(booked, working_hours=False)
    if sent is None:
        return
    phrase = interview_time_phrase(start, sent, e.zone_key, t.same_zone, rng)
    event = f"{t.company} {t.role} Interview"
    text = (
        f"Hi {t.me.first},\n\nYour {event} with {recruiter.name} is scheduled.\n\n"
        f"Event: {event}\nDate & time: {phrase}\nLocation: {e.meeting}\n\n"
        "Need to make changes to this event? Cancel or reschedule from the link in this email.\n\n"
        f"Powered by {tool}"
    )
    d = t.from_employer(
        sent,
        Person(tool, address, "tool", human=False),
        text,
        f"Confirmed: {event} with {recruiter.name}",
        "scheduler",
        exact=True,
    )
    if d is None:
        return
    d.reply_to = recruiter
    d.scheduling = True
    d.stage = SCHEDULED
    t.invite_uid = f"{rng.getrandbits(96):024x}@{address.split('@')[1]}"
    d.invite = Invite(
        method="REQUEST",
        uid=t.invite_uid,
        sequence=0,
        start=start,
        end=end,
        summary=event,
        description=f"Interview for {t.role} at {t.company}.",
        location=e.meeting,
        organizer=recruiter,
        attendees=[recruiter, t.me],
        style=pick(rng, ("google", "iana")),
        zone_key=e.zone_key,
        stamp=d.at,
    )
    d.invite_as = "attachment"
    d.html_only = False
    d.interview = (start, end, False)
    t.start, t.end = start, end
    reminded = (
        t.send_time(start - hours(24), working_hours=False) if start - hours(24) > d.at else None
    )
    if reminded is not None:
        phrase = interview_time_phrase(start, reminded, e.zone_key, t.same_zone, rng)
        rtext = (
            f"Hi {t.me.first},\n\nThis is a reminder that your {event} with {recruiter.name} "
            f"starts in 24 hours ({phrase}).\n\nJoin: {e.meeting}\n\nPowered by {tool}"
        )
        r = t.from_employer(
            reminded,
            Person(tool, address, "tool", human=False),
            rtext,
            f"Reminder: {event}",
            "scheduler",
            exact=True,
        )
        if r is not None:
            r.reply_to = recruiter
            r.interview = (start, None, False)
    if t.end is not None:
        _after_interview(t, thank_you=0.6)


def _h(local: datetime) -> str:
    h12 = local.hour % 12 or 12
    ampm = "am" if local.hour < 12 else "pm"
    return f"{h12}{ampm}" if local.minute == 0 else f"{h12}:{local.minute:02d}{ampm}"


# --- stories that are not a job search (hard negatives) ------------------------------------

ALERT_SENDERS = (
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    ("Indeed", "alert@indeed.com"),
    ("Glassdoor Jobs", "noreply@glassdoor.com"),
    ("ZipRecruiter", "alerts@ziprecruiter.com"),
    ("Dice", "dice-alerts@dice.com"),
    ("Wellfound", "team@hi.wellfound.com"),
    ("Built In", "jobs@builtin.com"),
)
CITIES = ("New York, NY", "Austin, TX", "Remote", "San Francisco, CA", "Chicago, IL", "London")


def _bulk(t: Thread, at: datetime, sender: Person, subject: str, text: str) -> Draft | None:
    rng = t.rng
    sent = t.when(at)
    if sent is None:
        return None
    d = Draft(sent.astimezone(UTC), sender, subject, text, "bulk")
    d.to = [t.me]
    d.html_only = rng.random() < 0.4
    d.hostile = rng.random() < 0.1
    d.encoding = pick(rng, ("qp", "base64"))
    token = f"{rng.getrandbits(64):016x}"
    d.headers = [
        (
            "List-Unsubscribe",
            f"<https://{sender.domain}/unsubscribe?u={token}>, <mailto:unsubscribe@{sender.domain}"
            f"?subject=unsubscribe-{token}>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-Id", token[:10]),
    ]
    if rng.random() < 0.5:
        d.headers.append(("List-Id", f"<alerts.{sender.domain}>"))
    return t.add(d)


def story_job_alert(t: Thread) -> None:
    rng = t.rng
    name, address = pick(rng, ALERT_SENDERS)
    role = role_name(rng)
    n = between(rng, 3, 30)
    jobs = []
    for _ in range(between(rng, 3, 6)):
        company = f"{pick(rng, COMPANY_WORDS)} {pick(rng, COMPANY_KINDS)}"
        jobs.append(
            f"{role_name(rng)}\n{company} - {pick(rng, CITIES)}\n"
            + pick(
                rng,
                (
                    "Actively recruiting - Be an early applicant",
                    "Easy Apply - Interviewing now",
                    "2 connections work here",
                    "Fast-growing company - Hiring multiple candidates",
                ),
            )
        )
    subject = pick(
        rng,
        (
            f"{n} new jobs for '{role}'",
            f"{role} at {jobs[0].split(chr(10))[1].split(' - ')[0]} and {n} more jobs",
            f"Your job alert for {role}",
            "Prepare for your next interview: 5 jobs that match your profile",
            f"Interview-ready? {n} new {role} roles near you",
        ),
    )
    if rng.random() < 0.03:
        subject += ' <img src=x onerror="alert(1)">'
    tips = pick(
        rng,
        (
            "Interview tip: practice answering 'Tell me about yourself' in under two minutes.",
            "Get interview-ready: see the questions candidates were asked at these companies.",
            "Companies are interviewing now. Apply by Friday to be among the first candidates.",
        ),
    )
    text = (
        f"Hi {t.me.first},\n\nJobs matching your alert '{role}':\n\n"
        + "\n\n".join(jobs)
        + f"\n\n{tips}\n\nSee all jobs\n\nYou are receiving job alert emails. Unsubscribe."
    )
    _bulk(
        t, t.now - uniform_days(rng, 0, 180), Person(name, address, "other", False), subject, text
    )


NEWSLETTERS = (
    ("The Muse", "newsletters@e.themuse.com"),
    ("Career Contessa", "hello@careercontessa.com"),
    ("Ask a Recruiter", "askarecruiter@substack.com"),
    ("Glassdoor Community", "community@glassdoor.com"),
    ("Tech Interview Weekly", "editor@techinterviewweekly.com"),
)


def story_career_newsletter(t: Thread) -> None:
    rng = t.rng
    name, address = pick(rng, NEWSLETTERS)
    subject = pick(
        rng,
        (
            "The Interview Issue: 7 questions hiring managers always ask",
            "How to follow up after an interview (without being annoying)",
            "Thank-you note templates that actually work",
            "Your interview is tomorrow. Here's your checklist",
            "Why you haven't heard back after your interview",
            "Salary negotiation: what to say when they make an offer",
        ),
    )
    text = (
        f"{subject}\n\nThis week: we asked 40 recruiters what happens after the interview. "
        "The short answer: silence is normal. Send a short thank-you note within 24 hours, "
        "then wait. If they said they'd decide by Friday, give it two more business days before "
        "a single polite follow-up.\n\nAlso inside: an offer-negotiation script, and how to "
        "answer 'Why are you leaving your current job?' in an interview.\n\nRead more on our "
        "site.\n\nYou're receiving this because you subscribed. Unsubscribe | Manage preferences"
    )
    _bulk(
        t, t.now - uniform_days(rng, 0, 180), Person(name, address, "other", False), subject, text
    )


def _other_person(t: Thread, domain: str | None = None) -> Person:
    rng = t.rng
    domain = domain or pick(
        rng, ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me")
    )
    return person(rng, domain, "other")


def _conversation(
    t: Thread,
    other: Person,
    start: datetime,
    subject: str,
    turns: list[tuple[str, str]],
    style: str = "gmail",
) -> list[Draft]:
    """Alternating messages; each turn is (who: "me"|"them", text)."""
    rng = t.rng
    at = start
    out: list[Draft] = []
    for who, text in turns:
        if who == "me":
            d = t.mine(awake(at, t.box.tz, rng), [other], text, None if out else subject)
        else:
            sent = t.when(awake(at, t.box.tz, rng))
            if sent is None:
                return out
            d = Draft(sent, other, t.reply_subject() if out else subject, text, style)
            d.to = [t.me]
            d.encoding = pick(rng, ("qp", "7bit", "base64"))
            if out and rng.random() < 0.7:
                d.quote = t.quote_of(out[-1])
            t.add(d)
        if d is None:
            return out
        out.append(d)
        at = d.at + hours(rng.uniform(0.3, 30))
    return out


OUTLETS = (
    "TechCrunch",
    "The Verge",
    "Wired",
    "Fast Company",
    "the Local Ledger",
    "Business Insider",
)
PODCASTS = ("Software Engineering Daily", "The Build Log", "Career Pivot Podcast", "Data Talks")


def _calendar_for(
    t: Thread, at: datetime, organizer: Person, summary: str, start: datetime, minutes: int
) -> Draft | None:
    rng = t.rng
    sent = t.when(at)
    if sent is None:
        return None
    local = start.astimezone(t.box.tz)
    span = f"{WD3[local.weekday()]} {MONTHS[local.month][:3]} {local.day}, {local.year} {_h(local)}"
    d = Draft(
        sent,
        organizer,
        f"Invitation: {summary} @ {span} ({t.me.email})",
        (
            f"You have been invited to the following event.\n\n{summary}\n\nWhen\n{span}\n\n"
            f"Organizer\n{organizer.name} - {organizer.email}\n\nInvitation from Google Calendar\n"
        ),
        "calendar",
    )
    d.to = [t.me]
    d.invite = Invite(
        method="REQUEST",
        uid=f"{rng.getrandbits(80):020x}@google.com",
        sequence=0,
        start=start,
        end=start + timedelta(minutes=minutes),
        summary=summary,
        description=summary,
        location=pick(rng, ("Zoom", "Phone", "Google Meet", "Cafe on 5th", "Conference Room B")),
        organizer=organizer,
        attendees=[organizer, t.me],
        style=pick(rng, ("google", "google", "iana")),
        zone_key=t.box.zone_key,
        stamp=sent,
    )
    d.invite_as = pick(rng, ("both", "inline"))
    d.headers = [("Sender", "Google Calendar <calendar-notification@google.com>")]
    return t.add(d)


def story_media_interview(t: Thread) -> None:
    rng = t.rng
    outlet = pick(rng, OUTLETS)
    topic = pick(
        rng, ("remote work", "the job market for engineers", "layoffs in tech", "AI tools at work")
    )
    reporter = _other_person(t, outlet.lower().replace(" ", "").replace("the", "") + ".com")
    start = t.now - uniform_days(rng, 0.5, 90)
    turns = [
        (
            "them",
            f"Hi {t.me.first},\n\nI'm a reporter at {outlet} working on a story about {topic}. "
            "Would you be available for a 15-20 minute phone interview this week? My deadline is "
            f"Friday.\n\nThanks,\n{reporter.name}\n{outlet}",
        ),
        (
            "me",
            f"Hi {reporter.first},\n\nHappy to help. Thursday afternoon works for me.\n\n"
            f"Best,\n{t.me.first}",
        ),
    ]
    drafts = _conversation(
        t, reporter, start, f"Interview request: story on {topic}", turns, "gmail"
    )
    if len(drafts) == 2 and rng.random() < 0.6:
        slot = interview_slot(drafts[-1].at + days(2), t.box.tz, rng)
        _calendar_for(
            t,
            drafts[-1].at + hours(rng.uniform(1, 10)),
            reporter,
            f"Interview: {outlet} / {t.me.name}",
            slot,
            20,
        )


def story_podcast_interview(t: Thread) -> None:
    rng = t.rng
    show = pick(rng, PODCASTS)
    host = _other_person(t)
    start = t.now - uniform_days(rng, 0.5, 90)
    turns = [
        (
            "them",
            f"Hey {t.me.first},\n\nI host {show}, where we interview engineers about their "
            "career paths. Would you like to come on as a guest? The interview takes about 45 "
            f"minutes. You can book a time here: https://calendly.com/{host.first.lower()}-podcast/guest\n\n"
            f"Cheers,\n{host.first}",
        ),
    ]
    if rng.random() < 0.6:
        turns.append(
            ("me", f"Hi {host.first},\n\nI'd be honored! Just booked a slot.\n\n{t.me.first}")
        )
    _conversation(t, host, start, f"Guest interview on {show}?", turns)


def story_user_research_interview(t: Thread) -> None:
    rng = t.rng
    product = pick(rng, ("Notion", "Figma", "Dropbox", "Duolingo", "Spotify", "Airtable"))
    start = t.now - uniform_days(rng, 0, 120)
    subject = pick(
        rng,
        (
            f"Share your feedback in a 30-minute interview (${pick(rng, (50, 75, 100))} gift card)",
            f"Help shape {product}: user interview invitation",
            f"{product} research study - can we interview you?",
        ),
    )
    text = (
        f"Hi {t.me.first},\n\nWe're talking to {product} users about how they plan their week. "
        "Would you join a 30-minute video interview with our UX research team? As a thank-you, "
        "you'll receive a gift card.\n\nPick a time: https://calendly.com/research-team/study\n\n"
        f"The {product} Research Team"
    )
    sender = Person(f"{product} Research", f"research@{product.lower()}.com", "other", False)
    if rng.random() < 0.5:
        _bulk(t, start, sender, subject, text)
    else:
        researcher = _other_person(t, f"{product.lower()}.com")
        turns = [("them", text.replace(f"The {product} Research Team", researcher.name))]
        if rng.random() < 0.5:
            turns.append(
                ("me", f"Hi {researcher.first},\n\nSure, I booked Tuesday.\n\n{t.me.first}")
            )
        _conversation(t, researcher, start, subject, turns)


MEETINGS = (
    "Quarterly planning",
    "1:1 {me} / {other}",
    "Book club: The Overstory",
    "Dentist appointment",
    "Team offsite logistics",
    "Coffee catch-up",
    "Parent-teacher conference",
    "Sprint retro",
    "Apartment viewing",
    "Volunteer orientation",
)


def story_meeting_invite(t: Thread) -> None:
    rng = t.rng
    other = _other_person(t, t.box.current_employer.domain if rng.random() < 0.5 else None)
    summary = pick(rng, MEETINGS).format(me=t.me.first, other=other.first)
    sent = t.now - uniform_days(rng, 0, 120)
    start = interview_slot(sent + uniform_days(rng, 0.5, 10), t.box.tz, rng)
    _calendar_for(t, sent, other, summary, start, pick(rng, (30, 60, 90)))


def story_interviewer_duty(t: Thread) -> None:
    """The user's current employer asks them to interview somebody else."""
    rng = t.rng
    e = t.box.current_employer
    candidate = f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"
    role = role_name(rng)
    sent = t.now - uniform_days(rng, 0, 90)
    start = interview_slot(sent + uniform_days(rng, 1, 7), e.tz, rng, t.box.tz)
    coordinator = e.coordinator
    _calendar_for(t, sent, coordinator, f"Interview: {candidate} ({role}) - panel", start, 45)
    if t.drafts:
        d = t.drafts[-1]
        d.text = (
            f"You have been scheduled to interview {candidate} for {role}. Please review the "
            "resume beforehand and submit your scorecard within 24 hours of the interview.\n\n"
            + d.text
        )


def story_hiring_side(t: Thread) -> None:
    """The user as hiring manager: a colleague in recruiting about someone else's candidacy."""
    rng = t.rng
    e = t.box.current_employer
    candidate = f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"
    role = role_name(rng)
    sent = working(t.now - uniform_days(rng, 0, 60), e.tz, rng)
    start = interview_slot(sent + uniform_days(rng, 1, 6), e.tz, rng, t.box.tz)
    phrase = interview_time_phrase(start, sent, e.zone_key, True, rng)
    values = {"candidate": candidate, "role": role, "phrase": phrase}
    ask = f"Hi {t.me.first},\n\n{fill(rng, T.HIRING_SIDE_ASKS, **values)}\n\n{e.recruiter.first}"
    turns = [("them", ask)]
    if rng.random() < 0.7:
        turns.append(("me", f"{pick(rng, T.HIRING_SIDE_REPLIES)}\n\n{t.me.first}"))
    _conversation(t, e.recruiter, sent, fill(rng, T.HIRING_SIDE_SUBJECTS, **values), turns)


def story_out_of_office_reply(t: Thread) -> None:
    rng = t.rng
    other = _other_person(t, pick(rng, ("gmail.com", "oakwood-property.com", "cityclinic.org")))
    start = t.now - uniform_days(rng, 0, 120)
    drafts = _conversation(
        t,
        other,
        start,
        pick(rng, ("Quick question", "Lease renewal", "Appointment next week", "Invoice #4471")),
        [
            (
                "me",
                f"Hi {other.first},\n\nCould you get back to me about this when you have a "
                f"moment?\n\n{t.me.first}",
            )
        ],
    )
    if drafts:
        t.automatic_reply(drafts[0].at + timedelta(seconds=between(rng, 5, 200)), other, drafts[0])


def story_bounce(t: Thread) -> None:
    rng = t.rng
    other = _other_person(t)
    bad = Person(other.name, other.email.replace("@", "1@", 1), "other")
    start = t.now - uniform_days(rng, 0, 120)
    drafts = _conversation(
        t,
        bad,
        start,
        pick(rng, ("Photos from Saturday", "Hello!", "Dinner plans", "Re: the book")),
        [("me", f"Hi {other.first},\n\nHere they are, finally.\n\n{t.me.first}")],
    )
    if drafts:
        t.bounce(drafts[0].at + timedelta(seconds=between(rng, 5, 200)), drafts[0], bad)


SHOPS = (
    ("Amazon.com", "auto-confirm@amazon.com", 'Your Amazon.com order of "{item}"'),
    ("Uber Receipts", "noreply@uber.com", "Your Tuesday evening trip with Uber"),
    ("Apple", "no_reply@email.apple.com", "Your receipt from Apple."),
    ("DoorDash", "no-reply@doordash.com", "Order Confirmation for {first}"),
    ("Stripe", "receipts@stripe.com", "Your receipt from Interview Prep Pro #{n}"),
)
ITEMS = (
    "Cracking the Coding Interview",
    "USB-C charger",
    "Interview Prep Pro - Annual plan",
    "Noise cancelling headphones",
    "Desk lamp",
)


def story_receipt(t: Thread) -> None:
    rng = t.rng
    name, address, subject = pick(rng, SHOPS)
    item = pick(rng, ITEMS)
    subject = subject.format(item=item, first=t.me.first, n=between(rng, 1000, 9999))
    amount = f"${between(rng, 5, 399)}.{below(rng, 100):02d}"
    text = (
        f"Hi {t.me.first},\n\nThanks for your order.\n\nItem: {item}\nTotal: {amount}\n"
        f"Order #{between(rng, 10**8, 10**9 - 1)}\n\nQuestions? Visit our help center."
    )
    sent = t.when(t.now - uniform_days(rng, 0, 180))
    if sent is None:
        return
    d = Draft(sent.astimezone(UTC), Person(name, address, "other", False), subject, text, "ats")
    d.to = [t.me]
    d.html_only = rng.random() < 0.6
    d.encoding = pick(rng, ("qp", "base64"))
    t.add(d)


PERSONAL_TURNS = (
    (
        "Weekend plans",
        "Are you free Saturday? We're thinking of a hike and then pizza.",
        "Yes! Count me in. What time?",
        "Let's meet at 10 at the trailhead.",
    ),
    (
        "Good luck tomorrow!",
        "Good luck with your interview tomorrow! You're going to do great.",
        "Thank you!! I'm nervous but prepared. Will call you after.",
        "How did the interview go??",
    ),
    (
        "Mom's birthday",
        "Don't forget Mom's birthday is next Friday. Should we get her something together?",
        "Great idea. Maybe the cookbook she mentioned?",
        "Perfect, I'll order it.",
    ),
    (
        "Photos",
        "Here are the photos from the wedding. The one by the lake is my favorite.",
        "These are beautiful, thank you for sending!",
    ),
    (
        "Recipe",
        "You asked for the lasagna recipe, here it is. The trick is to let it rest 20 minutes.",
        "Thank you! Making it this weekend.",
    ),
)
LEGACY = (
    (
        "iso-8859-1",
        "Ça va ?",
        "Salut ! Ça va ? On se voit samedi à midi au café près de la gare. Bisous, Amélie",
    ),
    (
        "iso-8859-1",
        "Grüße aus München",
        "Hallo! Wir sind gut angekommen. Das Wetter ist schön, nächste Woche geht's weiter. Jörg",
    ),
    (
        "windows-1252",
        "Dinner \u201cpotluck\u201d on Sunday",
        "Hi! We\u2019re doing a \u201cpotluck\u201d on Sunday \u2013 bring anything you like. "
        "It\u2019s \u20ac5 for the wine fund.",
    ),
    (
        "shift_jis",
        "お久しぶりです",
        "こんにちは。お元気ですか？来週の土曜日に会いませんか。駅前のカフェで十二時はどうでしょう。",
    ),
    (
        "shift_jis",
        "写真を送ります",
        "先日はありがとうございました。写真を送ります。またみんなで集まりましょう。",
    ),
)


def story_personal(t: Thread) -> None:
    rng = t.rng
    other = _other_person(t)
    start = t.now - uniform_days(rng, 0, 180)
    if rng.random() < 0.25:  # an old mail program in a legacy charset
        charset, subject, text = pick(rng, LEGACY)
        sent = t.when(awake(start, t.box.tz, rng))
        if sent is None:
            return
        d = Draft(sent, other, subject, text, "plain")
        d.to = [t.me]
        d.charset = charset
        d.encoding = {"iso-8859-1": "qp", "windows-1252": "8bit", "shift_jis": "base64"}[charset]
        d.headers = [("X-Mailer", pick(rng, ("Thunderbird 115.3", "Becky! ver. 2.81", "Mail.app")))]
        t.add(d)
        return
    subject, *lines = pick(rng, PERSONAL_TURNS)
    turns = []
    for i, line in enumerate(lines):
        mine = i % 2 == 1
        turns.append(("me" if mine else "them", f"{line}\n\n{t.me.first if mine else other.first}"))
    for d in _conversation(t, other, start, subject, turns):
        if d.sender is other:
            roll = rng.random()
            if roll < 0.05:
                d.defect = "missing_date"
            elif roll < 0.08:
                d.defect = "raw8_subject"
                d.subject += " \u2600"
            elif roll < 0.11:
                d.defect = "unquoted_from"
            elif roll < 0.13:
                d.defect = "iso_date"


# --- the catalogue ----------------------------------------------------------------------

Story = Callable[[Thread], None]

# kind -> (share in percent, is an interview thread, story)
KINDS: dict[str, tuple[float, bool, Story]] = {
    "application_received": (5.0, True, story_application_received),
    "application_rejected": (4.0, True, story_application_rejected),
    "recruiter_availability_request": (3.0, True, story_recruiter_availability_request),
    "scheduling_link": (1.5, True, story_scheduling_link),
    "interview_scheduled": (4.0, True, story_interview_scheduled),
    "interview_rescheduled": (1.2, True, story_interview_rescheduled),
    "interview_cancelled": (0.5, True, story_interview_cancelled),
    "interview_booked_via_scheduler": (1.0, True, story_interview_booked_via_scheduler),
    "interviewed_no_thank_you": (3.0, True, story_interviewed_no_thank_you),
    "interviewed_thank_you_sent": (3.5, True, story_interviewed_thank_you_sent),
    "interviewed_timeline_stated": (2.5, True, story_interviewed_timeline_stated),
    "interviewed_followed_up": (1.8, True, story_interviewed_followed_up),
    "interviewed_follow_up_too_early": (0.7, True, story_interviewed_follow_up_too_early),
    "interviewed_too_many_follow_ups": (0.6, True, story_interviewed_too_many_follow_ups),
    "interviewed_employer_question": (1.8, True, story_interviewed_employer_question),
    "interviewed_long_silence": (1.2, True, story_interviewed_long_silence),
    "multi_round_process": (2.5, True, story_multi_round_process),
    "rejected_after_interview": (2.5, True, story_rejected_after_interview),
    "offer_received": (1.2, True, story_offer_received),
    "job_alert": (14.0, False, story_job_alert),
    "career_newsletter": (7.0, False, story_career_newsletter),
    "media_interview": (1.5, False, story_media_interview),
    "podcast_interview": (1.5, False, story_podcast_interview),
    "user_research_interview": (2.0, False, story_user_research_interview),
    "meeting_invite": (5.0, False, story_meeting_invite),
    "interviewer_duty": (0.8, False, story_interviewer_duty),
    "hiring_side": (1.0, False, story_hiring_side),
    "out_of_office_reply": (2.7, False, story_out_of_office_reply),
    "bounce": (2.0, False, story_bounce),
    "receipt": (8.0, False, story_receipt),
    "personal": (13.5, False, story_personal),
}
