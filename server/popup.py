"""What the popup shows: the user's interview threads grouped by what to do now.

One query (storage.repository.popup_threads). Stored advice is used as it is while it
holds; only where it has expired (its `until` has passed) is it re-evaluated here from the
stored facts, because advice depends on the clock. Nothing is written back: the worker's
re-evaluation job persists advice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from afterview.facts_io import facts_from_dict
from afterview.model import Action, Advice
from server.logs import log
from server.schemas import GROUPS
from storage.models import User
from storage.repository import popup_threads

_GROUP_OF: dict[Action, str] = {action: key for key, _, actions in GROUPS for action in actions}
ACT_NOW = "act_now"


@lru_cache(maxsize=256)
def _policy(name: str, overrides_json: str, timezone: str) -> Any:
    from afterview.policy import policy_from_settings  # the domain's policy

    overrides = json.loads(overrides_json)
    return policy_from_settings(name, {**overrides, "timezone": timezone})


def user_policy(user: User) -> Any:
    """The user's policy object (cached per distinct settings)."""
    return _policy(
        user.policy, json.dumps(user.policy_overrides or {}, sort_keys=True), user.timezone
    )


def _advise(facts: dict[str, Any], now: datetime, policy: Any) -> Advice:
    from afterview.policy import advise

    return advise(facts_from_dict(facts), now, policy)


def gmail_url(account: str, gmail_thread_id: str) -> str:
    """Opens the thread in Gmail, in the right account when several are signed in."""
    return f"https://mail.google.com/mail/?authuser={quote(account)}#all/{quote(gmail_thread_id)}"


def when(value: datetime | None) -> str | None:
    """Every moment the API gives is in UTC; `timezone` says how the user reads it."""
    return None if value is None else value.astimezone(UTC).isoformat()


@dataclass(frozen=True)
class PopupThread:
    row: Any
    action: Action
    reason: str
    until: datetime | None
    due: datetime | None
    contact: str | None

    def to_json(self) -> dict[str, Any]:
        row = self.row
        application = None
        if row.application_id is not None:
            application = {
                "id": row.application_id,
                "company": row.application_company,
                "role": row.application_role,
            }
        return {
            "id": row.id,
            "gmail_thread_id": row.gmail_thread_id,
            "account": row.account_address,
            "company": row.company,
            "role": row.role,
            "subject": row.subject,
            "stage": row.stage.value,
            "action": self.action.value,
            "reason": self.reason,
            "until": when(self.until),
            "due": when(self.due),
            "contact": self.contact,
            "last_message_at": when(row.last_message_at),
            "gmail_url": gmail_url(row.account_address, row.gmail_thread_id),
            "application": application,
        }


def current_threads(session: Any, user: User, now: datetime) -> list[PopupThread]:
    """The user's threads with advice valid at `now`, newest message first."""
    policy = None
    threads = []
    for row in popup_threads(session, user.id, now):
        action, reason, until, due, contact = (
            row.action,
            row.reason,
            row.until,
            row.due,
            row.contact,
        )
        if row.facts is not None:  # the stored advice expired: decide again, for now
            try:
                policy = policy or user_policy(user)
                advice = _advise(row.facts, now, policy)
            except ValueError as exc:  # unreadable facts or settings: keep what we had
                log.warning("thread %s: advice not re-evaluated: %s", row.id, exc)
            else:
                action, reason, until, due, contact = (
                    advice.action,
                    advice.reason,
                    advice.until,
                    advice.due,
                    advice.contact,
                )
        threads.append(PopupThread(row, action, reason, until, due, contact))
    return threads


def grouped(threads: Iterable[PopupThread]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in GROUPS}
    for thread in threads:
        groups[_GROUP_OF[thread.action]].append(thread.to_json())
    return [{"key": key, "title": title, "threads": groups[key]} for key, title, _ in GROUPS]


def end_of_week(now: datetime, timezone: str) -> datetime:
    """Next Monday 00:00 on the user's calendar: the week ends there."""
    local = now.astimezone(ZoneInfo(timezone))
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday + timedelta(days=7)  # wall-clock arithmetic: DST shifts are respected


def summary(threads: list[PopupThread], now: datetime, timezone: str) -> dict[str, Any]:
    """Counts for the badge and the popup header.

    `interviews_this_week`: interviews still ahead that start before the week ends on the
    user's calendar (a `prepare` advice lasts until its interview starts)."""
    counts = {key: 0 for key, _, _ in GROUPS}
    week_end = end_of_week(now, timezone)
    upcoming = 0
    for thread in threads:
        counts[_GROUP_OF[thread.action]] += 1
        if thread.action is Action.PREPARE and thread.until is not None and thread.until < week_end:
            upcoming += 1
    return {
        "now": now.isoformat(),
        "actions_due": counts[ACT_NOW],
        "interviews_this_week": upcoming,
        "counts": counts,
    }
