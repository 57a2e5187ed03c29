"""Filling a mailbox at start-up: from .eml/.mbox files (a Gmail Takeout export, or a
directory of them), from generated threads, or from any iterable of threads given as lists
of RFC 822 bytes.

An mbox is split into threads by `afterview.mail_files` (X-GM-THRID, else References,
else subject and participants), the same reading as `afterview classify`. Labels come from
Takeout's X-Gmail-Labels when a message has it; otherwise messages from the mailbox's
owner land in SENT, others in INBOX+UNREAD. Only headers are parsed (once); bodies wait
until something reads them. Loaded mail predates the history log, so a history sync
starts from the historyId the mailbox reports after loading.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from afterview.mail_files import mail_files_under, threads_in_file
from gmail_sandbox import mime
from gmail_sandbox.delivery import incoming_labels
from gmail_sandbox.errors import GoogleError
from gmail_sandbox.store import Mailbox, date_header_ms


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector: a load allocates hundreds of thousands of objects
    and no cycles, and the collector's full passes over them would double the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class LoadReport:
    messages: int = 0
    threads: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, what went wrong)


# Takeout's names for Gmail's system labels (X-Gmail-Labels), lower-cased.
_TAKEOUT_SYSTEM_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "important": "IMPORTANT",
    "starred": "STARRED",
    "unread": "UNREAD",
    "spam": "SPAM",
    "trash": "TRASH",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "chat": "CHAT",
    "category personal": "CATEGORY_PERSONAL",
    "category social": "CATEGORY_SOCIAL",
    "category promotions": "CATEGORY_PROMOTIONS",
    "category updates": "CATEGORY_UPDATES",
    "category forums": "CATEGORY_FORUMS",
}
# Takeout's states that are not labels: "Opened" is read mail (no UNREAD), "Archived" is
# mail out of the inbox (no INBOX).
_TAKEOUT_STATES = frozenset({"opened", "archived"})


def message_labels(mailbox: Mailbox, headers: list[tuple[str, str]]) -> frozenset[str]:
    """The labels a loaded message gets: its X-Gmail-Labels (user labels created as
    needed) when it has them, else SENT for the owner's mail and INBOX+UNREAD for others."""
    value = mime.first_header(headers, "x-gmail-labels")
    if value is None or not value.strip():
        return incoming_labels(mailbox, headers)
    labels = set()
    for name in next(csv.reader([mime.decode_value(value)], skipinitialspace=True), []):
        name = name.strip()
        if not name or name.lower() in _TAKEOUT_STATES:
            continue
        label_id = _TAKEOUT_SYSTEM_LABELS.get(name.lower()) or _user_label(mailbox, name)
        if label_id is not None:
            labels.add(label_id)
    return frozenset(labels) or incoming_labels(mailbox, headers)


def _user_label(mailbox: Mailbox, name: str) -> str | None:
    """The id of the user label `name`, created when new; None for a name Gmail refuses."""
    for label in mailbox.labels.values():
        if label.type == "user" and label.name.lower() == name.lower():
            return label.id
    try:
        return mailbox.create_label({"name": name}).id
    except GoogleError:
        return None


def _add_thread(mailbox: Mailbox, raws: Iterable[bytes], now_ms: int) -> int:
    """Store `raws` as one thread; returns how many messages were stored."""
    thread_id: str | None = None
    stored = 0
    for raw in raws:
        headers = mime.parse_headers(raw)
        message = mailbox.add(
            raw,
            labels=message_labels(mailbox, headers),
            internal_date=date_header_ms(headers) or now_ms,
            thread_id=thread_id,
            headers=headers,
            record=False,
        )
        thread_id = thread_id or message.thread_id
        stored += 1
    return stored


def load_threads(mailbox: Mailbox, threads: Iterable[list[bytes]], *, now_ms: int) -> LoadReport:
    """Each item is one thread's messages, oldest first."""
    report = LoadReport()
    with _bulk():
        for raws in threads:
            if raws:
                report.messages += _add_thread(mailbox, raws, now_ms)
                report.threads += 1
    mailbox.forget_load_history()
    return report


def load_path(mailbox: Mailbox, path: Path, *, now_ms: int) -> LoadReport:
    """A Takeout `.mbox` (or any mbox or `.eml` file), or a directory of them."""
    if path.is_dir():
        return load_directory(mailbox, path, now_ms=now_ms)
    report = LoadReport()
    with _bulk():
        _load_mbox(mailbox, path, report, now_ms)
    mailbox.forget_load_history()
    return report


def _load_mbox(mailbox: Mailbox, path: Path, report: LoadReport, now_ms: int) -> None:
    for found in threads_in_file(path):
        if found.error is not None:
            where = f"{found.path} (thread {found.thread})" if found.thread else found.path
            report.errors.append((where, found.error))
            continue
        report.messages += _add_thread(mailbox, found.raws, now_ms)
        report.threads += 1


def load_directory(mailbox: Mailbox, directory: Path, *, now_ms: int) -> LoadReport:
    """Every `.mbox` under `directory` is split into its threads; every `.eml` is one
    message, threaded with the others by its References as Gmail would. A file that
    cannot be read is reported and skipped; the rest still load."""
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a directory")
    with _bulk():
        return _load_directory(mailbox, directory, now_ms)


def _load_directory(mailbox: Mailbox, directory: Path, now_ms: int) -> LoadReport:
    report = LoadReport()
    singles: list[tuple[int, bytes, list[tuple[str, str]]]] = []
    for path in mail_files_under(directory):
        if path.suffix.lower() == ".mbox":
            _load_mbox(mailbox, path, report, now_ms)
            continue
        try:
            raw = path.read_bytes()
        except OSError as exc:
            report.errors.append((str(path), f"{type(exc).__name__}: {exc}"))
            continue
        if not raw.strip():
            report.errors.append((str(path), "empty file"))
            continue
        headers = mime.parse_headers(raw)
        singles.append((date_header_ms(headers) or now_ms, raw, headers))
    # Oldest first, so a reply finds the message it answers already stored.
    singles.sort(key=lambda item: item[0])
    for internal_date, raw, headers in singles:
        before = len(mailbox.threads)
        mailbox.add(
            raw,
            labels=message_labels(mailbox, headers),
            internal_date=internal_date,
            thread_id=mailbox.thread_by_references(headers),
            headers=headers,
            record=False,
        )
        report.messages += 1
        report.threads += len(mailbox.threads) - before
    mailbox.forget_load_history()
    return report


class GeneratorMissing(RuntimeError):
    pass


def load_generated(
    mailbox: Mailbox, *, threads: int, seed: int, now: datetime, now_ms: int
) -> LoadReport:
    """Threads from `gmail_sandbox.generator.generate_mailbox`, imported only when asked."""
    try:
        from gmail_sandbox.generator import generate_mailbox
    except ModuleNotFoundError as exc:
        if exc.name != "gmail_sandbox.generator":
            raise
        raise GeneratorMissing(
            "generated mailboxes need gmail_sandbox.generator, which this checkout lacks"
        ) from None
    generated = generate_mailbox(mailbox.address, threads, seed, now)
    return load_threads(mailbox, (thread.messages for thread in generated), now_ms=now_ms)
