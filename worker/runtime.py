"""What a job needs at hand: the settings, the database, Redis, the key box, and a way to
build an account's Gmail client. Built lazily, once per process and configuration.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import redis

from gmail.client import MAX_BATCH_CALLS, GmailClient, oauth_credentials
from gmail.errors import AuthRevoked
from gmail.quota import QuotaTable
from storage.crypto import SecretBox, SecretKeyError
from storage.db import Database
from storage.models import GmailAccount
from worker.quota import ArrivalMargin, Limiter, WindowLimiter
from worker.settings import WorkerSettings
from worker.sync import THREAD_READ_METHOD


def batch_size_for(table: QuotaTable) -> int:
    """Calls per batch: a batch of thread reads must fit the quota window whole, or its
    last parts meet 429s (250 units a second allows 25 reads of 10 units, not 50)."""
    capacity = table.units_per_second * table.window_seconds
    return max(1, min(MAX_BATCH_CALLS, int(capacity // table.cost(THREAD_READ_METHOD))))


@dataclass
class Runtime:
    settings: WorkerSettings
    database: Database
    redis: redis.Redis
    box: SecretBox

    @classmethod
    def from_settings(cls, settings: WorkerSettings) -> Runtime:
        return cls(
            settings=settings,
            database=Database.from_url(settings.database_url),
            redis=redis.Redis.from_url(
                settings.redis_url, socket_connect_timeout=5, socket_timeout=30
            ),
            box=SecretBox.from_config(settings.secret_keys),
        )

    def gmail_client(self, account: GmailAccount, *, limiter_key: str | None = None) -> GmailClient:
        """The account's client: its stored grant, paced by the shared per-account limiter."""
        return gmail_client_for(
            account, self.settings, self.box, self.redis, limiter_key=limiter_key
        )

    def close(self) -> None:
        self.database.dispose()
        self.redis.close()


def gmail_client_for(
    account: GmailAccount,
    settings: WorkerSettings,
    box: SecretBox,
    redis_conn: redis.Redis | None,
    *,
    limiter_key: str | None = None,
) -> GmailClient:
    """Raises AuthRevoked when there is no usable grant (nothing stored, or a key that no
    longer opens it): the user must sign in again either way."""
    try:
        refresh_token = account.refresh_token(box)
    except SecretKeyError as exc:
        raise AuthRevoked(f"the stored sign-in cannot be opened: {exc}") from None
    if not refresh_token:
        raise AuthRevoked("no sign-in stored for this account")
    credentials = oauth_credentials(
        refresh_token=refresh_token,
        client_id=settings.google_client_id,
        client_secret=settings.google_client_secret,
        token_uri=settings.google_token_uri,
        scopes=account.scopes or None,
    )
    table = settings.quota_table
    limiter = None
    if redis_conn is not None:
        # Keyed by mailbox: Google's limit is per mailbox, whoever connected it.
        limiter = limiter_for(settings, redis_conn, limiter_key or account.address)
    return GmailClient(
        credentials,
        api_endpoint=settings.gmail_api_endpoint,
        limiter=limiter,
        quota_table=table,
        retry_policy=settings.retry_policy,
        batch_size=batch_size_for(table),
    )


def limiter_for(settings: WorkerSettings, redis_conn: redis.Redis, key: str) -> Limiter:
    """The limiter that follows the quota table's window: a log in Redis of what was spent
    when, over the window `WorkerSettings.limiter_window` gives, its margin the one this
    process keeps for the account (widened by the 429s any of its syncs met)."""
    capacity, _window = settings.limiter_window
    start, widest = settings.margin_seconds, settings.widest_margin_seconds
    with _margins_lock:
        margin = _margins.setdefault((key, start, widest), ArrivalMargin(start, widest))
    return WindowLimiter(
        redis_conn, key, capacity, settings.quota_table.window_seconds, margin=margin
    )


_lock = threading.Lock()
_runtimes: dict[WorkerSettings, Runtime] = {}
# Each account's arrival margin in this process, by (limiter key, start, widest): it only
# widens, and a new job's limiter starts where the last one left it.
_margins_lock = threading.Lock()
_margins: dict[tuple[str, float, float | None], ArrivalMargin] = {}


def runtime(settings: WorkerSettings | None = None) -> Runtime:
    """The process's runtime for these settings (from the environment by default)."""
    settings = settings or WorkerSettings.from_env()
    with _lock:
        found = _runtimes.get(settings)
        if found is None:
            found = _runtimes[settings] = Runtime.from_settings(settings)
        return found


def reset_runtimes() -> None:
    """Close every cached runtime (tests switching databases; a worker shutting down)."""
    with _lock:
        for item in _runtimes.values():
            item.close()
        _runtimes.clear()
    with _margins_lock:
        _margins.clear()
