"""The action a generated thread should get, from its TRUE facts, by DESIGN.md's policy table.

This is deliberately NOT `afterview.policy.advise`: the evaluation compares the product's
advice with this, so computing the truth with the code under test would always agree with
it. It is a plain reading of DESIGN.md "The policy" (standard policy), written once here:

1. rejection -> closed; offer -> offer (the later of the two when both came).
2. the employer's latest message asks something, unanswered -> reply.
3. interview ahead (or under way) -> prepare; being arranged (or an application) and the
   employer's turn -> wait; an application with 30 days of silence -> move_on.
4. interview over, nothing sent since, under 48 h -> send_thank_you.
5. wait: the latest stated decision date + 2 business days; with none, 10 business days
   after the interview or the employer's last message, whichever is later.
6. wait over, no follow-up sent -> follow_up.
7. follow-up sent -> wait 7 business days after it, then move_on; 30 days after the
   interview with nothing from the employer -> move_on.

Business days are Monday-Friday on the UTC calendar (the standard policy's zone, no
country), counted with the generator's own arithmetic (`wording.add_business_days`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from afterview.model import Action, Stage, ThreadFacts
from gmail_sandbox.wording import add_business_days

THANK_YOU_LAPSES = timedelta(hours=48)
DECISION_GRACE_BUSINESS_DAYS = 2
DEFAULT_WAIT_BUSINESS_DAYS = 10
AFTER_FOLLOW_UP_BUSINESS_DAYS = 7
GIVE_UP = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class ExpectedAdvice:
    action: Action
    until: datetime | None = None


def business_days_after(moment: datetime, count: int) -> datetime:
    """`count` Monday-to-Friday days after `moment` (UTC calendar), same time of day.

    A weekend moment counts from the Friday before it, so Saturday + 1 is Monday.
    """
    moment = moment.astimezone(UTC)
    return moment + (add_business_days(moment.date(), count) - moment.date())


def expected_advice(facts: ThreadFacts, now: datetime) -> ExpectedAdvice:
    if not facts.interview:
        return ExpectedAdvice(Action.NONE)
    employer = facts.employer_messages
    mine = [m.at for m in facts.candidate_messages]

    # 1. decisions
    rejected = [m.at for m in employer if m.is_rejection]
    offered = [m.at for m in employer if m.is_offer]
    if rejected and not (offered and max(offered) > max(rejected)):
        return ExpectedAdvice(Action.CLOSED)
    if offered:
        return ExpectedAdvice(Action.OFFER)
    if facts.stage is Stage.REJECTED:
        return ExpectedAdvice(Action.CLOSED)
    if facts.stage is Stage.OFFER:
        return ExpectedAdvice(Action.OFFER)

    start = end = None
    if facts.interview_start is not None and not facts.interview_cancelled:
        start = facts.interview_start
        end = facts.interview_end or start + timedelta(hours=1)

    # 2. a question waiting for the candidate (an interview that took place since settles it)
    last = employer[-1] if employer else None
    if last is not None and last.asks_candidate and not any(at >= last.at for at in mine):
        if start is None or last.at > start or now < end:  # type: ignore[operator]
            return ExpectedAdvice(
                Action.REPLY, end if start is not None and last.at < start else None
            )

    # 3. before the interview, while arranging it, an application
    if end is not None and now < end:
        return ExpectedAdvice(Action.PREPARE, start if now < start else end)  # type: ignore[operator]
    if end is None:
        if facts.stage is Stage.APPLIED:  # silence counted from the thread's latest message
            moments = [m.at for m in employer] + mine + [facts.first_message_at]
            since = max((at for at in moments if at is not None), default=None)
            if since is not None and now >= since + GIVE_UP:
                return ExpectedAdvice(Action.MOVE_ON)
            return ExpectedAdvice(Action.WAIT, since + GIVE_UP if since else None)
        return ExpectedAdvice(Action.WAIT)  # the employer's turn to fix the time

    # 4. the thank-you window
    if now < end + THANK_YOU_LAPSES and not any(at >= end for at in mine):
        return ExpectedAdvice(Action.SEND_THANK_YOU, end + THANK_YOU_LAPSES)

    # 5. when the wait ends
    since = end
    if last is not None and last.at > end:
        since = last.at
    wait_ends = business_days_after(since, DEFAULT_WAIT_BUSINESS_DAYS)
    stated = [m.decision_by for m in employer if m.decision_by is not None]
    if stated and stated[-1] > end:
        wait_ends = business_days_after(stated[-1], DECISION_GRACE_BUSINESS_DAYS)

    # 7. the one follow-up: a note marked so, or anything written after the thank-you window
    follow_ups = [
        m.at
        for m in facts.candidate_messages
        if m.at >= end and (m.is_follow_up or m.at >= end + THANK_YOU_LAPSES)
    ]
    if follow_ups:
        move_on_at = max(
            business_days_after(follow_ups[0], AFTER_FOLLOW_UP_BUSINESS_DAYS), wait_ends
        )
        if now < move_on_at:
            return ExpectedAdvice(Action.WAIT, move_on_at)
        return ExpectedAdvice(Action.MOVE_ON)
    if now < wait_ends:
        return ExpectedAdvice(Action.WAIT, wait_ends)
    if now >= since + GIVE_UP:
        return ExpectedAdvice(Action.MOVE_ON)
    # 6. the wait is over: one brief written check-in
    return ExpectedAdvice(Action.FOLLOW_UP)
