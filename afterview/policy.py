"""The advice policy: from one thread's facts and the clock, what to do now and until when.

The rules are DESIGN.md's "The policy", tried in priority order; the first that applies
wins. One addition beside rule 1: the candidate withdrawing, or declining the offer, closes
the thread as a rejection does (no "prepare" or "follow up" after the candidate stepped
out). Every advice names the fact or date behind it and the moment it will change
(`until`), so a worker can simply re-evaluate a thread then. `until` is never at or
before `now`: a rule whose moment has passed gives way to the next one.

This runs for every thread on every request and in the bulk pipeline, so it stays plain:
no parsing, no dateutil, the ZoneInfo cached, business days by arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta, tzinfo
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfoNotFoundError

from afterview import senders
from afterview.business_days import add_business_days, check_country, zone
from afterview.model import Action, Address, Advice, Stage, ThreadFacts
from afterview.wording import NOT_INTERVIEW, Reasons, out_of_range

_ONE_HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Policy:
    """How long to wait, and whether to follow up at all. Adjustable per user."""

    name: str = "standard"
    follow_up_allowed: bool = True  # conservative: False (the follow-up becomes move_on)
    thank_you_due: timedelta = timedelta(hours=24)  # after the interview ends
    thank_you_lapses: timedelta = timedelta(hours=48)  # the window closes silently
    decision_grace_business_days: int = 2  # added to a stated decision date
    default_wait_business_days: int = 10  # after the interview or the employer's last word
    after_follow_up_business_days: int = 7  # then move_on
    give_up_days: int = 30  # since the interview with nothing from the employer
    applied_give_up_days: int = 30  # an application with no answer
    timezone: str = "UTC"  # business days and dates in reasons use the user's calendar
    country: str | None = None  # ISO 3166-1 alpha-2: business days skip its public holidays

    def __post_init__(self) -> None:
        for field in fields(self):
            _check(field.name, getattr(self, field.name))
        if self.thank_you_lapses < self.thank_you_due:
            raise ValueError(
                "thank_you_lapses: must not be shorter than thank_you_due "
                f"({self.thank_you_lapses} < {self.thank_you_due})"
            )


# name -> (what it is, lowest, highest); the bounds keep every sum of dates in range.
_DAY_COUNTS: dict[str, tuple[str, int, int]] = {
    "decision_grace_business_days": ("business days", 0, 60),
    "default_wait_business_days": ("business days", 1, 260),
    "after_follow_up_business_days": ("business days", 1, 260),
    "give_up_days": ("days", 1, 366),
    "applied_give_up_days": ("days", 1, 366),
}
_DURATIONS = ("thank_you_due", "thank_you_lapses")
_LONGEST_THANK_YOU = timedelta(days=14)


def _check(name: str, value: object) -> None:
    """Raise ValueError naming the field when `value` is not acceptable for it."""
    if name == "name":
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"name: must be a non-empty string, not {value!r}")
    elif name == "follow_up_allowed":
        if not isinstance(value, bool):
            raise ValueError(f"follow_up_allowed: must be true or false, not {value!r}")
    elif name in _DURATIONS:
        if not isinstance(value, timedelta) or not timedelta(0) < value <= _LONGEST_THANK_YOU:
            raise ValueError(
                f"{name}: must be a duration above 0 and at most 14 days, not {value!r}"
            )
    elif name in _DAY_COUNTS:
        unit, low, high = _DAY_COUNTS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(
                f"{name}: must be a whole number of {unit} from {low} to {high}, not {value!r}"
            )
    elif name == "timezone":
        if not isinstance(value, str) or not value:
            raise ValueError(
                f"timezone: must be a time zone name such as 'Europe/London', not {value!r}"
            )
        try:
            zone(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"timezone: unknown time zone {value!r}") from exc
    elif name == "country":
        if value is not None:
            check_country(value)


STANDARD = Policy()
CONSERVATIVE = Policy(name="conservative", follow_up_allowed=False)
POLICIES: dict[str, Policy] = {"standard": STANDARD, "conservative": CONSERVATIVE}


def policy_from_preferences(name: str, overrides: Mapping[str, object] | None = None) -> Policy:
    """The named policy with a user's adjustments, checked.

    `overrides` comes from the stored preferences (JSON): durations may be given as a timedelta
    or as a number of hours, day counts as whole numbers. Anything unknown or out of
    range raises ValueError naming the field.
    """
    if name not in POLICIES:
        raise ValueError(f"policy: unknown policy {name!r}; choose one of {', '.join(POLICIES)}")
    changes: dict[str, object] = {}
    known = {field.name for field in fields(Policy)} - {"name"}
    for key, value in (overrides or {}).items():
        if key == "name":
            raise ValueError("name: choose the policy by its name, not as an override")
        if key not in known:
            raise ValueError(f"{key}: not a policy setting; known: {', '.join(sorted(known))}")
        if key in _DURATIONS and isinstance(value, int | float) and not isinstance(value, bool):
            if not (math.isfinite(value) and 0 < value <= _LONGEST_THANK_YOU / _ONE_HOUR):
                raise ValueError(
                    f"{key}: must be a number of hours above 0 and at most 336, not {value!r}"
                )
            value = timedelta(hours=value)
        elif key in _DAY_COUNTS and isinstance(value, float) and value.is_integer():
            value = int(value)  # JSON numbers may arrive as 10.0
        changes[key] = value
    return replace(POLICIES[name], **changes)


# --- the advice -------------------------------------------------------------------------

_NOT_INTERVIEW = Advice(Action.NONE, NOT_INTERVIEW)


def advise(facts: ThreadFacts, now: datetime, policy: Policy = STANDARD) -> Advice:
    """What to do about this thread at `now` (timezone-aware), under `policy`.

    Pure: the answer depends on the three arguments only. `until` and `due` are given in
    UTC; the reason's dates are on the policy's clock. Naive datetimes inside `facts`
    are read as UTC; dates too close to the ends of the calendar give a `wait` that says
    so instead of raising.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, not {now!r}")
    if not facts.detection.interview:
        return _NOT_INTERVIEW
    tz = zone(policy.timezone)
    try:
        # Everything in UTC from here: comparing datetimes across zones costs ~20 times
        # more than within one, and this runs for every thread on every request.
        now = now.astimezone(UTC)
        words = Reasons(facts.company, tz, now, policy.follow_up_allowed)
        advice = _decide(facts, now, policy, tz, words)
    except OverflowError:
        return Advice(Action.WAIT, out_of_range(facts.company))
    if facts.interview_time_inferred and (advice.until or advice.due):
        # every moment counted from an interview whose hours Afterview placed (a day with no
        # clock time, or "thanks for coming in today") is shown as its day (`day_only`)
        return replace(advice, day_only=True)
    return advice


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# Spans by whole days, made once: building a timedelta costs more than the rest of a rule.
_DAY_SPANS = tuple(timedelta(days=n) for n in range(367))


