"""Per-account Gmail quota limiters kept in Redis, shared by every worker process.

Google limits each user to so many quota units per second no matter how many of our
processes call on that user's behalf, so the budget lives in Redis, not in a process: one
token bucket per account, updated by one Lua script so a reservation is a single atomic
step on the server. The script reads the clock with Redis's TIME, so workers on machines
whose clocks disagree still share one timeline.

A reservation never fails: when the bucket is short the caller goes into debt and is told
how long to wait. Later callers queue behind that debt, so waiters are served in the order
their reservations reached Redis, and the units admitted over any interval T never exceed
``burst + units_per_second * T``.

That suits a table counted over one second (Google's 2023 table: 250 units in any
second). A table counted over a minute (the 2026 one: 6,000 units per user per minute)
is better kept by `WindowLimiter`, which keeps Gmail's own arithmetic: a log of what was
spent when, and room for a request as soon as the units that left the window make it.
A token bucket there must keep its burst at the window's headroom (600 units) and so
starts a sign-in's first minute as slowly as any other; the window lets the first
minute's units go at once, which is what brings the first advice in seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

import redis

KEY_PREFIX = "afterview:quota"

# Counters of units spent outlive an idle bucket by this much, so a report read after a
# quiet spell still sees them; a bucket itself expires once it would be full again.
SPENT_TTL_SECONDS = 7 * 24 * 3600
IDLE_GRACE_SECONDS = 60

# KEYS[1] bucket hash {tokens, ts}; KEYS[2] units-spent counter.
# ARGV: units_per_second, burst, units, bucket idle grace (s), spent ttl (s).
# Returns the wait in seconds as a string (a Lua number would be truncated to an integer).
_RESERVE_LUA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) + tonumber(now_parts[2]) / 1000000
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local units = tonumber(ARGV[3])
local grace = tonumber(ARGV[4])
local spent_ttl = tonumber(ARGV[5])

local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
if now > ts then
  tokens = math.min(burst, tokens + (now - ts) * rate)
  ts = now
end
-- A bucket whose burst was lowered since it was written must not keep the old surplus.
tokens = math.min(tokens, burst) - units

redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens),
                            'ts', string.format('%.17g', ts))
local refill_seconds = (burst - tokens) / rate
redis.call('EXPIRE', KEYS[1], math.ceil(refill_seconds + grace))

if units > 0 then
  redis.call('INCRBY', KEYS[2], units)
  redis.call('EXPIRE', KEYS[2], spent_ttl)
end

local wait = 0
if tokens < 0 then
  wait = -tokens / rate
end
return string.format('%.17g', wait)
"""


class Limiter(Protocol):
    """What the Gmail client needs from a limiter."""

    def acquire(self, units: int) -> float: ...

    def rate_refused(self) -> None:
        """Gmail refused a request this limiter let go, for rate (a 429)."""
        ...


class ArrivalMargin:
    """The time a `WindowLimiter` adds to Gmail's window, so that a request reaching Gmail
    later than the limiter placed it (a thread woken late, a request still being written)
    does not land in the next request's window and meet a 429.

    It starts at `start` and, when `widest` is given, doubles on each refusal for rate up
    to `widest`; it never narrows again (one process's jitter does not go away because a
    few requests got through). Without `widest` it stays at `start`. Shared by every
    limiter of one account in a process (`worker.runtime.limiter_for`), so what one sync
    learnt the next one keeps; thread-safe.
    """

    def __init__(self, start: float, widest: float | None = None) -> None:
        if start < 0:
            raise ValueError(f"start must not be negative, got {start!r}")
        if widest is not None and not widest >= start > 0:
            raise ValueError(f"a margin that widens needs 0 < start <= widest, got {start!r}")
        self.widest = widest
        self._seconds = float(start)
        self._lock = threading.Lock()

    @property
    def seconds(self) -> float:
        return self._seconds

    def widen(self) -> None:
        if self.widest is None:
            return
        with self._lock:
            self._seconds = min(self.widest, self._seconds * 2)


