"""Mail files as threads: an `.eml` (one message), an `.mbox` (one thread, or a Gmail
Takeout export holding thousands), a directory of them, or an mbox on standard input.

An mbox is read in two passes so that a 5 GB Takeout needs little memory. The first reads
the file in chunks and keeps, per message, only its byte span and its thread (decided from
its headers); the second hands out one thread at a time, reading its messages by seeking.
Neither the whole file nor all its messages are ever held at once.

Messages are grouped into threads by Gmail's `X-GM-THRID`, else by their
`References`/`In-Reply-To` chains, else by normalised subject and participants. Only
headers are read here: the messages are handed out as raw bytes, parsing is the caller's
(`afterview.parse` for the commands, the sandbox's own store for `--mailbox`).
"""

from __future__ import annotations

import email.header
import email.utils
import re
import shutil
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAIL_SUFFIXES = (".eml", ".mbox")
_CHUNK_BYTES = 4 * 1024 * 1024  # read at a time in the first pass
_MAX_HEADER_BYTES = 256 * 1024  # of one message's header block, when grouping
_SNIFF_BYTES = 64 * 1024


class UnreadableMessage(Exception):
    """A file that holds no email at all; `reason` says why in a few words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FileThread:
    """One thread found in a file: its raw RFC 5322 messages, in file order."""

    path: str  # the file as given, or as found under a directory given
    thread: str | None = None  # its id within the file, when the file holds more than one
    raws: tuple[bytes, ...] = ()
    error: str | None = None  # why this file (or this thread of it) could not be read


@dataclass(slots=True)
class ReadProgress:
    """Counts so far over every path, handed to the progress callback as they grow."""

    path: str = ""
    messages: int = 0  # messages found (first pass) in every file so far
    threads: int = 0  # threads handed out so far
    threads_in_file: int = 0  # threads in the current file, once its first pass is done


Progress = Callable[[ReadProgress], None]


def threads_in_paths(
    paths: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> Iterator[FileThread]:
    """Every thread in `paths`, path by path: files, directories (recursively) and "-".

    Never raises on the files themselves: what cannot be read comes out as a `FileThread`
    with `error` set, and the other paths still run.
    """
    counts = ReadProgress()
    for given in paths:
        if given == "-":
            yield from _stdin_threads(stdin or sys.stdin.buffer, counts, progress)
        elif Path(given).is_dir():
            files = mail_files_under(Path(given))
            if not files:
                yield FileThread(given, error="no .eml or .mbox files in this directory")
            for found in files:
                yield from threads_in_file(found, str(found), counts, progress)
        else:
            yield from threads_in_file(Path(given), given, counts, progress)


def mail_files_under(directory: Path) -> list[Path]:
    """The `.eml` and `.mbox` files under `directory`, at any depth, in name order."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.suffix.lower() in MAIL_SUFFIXES and path.is_file()
    )


def threads_in_file(
    path: Path,
    name: str | None = None,
    counts: ReadProgress | None = None,
    progress: Progress | None = None,
) -> Iterator[FileThread]:
    """The threads of one file, named `name` (default: the path) in what comes out."""
    name = str(path) if name is None else name
    counts = counts or ReadProgress()
    try:
        stream = _open(path)
    except UnreadableMessage as exc:
        yield FileThread(name, error=exc.reason)
        return
    with stream:
        yield from _threads_in_stream(stream, path.suffix.lower(), name, counts, progress)


def messages_in_file(path: Path) -> list[bytes]:
    """Every message of an `.eml` (one) or `.mbox` file, in file order, as one thread.

    Raises `UnreadableMessage` when the file cannot be read or a message is not an email.
    """
    with _open(path) as stream:
        head = _head(stream, path)
        if not _is_mbox(head, path.suffix.lower()):
            raw = stream.read()
            _raise_unless_email(path, raw)
            return [raw]
        index = _MboxIndex(stream, path)
        return [_checked(path, index, number) for number in range(len(index))]


