"""Human wording for advice: dates as people say them and the one-sentence reasons.

Day and month names are spelled out here rather than with strftime("%A"), which follows
the process locale: the same thread must read the same on every machine.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


NOT_INTERVIEW = "This thread does not look like part of a job application or interview."


def out_of_range(company: str | None) -> str:
    """The reason given when a thread's dates are too near the ends of the calendar."""
    name = company.strip() if company else ""
    return (
        f"The dates in this thread with {name or 'the employer'} are out of range, so "
        "Afterview cannot time its advice; check the thread yourself."
    )


def human_day(moment: datetime, tz: tzinfo, this_year: int | None = None) -> str:
    """'Friday 13 March' in `tz`; the year is added when it is not `this_year`."""
    local = moment.astimezone(tz)
    text = f"{_WEEKDAY_NAMES[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    return text if local.year == this_year else f"{text} {local.year}"


def human_moment(moment: datetime, tz: tzinfo, this_year: int | None = None) -> str:
    """'Tuesday 10 March at 15:00' in `tz` (24-hour clock); year as in `human_day`."""
    local = moment.astimezone(tz)
    text = f"{_WEEKDAY_NAMES[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    if local.year != this_year:
        text = f"{text} {local.year}"
    return f"{text} at {local.hour:02d}:{local.minute:02d}"


def human_time(moment: datetime, tz: tzinfo) -> str:
    """'15:00' in `tz`."""
    local = moment.astimezone(tz)
    return f"{local.hour:02d}:{local.minute:02d}"


