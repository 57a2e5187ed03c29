"""Builders for the worker's tests: a sandbox Gmail holding a generated mailbox, an account
connected to it through the sandbox's OAuth server, the worker's settings pointing at
both, and snapshots of the state a sync leaves (database and Gmail labels) to compare."""

from __future__ import annotations

import contextlib
import json
import os
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlalchemy import select

from gmail.client import GmailClient
from gmail_sandbox.loading import load_generated
from gmail_sandbox.sandbox import Sandbox
from gmail_sandbox.serve import RunningSandbox, running_sandbox
from storage.crypto import SecretBox
from storage.db import Database
from storage.models import GmailAccount, LabelMapping, SyncState, ThreadRecord
from worker.connect import authorize, store_account
from worker.runtime import gmail_client_for
from worker.settings import WorkerSettings

ME = "me@example.com"
KEY = "z7rnZIZ6nOgtxAI4Q8GGO0b8Mh2dvqu0ZsSv2QqMCqQ="  # a Fernet key for tests only
SYNC_REDIS_URL = os.environ.get("AFTERVIEW_TEST_SYNC_REDIS_URL", "redis://127.0.0.1:6379/11")
FAST = 100_000.0  # units per second: the worker's pacing out of the way (quota tests set theirs)
FIXED_NOW = datetime(
    2026, 3, 16, 15, 0, tzinfo=UTC
)  # pinned: no test builds its data from the wall clock


@contextlib.contextmanager
def generated_sandbox(threads: int, seed: int = 5, **options: Any) -> Iterator[RunningSandbox]:
    """A sandbox Gmail (quota off unless asked) holding `threads` generated threads."""
    options.setdefault("units_per_second", None)
    sandbox = Sandbox(me=ME, **options)
    # Date-less generated messages take the load time as their date: the session's clock, so
    # that two sandboxes of one test hold the same mail whatever second each was started.
    load_generated(
        sandbox.mailbox(),
        threads=threads,
        seed=seed,
        now=FIXED_NOW,
        now_ms=int(FIXED_NOW.timestamp() * 1000),
    )
    with running_sandbox(sandbox, admin=True) as running:
        yield running


def settings_for(running: RunningSandbox, database: Database, **changes: Any) -> WorkerSettings:
    values: dict[str, Any] = {
        "database_url": database.url,
        "redis_url": SYNC_REDIS_URL,
        "secret_keys": KEY,
        "google_token_uri": running.url + "/token",
        "gmail_api_endpoint": running.url,
        "units_per_second": FAST,
        "gmail_retry_base_delay": 0.01,
        "gmail_retry_max_wait": 0.05,
    }
    values.update(changes)
    return WorkerSettings(**values)


def settings_env(settings: WorkerSettings) -> dict[str, str]:
    """The same settings as environment variables, for jobs and subprocesses."""
    return {
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "AFTERVIEW_SECRET_KEYS": settings.secret_keys or "",
        "AFTERVIEW_GOOGLE_TOKEN_URI": settings.google_token_uri,
        "AFTERVIEW_GMAIL_API_ENDPOINT": settings.gmail_api_endpoint,
        "AFTERVIEW_GMAIL_UNITS_PER_SECOND": str(settings.units_per_second),
        "AFTERVIEW_GMAIL_RETRY_BASE_DELAY": str(settings.gmail_retry_base_delay),
        "AFTERVIEW_GMAIL_RETRY_MAX_WAIT": str(settings.gmail_retry_max_wait),
        "AFTERVIEW_SYNC_CHUNK": str(settings.sync_chunk),
        "AFTERVIEW_QUEUE_PREFIX": settings.queue_prefix,
    }


def connect(running: RunningSandbox, database: Database, address: str = ME) -> int:
    """The mailbox connected through the sandbox's OAuth server; the account id."""
    grant = authorize(running.url, address, client_id=WorkerSettings.google_client_id)
    with database.session() as session:
        return store_account(session, address, grant, SecretBox([KEY])).id


def client_for(
    settings: WorkerSettings, database: Database, account_id: int, redis_conn: Any = None
) -> GmailClient:
    with database.session() as session:
        account = session.get(GmailAccount, account_id)
        return gmail_client_for(account, settings, SecretBox([KEY]), redis_conn)


# -- looking at the result ----------------------------------------------------------------

_VOLATILE = {
    "id",
    "account_id",
    "updated_at",
    "advised_at",
    "synced_at",
    "application_id",
    "history_id",
}


def snapshot(database: Database, account_id: int) -> dict[str, Any]:
    """Everything a sync decides about the account, minus timestamps of when it ran."""
    with database.session() as session:
        threads = {}
        for record in session.scalars(
            select(ThreadRecord).where(ThreadRecord.account_id == account_id)
        ):
            row = {
                column: getattr(record, column)
                for column in ThreadRecord.__table__.columns.keys()
                if column not in _VOLATILE
            }
            row["gmail_message_ids"] = sorted(row["gmail_message_ids"] or [])
            # The detection's signals come out in an order that varies between processes
            # (PYTHONHASHSEED); what fired is what matters here.
            row["signals"] = sorted(row["signals"] or [])
            if row["facts"]:
                row["facts"] = {**row["facts"], "signals": sorted(row["facts"]["signals"])}
            threads[record.gmail_thread_id] = row
        state = session.get(SyncState, account_id)
        labels = {
            m.purpose: (m.label_name, m.deleted_at is not None)
            for m in session.scalars(
                select(LabelMapping).where(LabelMapping.account_id == account_id)
            )
        }
        return {
            "threads": threads,
            "labels": labels,
            "status": str(state.status),
            "full_sync_pending": state.full_sync_started_at is not None,
        }