def not_an_email_reason(raw: bytes) -> str | None:
    """Why these bytes are not an email, or None when they look like one."""
    if not raw.strip():
        return "empty"
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32 text, not an email"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text, not an email"
    head = raw[:_SNIFF_BYTES].lstrip(b"\r\n")
    end = _HEADER_BLOCK_END.search(head)
    head = head[: end.start()] if end else head
    if b"\0" in head:
        if head.count(0) * 3 >= len(head):  # every other byte NUL: ASCII as UTF-16
            return "UTF-16 text, not an email"
        return "binary content, not an email (NUL bytes in the header block)"
    lines = head.splitlines()
    if lines and lines[0].startswith(b"From "):  # an mbox envelope line
        lines = lines[1:]
    names = set()
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match:
            names.add(match.group(1).lower())
        elif line[:1] not in (b" ", b"\t") or not names:
            break
    if not names & _IDENTIFYING_HEADERS:
        return "not an email (no header block with From, Date, Subject or Message-ID)"
    return None


_HEADER_LINE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]*:")
_IDENTIFYING_HEADERS = frozenset({b"from", b"date", b"subject", b"message-id"})
_HEADER_BLOCK_END = re.compile(rb"\r?\n\r?\n")


# ---------------------------------------------------------------- files and streams


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UnreadableMessage(path, "file not found") from None
    except IsADirectoryError:
        raise UnreadableMessage(path, "is a directory, not a file") from None
    except PermissionError:
        raise UnreadableMessage(path, "permission denied") from None
    except OSError as exc:
        raise UnreadableMessage(path, f"cannot read: {exc.strerror or exc}") from None


def _head(stream: BinaryIO, path: Path | str) -> bytes:
    """The first bytes of the stream (which is left at its start); raises when empty."""
    try:
        head = stream.read(_SNIFF_BYTES)
        while head.isspace() and len(head) < _MAX_HEADER_BYTES:  # blank lines, then mail?
            more = stream.read(_SNIFF_BYTES)
            if not more:
                break
            head += more
        stream.seek(0)
    except OSError as exc:
        raise UnreadableMessage(path, f"cannot read: {exc.strerror or exc}") from None
    if not head.strip():
        raise UnreadableMessage(path, "empty file")
    return head


def _is_mbox(head: bytes, suffix: str) -> bool:
    return suffix == ".mbox" or (suffix != ".eml" and head.startswith(b"From "))


def _raise_unless_email(path: Path | str, raw: bytes) -> None:
    reason = not_an_email_reason(raw)
    if reason:
        raise UnreadableMessage(path, reason)


def _checked(path: Path | str, index: _MboxIndex, number: int) -> bytes:
    raw = index.message(number)
    reason = not_an_email_reason(raw)
    if reason:
        raise UnreadableMessage(path, f"message {number + 1} of the mbox: {reason}")
    return raw


def _stdin_threads(
    stdin: BinaryIO, counts: ReadProgress, progress: Progress | None
) -> Iterator[FileThread]:
    # Standard input cannot seek: spool it to an unnamed temporary file (on disk, so a
    # Takeout piped in costs no memory), then read that as an mbox.
    with tempfile.TemporaryFile(prefix="afterview-stdin-") as spool:
        try:
            shutil.copyfileobj(stdin, spool, _CHUNK_BYTES)
        except OSError as exc:
            yield FileThread("-", error=f"cannot read standard input: {exc.strerror or exc}")
            return
        spool.seek(0)
        yield from _threads_in_stream(spool, "", "-", counts, progress)


def _threads_in_stream(
    stream: BinaryIO, suffix: str, name: str, counts: ReadProgress, progress: Progress | None
) -> Iterator[FileThread]:
    counts.path = name
    counts.threads_in_file = 0
    try:
        head = _head(stream, name)
        if not _is_mbox(head, suffix):
            raw = stream.read()
            _raise_unless_email(name, raw)
            counts.messages += 1
            counts.threads_in_file = 1
            counts.threads += 1
            if progress is not None:
                progress(counts)
            yield FileThread(name, raws=(raw,))
            return
        index = _MboxIndex(stream, name, counts, progress)
    except UnreadableMessage as exc:
        yield FileThread(name, error=exc.reason)
        return
    except OSError as exc:
        yield FileThread(name, error=f"cannot read: {exc.strerror or exc}")
        return
    threads = index.threads()
    counts.threads_in_file = len(threads)
    for thread_id, numbers in threads:
        shown = thread_id if len(threads) > 1 else None
        try:
            raws = tuple(_checked(name, index, number) for number in numbers)
        except UnreadableMessage as exc:
            found = FileThread(name, shown, error=exc.reason)
        except OSError as exc:
            found = FileThread(name, shown, error=f"cannot read: {exc.strerror or exc}")
        else:
            found = FileThread(name, shown, raws=raws)
        counts.threads += 1
        if progress is not None:
            progress(counts)
        yield found


