"""Quota as Gmail enforces it: per-method costs, a per-user units limit over a moving
window, a per-user limit on concurrent requests, and the counters the admin reads.

Costs come from `gmail.quota` (shared with the worker, so both agree).
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from gmail.quota import DEFAULT_TABLE, QuotaTable
from gmail_sandbox.errors import GoogleError


@dataclass
class QuotaSettings:
    table: QuotaTable = DEFAULT_TABLE
    # units per second per user; None: no limit. The limit applies over the table's window.
    units_per_second: float | None = DEFAULT_TABLE.units_per_second
    over_limit_status: int = 429  # 429 rateLimitExceeded, or 403 userRateLimitExceeded
    max_concurrent: int | None = 20

    @property
    def window_seconds(self) -> float:
        return self.table.window_seconds


def rate_limit_error(status: int, retry_at: float, retry_after: int) -> GoogleError:
    headers = {"Retry-After": str(retry_after)}
    if status == 403:
        return GoogleError(
            403,
            "User Rate Limit Exceeded",
            reason="userRateLimitExceeded",
            domain="usageLimits",
            headers=headers,
        )
    when = datetime.fromtimestamp(retry_at, UTC).isoformat(timespec="milliseconds")
    message = f"User-rate limit exceeded.  Retry after {when.replace('+00:00', 'Z')}"
    return GoogleError(
        429, message, reason="rateLimitExceeded", domain="usageLimits", headers=headers
    )


def concurrency_error() -> GoogleError:
    return GoogleError(
        429,
        "Too many concurrent requests for user.",
        reason="rateLimitExceeded",
        domain="usageLimits",
        headers={"Retry-After": "1"},
    )


class QuotaMeter:
    def __init__(self, settings: QuotaSettings, clock: Callable[[], float]) -> None:
        self.settings = settings
        self.clock = clock
        self._lock = threading.Lock()
        self._window: dict[str, deque[tuple[float, int]]] = defaultdict(deque)
        self._window_units: Counter[str] = Counter()
        self._in_flight: Counter[str] = Counter()
        self._units: Counter[str] = Counter()
        self._calls: dict[str, Counter[str]] = defaultdict(Counter)
        self._rejected: dict[str, Counter[str]] = defaultdict(Counter)

    @contextmanager
    def slot(self, user: str) -> Iterator[None]:
        """Hold one of the user's concurrent-request slots for the duration of a call."""
        limit = self.settings.max_concurrent
        with self._lock:
            if limit is not None and self._in_flight[user] >= limit:
                self._rejected[user]["concurrency"] += 1
                raise concurrency_error()
            self._in_flight[user] += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight[user] -= 1

    def charge(self, user: str, method_id: str) -> int:
        """Spend the method's units, or raise the over-limit error (spending nothing)."""
        cost = self.settings.table.cost(method_id)
        now = self.clock()
        with self._lock:
            window = self._window[user]
            span = self.settings.window_seconds
            while window and window[0][0] <= now - span:
                self._window_units[user] -= window.popleft()[1]
            rate = self.settings.units_per_second
            if rate is not None:
                capacity = rate * span
                spent = self._window_units[user]
                if window and spent + cost > capacity:
                    self._rejected[user]["rateLimit"] += 1
                    retry_at = self._time_with_room(window, spent, cost, capacity, span)
                    retry_after = max(1, math.ceil(retry_at - now))
                    raise rate_limit_error(self.settings.over_limit_status, retry_at, retry_after)
            window.append((now, cost))
            self._window_units[user] += cost
            self._units[user] += cost
            self._calls[user][method_id] += 1
        return cost

    @staticmethod
    def _time_with_room(window, spent: int, cost: int, capacity: float, span: float) -> float:
        for stamp, units in window:
            spent -= units
            if spent + cost <= capacity:
                return stamp + span
        return window[-1][0] + span

    def usage(self) -> dict[str, dict]:
        with self._lock:
            users = set(self._units) | set(self._rejected)
            return {
                user: {
                    "unitsSpent": self._units[user],
                    "calls": dict(sorted(self._calls[user].items())),
                    "rejected": dict(self._rejected[user]),
                }
                for user in sorted(users)
            }

    def reset(self) -> None:
        with self._lock:
            self._window.clear()
            self._window_units.clear()
            self._units.clear()
            self._calls.clear()
            self._rejected.clear()
