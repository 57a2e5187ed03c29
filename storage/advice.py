"""The storage side of the advice service (`afterview.service`): what it needs about a user
and their threads, read in a few queries, and the columns it writes back.

The worker (sync, `reevaluate_due`, the weekly summary email) and the server (the list, the
summary, drafts) both advise a stored thread through `Advisor.advise`; nothing else calls
the domain's `thread_advice`. `current_threads` is a user's list as the popup and the
weekly email show it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from afterview.facts_io import facts_from_dict
from afterview.model import FeedbackKind, ThreadFacts
from afterview.service import Preferences, StoredAdvice, thread_advice, thread_feedback
from storage.models import Feedback, User
from storage.repository import (
    PopupRow,
    advice_columns,
    popup_threads,
    senders_marked_not_interview,
)

log = logging.getLogger(__name__)


def user_preferences(user: User) -> Preferences:
    """The one reader of a user's stored preferences (turned into a policy, with the one
    rule for refused values, by `afterview.service.policy_for`)."""
    return Preferences(
        policy=user.policy or "standard",
        windows=user.policy_overrides or {},
        timezone=user.timezone or "UTC",
        country=user.country,
    )


@dataclass(frozen=True)
class Advisor:
    """Advises one user's stored threads: their preferences and the senders they marked
    "not an interview", read once for many threads."""

    user_id: int
    preferences: Preferences
    not_interview_senders: frozenset[str]

    def advise(
        self, facts: ThreadFacts, said: Collection[FeedbackKind], now: datetime
    ) -> StoredAdvice:
        """The advice for a thread with these facts, about which the user said `said`."""
        feedback = thread_feedback(said, self.not_interview_senders)
        return thread_advice(facts, feedback, self.preferences, now)


def advisor_for(session: Session, user: User) -> Advisor:
    return Advisor(
        user_id=user.id,
        preferences=user_preferences(user),
        not_interview_senders=frozenset(senders_marked_not_interview(session, user.id)),
    )


def feedback_on_threads(
    session: Session, thread_ids: Iterable[int]
) -> dict[int, set[FeedbackKind]]:
    """The kinds of feedback given on each of these threads (absent: none)."""
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


def stored_advice_columns(stored: StoredAdvice, advised_at: datetime) -> dict[str, Any]:
    """ThreadRecord values for advice computed at `advised_at` (the facts aside)."""
    return {
        "interview": stored.interview,
        "confidence": stored.detection.confidence,
        "signals": list(stored.detection.signals),
        "stage": stored.stage,
        **advice_columns(stored, advised_at),
    }


def current_threads(session: Session, user: User, now: datetime) -> list[PopupRow]:
    """The user's threads with advice valid at `now`, newest message first (their `facts`
    dropped). Stored advice is used while it holds; where it has expired, the advice
    service decides again (with the user's feedback and preferences, exactly as the worker
    will). The popup's list and the weekly summary email both read this."""
    rows = popup_threads(session, user.id, now)
    expired = [row.id for row in rows if row.facts is not None]
    if not expired:
        return rows
    advisor = advisor_for(session, user)
    feedback = feedback_on_threads(session, expired)
    threads = []
    for row in rows:
        if row.facts is not None:  # expired: decide again, for now
            try:
                facts = facts_from_dict(row.facts)
            except ValueError as exc:  # unreadable facts: keep what we had
                log.warning("thread %s: advice not re-evaluated: %s", row.id, exc)
                row = row._replace(facts=None)
            else:
                advice = advisor.advise(facts, feedback.get(row.id, ()), now)
                if not advice.interview:
                    continue  # a sender marked "not an interview" since: the worker drops it
                row = row._replace(
                    stage=advice.stage,
                    action=advice.action,
                    reason=advice.reason,
                    until=advice.until,
                    due=advice.due,
                    day_only=advice.day_only,
                    contact=advice.contact,
                    facts=None,
                )
        threads.append(row)
    return threads