# ---------------------------------------------------------------- the mbox index


class _MboxIndex:
    """Where each message of an mbox is, and which thread it belongs to; not the messages.

    Per message: two offsets and a thread number, in arrays. Threads known by Gmail's id
    take one dict entry each; only mail without one goes through the union-find.
    """

    def __init__(
        self,
        stream: BinaryIO,
        name: str | Path,
        counts: ReadProgress | None = None,
        progress: Progress | None = None,
    ) -> None:
        self._stream = stream
        self._starts = array("q")  # where each message's bytes start (after its From_ line)
        self._ends = array("q")  # where the next From_ line starts, or the end of the file
        self._gmail_threads: dict[str, int] = {}  # X-GM-THRID -> its number, in file order
        self._group = array("q")  # per message: its Gmail thread's number, or -1
        self._chains = _Chains()
        for from_line, start, header_block in message_starts(stream):
            if self._starts:
                self._ends.append(from_line)
            self._starts.append(start)
            self._group.append(self._thread_of(len(self._starts) - 1, header_block))
            if counts is not None:
                counts.messages += 1
                if progress is not None and counts.messages % 1000 == 0:
                    progress(counts)
        if not self._starts:
            raise UnreadableMessage(name, "mbox with no messages (no line starts with 'From ')")
        self._ends.append(stream.seek(0, 2))

    def __len__(self) -> int:
        return len(self._starts)

    def message(self, number: int) -> bytes:
        start, end = self._starts[number], self._ends[number]
        self._stream.seek(start)
        raw = self._stream.read(end - start)
        # the blank line before the next From_ line separates messages; it is not content
        for separator in (b"\r\n", b"\n"):
            if raw.endswith(separator * 2):
                return raw[: -len(separator)]
        return raw

    def threads(self) -> list[tuple[str, list[int]]]:
        """(id, message numbers) of each thread, in order of their first message."""
        chains = self._chains.roots()
        by_group: dict[tuple[str, object], list[int]] = {}
        for number, group in enumerate(self._group):
            key = ("gmail", group) if group >= 0 else ("chain", chains[number])
            by_group.setdefault(key, []).append(number)
        gmail_ids = {number: thread_id for thread_id, number in self._gmail_threads.items()}
        threads = []
        for (kind, group), numbers in by_group.items():
            if kind == "gmail":
                thread_id = gmail_ids[group]
            else:  # the first message's Message-ID, which a person can search for
                thread_id = self._chains.ids.get(numbers[0]) or f"#{len(threads) + 1}"
            threads.append((thread_id, numbers))
        return threads

    def _thread_of(self, number: int, header_block: bytes | None) -> int:
        if header_block is None:  # the header block did not fit the chunk: seek to it
            header_block = self._header_block_at(self._starts[number])
        fields = _grouping_headers(header_block)
        gmail_thread = fields.get("x-gm-thrid", "")
        if gmail_thread:
            return self._gmail_threads.setdefault(gmail_thread, len(self._gmail_threads))
        self._chains.add(number, fields)
        return -1

    def _header_block_at(self, start: int) -> bytes:
        here = self._stream.tell()
        self._stream.seek(start)
        block = self._stream.read(_MAX_HEADER_BYTES)
        self._stream.seek(here)
        end = _header_end(block, 0)
        return block[:end] if end >= 0 else block


def message_starts(
    stream: BinaryIO, chunk_bytes: int = _CHUNK_BYTES
) -> Iterator[tuple[int, int, bytes | None]]:
    """Per message, in file order: where its From_ line starts, where the message starts
    (after that line), and its header block (None when longer than _MAX_HEADER_BYTES).

    A From_ line is a line starting with "From ", as for the stdlib's `mailbox.mbox`; mbox
    writers escape body lines starting so (">From "). Holds one chunk at a time.
    """
    stream.seek(0)
    data = b""
    base = 0  # the file offset of data[0]
    found = -2  # -2: at the start of the file; -1: no From_ line pending
    while True:
        chunk = stream.read(chunk_bytes)
        at_end = not chunk
        data += chunk
        if found == -2:
            if len(data) < len(b"From ") and not at_end:
                continue  # too little yet to tell whether the file starts with a From_ line
            found = 0 if data.startswith(b"From ") else _next_from_line(data, 0)
        elif found == -1:
            found = _next_from_line(data, 0)
        while found >= 0:
            line_end = data.find(b"\n", found)
            if line_end < 0 and not at_end:
                break  # the From_ line goes on in the next chunk
            if line_end < 0:
                line_end = len(data) - 1
            header_end = _header_end(data, line_end + 1)
            if header_end < 0 and not at_end and len(data) - line_end < _MAX_HEADER_BYTES:
                break  # the header block goes on in the next chunk
            block = data[line_end + 1 : header_end] if header_end >= 0 else None
            if header_end < 0 and at_end:
                block = data[line_end + 1 :]
            yield base + found, base + line_end + 1, block
            found = _next_from_line(data, line_end)
        if at_end:
            return
        # keep a From_ line still to be read, or the tail a "\nFrom " may start in
        keep_from = found if found >= 0 else max(len(data) - 5, 0)
        data = data[keep_from:]
        base += keep_from
        found = 0 if found >= 0 else -1


