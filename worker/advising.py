"""Advice kept current: a thread's messages to stored facts and advice, and stored facts to
fresh advice when the clock has moved on.

The domain reads a thread once (`afterview.timeline.thread_facts`); the facts are stored
without bodies, so the advice can be recomputed at any time from the database alone
(`reevaluate_due`). The advice itself, with the user's feedback and preferences applied,
comes from the one advice service (`storage.advice.Advisor`, over
`afterview.service.thread_advice`), which the API calls too. The stored facts stay the
domain's own (the feedback may be withdrawn later); the `interview` column says what the
user sees.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterview.business_days import zone
from afterview.model import FeedbackKind, Message, ThreadFacts
from afterview.service import policy_for
from afterview.timeline import thread_facts
from storage.advice import Advisor, advisor_for, feedback_on_threads, stored_advice_columns
from storage.models import GmailAccount, ThreadRecord
from storage.repository import application_for, facts_columns, threads_due, upsert_thread

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Owner:
    """What the advice needs about the person behind an account."""

    account_id: int
    addresses: frozenset[str]  # the mailbox's address and the user's sign-in address
    advisor: Advisor


def owner_of(session: Session, account: GmailAccount) -> Owner:
    user = account.user
    return Owner(
        account_id=account.id,
        addresses=frozenset({account.address, user.email}),
        advisor=advisor_for(session, user),
    )


def advised_columns(
    session: Session,
    owner: Owner,
    facts: ThreadFacts,
    kinds: Collection[FeedbackKind],
    now: datetime,
) -> dict[str, Any]:
    """ThreadRecord values for the domain's facts, the user's feedback and `now`."""
    stored = owner.advisor.advise(facts, kinds, now)
    columns = facts_columns(facts)
    columns.update(stored_advice_columns(stored, now))
    application = None
    if stored.interview and facts.company:
        application = application_for(session, owner.advisor.user_id, facts.company, facts.role)
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
    owners_zone = zone(policy_for(owner.advisor.preferences).timezone)
    facts = thread_facts(messages, owner.addresses, owners_zone)
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
    kinds = feedback_on_threads(session, [record.id]).get(record.id, set())
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
