"""Advice kept current: a thread's messages to stored facts and advice, and stored facts to
fresh advice when the clock has moved on.

The domain reads a thread once (`afterview.timeline.thread_facts`); the facts are stored
without bodies, so the advice can be recomputed at any time from the database alone
(`reevaluate_due`). What the user told us wins over what the domain read: a sender marked
"not an interview" stops being flagged, a thread marked "is an interview" always is, and a
thread marked "not an interview" never is. The stored facts stay the domain's own (the
feedback may be withdrawn later); the `interview` column says what the user sees.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterview.model import Message, ThreadFacts
from afterview.policy import STANDARD, Policy, advise, policy_from_settings
from afterview.timeline import stage_at, thread_facts
from storage.models import Feedback, FeedbackKind, GmailAccount, ThreadRecord, User
from storage.repository import (
    advice_columns,
    application_for,
    facts_columns,
    senders_marked_not_interview,
    threads_due,
    upsert_thread,
)

log = logging.getLogger(__name__)

FEEDBACK_FORCES_INTERVIEW = "feedback:is_interview"
FEEDBACK_NOT_INTERVIEW = "feedback:not_interview"
FEEDBACK_SENDER_NOT_INTERVIEW = "feedback:sender_not_interview"


@dataclass(frozen=True)
class Owner:
    """What the advice needs about the person behind an account."""

    account_id: int
    user_id: int
    addresses: frozenset[str]  # the mailbox's address and the user's sign-in address
    policy: Policy
    not_interview_senders: frozenset[str]


def user_policy(user: User) -> Policy:
    """The user's policy on the user's calendar (zone and country); the standard one (still
    on their calendar when it can be) if stored settings are no longer valid, so advice
    never stops."""
    calendar = {"timezone": user.timezone or "UTC", "country": user.country}
    try:
        return policy_from_settings(
            user.policy or "standard", {**(user.policy_overrides or {}), **calendar}
        )
    except ValueError as exc:
        log.warning("user %s: stored policy settings refused (%s); using standard", user.id, exc)
    for fallback in (calendar, {"timezone": calendar["timezone"]}):
        try:
            return replace(STANDARD, **fallback)
        except ValueError:
            continue
    return STANDARD


def owner_of(session: Session, account: GmailAccount) -> Owner:
    user = account.user
    return Owner(
        account_id=account.id,
        user_id=user.id,
        addresses=frozenset({account.address, user.email}),
        policy=user_policy(user),
        not_interview_senders=frozenset(senders_marked_not_interview(session, user.id)),
    )


def thread_feedback(session: Session, thread_ids: Iterable[int]) -> dict[int, set[FeedbackKind]]:
    """The kinds of feedback given on each of these threads."""
    ids = list(thread_ids)
    found: dict[int, set[FeedbackKind]] = defaultdict(set)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Feedback.thread_id, Feedback.kind).where(
                Feedback.thread_id.in_(ids[start : start + 500])
            )
        )
        for thread_id, kind in rows:
            found[thread_id].add(FeedbackKind(kind))
    return found


def _senders(facts: ThreadFacts) -> set[str]:
    addresses = {message.sender.email for message in facts.employer_messages}
    addresses.update(contact.email for contact in facts.employer_contacts)
    return {address for address in addresses if address}


def effective_facts(
    facts: ThreadFacts, kinds: Collection[FeedbackKind], not_interview_senders: Collection[str]
) -> ThreadFacts:
    """The facts with what the user said applied to the detection."""
    detection = facts.detection
    if FeedbackKind.IS_INTERVIEW in kinds:
        if detection.interview:
            return facts
        signals = (*detection.signals, FEEDBACK_FORCES_INTERVIEW)
        return replace(facts, detection=replace(detection, interview=True, signals=signals))
    if not detection.interview:
        return facts
    if FeedbackKind.NOT_INTERVIEW in kinds:
        signal = FEEDBACK_NOT_INTERVIEW
    elif not_interview_senders and _senders(facts) & set(not_interview_senders):
        signal = FEEDBACK_SENDER_NOT_INTERVIEW
    else:
        return facts
    signals = (*detection.signals, signal)
    return replace(facts, detection=replace(detection, interview=False, signals=signals))


def advised_columns(
    session: Session,
    owner: Owner,
    facts: ThreadFacts,
    kinds: Collection[FeedbackKind],
    now: datetime,
) -> dict[str, Any]:
    """ThreadRecord values for the domain's facts, the user's feedback and `now`."""
    effective = effective_facts(facts, kinds, owner.not_interview_senders)
    advice = advise(effective, now, owner.policy)
    columns = facts_columns(facts)
    columns.update(
        interview=effective.interview,
        confidence=effective.detection.confidence,
        signals=list(effective.detection.signals),
        stage=stage_at(facts, now),  # an interview now over reads `interviewed`
    )
    columns.update(advice_columns(advice, now))
    application = None
    if effective.interview and facts.company:
        application = application_for(session, owner.user_id, facts.company, facts.role)
    columns["application_id"] = application.id if application is not None else None
    return columns


def store_thread(
    session: Session,
    owner: Owner,
    gmail_thread_id: str,
    messages: Sequence[Message],
    *,
    message_ids: Sequence[str],
    history_id: str | None,
    kinds: Collection[FeedbackKind],
    now: datetime,
    synced_at: datetime | None = None,
) -> ThreadRecord:
    """Read one thread's messages, advise as of `now`, and upsert its record (safe to run
    twice). `synced_at` is when it was read (the wall clock; `now` may be a test's)."""
    facts = thread_facts(messages, owner.addresses)
    columns = advised_columns(session, owner, facts, kinds, now)
    return upsert_thread(
        session,
        owner.account_id,
        gmail_thread_id,
        **columns,
        message_count=len(messages),
        gmail_message_ids=list(message_ids),
        history_id=history_id,
        synced_at=synced_at or now,
    )


def reevaluate(session: Session, record: ThreadRecord, owner: Owner, now: datetime) -> bool:
    """Fresh advice for a stored thread from its stored facts, no Gmail needed. False when
    the facts cannot be read (the record keeps its advice, `until` cleared so it is not
    retried every minute; the next sync of the thread rewrites them)."""
    try:
        facts = record.read_facts()
    except ValueError as exc:
        log.warning("thread %s: stored facts unreadable (%s)", record.id, exc)
        facts = None
    if facts is None:
        record.until = None
        return False
    kinds = thread_feedback(session, [record.id]).get(record.id, set())
    columns = advised_columns(session, owner, facts, kinds, now)
    for name in ("action", "reason", "until", "due", "contact", "advised_at", "interview", "stage"):
        setattr(record, name, columns[name])
    record.confidence = columns["confidence"]
    record.signals = columns["signals"]
    record.application_id = columns["application_id"]
    return True


def reevaluate_due(session: Session, now: datetime, limit: int = 500) -> tuple[int, set[int]]:
    """Re-advise up to `limit` threads whose advice has expired, oldest first. Returns how
    many were re-advised and the accounts where an action changed (the label step of
    their next sync puts the new labels on)."""
    owners: dict[int, Owner] = {}
    changed: set[int] = set()
    due = threads_due(session, now, limit=limit)
    for record in due:
        account = record.account
        owner = owners.get(account.id)
        if owner is None:
            owner = owners[account.id] = owner_of(session, account)
        before = record.action
        reevaluate(session, record, owner, now)
        if record.action != before:
            changed.add(account.id)
    session.flush()
    return len(due), changed


def stored_records(
    session: Session, account_id: int, gmail_thread_ids: Iterable[str]
) -> dict[str, ThreadRecord]:
    """The account's records of these Gmail threads, by Gmail thread id."""
    ids = list(dict.fromkeys(gmail_thread_ids))
    found: dict[str, ThreadRecord] = {}
    for start in range(0, len(ids), 500):
        for record in session.scalars(
            select(ThreadRecord).where(
                ThreadRecord.account_id == account_id,
                ThreadRecord.gmail_thread_id.in_(ids[start : start + 500]),
            )
        ):
            found[record.gmail_thread_id] = record
    return found
