"""A user's preferences as the API shows them (under `/api/settings`), and changing them:
time zone, country (whose public holidays business days skip), policy and its windows, the
weekly summary. Policy, zone and country are checked by the advice service's own
`strict_policy`, so the API accepts exactly what the advice can use; they are read back
through the one reader (`storage.advice.user_preferences`, `afterview.service.policy_for`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from afterview.business_days import zone
from afterview.service import Preferences, policy_for, strict_policy
from server.errors import ApiError
from server.schemas import WEEKDAYS, WINDOWS
from storage.advice import user_preferences
from storage.models import User
from storage.repository import expire_advice


def _window_value(value: Any) -> int | float:
    if isinstance(value, timedelta):
        hours = value / timedelta(hours=1)
        return int(hours) if hours.is_integer() else hours
    return value


def read_preferences(user: User) -> dict[str, Any]:
    policy = policy_for(user_preferences(user))
    return {
        "timezone": user.timezone,
        "country": user.country,
        "policy": user.policy,
        "windows": {name: _window_value(getattr(policy, name)) for name in WINDOWS},
        "weekly_summary": {
            "enabled": user.weekly_summary_enabled,
            "day": WEEKDAYS[user.weekly_summary_day],
        },
    }


def _check_timezone(name: str) -> str:
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ApiError(
            422,
            f"timezone: unknown time zone {name[:64]!r} (an IANA name such as Europe/Paris)",
            field="timezone",
        ) from None
    return name


def _check_policy(preferences: Preferences) -> None:
    try:
        strict_policy(preferences)
    except ValueError as exc:
        message = str(exc)
        key = message.partition(":")[0]
        if key in WINDOWS:
            raise ApiError(422, f"windows.{message}", field=f"windows.{key}") from None
        field = key if key in ("policy", "timezone", "country") else "windows"
        raise ApiError(422, message, field=field) from None


def update_preferences(
    session: Session, user: User, changes: dict[str, Any], now: datetime
) -> None:
    """Apply a validated PUT /api/settings body (fields left out keep their value; a
    window set to null returns to the policy's default). Advice is marked for
    re-evaluation when the time zone, the country or the policy changed."""
    timezone = _check_timezone(changes.get("timezone", user.timezone))
    policy = changes.get("policy", user.policy)
    overrides = dict(user.policy_overrides or {})
    for name, value in (changes.get("windows") or {}).items():
        if value is None:
            overrides.pop(name, None)
        else:
            overrides[name] = value
    country = changes.get("country", user.country)
    _check_policy(Preferences(policy, overrides, timezone, country))
    advice_changes = (timezone, country, policy, overrides) != (
        user.timezone,
        user.country,
        user.policy,
        user.policy_overrides or {},
    )
    user.timezone, user.country = timezone, country
    user.policy, user.policy_overrides = policy, overrides
    weekly = changes.get("weekly_summary") or {}
    if "enabled" in weekly:
        user.weekly_summary_enabled = weekly["enabled"]
    if "day" in weekly:
        user.weekly_summary_day = WEEKDAYS.index(weekly["day"])
    if advice_changes:
        expire_advice(session, user.id, now)
