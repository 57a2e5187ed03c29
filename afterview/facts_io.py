"""ThreadFacts to and from plain JSON-able dicts.

Storage keeps the facts of a thread (never its bodies) so advice can be re-evaluated as
the clock moves without calling Gmail; the generator writes true facts for evaluation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from afterview.model import (
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)

FORMAT_VERSION = 1


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _address(address: Address) -> list[str]:
    return [address.email, address.name]


def _parse_address(value: list[str]) -> Address:
    email, name = value
    return Address(email, name)


def facts_to_dict(facts: ThreadFacts) -> dict[str, Any]:
    return {
        "v": FORMAT_VERSION,
        "interview": facts.detection.interview,
        "confidence": facts.detection.confidence,
        "signals": list(facts.detection.signals),
        "stage": facts.stage.value,
        "company": facts.company,
        "role": facts.role,
        "subject": facts.subject,
        "first_message_at": _when(facts.first_message_at),
        "last_message_at": _when(facts.last_message_at),
        "interview_start": _when(facts.interview_start),
        "interview_end": _when(facts.interview_end),
        "interview_cancelled": facts.interview_cancelled,
        "interview_time_inferred": facts.interview_time_inferred,
        "employer_messages": [
            {
                "at": _when(m.at),
                "sender": _address(m.sender),
                "asks_candidate": m.asks_candidate,
                "decision_by": _when(m.decision_by),
                "is_scheduling": m.is_scheduling,
                "is_rejection": m.is_rejection,
                "is_offer": m.is_offer,
            }
            for m in facts.employer_messages
        ],
        "candidate_messages": [
            {
                "at": _when(m.at),
                "to": [_address(a) for a in m.to],
                "is_thank_you": m.is_thank_you,
                "is_follow_up": m.is_follow_up,
                "withdraws": m.withdraws,
                "accepts_offer": m.accepts_offer,
            }
            for m in facts.candidate_messages
        ],
        "employer_contacts": [_address(a) for a in facts.employer_contacts],
        "automated_messages": facts.automated_messages,
    }


def facts_from_dict(data: dict[str, Any]) -> ThreadFacts:
    """The inverse of `facts_to_dict`; raises ValueError on a dict it did not write."""
    if data.get("v") != FORMAT_VERSION:
        raise ValueError(f"unsupported facts format version {data.get('v')!r}")
    try:
        return ThreadFacts(
            detection=Detection(
                interview=bool(data["interview"]),
                confidence=float(data["confidence"]),
                signals=tuple(data["signals"]),
            ),
            stage=Stage(data["stage"]),
            company=data["company"],
            role=data["role"],
            subject=data["subject"],
            first_message_at=_parse_when(data["first_message_at"]),
            last_message_at=_parse_when(data["last_message_at"]),
            interview_start=_parse_when(data["interview_start"]),
            interview_end=_parse_when(data["interview_end"]),
            interview_cancelled=bool(data["interview_cancelled"]),
            interview_time_inferred=bool(data.get("interview_time_inferred", False)),
            employer_messages=tuple(
                EmployerMessage(
                    at=_parse_when(m["at"]),
                    sender=_parse_address(m["sender"]),
                    asks_candidate=m["asks_candidate"],
                    decision_by=_parse_when(m["decision_by"]),
                    is_scheduling=m["is_scheduling"],
                    is_rejection=m["is_rejection"],
                    is_offer=m["is_offer"],
                )
                for m in data["employer_messages"]
            ),
            candidate_messages=tuple(
                CandidateMessage(
                    at=_parse_when(m["at"]),
                    to=tuple(_parse_address(a) for a in m["to"]),
                    is_thank_you=m["is_thank_you"],
                    is_follow_up=m["is_follow_up"],
                    # facts stored before the field existed said nothing of a withdrawal
                    withdraws=bool(m.get("withdraws", False)),
                    accepts_offer=bool(m.get("accepts_offer", False)),
                )
                for m in data["candidate_messages"]
            ),
            employer_contacts=tuple(_parse_address(a) for a in data["employer_contacts"]),
            automated_messages=int(data["automated_messages"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed facts: {exc!r}") from exc
