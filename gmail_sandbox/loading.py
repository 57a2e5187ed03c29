"""Filling a mailbox at start-up: from a directory of .eml/.mbox files, from generated
threads, or from any iterable of threads given as lists of RFC 822 bytes.

Messages from the mailbox's owner land in SENT, others in INBOX+UNREAD. Only headers are
parsed (once); bodies wait until something reads them. Loaded mail predates the history
log, so a history sync starts from the historyId the mailbox reports after loading.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gmail_sandbox import mime
from gmail_sandbox.delivery import incoming_labels
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


def _add_thread(mailbox: Mailbox, raws: list[bytes], now_ms: int) -> int:
    """Store `raws` as one thread; returns how many messages were stored."""
    thread_id: str | None = None
    for raw in raws:
        headers = mime.parse_headers(raw)
        message = mailbox.add(
            raw,
            labels=incoming_labels(mailbox, headers),
            internal_date=date_header_ms(headers) or now_ms,
            thread_id=thread_id,
            headers=headers,
            record=False,
        )
        thread_id = thread_id or message.thread_id
    return len(raws)


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


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file (From_ lines removed, bodies left as stored). Much faster
    than the stdlib `mailbox` module, which seeks and copies line by line."""
    starts = [0] if data.startswith(b"From ") else []
    found = data.find(b"\nFrom ")
    while found >= 0:
        starts.append(found + 1)
        found = data.find(b"\nFrom ", found + 1)
    messages = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(data)
        message = data[start:end].partition(b"\n")[2]
        # the blank line before the next From_ line separates messages; it is not content
        for separator in (b"\r\n", b"\n"):
            if message.endswith(separator * 2):
                message = message[: -len(separator)]
                break
        if message.strip():
            messages.append(message)
    return messages


def load_directory(mailbox: Mailbox, directory: Path, *, now_ms: int) -> LoadReport:
    """Every `.mbox` under `directory` is one thread; every `.eml` one message, threaded
    with the others by its References as Gmail would. A file that cannot be read is
    reported and skipped; the rest still load."""
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a directory")
    with _bulk():
        return _load_directory(mailbox, directory, now_ms)


def _load_directory(mailbox: Mailbox, directory: Path, now_ms: int) -> LoadReport:
    report = LoadReport()
    singles: list[tuple[int, bytes, list[tuple[str, str]]]] = []
    for path in sorted(directory.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".eml", ".mbox") or not path.is_file():
            continue
        try:
            if suffix == ".mbox":
                raws = split_mbox(path.read_bytes())
                if not raws:
                    report.errors.append((str(path), "no messages (no From_ lines) in this mbox"))
                    continue
                report.messages += _add_thread(mailbox, raws, now_ms)
                report.threads += 1
            else:
                raw = path.read_bytes()
                if not raw.strip():
                    report.errors.append((str(path), "empty file"))
                    continue
                headers = mime.parse_headers(raw)
                singles.append((date_header_ms(headers) or now_ms, raw, headers))
        except (OSError, ValueError) as exc:
            report.errors.append((str(path), f"{type(exc).__name__}: {exc}"))
    # Oldest first, so a reply finds the message it answers already stored.
    singles.sort(key=lambda item: item[0])
    for internal_date, raw, headers in singles:
        before = len(mailbox.threads)
        mailbox.add(
            raw,
            labels=incoming_labels(mailbox, headers),
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