def _business_days_later(moment: datetime, days: int, tz: tzinfo, policy: Policy) -> datetime:
    return add_business_days(moment, days, tz, policy.country).astimezone(UTC)


def _decide(
    facts: ThreadFacts, now: datetime, policy: Policy, tz: tzinfo, words: Reasons
) -> Advice:
    employer = facts.employer_messages
    stage = facts.stage

    # 1. A decision from the employer ends the thread. A rejection stands unless an offer
    #    came after it (a "not this role, but this one" thread).
    rejected_at = offered_at = first_offered_at = None
    for message in employer:
        if message.is_rejection:
            rejected_at = _utc(message.at)
        if message.is_offer:
            offered_at = _utc(message.at)
            first_offered_at = first_offered_at or offered_at
    if rejected_at is not None or stage is Stage.REJECTED:
        if offered_at is None or rejected_at is None or offered_at <= rejected_at:
            return Advice(Action.CLOSED, words.rejected(rejected_at))
    # The candidate stepping out ends it too, unless the employer made an offer after it.
    withdrew_at = None
    for message in facts.candidate_messages:
        if message.withdraws:
            withdrew_at = _utc(message.at)
    if withdrew_at is not None and (offered_at is None or offered_at <= withdrew_at):
        return Advice(Action.CLOSED, words.withdrew(withdrew_at))
    if offered_at is not None or stage is Stage.OFFER:
        # The offer answered: the employer's welcome after it ("your first day will be ...")
        # restates the offer and asks nothing more of the candidate.
        accepted_at = None
        for message in facts.candidate_messages:
            if message.accepts_offer and (
                first_offered_at is None or _utc(message.at) >= first_offered_at
            ):
                accepted_at = _utc(message.at)
        if accepted_at is not None:
            return Advice(Action.OFFER, words.accepted(accepted_at))
        return Advice(Action.OFFER, words.offer(offered_at))

    candidate_ats = [_utc(message.at) for message in facts.candidate_messages]
    last_employer = employer[-1] if employer else None
    last_employer_at = _utc(last_employer.at) if last_employer is not None else None

    # 2. The employer's latest message asks something and the candidate has not written
    #    since (a message in the same second counts as the answer). A question asked
    #    before an interview that has since taken place (an invite's "please confirm")
    #    was settled by the interview itself.
    interview = _interview_times(facts)
    start, end = interview if interview is not None else (None, None)
    if last_employer is not None and last_employer.asks_candidate:
        asked_at = _utc(last_employer.at)
        settles_at = interview[1] if interview is not None and asked_at < interview[0] else None
        answered = any(at >= asked_at for at in candidate_ats)
        if not answered and (settles_at is None or now < settles_at):
            sender = last_employer.sender
            contact = sender.email if _reachable(sender.email) else _best_contact(facts)
            return Advice(
                Action.REPLY,
                words.asked(asked_at, _display(facts, contact, sender)),
                until=settles_at,
                contact=contact,
            )

    # 3. Before and during the interview; while it is being arranged; an application.
    # an interview known by its day only is worded by its day (`interview_time_inferred`)
    dated = not facts.interview_time_inferred
    if start is not None and now < start:
        return Advice(Action.PREPARE, words.interview_ahead(start, dated), until=start)
    if end is not None and now < end:
        return Advice(Action.PREPARE, words.interview_under_way(end, dated), until=end)
    if end is None:
        arranging = stage is Stage.SCHEDULING or (
            last_employer is not None and last_employer.is_scheduling
        )
        if arranging and candidate_ats:
            answered_at = max(candidate_ats)
            if last_employer_at is None or answered_at >= last_employer_at:
                return Advice(Action.WAIT, words.arranging(answered_at))
        if stage is Stage.APPLIED:
            return _application(facts, now, policy, words, candidate_ats)

    # 4. The thank-you window: from the end of the interview until it lapses, unless the
    #    candidate has written since. Like every write-action, it names whom to write to.
    if end is not None:
        lapses = end + policy.thank_you_lapses
        if now < lapses and not any(at >= end for at in candidate_ats):
            due = end + policy.thank_you_due
            return Advice(
                Action.SEND_THANK_YOU,
                words.thank_you(end, due, lapses, now, dated),
                until=lapses,
                due=due,
                contact=_best_contact(facts),
            )

    # 5-7. Waiting, the one follow-up, moving on.
    return _after_the_interview(facts, now, policy, tz, words, end, candidate_ats)


