"""Filling a mailbox at start-up: from a directory of .eml/.mbox files, from generated
threads, or from any iterable of threads given as lists of RFC 822 bytes.

Messages from the mailbox's owner land in SENT, others in INBOX+UNREAD. Only headers are
parsed (once); bodies wait until something reads them. Loaded mail predates the history
log, so a history sync starts from the historyId the mailbox reports after loading.
"""

from __future__ import annotations

import mailbox as mbox_format
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gmail_sandbox import mime
from gmail_sandbox.delivery import incoming_labels
from gmail_sandbox.store import Mailbox, date_header_ms


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
    for raws in threads:
        if raws:
            report.messages += _add_thread(mailbox, raws, now_ms)
            report.threads += 1
    mailbox.forget_load_history()
    return report


def _read_mbox(path: Path) -> list[bytes]:
    box = mbox_format.mbox(path, create=False)
    try:
        return [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()


def load_directory(mailbox: Mailbox, directory: Path, *, now_ms: int) -> LoadReport:
    """Every `.mbox` under `directory` is one thread; every `.eml` one message, threaded
    with the others by its References as Gmail would. A file that cannot be read is
    reported and skipped; the rest still load."""
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory} is not a directory")
    report = LoadReport()
    singles: list[tuple[int, bytes, list[tuple[str, str]]]] = []
    for path in sorted(directory.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".eml", ".mbox") or not path.is_file():
            continue
        try:
            if suffix == ".mbox":
                raws = _read_mbox(path)
                if not raws:
                    report.errors.append((str(path), "no messages in this mbox"))
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
        except (OSError, ValueError, mbox_format.Error) as exc:
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
