"""Quota as Gmail enforces it: per-method costs, a per-user units limit over a moving
window, a per-user limit on concurrent requests, and the counters the admin reads.

Costs come from `gmail.quota` (shared with the worker, so both agree).

A call counts at the moment it reached Google. For a batch that is the batch's arrival:
Google unpacks a batch and serves its parts side by side, where the sandbox answers them
one after another, so on a busy machine its last part is answered long after the batch
came; counted then, it would share a window with the next batch and be refused where
Google would not refuse it.
"""

from __future__ import annotations

import bisect
import math
import threading
from collections import Counter, defaultdict
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
        # Per user, (moment counted, units) in order of moment: the window's calls.
        self._window: dict[str, list[tuple[float, int]]] = defaultdict(list)
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

    def charge(self, user: str, method_id: str, at: float | None = None) -> int:
        """Spend the method's units, or raise the over-limit error (spending nothing).
        `at`: when the call arrived, if not now (a batch's part: the batch's arrival)."""
        cost = self.settings.table.cost(method_id)
        now = self.clock()
        span = self.settings.window_seconds
        with self._lock:
            window = self._window[user]
            gone = bisect.bisect_right(window, (now - span, math.inf))
            if gone:
                self._window_units[user] -= sum(units for _, units in window[:gone])
                del window[:gone]
            # A batch answered for longer than the window counts at the window's start.
            earliest = math.nextafter(now - span, math.inf)
            moment = now if at is None else min(now, max(at, earliest))
            rate = self.settings.units_per_second
            if rate is not None and window:
                capacity = rate * span
                if not self._fits(user, moment, cost, capacity, span):
                    self._rejected[user]["rateLimit"] += 1
                    spent = self._window_units[user]
                    retry_at = self._time_with_room(window, spent, cost, capacity, span)
                    retry_after = max(1, math.ceil(retry_at - now))
                    raise rate_limit_error(self.settings.over_limit_status, retry_at, retry_after)
            bisect.insort(window, (moment, cost))
            self._window_units[user] += cost
            self._units[user] += cost
            self._calls[user][method_id] += 1
        return cost

    def _fits(self, user: str, moment: float, cost: int, capacity: float, span: float) -> bool:
        """Whether `cost` more units at `moment` keep every window within `capacity`:
        the one ending then, and, for a call counted late, those ending at each later
        call it shares a window with."""
        window = self._window[user]
        if window[-1][0] <= moment:  # the usual case: nothing counted after it
            return self._window_units[user] + cost <= capacity
        ends = [moment] + [stamp for stamp, _ in window if moment < stamp < moment + span]
        return all(
            sum(units for stamp, units in window if end - span < stamp <= end) + cost <= capacity
            for end in ends
        )

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
