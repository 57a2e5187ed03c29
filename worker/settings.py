"""The worker's configuration, from the environment. Reading it does no I/O.

Keys carry the `AFTERVIEW_` prefix the server uses (infra/example.env), except
`DATABASE_URL` and `REDIS_URL`, which keep their usual names:

    DATABASE_URL                    else a SQLite file in the instance folder
    REDIS_URL                       redis://127.0.0.1:6379/0
    AFTERVIEW_QUEUE_NAME            default (the queue the server enqueues on)
    AFTERVIEW_SECRET_KEYS           Fernet keys that open the stored refresh tokens
    AFTERVIEW_GOOGLE_CLIENT_ID      the OAuth client the refresh tokens were issued to
    AFTERVIEW_GOOGLE_CLIENT_SECRET
    AFTERVIEW_GOOGLE_TOKEN_URI      https://oauth2.googleapis.com/token
    AFTERVIEW_GMAIL_API_ENDPOINT    https://gmail.googleapis.com (the sandbox: its base URL)
    AFTERVIEW_GMAIL_QUOTA_TABLE     google-2023 (gmail.quota.TABLES)
    AFTERVIEW_GMAIL_UNITS_PER_SECOND  the table's rate
    AFTERVIEW_GMAIL_QUOTA_FRACTION  0.9 of that rate (0.98 was measured to trip 429s)
    AFTERVIEW_GMAIL_RETRY_BASE_DELAY  1 second: the first backoff after a failed call
    AFTERVIEW_GMAIL_RETRY_MAX_WAIT  300 seconds: the longest Retry-After obeyed
    AFTERVIEW_FULL_SYNC_MONTHS      12
    AFTERVIEW_SYNC_CHUNK            100 threads stored per commit (and progress step)
    AFTERVIEW_SYNC_INTERVAL         300 seconds between incremental syncs of an account
    AFTERVIEW_REEVALUATE_INTERVAL   60 seconds between re-evaluations of expired advice
    AFTERVIEW_PUBLIC_URL            the server's public base URL (as the server's PUBLIC_URL):
                                    the weekly summary links to its settings page there
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gmail.client import GOOGLE_API_ENDPOINT, GOOGLE_TOKEN_URI
from gmail.quota import TABLES, QuotaTable
from storage.db import database_url
from worker.retry import RetryPolicy

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# Refresh tokens must be refreshed by the client they were issued to; a sandbox accepts any.
DEFAULT_CLIENT_ID = "afterview-local"


class SettingsError(ValueError):
    """A setting has a value the worker cannot use; the message names it."""


@dataclass(frozen=True)
class WorkerSettings:
    database_url: str
    redis_url: str = DEFAULT_REDIS_URL
    queue_name: str = "default"
    secret_keys: str | None = None
    google_client_id: str = DEFAULT_CLIENT_ID
    google_client_secret: str = ""
    google_token_uri: str = GOOGLE_TOKEN_URI
    gmail_api_endpoint: str = GOOGLE_API_ENDPOINT
    quota_table_name: str = "google-2023"
    units_per_second: float | None = None  # None: the table's own rate
    quota_fraction: float = 0.9
    gmail_retry_base_delay: float = 1.0
    gmail_retry_max_wait: float = 300.0
    full_sync_months: int = 12
    sync_chunk: int = 100
    sync_interval: int = 300
    reevaluate_interval: int = 60
    public_url: str | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, instance_path: Path | None = None
    ) -> WorkerSettings:
        env = os.environ if environ is None else environ

        def get(name: str, default: str = "") -> str:
            return (env.get(name) or "").strip() or default

        if instance_path is None:
            instance_path = Path(get("AFTERVIEW_INSTANCE_PATH", "instance")).resolve()
        settings = cls(
            database_url=database_url(get("DATABASE_URL") or None, instance_path),
            redis_url=get("REDIS_URL", DEFAULT_REDIS_URL),
            queue_name=get("AFTERVIEW_QUEUE_NAME", "default"),
            secret_keys=get("AFTERVIEW_SECRET_KEYS") or None,
            google_client_id=get("AFTERVIEW_GOOGLE_CLIENT_ID", DEFAULT_CLIENT_ID),
            google_client_secret=get("AFTERVIEW_GOOGLE_CLIENT_SECRET"),
            google_token_uri=get("AFTERVIEW_GOOGLE_TOKEN_URI", GOOGLE_TOKEN_URI),
            gmail_api_endpoint=get("AFTERVIEW_GMAIL_API_ENDPOINT", GOOGLE_API_ENDPOINT),
            quota_table_name=get("AFTERVIEW_GMAIL_QUOTA_TABLE", "google-2023"),
            units_per_second=_number(env, "AFTERVIEW_GMAIL_UNITS_PER_SECOND", None),
            quota_fraction=_number(env, "AFTERVIEW_GMAIL_QUOTA_FRACTION", 0.9),
            gmail_retry_base_delay=_number(env, "AFTERVIEW_GMAIL_RETRY_BASE_DELAY", 1.0),
            gmail_retry_max_wait=_number(env, "AFTERVIEW_GMAIL_RETRY_MAX_WAIT", 300.0),
            full_sync_months=int(_number(env, "AFTERVIEW_FULL_SYNC_MONTHS", 12)),
            sync_chunk=int(_number(env, "AFTERVIEW_SYNC_CHUNK", 100)),
            sync_interval=int(_number(env, "AFTERVIEW_SYNC_INTERVAL", 300)),
            reevaluate_interval=int(_number(env, "AFTERVIEW_REEVALUATE_INTERVAL", 60)),
            public_url=get("AFTERVIEW_PUBLIC_URL").rstrip("/") or None,
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
        if self.units_per_second is not None and self.units_per_second <= 0:
            raise SettingsError("AFTERVIEW_GMAIL_UNITS_PER_SECOND: must be positive")
        if not 1 <= self.full_sync_months <= 120:
            raise SettingsError("AFTERVIEW_FULL_SYNC_MONTHS: must be from 1 to 120")
        if self.sync_chunk < 1:
            raise SettingsError("AFTERVIEW_SYNC_CHUNK: at least 1 thread")
        if self.gmail_retry_base_delay < 0 or self.gmail_retry_max_wait < 0:
            raise SettingsError("Gmail retry delays must not be negative")
        if self.sync_interval < 10 or self.reevaluate_interval < 10:
            raise SettingsError("sync and re-evaluation intervals: at least 10 seconds")

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
    def paced_units_per_second(self) -> float:
        """The rate the worker keeps to: a fraction of the account's limit."""
        return self.quota_table.units_per_second * self.quota_fraction

    @property
    def quota_burst(self) -> float:
        """The limiter's bucket: no more than the window's headroom over the paced rate.

        Gmail counts units over a moving window (250 in any second). A bucket holding a
        full second's worth lets a worker that has paused (for a Retry-After, say) spend
        that second's worth at once and then the next second's on top: twice the limit
        inside one window, a 429, another pause, and so on. With the bucket at the
        headroom, any window sees at most the headroom plus the paced rate.
        """
        table = self.quota_table
        headroom = (table.units_per_second - self.paced_units_per_second) * table.window_seconds
        return max(1.0, headroom * 0.8)


def _number(env: Mapping[str, str], name: str, default: float | None) -> float | None:
    text = (env.get(name) or "").strip()
    if not text:
        return default
    try:
        return float(text)
    except ValueError:
        raise SettingsError(f"{name}: not a number: {text!r}") from None
