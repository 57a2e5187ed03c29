"""What the popup shows: the user's interview threads grouped by what to do now.

The rows come from `storage.advice.current_threads` (the weekly summary email reads the
same): stored advice while it holds, decided again by the one advice service where it has
expired. Nothing is written back: the worker's re-evaluation job persists advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from afterview.business_days import zone
from afterview.model import Action
from gmail.links import gmail_url
from server.schemas import GROUPS
from storage.repository import PopupRow

_GROUP_OF_NAME: dict[str, str] = {
    action.value: key for key, _, actions in GROUPS for action in actions
}
ACT_NOW = "act_now"


def when(value: datetime | None) -> str | None:
    """Every moment the API gives is in UTC; `timezone` says how the user reads it."""
    if value is None:
        return None
    if value.tzinfo is not UTC:  # the database hands out UTC already; the policy, local time
        value = value.astimezone(UTC)
    return value.isoformat()


def thread_json(thread: PopupRow) -> dict[str, Any]:
    """The API's THREAD object (server.schemas)."""
    return {
        "id": thread.id,
        "gmail_thread_id": thread.gmail_thread_id,
        "account": thread.account_address,
        "company": thread.company,
        "role": thread.role,
        "subject": thread.subject,
        # StrEnum members are str: JSON writes their value (and `.value` is slow).
        "stage": thread.stage,
        "action": thread.action,
        "reason": thread.reason,
        "until": when(thread.until),
        "due": when(thread.due),
        "day_only": thread.day_only,
        "contact": thread.contact,
        "last_message_at": when(thread.last_message_at),
        "gmail_url": gmail_url(thread.account_address, thread.gmail_thread_id),
        "application": None
        if thread.application_id is None
        else {
            "id": thread.application_id,
            "company": thread.application_company,
            "role": thread.application_role,
        },
    }


def grouped(threads: Iterable[PopupRow]) -> list[dict[str, Any]]:
    """The `groups` member of GET /api/threads."""
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in GROUPS}
    for thread in threads:
        groups[_GROUP_OF_NAME[thread.action]].append(thread_json(thread))
    return [{"key": key, "title": title, "threads": groups[key]} for key, title, _ in GROUPS]


def end_of_week(now: datetime, timezone: str) -> datetime:
    """Next Monday 00:00 on the user's calendar: the week ends there."""
    local = now.astimezone(zone(timezone))
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday + timedelta(days=7)  # wall-clock arithmetic: DST shifts are respected


def summary(threads: Iterable[PopupRow], now: datetime, timezone: str) -> dict[str, Any]:
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