class Reasons:
    """The reason sentences for one thread, dated in the user's timezone.

    Each method returns exactly one sentence ending in a full stop, naming the fact or
    the date behind the advice. `this_year` is the current year where the user lives, so
    dates in it are written without the year.
    """

    __slots__ = ("company", "company_first", "tz", "this_year", "checking_in")

    def __init__(self, company: str | None, tz: tzinfo, now: datetime, follow_up: bool):
        name = company.strip() if company else ""
        self.company = name or "the employer"
        self.company_first = name or "The employer"
        self.tz = tz
        self.this_year = now.astimezone(tz).year
        # Under the conservative policy no check-in is coming, so waits do not promise one.
        self.checking_in = "before checking in" if follow_up else "to get back to you"

    def day(self, moment: datetime) -> str:
        return human_day(moment, self.tz, self.this_year)

    def moment(self, moment: datetime) -> str:
        return human_moment(moment, self.tz, self.this_year)

    # rule 1
    def rejected(self, at: datetime | None) -> str:
        when = f" on {self.day(at)}" if at else ""
        return (
            f"{self.company_first} told you{when} that they are not moving forward, so this "
            "one is closed; keep applying elsewhere."
        )

    def withdrew(self, at: datetime) -> str:
        return (
            f"You told {self.company} on {self.day(at)} that you are withdrawing (or declined "
            "their offer), so this one is closed; nothing more to send."
        )

    def accepted(self, at: datetime) -> str:
        return (
            f"You accepted the offer from {self.company} on {self.day(at)}; nothing more to "
            "send here, congratulations."
        )

    def offer(self, at: datetime | None) -> str:
        when = f" on {self.day(at)}" if at else ""
        return f"{self.company_first} made you an offer{when}; read it carefully and answer them."

    # rule 2
    def asked(self, at: datetime, contact: str | None) -> str:
        whom = f"reply to {contact}" if contact else "reply to them"
        return (
            f"{self.company_first} asked you something on {self.moment(at)} and you have not "
            f"answered yet; {whom}."
        )

    # rule 3
    def interview_ahead(self, start: datetime, dated: bool = True) -> str:
        """`dated`: the interview's clock time was stated; an interview fixed to a day only
        is named by its day, never by the working hours Afterview placed it in."""
        when = self.moment(start) if dated else self.day(start)
        return f"Your interview with {self.company} is on {when}; prepare for it."

    def interview_under_way(self, end: datetime, dated: bool = True) -> str:
        if not dated:  # a day only: whether it has begun is unknown, the day is not
            return f"Your interview with {self.company} is today, {self.day(end)}; prepare for it."
        return (
            f"Your interview with {self.company} is under way until "
            f"{human_time(end, self.tz)} on {self.day(end)}."
        )

    def arranging(self, answered_at: datetime) -> str:
        return (
            f"You answered {self.company} about the interview on {self.day(answered_at)}; "
            "it is their turn to confirm a time."
        )

    def applied(self, applied_at: datetime, until: datetime) -> str:
        return (
            f"Your application to {self.company} started on {self.day(applied_at)}; give "
            f"them until {self.day(until)} to answer before moving on."
        )

    def application_unanswered(self, applied_at: datetime, days: int) -> str:
        return (
            f"Your application to {self.company} started on {self.day(applied_at)} and "
            f"{days} days have passed without an answer; move on and keep applying."
        )

    def application_undated(self) -> str:
        return f"You applied to {self.company}; wait for them to answer."

    # rule 4
    def thank_you(
        self, end: datetime, due: datetime, lapses: datetime, now: datetime, dated: bool = True
    ) -> str:
        """`dated`: the interview's time was stated; when it was only inferred from a
        message saying it took place, the sentence names days, never an invented hour."""
        at = self.moment if dated else self.day
        if dated:
            ended = f"Your interview with {self.company} ended on {self.moment(end)}"
        else:
            ended = f"Your interview with {self.company} was on {self.day(end)}"
        if now <= due:
            return f"{ended}; a short thank-you is due by {at(due)}."
        return (
            f"{ended}; a short thank-you was due by {at(due)} but is still worth "
            f"sending until {at(lapses)}."
        )

    # rule 5
    def stated_wait(self, decide_by: datetime, until: datetime) -> str:
        return (
            f"{self.company_first} said they would decide by {self.day(decide_by)}; give "
            f"them until {self.day(until)} {self.checking_in}."
        )

    def silent_wait(self, interview_end: datetime, until: datetime) -> str:
        return (
            f"Your interview with {self.company} was on {self.day(interview_end)} and "
            f"silence is normal; give them until {self.day(until)} {self.checking_in}."
        )

    def wrote_wait(self, wrote_at: datetime, until: datetime) -> str:
        return (
            f"{self.company_first} last wrote on {self.day(wrote_at)}; give them until "
            f"{self.day(until)} {self.checking_in}."
        )

    def undated_wait(self) -> str:
        return (
            f"Nothing in this thread with {self.company} gives a date to wait from; wait "
            "for them to get in touch."
        )

    def after_follow_up_wait(self, followed_up_at: datetime, until: datetime) -> str:
        return (
            f"You followed up with {self.company} on {self.day(followed_up_at)}; give them "
            f"until {self.day(until)} to answer, then move on."
        )

    # rule 6
    def wait_over(self, why: str, contact: str) -> str:
        return f"{why}; send {contact} one brief, polite written check-in (no calls)."

    def wait_over_no_follow_up(self, why: str) -> str:
        return f"{why}; rather than chase, assume it did not work out and keep applying."

    def wait_over_no_contact(self, why: str) -> str:
        return (
            f"{why} and there is no person at {self.company} to write to; assume it did not "
            "work out and keep applying."
        )

    def stated_passed(self, decide_by: datetime) -> str:
        return (
            f"{self.company_first} said they would decide by {self.day(decide_by)} and no "
            "decision has reached you since"
        )

    def silence_since_interview(self, interview_end: datetime, business_days: int) -> str:
        return (
            f"{business_days} business days have passed since your interview with "
            f"{self.company} on {self.day(interview_end)} without news"
        )

    def silence_since_wrote(self, wrote_at: datetime, business_days: int) -> str:
        return (
            f"{self.company_first} last wrote on {self.day(wrote_at)} and {business_days} "
            "business days have passed without news"
        )

    # rule 7
    def follow_up_unanswered(self, followed_up_at: datetime, business_days: int) -> str:
        return (
            f"You followed up with {self.company} on {self.day(followed_up_at)} and "
            f"{business_days} business days have passed without an answer; assume it did not "
            "work out and keep applying."
        )

    def gave_up(self, since: datetime, days: int, since_interview: bool) -> str:
        if since_interview:
            silence = f"your interview with {self.company} on {self.day(since)} without news"
        else:
            silence = f"{self.company} last wrote on {self.day(since)}"
        return (
            f"{days} days have passed since {silence}; assume it did not work out and keep "
            "applying."
        )

    def follow_up_spent(self, why: str) -> str:
        return (
            f"{why}, and you have already followed up once; assume it did not work out and "
            "keep applying."
        )
