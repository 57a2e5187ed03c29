"""Advice for a stored thread, worked out in exactly one place.

The worker (sync and the re-evaluation of expired advice), the API's list, summary and
drafts, and the labels (through the action the worker stores) all get their advice from
`thread_advice`, through `storage.advice.Advisor`, so they never disagree; the weekly
summary email is to use it too. Its inputs are plain data:

- the facts the domain read from the thread (`afterview.timeline.thread_facts`, or the
  stored copy of them), never the bodies;
- what the user said (`UserFeedback`): a thread marked "is an interview" always is, one
  marked "not an interview" never is, and a sender marked "not an interview" stops being
  flagged. The facts stay the domain's own (the feedback may be withdrawn later);
- the user's `Preferences`: policy name, adjusted windows, time zone and country, turned
  into a `Policy` by `policy_for` with one rule for values that are no longer valid.

Pure: the answer depends on the arguments only; `now` is passed in.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from afterview.model import Action, Detection, FeedbackKind, Stage, ThreadFacts
from afterview.policy import STANDARD, Policy, advise, policy_from_preferences
from afterview.timeline import stage_at

log = logging.getLogger(__name__)

# Signals added to the detection when the user's word overrides the domain's reading.
FEEDBACK_FORCES_INTERVIEW = "feedback:is_interview"
FEEDBACK_NOT_INTERVIEW = "feedback:not_interview"
FEEDBACK_SENDER_NOT_INTERVIEW = "feedback:sender_not_interview"


@dataclass(frozen=True)
class Preferences:
    """What the user chose for their advice, as stored (JSON windows, names of zones)."""

    policy: str = "standard"
    windows: Mapping[str, Any] = field(default_factory=dict)  # policy field -> value
    timezone: str = "UTC"
    country: str | None = None  # ISO 3166-1 alpha-2; None counts weekends only


@dataclass(frozen=True, slots=True)
class UserFeedback:
    """What the user said that changes whether a thread is an interview."""

    thread: frozenset[FeedbackKind] = frozenset()  # said about this thread
    not_interview_senders: frozenset[str] = frozenset()  # senders the user marked


NO_FEEDBACK = UserFeedback()


@dataclass(frozen=True, slots=True)
class StoredAdvice:
    """The advice for a thread at a moment, with what it rests on: the columns to store."""

    detection: Detection  # after the user's feedback
    stage: Stage  # as read at `now`: an interview now over is `interviewed`
    action: Action
    reason: str
    until: datetime | None = None
    due: datetime | None = None
    contact: str | None = None
    day_only: bool = False  # `Advice.day_only`: until and due name days, their hours stand-ins

    @property
    def interview(self) -> bool:
        return self.detection.interview


def strict_policy(preferences: Preferences) -> Policy:
    """The preferences as a Policy; ValueError naming the field when one is refused (for
    checking a change before it is stored)."""
    return policy_from_preferences(
        preferences.policy,
        {**preferences.windows, "timezone": preferences.timezone, "country": preferences.country},
    )


def policy_for(preferences: Preferences) -> Policy:
    """The user's policy; the standard one on the user's calendar (as much of it as is
    still valid) when stored preferences are refused, so advice never stops. Logged once
    per distinct preferences (the result is cached)."""
    windows = json.dumps(dict(preferences.windows), sort_keys=True, default=repr)
    return _policy(preferences.policy, windows, preferences.timezone, preferences.country)


@lru_cache(maxsize=256)
def _policy(name: str, windows_json: str, timezone: str, country: str | None) -> Policy:
    preferences = Preferences(name, json.loads(windows_json), timezone, country)
    try:
        return strict_policy(preferences)
    except ValueError as exc:
        log.warning("stored preferences refused (%s); advising with the standard policy", exc)
    for calendar in ({"timezone": timezone, "country": country}, {"timezone": timezone}):
        try:
            return replace(STANDARD, **calendar)
        except ValueError:
            continue
    return STANDARD


def _senders(facts: ThreadFacts) -> set[str]:
    addresses = {message.sender.email for message in facts.employer_messages}
    addresses.update(contact.email for contact in facts.employer_contacts)
    return {address for address in addresses if address}


def effective_facts(facts: ThreadFacts, feedback: UserFeedback) -> ThreadFacts:
    """The facts with what the user said applied to the detection."""
    detection = facts.detection
    if FeedbackKind.IS_INTERVIEW in feedback.thread:
        if detection.interview:
            return facts
        signals = (*detection.signals, FEEDBACK_FORCES_INTERVIEW)
        return replace(facts, detection=replace(detection, interview=True, signals=signals))
    if not detection.interview:
        return facts
    if FeedbackKind.NOT_INTERVIEW in feedback.thread:
        signal = FEEDBACK_NOT_INTERVIEW
    elif feedback.not_interview_senders and _senders(facts) & feedback.not_interview_senders:
        signal = FEEDBACK_SENDER_NOT_INTERVIEW
    else:
        return facts
    signals = (*detection.signals, signal)
    return replace(facts, detection=replace(detection, interview=False, signals=signals))


def thread_feedback(
    said: Collection[FeedbackKind], not_interview_senders: Collection[str]
) -> UserFeedback:
    """UserFeedback from the kinds said about a thread and the user's marked senders."""
    if not said and not not_interview_senders:
        return NO_FEEDBACK
    return UserFeedback(frozenset(said), frozenset(not_interview_senders))


def thread_advice(
    facts: ThreadFacts, feedback: UserFeedback, preferences: Preferences, now: datetime
) -> StoredAdvice:
    """What to do about a stored thread at `now` (timezone-aware), for this user."""
    effective = effective_facts(facts, feedback)
    advice = advise(effective, now, policy_for(preferences))
    return StoredAdvice(
        detection=effective.detection,
        stage=stage_at(facts, now),
        action=advice.action,
        reason=advice.reason,
        until=advice.until,
        due=advice.due,
        contact=advice.contact,
        day_only=advice.day_only,
    )


__all__ = [
    "FEEDBACK_FORCES_INTERVIEW",
    "FEEDBACK_NOT_INTERVIEW",
    "FEEDBACK_SENDER_NOT_INTERVIEW",
    "NO_FEEDBACK",
    "Preferences",
    "StoredAdvice",
    "UserFeedback",
    "effective_facts",
    "policy_for",
    "strict_policy",
    "thread_advice",
    "thread_feedback",
]
