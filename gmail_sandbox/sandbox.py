"""The sandbox as a whole: mailboxes, tokens, quota, faults and the knobs that tune them.

Everything here is plain Python (no Flask): tests and benchmarks may drive it directly,
and the HTTP app (`gmail_sandbox.app.create_app`) is a thin layer over it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from gmail.quota import DEFAULT_TABLE, TABLES, QuotaTable
from gmail_sandbox import delivery
from gmail_sandbox.faults import DEFAULT_MIX, FaultInjector, FaultSettings
from gmail_sandbox.push import WATCH_LIFETIME_MS, PubSub, RetryPolicy, Watch
from gmail_sandbox.quota import QuotaMeter, QuotaSettings
from gmail_sandbox.store import Change, Mailbox, StoredMessage
from gmail_sandbox.tokens import FULL_SCOPE, LONG_LIVED, TokenGrant, TokenStore

TABLE_RATE = "table"  # units_per_second: use the quota table's own published rate
DEFAULT_ME = "me@example.com"


def quota_table_named(name: str) -> QuotaTable:
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"unknown quota table {name!r}; known: {', '.join(TABLES)}") from None


class Sandbox:
    """A set of mailboxes (one per address) behind one OAuth server and one quota meter."""

    def __init__(
        self,
        *,
        me: str = DEFAULT_ME,
        quota_table: QuotaTable | str = DEFAULT_TABLE,
        units_per_second: float | str | None = TABLE_RATE,
        over_limit_status: int = 429,
        max_concurrent: int | None = 20,
        fault_rate: float = 0.0,
        fault_seed: int = 0,
        fault_mix: dict[str, float] | None = None,
        fault_latency: float = 0.25,
        history_retention: int | None = None,
        token_lifetime: float = 3600.0,
        push_retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        table = quota_table_named(quota_table) if isinstance(quota_table, str) else quota_table
        rate = table.units_per_second if units_per_second == TABLE_RATE else units_per_second
        if over_limit_status not in (403, 429):
            raise ValueError("over_limit_status must be 429 or 403")
        self.me = me.lower()
        self.clock = clock
        self.history_retention = history_retention
        self.quota = QuotaMeter(
            QuotaSettings(table, rate, over_limit_status, max_concurrent), clock
        )
        self.faults = FaultInjector(
            FaultSettings(fault_rate, fault_seed, dict(fault_mix or DEFAULT_MIX), fault_latency)
        )
        self.tokens = TokenStore(clock, token_lifetime)
        # Gmail push notifications: the watches by address, and the Pub/Sub they publish to.
        self.pubsub = PubSub(clock, push_retry)
        self.watches: dict[str, Watch] = {}
        self._lock = threading.Lock()
        self._mailboxes: dict[str, Mailbox] = {}
        self.add_mailbox(self.me)

    # ---- mailboxes -----------------------------------------------------------------------

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    def add_mailbox(self, address: str) -> Mailbox:
        """The mailbox for `address`, created empty when it does not exist yet."""
        key = address.strip().lower()
        if "@" not in key:
            raise ValueError(f"not an email address: {address!r}")
        with self._lock:
            if key not in self._mailboxes:
                mailbox = Mailbox(key, history_retention=self.history_retention)
                mailbox.listener = self._mailbox_changed
                self._mailboxes[key] = mailbox
            return self._mailboxes[key]

    def mailbox(self, address: str | None = None) -> Mailbox:
        """The mailbox for `address` (default: `me`). KeyError when there is none."""
        return self._mailboxes[(address or self.me).strip().lower()]

    def has_mailbox(self, address: str) -> bool:
        return address.strip().lower() in self._mailboxes

    @property
    def addresses(self) -> list[str]:
        with self._lock:
            return sorted(self._mailboxes)

    def deliver(
        self,
        raw: bytes,
        *,
        to: str | None = None,
        thread_id: str | None = None,
        label_ids: Iterable[str] | None = None,
        internal_date: int | None = None,
    ) -> StoredMessage:
        """A new message arrives in `to`'s mailbox (default `me`), as mail from outside.

        Labels INBOX+UNREAD (SENT when from the owner) unless `label_ids` says otherwise;
        threaded by `thread_id` or by its References; internal date from its Date header."""
        return delivery.receive(
            self.mailbox(to),
            raw,
            now_ms=self.now_ms(),
            thread_id=thread_id,
            label_ids=label_ids,
            internal_date=internal_date,
        )

    # ---- push notifications ----------------------------------------------------------------

    def watch(
        self,
        address: str,
        topic: str,
        label_ids: Iterable[str] = (),
        behavior: str = "include",
    ) -> Watch:
        """users.watch: (re)start pushing `address`'s changes to `topic` for 7 days. The
        topic must exist (KeyError otherwise), as Pub/Sub's must."""
        if topic not in self.pubsub.topics:
            raise KeyError(topic)
        mailbox = self.mailbox(address)
        with mailbox.lock:
            watch = Watch(
                topic,
                tuple(label_ids),
                behavior,
                self.now_ms() + WATCH_LIFETIME_MS,
                mailbox.history_id,
            )
            self.watches[mailbox.address] = watch
        return watch

    def stop_watch(self, address: str) -> None:
        """users.stop: no more notifications for `address` (nothing when none was set)."""
        self.watches.pop(address.strip().lower(), None)

    def _mailbox_changed(self, address: str, history_id: int, changes: list[Change]) -> None:
        watch = self.watches.get(address)
        if watch is None or self.now_ms() >= watch.expiration_ms or not watch.covers(changes):
            return
        self.pubsub.publish(watch.topic, address, history_id)

    def close(self) -> None:
        """Stop delivering pushes (the HTTP server is stopped by whoever started it)."""
        self.pubsub.close()

    # ---- tokens --------------------------------------------------------------------------

    def issue_token(
        self,
        address: str | None = None,
        *,
        scope: Iterable[str] | None = None,
        lifetime: float | None = None,
        client_id: str = "sandbox",
    ) -> TokenGrant:
        """An access token (and its refresh token) for `address`, creating its mailbox."""
        mailbox = self.add_mailbox(address or self.me)
        return self.tokens.issue(
            mailbox.address,
            client_id=client_id,
            scope=tuple(scope or (FULL_SCOPE,)),
            lifetime=lifetime,
        )

    def long_lived_token(self, address: str | None = None) -> str:
        return self.issue_token(address, lifetime=LONG_LIVED).access_token

    # ---- run-time configuration ----------------------------------------------------------

    def config(self) -> dict[str, Any]:
        quota = self.quota.settings
        faults = self.faults.settings
        return {
            "me": self.me,
            "quota": {
                "table": quota.table.name,
                "unitsPerSecond": quota.units_per_second,
                "windowSeconds": quota.window_seconds,
                "overLimitStatus": quota.over_limit_status,
                "maxConcurrent": quota.max_concurrent,
            },
            "faults": {
                "rate": faults.rate,
                "seed": faults.seed,
                "mix": dict(faults.mix),
                "latencySeconds": faults.latency_seconds,
            },
            "history": {"retainRecords": self.history_retention},
            "tokens": {"accessLifetimeSeconds": self.tokens.access_lifetime},
        }

    def configure(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Apply a partial config shaped like `config()`. ValueError names what is wrong;
        nothing changes unless everything is valid."""
        unknown = set(changes) - {"quota", "faults", "history", "tokens"}
        if unknown:
            raise ValueError(f"unknown config sections {sorted(unknown)}")
        quota = _section(
            changes, "quota", {"table", "unitsPerSecond", "overLimitStatus", "maxConcurrent"}
        )
        faults = _section(changes, "faults", {"rate", "seed", "mix", "latencySeconds"})
        history = _section(changes, "history", {"retainRecords"})
        tokens = _section(changes, "tokens", {"accessLifetimeSeconds"})

        current = self.quota.settings
        table = quota_table_named(quota["table"]) if "table" in quota else current.table
        rate = current.units_per_second if "table" not in quota else table.units_per_second
        if "unitsPerSecond" in quota:
            rate = _optional_number(quota["unitsPerSecond"], "quota.unitsPerSecond")
        status = quota.get("overLimitStatus", current.over_limit_status)
        if status not in (403, 429):
            raise ValueError("quota.overLimitStatus must be 429 or 403")
        concurrent = current.max_concurrent
        if "maxConcurrent" in quota:
            concurrent = _optional_int(quota["maxConcurrent"], "quota.maxConcurrent")

        old = self.faults.settings
        fault_settings = FaultSettings(
            rate=float(_number(faults.get("rate", old.rate), "faults.rate")),
            seed=int(_number(faults.get("seed", old.seed), "faults.seed")),
            mix=dict(faults.get("mix", old.mix)),
            latency_seconds=float(
                _number(faults.get("latencySeconds", old.latency_seconds), "faults.latency")
            ),
        )
        fault_settings.validate()
        retention = self.history_retention
        if "retainRecords" in history:
            retention = _optional_int(history["retainRecords"], "history.retainRecords")
        lifetime = self.tokens.access_lifetime
        if "accessLifetimeSeconds" in tokens:
            lifetime = float(_number(tokens["accessLifetimeSeconds"], "tokens.lifetime"))

        self.quota.settings = QuotaSettings(table, rate, status, concurrent)
        self.faults.reconfigure(fault_settings)
        self.tokens.access_lifetime = lifetime
        if retention != self.history_retention:
            self.history_retention = retention
            for address in self.addresses:
                self.mailbox(address).set_history_retention(retention)
        return self.config()

    def usage(self) -> dict[str, Any]:
        users = self.quota.usage()
        for user, kinds in self.faults.counts().items():
            users.setdefault(user, {"unitsSpent": 0, "calls": {}, "rejected": {}})
            users[user]["faults"] = kinds
        for report in users.values():
            report.setdefault("faults", {})
        return {"users": users}

    def reset_counters(self) -> None:
        """Zero quota counters and windows, and restart the fault sequence from its seed."""
        self.quota.reset()
        self.faults.reset()


def _section(changes: dict, name: str, known: set[str]) -> dict:
    section = changes.get(name, {})
    if not isinstance(section, dict):
        raise ValueError(f"{name} must be an object")
    unknown = set(section) - known
    if unknown:
        raise ValueError(f"unknown {name} settings {sorted(unknown)}; known: {sorted(known)}")
    return section


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, not {value!r}")
    return value


def _optional_number(value: Any, name: str) -> float | None:
    if value is None:
        return None
    number = float(_number(value, name))
    if number < 0:
        raise ValueError(f"{name} must be >= 0")
    return number or None  # 0 means no limit, like --quota 0


def _optional_int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    number = _number(value, name)
    if number != int(number) or number < 0:
        raise ValueError(f"{name} must be a whole number >= 0")
    return int(number)
