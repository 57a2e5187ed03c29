"""Seeded fault injection: which calls fail, and how, is a pure function of
(seed, user, n) where n counts that user's calls, so a failure sequence replays exactly.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter, deque
from dataclasses import dataclass, field

# 500/503 backendError bodies, a 429 rateLimitExceeded, a connection closed with no
# response, or an answer that is merely late.
FAULT_KINDS = ("500", "503", "429", "drop", "latency")
DEFAULT_MIX = {"500": 3.0, "503": 2.0, "429": 2.0, "drop": 1.0, "latency": 2.0}


@dataclass
class FaultSettings:
    rate: float = 0.0  # fraction of calls that get a fault
    seed: int = 0
    mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MIX))
    latency_seconds: float = 0.25

    def validate(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        unknown = set(self.mix) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}; known: {FAULT_KINDS}")
        if any(weight < 0 for weight in self.mix.values()) or not any(self.mix.values()):
            raise ValueError("fault mix weights must be >= 0 with at least one above 0")
        if self.latency_seconds < 0:
            raise ValueError("fault latency must be >= 0 seconds")


def _unit_interval(*parts: object) -> float:
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


@dataclass(frozen=True)
class InjectedFault:
    user: str
    call: int  # the user's call number, from 0
    method: str
    kind: str

    def as_json(self) -> dict:
        return {"user": self.user, "call": self.call, "method": self.method, "kind": self.kind}


class FaultInjector:
    LOG_SIZE = 10_000

    def __init__(self, settings: FaultSettings) -> None:
        settings.validate()
        self.settings = settings
        self._lock = threading.Lock()
        self._calls: Counter[str] = Counter()
        self.log: deque[InjectedFault] = deque(maxlen=self.LOG_SIZE)

    def decide(self, user: str, method_id: str) -> str | None:
        """The fault for this user's next call, or None. Every call consumes one decision."""
        with self._lock:
            n = self._calls[user]
            self._calls[user] += 1
            settings = self.settings
            if (
                settings.rate <= 0
                or _unit_interval(settings.seed, user, n, "rate") >= settings.rate
            ):
                return None
            kinds = [(k, w) for k in FAULT_KINDS if (w := settings.mix.get(k, 0.0)) > 0]
            pick = _unit_interval(settings.seed, user, n, "kind") * sum(w for _, w in kinds)
            kind = kinds[-1][0]  # should rounding overshoot the total
            for candidate, weight in kinds:
                if pick < weight:
                    kind = candidate
                    break
                pick -= weight
            self.log.append(InjectedFault(user, n, method_id, kind))
            return kind

    def reconfigure(self, settings: FaultSettings) -> None:
        settings.validate()
        with self._lock:
            self.settings = settings

    def counts(self) -> dict[str, dict[str, int]]:
        with self._lock:
            out: dict[str, Counter[str]] = {}
            for fault in self.log:
                out.setdefault(fault.user, Counter())[fault.kind] += 1
            return {user: dict(kinds) for user, kinds in sorted(out.items())}

    def reset(self) -> None:
        """Restart every user's call count, so the same seed replays the same faults."""
        with self._lock:
            self._calls.clear()
            self.log.clear()