def _next_from_line(data: bytes, after: int) -> int:
    found = data.find(b"\nFrom ", after)
    return found + 1 if found >= 0 else -1


_BLANK_LINE = re.compile(rb"\n\r?\n")


def _header_end(data: bytes, start: int) -> int:
    """Where the header block starting at `start` ends (its blank line), or -1."""
    if data.startswith((b"\n", b"\r\n"), start):
        return start
    blank = _BLANK_LINE.search(data, start, start + _MAX_HEADER_BYTES)
    return blank.start() + 1 if blank else -1


# ---------------------------------------------------------------- grouping


_GROUPING_HEADERS = frozenset(
    {"x-gm-thrid", "message-id", "in-reply-to", "references", "subject", "from", "to", "cc"}
)
_FOLDED = re.compile(rb"\r?\n[ \t]+")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_REPLY_PREFIXES = re.compile(
    r"^\s*(?:(?:re|fwd?|aw|sv|vs|tr|wg|antw|rif|r)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE
)
_SPACES = re.compile(r"\s+")


def _grouping_headers(block: bytes) -> dict[str, str]:
    """The few headers that decide a message's thread, unfolded; the first of each."""
    fields: dict[str, str] = {}
    for line in _FOLDED.sub(b" ", block).splitlines():
        name, colon, value = line.partition(b":")
        if not colon:
            continue
        key = name.strip().lower().decode("ascii", "replace")
        if key in _GROUPING_HEADERS and key not in fields:
            fields[key] = value.decode("utf-8", "replace").strip()
    return fields


def normalised_subject(subject: str) -> str:
    """The subject without Re:/Fwd: prefixes (in several languages), case or spacing."""
    try:
        subject = str(email.header.make_header(email.header.decode_header(subject)))
    except Exception:  # a malformed encoded-word: group by the text as written
        pass
    return _SPACES.sub(" ", _REPLY_PREFIXES.sub("", subject)).strip().lower()


class _Chains:
    """Threads of mail without a Gmail thread id: a union-find over messages, their
    Message-IDs and what they reference; a message that references nothing joins the
    others with its normalised subject and participants."""

    def __init__(self) -> None:
        self._parent: dict[object, object] = {}
        self.ids: dict[int, str] = {}  # message number -> its Message-ID, without <>

    def add(self, number: int, fields: dict[str, str]) -> None:
        self._parent[number] = number
        own = _MESSAGE_ID.findall(fields.get("message-id", ""))
        if own:
            self.ids[number] = own[0]
            self._union(number, "id:" + own[0])
        answered = _MESSAGE_ID.findall(fields.get("references", "")) + _MESSAGE_ID.findall(
            fields.get("in-reply-to", "")
        )
        for reference in answered:
            self._union(number, "id:" + reference)
        if not answered:
            people = sorted(
                {
                    email_address.lower()
                    for _, email_address in email.utils.getaddresses(
                        [fields.get(name, "") for name in ("from", "to", "cc")]
                    )
                    if email_address
                }
            )
            subject = normalised_subject(fields.get("subject", ""))
            self._union(number, f"subject:{subject}|{','.join(people)}")

    def roots(self) -> dict[int, object]:
        return {node: self._find(node) for node in self._parent if isinstance(node, int)}

    def _find(self, node: object) -> object:
        parent = self._parent.setdefault(node, node)
        while parent != node:
            grandparent = self._parent[parent]
            self._parent[node] = grandparent  # path halving keeps the chains short
            node, parent = parent, grandparent
        return node

    def _union(self, one: object, other: object) -> None:
        one_root, other_root = self._find(one), self._find(other)
        if one_root != other_root:
            self._parent[other_root] = one_root