def _interview_times(facts: ThreadFacts) -> tuple[datetime, datetime] | None:
    """Start and end of the interview that counts; None if none is known or it was cancelled."""
    if facts.interview_cancelled:
        return None
    start = _utc(facts.interview_start) if facts.interview_start is not None else None
    end = _utc(facts.interview_end) if facts.interview_end is not None else None
    if start is None:
        return (end, end) if end is not None else None
    if end is None:
        return start, start + _ONE_HOUR
    return start, max(start, end)


def _application(
    facts: ThreadFacts,
    now: datetime,
    policy: Policy,
    words: Reasons,
    candidate_ats: list[datetime],
) -> Advice:
    """Rule 3's application: wait for an answer, then move on."""
    if facts.first_message_at is not None:
        applied_at = _utc(facts.first_message_at)
    else:
        known = candidate_ats + [_utc(message.at) for message in facts.employer_messages]
        if not known:
            return Advice(Action.WAIT, words.application_undated())
        applied_at = min(known)
    give_up_at = applied_at + _DAY_SPANS[policy.applied_give_up_days]
    if now < give_up_at:
        return Advice(Action.WAIT, words.applied(applied_at, give_up_at), until=give_up_at)
    return Advice(
        Action.MOVE_ON, words.application_unanswered(applied_at, policy.applied_give_up_days)
    )


