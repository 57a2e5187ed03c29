"""What the popup shows: the user's interview threads grouped by what to do now.

One query (storage.repository.popup_threads), read by column name. Stored advice is used
as it is while it holds; only where it has expired (its `until` has passed) is it decided
again here, from the stored facts, by the one advice service the worker uses too
(`storage.advice.Advisor`), because advice depends on the clock. Nothing is written back:
the worker's re-evaluation job persists advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import quote
from zoneinfo import ZoneInfo

from afterview.facts_io import facts_from_dict
from afterview.model import Action, Stage
from server.logs import log
from server.schemas import GROUPS
from storage.advice import advisor_for, feedback_on_threads
from storage.models import User
from storage.repository import popup_threads

_GROUP_OF_NAME: dict[str, str] = {
    action.value: key for key, _, actions in GROUPS for action in actions
}
ACT_NOW = "act_now"


@lru_cache(maxsize=1024)
def _gmail_prefix(account: str) -> str:
    return f"https://mail.google.com/mail/?authuser={quote(account)}#all/"


def gmail_url(account: str, gmail_thread_id: str) -> str:
    """Opens the thread in Gmail, in the right account when several are signed in."""
    if not gmail_thread_id.isalnum():  # Gmail's ids are hex; anything else is escaped
        gmail_thread_id = quote(gmail_thread_id, safe="")
    return _gmail_prefix(account) + gmail_thread_id


def when(value: datetime | None) -> str | None:
    """Every moment the API gives is in UTC; `timezone` says how the user reads it."""
    if value is None:
        return None
    if value.tzinfo is not UTC:  # the database hands out UTC already; the policy, local time
        value = value.astimezone(UTC)
    return value.isoformat()


class ListedThread(NamedTuple):
    """One thread of the popup's list, with advice valid at the moment it was listed (a
    named tuple: 300 of them are built per rebuild of the list)."""

    id: int
    gmail_thread_id: str
    account: str
    company: str | None
    role: str | None
    subject: str
    stage: Stage
    action: Action
    reason: str
    until: datetime | None
    due: datetime | None
    contact: str | None
    last_message_at: datetime | None
    application: tuple[int, str | None, str | None] | None  # id, company, role

    def as_json(self) -> dict[str, Any]:
        """The API's THREAD object (server.schemas)."""
        return {
            "id": self.id,
            "gmail_thread_id": self.gmail_thread_id,
            "account": self.account,
            "company": self.company,
            "role": self.role,
            "subject": self.subject,
            # StrEnum members are str: JSON writes their value (and `.value` is slow).
            "stage": self.stage,
            "action": self.action,
            "reason": self.reason,
            "until": when(self.until),
            "due": when(self.due),
            "contact": self.contact,
            "last_message_at": when(self.last_message_at),
            "gmail_url": gmail_url(self.account, self.gmail_thread_id),
            "application": None
            if self.application is None
            else {
                "id": self.application[0],
                "company": self.application[1],
                "role": self.application[2],
            },
        }


def current_threads(session: Any, user: User, now: datetime) -> list[ListedThread]:
    """The user's threads with advice valid at `now`, newest message first. Stored advice
    is used while it holds; where it has expired, the advice service decides again (with
    the user's feedback and preferences, exactly as the worker will)."""
    rows = popup_threads(session, user.id, now)
    expired = [row.id for row in rows if row.facts is not None]
    advisor = advisor_for(session, user) if expired else None
    feedback = feedback_on_threads(session, expired) if expired else {}
    threads = []
    for row in rows:
        listed = ListedThread(
            id=row.id,
            gmail_thread_id=row.gmail_thread_id,
            account=row.account_address,
            company=row.company,
            role=row.role,
            subject=row.subject,
            stage=row.stage,
            action=row.action,
            reason=row.reason,
            until=row.until,
            due=row.due,
            contact=row.contact,
            last_message_at=row.last_message_at,
            application=None
            if row.application_id is None
            else (row.application_id, row.application_company, row.application_role),
        )
        if advisor is not None and row.facts is not None:  # expired: decide again, for now
            try:
                facts = facts_from_dict(row.facts)
            except ValueError as exc:  # unreadable facts: keep what we had
                log.warning("thread %s: advice not re-evaluated: %s", row.id, exc)
            else:
                advice = advisor.advise(facts, feedback.get(row.id, ()), now)
                if not advice.interview:
                    continue  # a sender marked "not an interview" since: the worker drops it
                listed = listed._replace(
                    stage=advice.stage,
                    action=advice.action,
                    reason=advice.reason,
                    until=advice.until,
                    due=advice.due,
                    contact=advice.contact,
                )
        threads.append(listed)
    return threads


def grouped(threads: Iterable[ListedThread]) -> list[dict[str, Any]]:
    """The `groups` member of GET /api/threads."""
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in GROUPS}
    for thread in threads:
        groups[_GROUP_OF_NAME[thread.action]].append(thread.as_json())
    return [{"key": key, "title": title, "threads": groups[key]} for key, title, _ in GROUPS]


def end_of_week(now: datetime, timezone: str) -> datetime:
    """Next Monday 00:00 on the user's calendar: the week ends there."""
    local = now.astimezone(ZoneInfo(timezone))
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday + timedelta(days=7)  # wall-clock arithmetic: DST shifts are respected


def summary(threads: Iterable[ListedThread], now: datetime, timezone: str) -> dict[str, Any]:
    """Counts for the badge and the popup header.

    `interviews_this_week`: interviews still ahead that start before the week ends on the
    user's calendar (a `prepare` advice lasts until its interview starts)."""
    counts = {key: 0 for key, _, _ in GROUPS}
    week_end = end_of_week(now, timezone)
    upcoming = 0
    for thread in threads:
        counts[_GROUP_OF_NAME[thread.action]] += 1
        if thread.action == Action.PREPARE and thread.until and thread.until < week_end:
            upcoming += 1
    return {
        "now": now.isoformat(),
        "actions_due": counts[ACT_NOW],
        "interviews_this_week": upcoming,
        "counts": counts,
    }
