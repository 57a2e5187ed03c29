"""The worker's configuration, from the environment. Reading it does no I/O.

Every key is read by `afterview_config` (its `SETTINGS` say what each means, and the
README's configuration table lists them): `AFTERVIEW_*` variables, with `DATABASE_URL` and
`REDIS_URL` accepted under their usual names too. `GOOGLE_OAUTH_SERVER` (the sandbox) sets
the token endpoint and the Gmail API endpoint, as it sets the API's endpoints.
`AFTERVIEW_PUBLIC_URL` (the server's) lets the weekly summary link to its settings page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import afterview_config
from afterview_config import MIN_INTERVAL
from gmail.client import GOOGLE_API_ENDPOINT, GOOGLE_TOKEN_URI
from gmail.quota import DEFAULT_TABLE, TABLES, QuotaTable
from gmail.retry import RetryPolicy
from storage.db import database_url
from worker.queueing import DEFAULT_QUEUE_PREFIX

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# Quota windows at least this long keep back the units of the one Gmail call Afterview
# makes outside the worker's limiter (`WorkerSettings.limiter_window`).
LONG_WINDOW_SECONDS = 10.0
# That call: the server's `users.stop` when an account is deleted (server.push.stop_watch).
UNMETERED_METHOD = "gmail.users.stop"
# The arrival margin unless set (`WorkerSettings.limiter_window`): on a second's window,
# where batches are 25 thread reads, it starts at 10 ms and doubles on each 429 up to
# 50 ms (`worker.quota.ArrivalMargin`; at 50 ms runs at load 3.5 met refused parts, on a
# quiet machine 10 ms meets none, and each 10 ms costs 1 % of the pace); on a long one,
# where they are 100 (a request four times the size to write, and for Gmail to read,
# before it counts), it is 0.5 s and stays (0.8 % of a minute's pace).
SHORT_WINDOW_START_MARGIN = 0.01
SHORT_WINDOW_MARGIN = 0.05
LONG_WINDOW_MARGIN = 0.5
# Refresh tokens must be refreshed by the client they were issued to; a sandbox accepts any.
DEFAULT_CLIENT_ID = "afterview-local"


# A setting the worker cannot use; the message names it (one line).
SettingsError = afterview_config.ConfigError


@dataclass(frozen=True)
class WorkerSettings:
    database_url: str
    redis_url: str = DEFAULT_REDIS_URL
    queue_prefix: str = DEFAULT_QUEUE_PREFIX  # worker.queueing: <prefix>-interactive, ...
    secret_keys: str | None = None
    google_client_id: str = DEFAULT_CLIENT_ID
    google_client_secret: str = ""
    google_token_uri: str = GOOGLE_TOKEN_URI
    gmail_api_endpoint: str = GOOGLE_API_ENDPOINT
    quota_table_name: str = DEFAULT_TABLE.name
    units_per_second: float | None = None  # None: the table's own rate
    quota_fraction: float = 1.0
    arrival_margin: float | None = None  # seconds; None: the window's own (margin_seconds)
    gmail_retry_base_delay: float = 1.0
    gmail_retry_max_wait: float = 300.0
    full_sync_months: int = 12
    sync_chunk: int = 100
    poll_interval: int = 60
    sync_interval: int = 300
    reevaluate_interval: int = 60
    public_url: str | None = None
    # Pub/Sub topic for Gmail push notifications (worker.watching); None: polling only.
    gmail_push_topic: str | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, instance_path: Path | None = None
    ) -> WorkerSettings:
        """From the environment, read and checked by `afterview_config` (the one place
        every process reads its settings): a malformed value raises `SettingsError`."""
        config = afterview_config.read(environ)
        afterview_config.check_values(config, afterview_config.WORKER)
        if instance_path is None:
            instance_path = Path(config.get("INSTANCE_PATH") or "instance").resolve()
        settings = cls(
            database_url=database_url(config.get("DATABASE_URL"), instance_path),
            redis_url=config.redis_url,
            queue_prefix=config.get("QUEUE_PREFIX") or DEFAULT_QUEUE_PREFIX,
            secret_keys=config.get("SECRET_KEYS"),
            google_client_id=config.get("GOOGLE_CLIENT_ID") or DEFAULT_CLIENT_ID,
            google_client_secret=config.get("GOOGLE_CLIENT_SECRET") or "",
            google_token_uri=config.google_endpoint("GOOGLE_TOKEN_URI"),
            gmail_api_endpoint=config.gmail_api_endpoint,
            quota_table_name=config.get("GMAIL_QUOTA_TABLE") or DEFAULT_TABLE.name,
            units_per_second=config.number("GMAIL_UNITS_PER_SECOND", None),
            quota_fraction=config.number("GMAIL_QUOTA_FRACTION", 1.0),
            arrival_margin=config.number("GMAIL_ARRIVAL_MARGIN", None),
            gmail_retry_base_delay=config.number("GMAIL_RETRY_BASE_DELAY", 1.0),
            gmail_retry_max_wait=config.number("GMAIL_RETRY_MAX_WAIT", 300.0),
            full_sync_months=config.integer("FULL_SYNC_MONTHS", 12),
            sync_chunk=config.integer("SYNC_CHUNK", 100),
            poll_interval=config.integer("POLL_INTERVAL", 60),
            sync_interval=config.integer("SYNC_INTERVAL", 300),
            reevaluate_interval=config.integer("REEVALUATE_INTERVAL", 60),
            public_url=(config.get("PUBLIC_URL") or "").rstrip("/") or None,
            gmail_push_topic=config.get("GMAIL_PUSH_TOPIC"),
        )
        settings.check()
        return settings

    def check(self) -> None:
        if self.quota_table_name not in TABLES:
            raise SettingsError(
                f"AFTERVIEW_GMAIL_QUOTA_TABLE: unknown table {self.quota_table_name!r}; "
                f"known: {', '.join(TABLES)}"
            )
        if not 0 < self.quota_fraction <= 1:
            raise SettingsError("AFTERVIEW_GMAIL_QUOTA_FRACTION: must be above 0 and at most 1")
        if not 0 <= self.margin_seconds <= self.quota_table.window_seconds:
            raise SettingsError(
                "AFTERVIEW_GMAIL_ARRIVAL_MARGIN: from 0 to the quota window "
                f"({self.quota_table.window_seconds:g} s)"
            )
        if self.units_per_second is not None and self.units_per_second <= 0:
            raise SettingsError("AFTERVIEW_GMAIL_UNITS_PER_SECOND: must be positive")
        if not 1 <= self.full_sync_months <= 120:
            raise SettingsError("AFTERVIEW_FULL_SYNC_MONTHS: must be from 1 to 120")
        if self.sync_chunk < 1:
            raise SettingsError("AFTERVIEW_SYNC_CHUNK: at least 1 thread")
        if self.gmail_retry_base_delay < 0 or self.gmail_retry_max_wait < 0:
            raise SettingsError("Gmail retry delays must not be negative")
        if min(self.poll_interval, self.sync_interval, self.reevaluate_interval) < MIN_INTERVAL:
            raise SettingsError(
                f"poll, sync and re-evaluation intervals: at least {MIN_INTERVAL} seconds"
            )
        if self.poll_interval > self.sync_interval:
            raise SettingsError("AFTERVIEW_POLL_INTERVAL: at most AFTERVIEW_SYNC_INTERVAL")

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(
            base_delay=self.gmail_retry_base_delay,
            max_delay=max(32.0 * self.gmail_retry_base_delay, self.gmail_retry_base_delay),
            max_retry_after=self.gmail_retry_max_wait,
        )

    @property
    def quota_table(self) -> QuotaTable:
        table = TABLES[self.quota_table_name]
        if self.units_per_second is not None:
            table = table.with_rate(self.units_per_second)
        return table

    @property
    def limiter_window(self) -> tuple[float, float]:
        """(units, seconds): what the worker lets itself spend in any window of that
        length.

        The length is the table's window plus `margin_seconds`: two calls that would not
        fit one of Gmail's windows together go out at least a window and the margin
        apart, so the first may reach Gmail up to the margin later than the limiter
        placed it (a thread woken late, a request still being written) without landing in
        the second's window and meeting a 429. A margin for jitter is a time, not a share
        of the user's units: 50 ms on google-2023's second costs 5 % of its pace; 0.5 s
        on google-2026's minute, where a batch is four times the size, 0.8 %.

        The units are `quota_fraction` of the window's (all of them by default: every
        Gmail call the worker makes for an account goes through this limiter), less, on
        a long window, the cost of the one call Afterview makes outside it: the server's
        `users.stop` when an account is deleted (50 units), which then always finds room.
        On a short window the same reserve would cost a fifth of the pace; a stop that
        meets a full second is refused once and the watch lapses within 7 days, and a
        sync part it displaces is retried.
        """
        table = self.quota_table
        units = table.units_per_second * table.window_seconds * self.quota_fraction
        reserve = table.cost(UNMETERED_METHOD)
        if table.window_seconds >= LONG_WINDOW_SECONDS and units > 10 * reserve:
            units -= reserve
        return units, table.window_seconds + self.margin_seconds

    @property
    def margin_seconds(self) -> float:
        """The margin the limiter starts at: `arrival_margin` if set, else the window's
        own: 10 ms on a short window (widening, `widest_margin_seconds`), 0.5 s on a long
        one (a 10,000-thread sync under google-2026 met one refused batch at 50 ms on a
        loaded machine)."""
        if self.arrival_margin is not None:
            return self.arrival_margin
        return LONG_WINDOW_MARGIN if self._long_window else SHORT_WINDOW_START_MARGIN

    @property
    def widest_margin_seconds(self) -> float | None:
        """How wide the margin may grow, doubling on each 429; None: it stays as it
        starts (a margin set by `arrival_margin`, or a long window's)."""
        if self.arrival_margin is not None or self._long_window:
            return None
        return SHORT_WINDOW_MARGIN

    @property
    def _long_window(self) -> bool:
        return self.quota_table.window_seconds >= LONG_WINDOW_SECONDS