class _WaitCause(Enum):
    """Why the wait lasts as long as it does, for the reason sentence."""

    STATED = "stated"  # the employer's decision date (the moment: that date)
    INTERVIEW = "interview"  # the default wait after the interview (the moment: its end)
    WROTE = "wrote"  # the default wait after the employer's last message (the moment: it)


def _after_the_interview(
    facts: ThreadFacts,
    now: datetime,
    policy: Policy,
    tz: tzinfo,
    words: Reasons,
    end: datetime | None,
    candidate_ats: list[datetime],
) -> Advice:
    employer = facts.employer_messages
    employer_ats = [_utc(message.at) for message in employer]
    last_employer_at = employer_ats[-1] if employer_ats else None

    # The silence is counted from the interview, or from the employer's last word if that
    # came later ("or after the employer's last message, if later").
    if end is not None and (last_employer_at is None or last_employer_at <= end):
        silence_from, from_interview = end, True
    elif last_employer_at is not None:
        silence_from, from_interview = last_employer_at, False
    else:
        return Advice(Action.WAIT, words.undated_wait())

    # When the wait ends: the latest stated decision date plus the grace; otherwise the
    # default wait. An employer message after the one that stated the date (and after the
    # interview) restarts the default wait, which then ends no earlier than the stated one.
    default_wait = policy.default_wait_business_days
    wait_ends = _business_days_later(silence_from, default_wait, tz, policy)
    because, moment = _WaitCause.INTERVIEW if from_interview else _WaitCause.WROTE, silence_from
    for message, at in zip(reversed(employer), reversed(employer_ats), strict=True):
        if message.decision_by is None:
            continue
        decide_by = _utc(message.decision_by)
        if end is not None and decide_by <= end:
            break  # a date for an earlier round, already behind us
        stated_ends = _business_days_later(
            decide_by, policy.decision_grace_business_days, tz, policy
        )
        restarted = not from_interview and silence_from > at
        if not restarted or stated_ends >= wait_ends:
            wait_ends, because, moment = stated_ends, _WaitCause.STATED, decide_by
        break

    # 7. A follow-up already sent: the one check-in is spent.
    followed_up_at = _follow_up_sent(facts, policy, end, candidate_ats, employer_ats)
    after_follow_up = policy.after_follow_up_business_days
    if followed_up_at is not None:
        move_on_at = max(
            _business_days_later(followed_up_at, after_follow_up, tz, policy), wait_ends
        )
        if now < move_on_at:
            return Advice(
                Action.WAIT,
                words.after_follow_up_wait(followed_up_at, move_on_at),
                until=move_on_at,
            )
        if last_employer_at is not None and last_employer_at > followed_up_at:
            why = _why_the_wait_is_over(words, because, moment, default_wait)
            return Advice(Action.MOVE_ON, words.follow_up_spent(why))
        return Advice(Action.MOVE_ON, words.follow_up_unanswered(followed_up_at, after_follow_up))

    # 5. Still waiting.
    if now < wait_ends:
        if because is _WaitCause.STATED:
            reason = words.stated_wait(moment, wait_ends)
        elif because is _WaitCause.INTERVIEW:
            reason = words.silent_wait(moment, wait_ends)
        else:
            reason = words.wrote_wait(moment, wait_ends)
        return Advice(Action.WAIT, reason, until=wait_ends)

    # 6. The wait is over with nothing new from the employer (anything new would have
    #    moved `wait_ends`). One written check-in, open until the long silence ends it; that
    #    window stays open at least as long as the wait after a follow-up would be.
    give_up_at = max(
        silence_from + _DAY_SPANS[policy.give_up_days],
        _business_days_later(wait_ends, after_follow_up, tz, policy),
    )
    if now >= give_up_at:
        return Advice(
            Action.MOVE_ON, words.gave_up(silence_from, policy.give_up_days, from_interview)
        )
    why = _why_the_wait_is_over(words, because, moment, default_wait)
    if not policy.follow_up_allowed:
        return Advice(Action.MOVE_ON, words.wait_over_no_follow_up(why))
    contact = _best_contact(facts)
    if contact is None:
        return Advice(Action.MOVE_ON, words.wait_over_no_contact(why))
    return Advice(
        Action.FOLLOW_UP,
        words.wait_over(why, _display(facts, contact) or contact),
        until=give_up_at,
        contact=contact,
    )