class _RedisLimiter:
    """What both limiters share: waiting out a reservation and the units-spent counter.
    A subclass sets `_redis`, `_sleep` and `spent_key` and implements `reserve`."""

    _redis: redis.Redis
    _sleep: Callable[[float], None]
    spent_key: str

    def reserve(self, units: int) -> float:
        raise NotImplementedError

    def acquire(self, units: int) -> float:
        """Reserve ``units`` and sleep until they may be used; return the seconds waited."""
        wait = self.reserve(units)
        if wait > 0:
            # Waiting out the debt is the limiter's purpose, not a synchronisation hack.
            self._sleep(wait)
        return wait

    def rate_refused(self) -> None:
        """Nothing to learn by default: a token bucket's pace is the table's."""

    def spent(self) -> int:
        """Units reserved for this account (by every process) since the last reset."""
        value = self._redis.get(self.spent_key)
        return int(value) if value is not None else 0

    def reset_spent(self) -> int:
        """Zero the account's spent counter and return what it held, in one step."""
        value = self._redis.getdel(self.spent_key)
        return int(value) if value is not None else 0


class QuotaLimiter(_RedisLimiter):
    """A token bucket in Redis limiting one account's quota units per second.

    ``burst`` is the bucket's capacity (default: one second's worth of units). Every
    process constructing a limiter with the same ``account_key`` on the same Redis shares
    one bucket; they must agree on the rate (the most recent caller's figures apply).
    """

    def __init__(
        self,
        redis_conn: redis.Redis,
        account_key: str,
        units_per_second: float,
        burst: float | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not account_key:
            raise ValueError("account_key must be a non-empty string")
        if not units_per_second > 0:
            raise ValueError(f"units_per_second must be positive, got {units_per_second!r}")
        if burst is None:
            burst = units_per_second
        if not burst > 0:
            raise ValueError(f"burst must be positive, got {burst!r}")
        self.account_key = account_key
        self.units_per_second = float(units_per_second)
        self.burst = float(burst)
        self._redis = redis_conn
        self._sleep = sleep
        # The hash tag keeps both keys on one Redis Cluster slot, which a script requires.
        tag = f"{KEY_PREFIX}:{{{account_key}}}"
        self.bucket_key = f"{tag}:bucket"
        self.spent_key = f"{tag}:spent"
        self._reserve = redis_conn.register_script(_RESERVE_LUA)

    def reserve(self, units: int) -> float:
        """Take ``units`` from the bucket now; return the seconds to wait before using them.

        The units are spent whether or not the caller then waits, so call this only for a
        request about to be sent.
        """
        if units < 0:
            raise ValueError(f"units must not be negative, got {units!r}")
        wait = self._reserve(
            keys=[self.bucket_key, self.spent_key],
            args=[
                repr(self.units_per_second),
                repr(self.burst),
                int(units),
                IDLE_GRACE_SECONDS,
                SPENT_TTL_SECONDS,
            ],
        )
        return float(wait)


# KEYS[1] the log: a list of "stamp units" entries, stamps never decreasing; KEYS[2] the
# units-spent counter. ARGV: capacity, window (s), units, spent ttl (s), only now ("1").
# The request is placed at the earliest moment t (not before now, nor before the last
# entry) at which the entries still inside (t - window, t] leave room for it; with "only
# now", it is placed only if that moment is now, and otherwise left out. Returns the wait
# (t - now) as a string.
_WINDOW_LUA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) + tonumber(now_parts[2]) / 1000000
local capacity = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local units = tonumber(ARGV[3])
local spent_ttl = tonumber(ARGV[4])

local function parse(entry)
  local stamp, cost = string.match(entry, '^(%S+) (%S+)$')
  return tonumber(stamp), tonumber(cost)
end

while true do
  local head = redis.call('LINDEX', KEYS[1], 0)
  if not head then break end
  local stamp = parse(head)
  if stamp > now - window then break end
  redis.call('LPOP', KEYS[1])
end

local entries = redis.call('LRANGE', KEYS[1], 0, -1)
local stamps, costs, total = {}, {}, 0
for i, entry in ipairs(entries) do
  stamps[i], costs[i] = parse(entry)
  total = total + costs[i]