def admin(running: RunningSandbox, path: str, body: Any = None, method: str | None = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        running.url + "/_admin" + path, data=data, method=method or ("POST" if data else "GET")
    )
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as answer:
        text = answer.read()
    return json.loads(text) if text else None


def mailbox_state(running: RunningSandbox, address: str = ME) -> dict[str, Any]:
    return admin(running, f"/mailboxes/{address}")


def label_names(running: RunningSandbox, address: str = ME) -> dict[str, str]:
    return {label["id"]: label["name"] for label in mailbox_state(running, address)["labels"]}


def gmail_labels(running: RunningSandbox, address: str = ME) -> dict[str, list[str]]:
    """Per message: the names of its user labels (ours, and any the user made)."""
    state = mailbox_state(running, address)
    names = {label["id"]: label["name"] for label in state["labels"] if label["type"] == "user"}
    return {
        message["id"]: sorted(names[i] for i in message.get("labelIds", []) if i in names)
        for message in state["messages"]
    }


def system_labels(running: RunningSandbox, address: str = ME) -> dict[str, list[str]]:
    state = mailbox_state(running, address)
    users = {label["id"] for label in state["labels"] if label["type"] == "user"}
    return {
        message["id"]: sorted(i for i in message.get("labelIds", []) if i not in users)
        for message in state["messages"]
    }


def usage(running: RunningSandbox, address: str = ME) -> dict[str, Any]:
    return admin(running, "/usage")["users"].get(
        address, {"unitsSpent": 0, "calls": {}, "rejected": {}}
    )


def reset_usage(running: RunningSandbox) -> None:
    admin(running, "/usage/reset", {})


def deliver(running: RunningSandbox, raw: bytes, thread_id: str | None = None) -> dict[str, Any]:
    path = f"/mailboxes/{ME}/messages" + (f"?threadId={thread_id}" if thread_id else "")
    request = urllib.request.Request(running.url + "/_admin" + path, data=raw, method="POST")
    request.add_header("Content-Type", "message/rfc822")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def recruiter_mail(
    subject: str,
    body: str,
    *,
    sender: str = "Dana Recruiter <dana@northwind.example>",
    message_id: str | None = None,
    date: datetime | None = None,
    **headers: str,
) -> bytes:
    """A plain message from an employer, dated at the pinned `FIXED_NOW` unless told."""
    lines = [
        f"From: {sender}",
        f"To: {ME}",
        f"Subject: {subject}",
        f"Date: {format_datetime(date or FIXED_NOW)}",
        f"Message-ID: {message_id or make_msgid(domain='northwind.example')}",
        *(f"{name.replace('_', '-')}: {value}" for name, value in headers.items()),
        "Content-Type: text/plain; charset=utf-8",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


@contextlib.contextmanager
def flushed_queues(prefix: str) -> Iterator[Any]:
    """The three job queues named `prefix-...` on the workers' Redis (database 11),
    flushed before and after."""
    import redis

    from worker.queueing import Queues

    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    try:
        yield Queues(connection, prefix)
    finally:
        connection.flushdb()
        connection.close()


def wait_for(condition: Callable[[], Any], timeout: float = 30.0, what: str = "") -> Any:
    """Poll `condition` until it returns something truthy, or fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def comparable(running: RunningSandbox, database: Database, account_id: int) -> dict[str, Any]:
    """`snapshot` plus the Gmail labels, with every Gmail id (threads, messages, labels)
    replaced by what names it across sandboxes (Message-IDs, label names), so two runs
    on two sandboxes holding the same mailbox compare equal when they did the same."""
    state = mailbox_state(running)
    # Gmail's ids come from arrival times, which differ between sandboxes for mail with
    # no Date header; Message-IDs do not (mail without one is named by its subject).
    rfc_of = {m["id"]: m["rfc822MessageId"] or f"no-id:{m['subject']}" for m in state["messages"]}
    members: dict[str, list[str]] = {}
    for message in state["messages"]:
        members.setdefault(message["threadId"], []).append(rfc_of[message["id"]])
    thread_key = {thread: "|".join(sorted(ids)) for thread, ids in members.items()}
    names = {label["id"]: label["name"] for label in state["labels"]}
    taken = snapshot(database, account_id)
    threads = {}
    for thread_id, row in taken["threads"].items():
        row = dict(row)
        row["gmail_message_ids"] = sorted(rfc_of.get(i, i) for i in row["gmail_message_ids"])
        for column in ("applied_label_id", "label_target_id"):
            row[column] = names.get(row[column], row[column])
        row.pop("gmail_thread_id", None)
        threads[thread_key.get(thread_id, thread_id)] = row
    labels = {
        rfc_of[message_id]: names_on
        for message_id, names_on in gmail_labels(running).items()
        if names_on
    }
    return {**taken, "threads": threads, "gmail_labels": labels}


def differences(left: dict[str, Any], right: dict[str, Any]) -> list[str]:
    """What differs between two `comparable` states, readably (empty when they agree)."""
    found = [f"{key}: {left[key]!r} != {right[key]!r}" for key in left if key != "threads"
             and left[key] != right.get(key)]  # fmt: skip
    for key in sorted(set(left["threads"]) | set(right["threads"])):
        a, b = left["threads"].get(key), right["threads"].get(key)
        if a is None or b is None:
            found.append(f"thread {key[:60]}: only in {'right' if a is None else 'left'}")
        elif a != b:
            fields = {name: (a.get(name), b.get(name)) for name in a if a.get(name) != b.get(name)}
            found.append(f"thread {key[:60]}: {fields}")
    return found
