"""What the popup shows: the user's interview threads grouped by what to do now.

One query (storage.repository.popup_threads). Stored advice is used as it is while it
holds; only where it has expired (its `until` has passed) is it re-evaluated here from the
stored facts, because advice depends on the clock. Nothing is written back: the worker's
re-evaluation job persists advice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from afterview.facts_io import facts_from_dict
from afterview.model import Advice, Stage
from afterview.timeline import stage_at
from server.logs import log
from server.schemas import GROUPS
from storage.models import User
from storage.repository import popup_threads

_GROUP_OF_NAME: dict[str, str] = {
    action.value: key for key, _, actions in GROUPS for action in actions
}
ACT_NOW = "act_now"


@lru_cache(maxsize=256)
def _policy(name: str, overrides_json: str, timezone: str, country: str | None) -> Any:
    from afterview.policy import policy_from_settings  # the domain's policy

    overrides = json.loads(overrides_json)
    return policy_from_settings(name, {**overrides, "timezone": timezone, "country": country})


def user_policy(user: User) -> Any:
    """The user's policy object (cached per distinct settings)."""
    return _policy(
        user.policy,
        json.dumps(user.policy_overrides or {}, sort_keys=True),
        user.timezone,
        user.country,
    )


def _advise(facts: dict[str, Any], now: datetime, policy: Any) -> tuple[Stage, Advice]:
    """The stage as read at `now` (an interview just over is `interviewed`) and the advice."""
    from afterview.policy import advise

    thread = facts_from_dict(facts)
    return stage_at(thread, now), advise(thread, now, policy)


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


# The columns of storage.repository.popup_threads, in its order (checked per request).
_FIELDS = (
    "id",
    "gmail_thread_id",
    "account_address",
    "subject",
    "company",
    "role",
    "stage",
    "action",
    "reason",
    "until",
    "due",
    "contact",
    "last_message_at",
    "advised_at",
    "application_id",
    "application_company",
    "application_role",
    "facts",
)


def current_threads(session: Any, user: User, now: datetime) -> list[dict[str, Any]]:
    """The user's threads as the API shows them, with advice valid at `now`, newest
    message first. Built in one pass, rows unpacked by position: this runs for every
    popup opening, for every thread."""
    rows = popup_threads(session, user.id, now)
    if rows and rows[0]._fields != _FIELDS:
        raise RuntimeError(f"popup_threads columns changed: {rows[0]._fields}")
    policy = None
    threads = []
    for (
        thread_id,
        gmail_thread_id,
        account,
        subject,
        company,
        role,
        stage,
        action,
        reason,
        until,
        due,
        contact,
        last_message_at,
        _advised_at,
        application_id,
        application_company,
        application_role,
        facts,
    ) in rows:
        if facts is not None:  # the stored advice expired: decide again, for now
            try:
                policy = policy or user_policy(user)
                stage, advice = _advise(facts, now, policy)
            except ValueError as exc:  # unreadable facts or settings: keep what we had
                log.warning("thread %s: advice not re-evaluated: %s", thread_id, exc)
            else:
                action, reason, until, due, contact = (
                    advice.action,
                    advice.reason,
                    advice.until,
                    advice.due,
                    advice.contact,
                )
        threads.append(
            {
                "id": thread_id,
                "gmail_thread_id": gmail_thread_id,
                "account": account,
                "company": company,
                "role": role,
                "subject": subject,
                # StrEnum members are str: JSON writes their value (and `.value` is slow).
                "stage": stage,
                "action": action,
                "reason": reason,
                "until": when(until),
                "due": when(due),
                "contact": contact,
                "last_message_at": when(last_message_at),
                "gmail_url": gmail_url(account, gmail_thread_id),
                "application": None
                if application_id is None
                else {
                    "id": application_id,
                    "company": application_company,
                    "role": application_role,
                },
            }
        )
    return threads


def grouped(threads: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in GROUPS}
    for thread in threads:
        groups[_GROUP_OF_NAME[thread["action"]]].append(thread)
    return [{"key": key, "title": title, "threads": groups[key]} for key, title, _ in GROUPS]


def end_of_week(now: datetime, timezone: str) -> datetime:
    """Next Monday 00:00 on the user's calendar: the week ends there."""
    local = now.astimezone(ZoneInfo(timezone))
    monday = (local - timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday + timedelta(days=7)  # wall-clock arithmetic: DST shifts are respected


def summary(threads: list[dict[str, Any]], now: datetime, timezone: str) -> dict[str, Any]:
    """Counts for the badge and the popup header.

    `interviews_this_week`: interviews still ahead that start before the week ends on the
    user's calendar (a `prepare` advice lasts until its interview starts)."""
    counts = {key: 0 for key, _, _ in GROUPS}
    week_end = end_of_week(now, timezone)
    upcoming = 0
    for thread in threads:
        counts[_GROUP_OF_NAME[thread["action"]]] += 1
        until = thread["until"]
        if thread["action"] == "prepare" and until and datetime.fromisoformat(until) < week_end:
            upcoming += 1
    return {
        "now": now.isoformat(),
        "actions_due": counts[ACT_NOW],
        "interviews_this_week": upcoming,
        "counts": counts,
    }