end
local t = now
if #stamps > 0 and stamps[#stamps] > t then t = stamps[#stamps] end
local i = 1
while i <= #stamps do
  if stamps[i] <= t - window then
    total = total - costs[i]
    i = i + 1
  elseif total + units > capacity then
    t = stamps[i] + window
  else
    break
  end
end

if ARGV[5] == '1' and t > now then
  return string.format('%.17g', t - now)
end
redis.call('RPUSH', KEYS[1], string.format('%.17g %d', t, units))
redis.call('EXPIRE', KEYS[1], math.ceil(t - now + window + 1))
if units > 0 then
  redis.call('INCRBY', KEYS[2], units)
  redis.call('EXPIRE', KEYS[2], spent_ttl)
end
return string.format('%.17g', t - now)
"""


class WindowLimiter(_RedisLimiter):
    """At most `capacity` units in any `window_seconds`, for one account, as Gmail counts
    them: a log of reservations in Redis, shared by every process using `account_key`.

    Like `QuotaLimiter`, a reservation never fails: it is placed at the first moment the
    window has room and the caller is told how long to wait for it; later callers queue
    behind it.

    The window it keeps is `window_seconds` plus `margin`'s seconds as they are at each
    reservation (the length goes to the script with each one): a margin widened by a
    refusal (`rate_refused`) is used from the next reservation on.
    """

    def __init__(
        self,
        redis_conn: redis.Redis,
        account_key: str,
        capacity: float,
        window_seconds: float,
        *,
        margin: ArrivalMargin | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not account_key:
            raise ValueError("account_key must be a non-empty string")
        if not capacity > 0:
            raise ValueError(f"capacity must be positive, got {capacity!r}")
        if not window_seconds > 0:
            raise ValueError(f"window_seconds must be positive, got {window_seconds!r}")
        self.account_key = account_key
        self.capacity = float(capacity)
        self.margin = margin or ArrivalMargin(0.0)
        self._gmail_window = float(window_seconds)
        self._redis = redis_conn
        self._sleep = sleep
        tag = f"{KEY_PREFIX}:{{{account_key}}}"
        self.log_key = f"{tag}:window"
        self.spent_key = f"{tag}:spent"
        self._reserve = redis_conn.register_script(_WINDOW_LUA)

    @property
    def window_seconds(self) -> float:
        """The window reservations are placed in now: Gmail's and the margin."""
        return self._gmail_window + self.margin.seconds

    @property
    def units_per_second(self) -> float:
        return self.capacity / self.window_seconds

    def rate_refused(self) -> None:
        """Gmail counted a request this limiter let go in a full window: it reached Gmail
        later than it was placed by more than the margin, so the margin widens."""
        self.margin.widen()

    def reserve(self, units: int, *, only_now: bool = False) -> float:
        """Place ``units`` in the window; return the seconds to wait before using them.
        `only_now`: place them only if they may be used now (a wait of 0); otherwise
        place nothing and return the wait until there may be room."""
        if units < 0:
            raise ValueError(f"units must not be negative, got {units!r}")
        wait = self._reserve(
            keys=[self.log_key, self.spent_key],
            args=[
                repr(self.capacity),
                repr(self.window_seconds),
                int(units),
                SPENT_TTL_SECONDS,
                "1" if only_now else "0",
            ],
        )
        return float(wait)

    def acquire(self, units: int) -> float:
        """Sleep until the window has room for ``units`` now, then place them now; return
        the seconds waited.

        Placed when they are sent, not when a wait for them began: a reservation placed
        ahead would hold the moment the caller meant to send, and a caller woken late
        (a loaded machine; another thread holding the interpreter) would send after it,
        into the next request's window at Gmail. Callers waiting together are not
        served in a set order: whichever asks first once there is room."""
        waited = 0.0
        while (wait := self.reserve(units, only_now=True)) > 0:
            # Waiting for room is the limiter's purpose, not a synchronisation hack.
            self._sleep(wait)
            waited += wait
        return waited