def _why_the_wait_is_over(words: Reasons, because: _WaitCause, moment: datetime, days: int) -> str:
    if because is _WaitCause.STATED:
        return words.stated_passed(moment)
    if because is _WaitCause.INTERVIEW:
        return words.silence_since_interview(moment, days)
    return words.silence_since_wrote(moment, days)


def _follow_up_sent(
    facts: ThreadFacts,
    policy: Policy,
    end: datetime | None,
    candidate_ats: list[datetime],
    employer_ats: list[datetime],
) -> datetime | None:
    """When the latest follow-up was sent, or None.

    After the interview, a candidate message is a follow-up when its wording says so or
    when it comes after the thank-you window; one inside the window is the thank-you.
    An answer to an employer's question is a reply, not a follow-up, unless it is worded
    as one; only the candidate's first message after the question answers it (a status
    question weeks after confirming the invited time is the check-in). With no interview
    time known, a message after the employer's last word that is not a thank-you counts too.
    """
    employer = facts.employer_messages
    window_closes = end + policy.thank_you_lapses if end is not None else None
    last_employer_at = employer_ats[-1] if employer_ats else None
    latest = None
    seen_employer = 0
    question_pending = False  # the employer's message just before this one asked something
    for message, at in zip(facts.candidate_messages, candidate_ats, strict=True):
        if end is not None and at < end:
            continue  # before the interview: never the follow-up
        while seen_employer < len(employer) and employer_ats[seen_employer] <= at:
            question_pending = employer[seen_employer].asks_candidate
            seen_employer += 1
        if message.is_follow_up:
            counts = True
        elif question_pending:
            counts = False
        elif window_closes is not None:
            counts = at > window_closes
        else:
            counts = (
                last_employer_at is not None and at > last_employer_at and not message.is_thank_you
            )
        if counts and (latest is None or at > latest):
            latest = at
        question_pending = False  # answered: the candidate's next note is their own
    return latest


# --- whom to write to -------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _reachable(email: str) -> bool:
    """An address a person reads: not a no-reply, bounce or notification mailbox."""
    local, at, domain = email.partition("@")
    return bool(local and at and domain) and not senders.is_no_reply(email)


def _best_contact(facts: ThreadFacts) -> str | None:
    """A person on the employer's side: the one who wrote last, else the first one seen."""
    contacts = facts.employer_contacts
    if not contacts:
        return None
    people = [address.email for address in contacts if _reachable(address.email)]
    for message in reversed(facts.employer_messages):
        if message.sender.email in people:
            return message.sender.email
    return people[0] if people else None


def _display(facts: ThreadFacts, contact: str | None, sender: Address | None = None) -> str | None:
    """How a reason names the contact: 'Jane Doe (jane@acme.example)', or the address."""
    if contact is None:
        return None
    for address in (sender, *facts.employer_contacts):
        if address is not None and address.email == contact and address.name:
            return f"{address.name} ({contact})"
    return contact


__all__ = [
    "CONSERVATIVE",
    "POLICIES",
    "STANDARD",
    "Policy",
    "advise",
    "policy_from_preferences",
]
