"""One Gmail mailbox in memory: messages, threads, labels, drafts and the history log.

Every public method of `Mailbox` takes the mailbox's lock, so the threaded server can call
them from any request. A message's labels are a frozenset replaced on change (never mutated),
so a reader holding a `StoredMessage` outside the lock always sees a consistent set.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from gmail_sandbox import mime
from gmail_sandbox.errors import duplicate, invalid_argument, not_found

# Gmail's system labels, with the visibility fields labels.list reports for each.
SYSTEM_LABELS: tuple[tuple[str, str | None, str | None], ...] = (
    ("CHAT", "hide", "labelHide"),
    ("SENT", None, None),
    ("INBOX", "hide", "labelShow"),
    ("IMPORTANT", "hide", "labelShow"),
    ("TRASH", "hide", "labelHide"),
    ("DRAFT", None, None),
    ("SPAM", "hide", "labelHide"),
    ("CATEGORY_FORUMS", None, None),
    ("CATEGORY_UPDATES", None, None),
    ("CATEGORY_PERSONAL", None, None),
    ("CATEGORY_PROMOTIONS", None, None),
    ("CATEGORY_SOCIAL", None, None),
    ("STARRED", None, None),
    ("UNREAD", None, None),
)
SYSTEM_LABEL_IDS = frozenset(label_id for label_id, _, _ in SYSTEM_LABELS)
# Set by Gmail itself; an API client can neither add nor remove them.
UNASSIGNABLE_LABELS = frozenset({"DRAFT", "SENT", "CHAT"})
HIDDEN_FROM_LISTS = frozenset({"SPAM", "TRASH"})

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|aw|sv|antw)\s*(?:\[\d+\])?\s*:|\[[^\]]*\])\s*", re.I
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def subject_key(subject: str | None) -> str:
    """The subject with reply/forward prefixes removed, for deciding thread membership."""
    text = mime.decode_value(subject or "")
    while True:
        stripped = _SUBJECT_PREFIX.sub("", text, count=1)
        if stripped == text:
            return " ".join(text.split()).lower()
        text = stripped


_ANGLE_ADDRESS = re.compile(r"<([^<>\s]+@[^<>\s]+)>\s*$")
_BARE_ADDRESS = re.compile(r"\s*([^\s<>@]+@[^\s<>@]+)\s*$")


def sender_address(value: str) -> str:
    """The address in a From header, lowercased. The common shapes ("Name <a@b>", "a@b")
    are matched directly; anything else goes through the full RFC 5322 parser."""
    match = _ANGLE_ADDRESS.search(value) or _BARE_ADDRESS.match(value)
    if match:
        return match.group(1).lower()
    return parseaddr(mime.decode_value(value))[1].lower()


def message_ids_in(value: str | None) -> list[str]:
    return _MESSAGE_ID.findall(value or "")


def date_header_ms(headers: list[tuple[str, str]]) -> int | None:
    value = mime.first_header(headers, "Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(mime.decode_value(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # RFC 5322 "-0000": the zone is unknown; read it as UTC
        when = when.replace(tzinfo=UTC)
    return max(0, int(when.timestamp() * 1000))


@dataclass
class Label:
    id: str
    name: str
    type: str  # "system" or "user"
    message_list_visibility: str | None = None
    label_list_visibility: str | None = None
    color: dict[str, str] | None = None

    def resource(self) -> dict:
        out: dict = {"id": self.id, "name": self.name}
        if self.message_list_visibility:
            out["messageListVisibility"] = self.message_list_visibility
        if self.label_list_visibility:
            out["labelListVisibility"] = self.label_list_visibility
        if self.color:
            out["color"] = dict(self.color)
        out["type"] = self.type
        return out


class StoredMessage:
    """A message as stored: raw bytes, headers parsed once, body facts computed on demand."""

    __slots__ = (
        "id",
        "thread_id",
        "raw",
        "internal_date",
        "labels",
        "history_id",
        "headers",
        "_facts",
    )

    def __init__(
        self,
        id: str,
        thread_id: str,
        raw: bytes,
        internal_date: int,
        labels: frozenset[str],
        history_id: int,
        headers: list[tuple[str, str]],
    ) -> None:
        self.id = id
        self.thread_id = thread_id
        self.raw = raw
        self.internal_date = internal_date
        self.labels = labels
        self.history_id = history_id
        self.headers = headers
        self._facts: mime.BodyFacts | None = None

    @property
    def sort_key(self) -> tuple[int, int]:
        return (self.internal_date, int(self.id, 16))

    @property
    def facts(self) -> mime.BodyFacts:
        # Computed outside any lock: two threads may both compute it; both get the same value.
        if self._facts is None:
            self._facts = mime.body_facts(self.raw)
        return self._facts

    def header(self, name: str) -> str | None:
        value = mime.first_header(self.headers, name)
        return None if value is None else mime.decode_value(value)

    def addresses(self, *names: str) -> list[str]:
        values = [mime.decode_value(v) for k, v in self.headers if k.lower() in names]
        return [addr.lower() for _, addr in getaddresses(values) if addr]

    @property
    def rfc822_id(self) -> str | None:
        ids = message_ids_in(mime.first_header(self.headers, "Message-ID"))
        return ids[0] if ids else None

    def referenced_ids(self) -> list[str]:
        """In-Reply-To then References, most recent first."""
        refs = message_ids_in(mime.first_header(self.headers, "References"))
        return message_ids_in(mime.first_header(self.headers, "In-Reply-To")) + refs[::-1]


@dataclass
class Change:
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    message_labels: tuple[str, ...]  # the message's labels right after the change
    label_ids: tuple[str, ...] = ()  # the labels added or removed


@dataclass
class HistoryRecord:
    id: int
    changes: list[Change] = field(default_factory=list)


class Mailbox:
    """One user's mailbox. `history_id` grows on every change and is never reused."""

    def __init__(self, address: str, *, history_retention: int | None = None) -> None:
        self.address = address.lower()
        # The owner's Google profile name: userinfo says it under the `profile` scope.
        self.profile_name: str | None = None
        self.lock = threading.RLock()
        self.history_id = 1
        # Told of every history record (the sandbox's push notifications), under the lock:
        # it must not block. Called with (address, the new history id, the changes).
        self.listener: Callable[[str, int, list[Change]], None] | None = None
        self.history_retention = history_retention
        self.history: list[HistoryRecord] = []
        # start ids at or above this are answerable; older ones get the 404 for a full sync
        self.oldest_valid_start = 1
        self.labels: dict[str, Label] = {
            label_id: Label(label_id, label_id, "system", mlv, llv)
            for label_id, mlv, llv in SYSTEM_LABELS
        }
        self._next_user_label = 1
        self.messages: dict[str, StoredMessage] = {}
        self.threads: dict[str, list[str]] = {}  # thread id -> message ids, oldest first
        self.label_index: dict[str, set[str]] = {label_id: set() for label_id in self.labels}
        self._order: list[tuple[int, int, str]] = []  # ascending sort keys with the id
        self._by_rfc822_id: dict[str, str] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self._seq = 0
        # bumped on every change, labels included; keys cached search results
        self.version = 0
        self.search_cache: OrderedDict = OrderedDict()

    # ---- ids and history -------------------------------------------------------------

    def _new_message_id(self, internal_date: int) -> str:
        # Gmail's ids grow with time; derive them from the internal date, made unique.
        self._seq += 1
        value = (max(0, internal_date) << 20) | (self._seq & 0xFFFFF)
        while format(value, "016x") in self.messages:
            value += 1
        return format(value, "016x")

    def _record(self, changes: list[Change]) -> int:
        self.version += 1
        self.history_id += 1
        self.history.append(HistoryRecord(self.history_id, changes))
        if self.history_retention is not None and len(self.history) > self.history_retention:
            self._record_trim(self.history_retention)
        if self.listener is not None:
            self.listener(self.address, self.history_id, changes)
        return self.history_id

    def expire_history(self) -> int:
        """Forget every record so far: any start id below the current one now gets a 404."""
        with self.lock:
            self.history.clear()
            self.oldest_valid_start = self.history_id
            return self.history_id

    def set_history_retention(self, records: int | None) -> None:
        with self.lock:
            self.history_retention = records
            if records is not None and len(self.history) > records:
                self._record_trim(records)

    def _record_trim(self, records: int) -> None:
        dropped = self.history[: len(self.history) - records]
        del self.history[: len(dropped)]
        if dropped:
            self.oldest_valid_start = max(self.oldest_valid_start, dropped[-1].id)

    def forget_load_history(self) -> None:
        """Mail loaded at start-up predates the history: a sync starts from now."""
        with self.lock:
            self.history.clear()
            self.oldest_valid_start = self.history_id

    # ---- messages ----------------------------------------------------------------------

    def _index(self, message: StoredMessage) -> None:
        bisect.insort(self._order, (*message.sort_key, message.id))
        for label_id in message.labels:
            self.label_index.setdefault(label_id, set()).add(message.id)
        rfc822_id = message.rfc822_id
        if rfc822_id and rfc822_id not in self._by_rfc822_id:
            self._by_rfc822_id[rfc822_id] = message.id
        thread = self.threads.setdefault(message.thread_id, [])
        thread.append(message.id)
        if len(thread) > 1 and self.messages[thread[-2]].sort_key > message.sort_key:
            thread.sort(key=lambda mid: self.messages[mid].sort_key)

    def _unindex(self, message: StoredMessage) -> None:
        key = (*message.sort_key, message.id)
        position = bisect.bisect_left(self._order, key)
        if position < len(self._order) and self._order[position] == key:
            del self._order[position]
        for label_id in message.labels:
            self.label_index.get(label_id, set()).discard(message.id)
        if self._by_rfc822_id.get(message.rfc822_id or "") == message.id:
            del self._by_rfc822_id[message.rfc822_id]
        thread = self.threads.get(message.thread_id, [])
        if message.id in thread:
            thread.remove(message.id)
        if not thread:
            self.threads.pop(message.thread_id, None)

    def check_labels_exist(self, label_ids: Iterable[str]) -> None:
        for label_id in label_ids:
            if label_id not in self.labels:
                raise invalid_argument(f"Invalid label: {label_id}")

    def thread_by_references(self, headers: list[tuple[str, str]]) -> str | None:
        """Gmail threads a message with one it references when their subjects agree."""
        probe = StoredMessage("0", "0", b"", 0, frozenset(), 0, headers)
        key = subject_key(probe.header("Subject"))
        with self.lock:
            for ref in probe.referenced_ids():
                known = self.messages.get(self._by_rfc822_id.get(ref, ""))
                if known is not None and subject_key(known.header("Subject")) == key:
                    return known.thread_id
        return None

    def thread_accepts_reply(self, thread_id: str, headers: list[tuple[str, str]]) -> bool:
        """Send/insert with a threadId joins it only if the subject matches and the message
        references one in the thread, as Gmail requires; otherwise Gmail starts a new one."""
        probe = StoredMessage("0", "0", b"", 0, frozenset(), 0, headers)
        key = subject_key(probe.header("Subject"))
        with self.lock:
            members = [self.messages[mid] for mid in self.threads.get(thread_id, [])]
            ids_in_thread = {m.rfc822_id for m in members if m.rfc822_id}
            subject_ok = any(subject_key(m.header("Subject")) == key for m in members)
            return subject_ok and any(ref in ids_in_thread for ref in probe.referenced_ids())

    def add(
        self,
        raw: bytes,
        *,
        labels: Iterable[str],
        internal_date: int,
        thread_id: str | None = None,
        headers: list[tuple[str, str]] | None = None,
        record: bool = True,
    ) -> StoredMessage:
        """Store a message in `thread_id` (a new thread when None) and log messageAdded."""
        headers = mime.parse_headers(raw) if headers is None else headers
        label_set = frozenset(labels)
        with self.lock:
            self.check_labels_exist(label_set)
            if thread_id is not None and thread_id not in self.threads:
                raise not_found()
            message_id = self._new_message_id(internal_date)
            message = StoredMessage(
                message_id,
                thread_id or message_id,
                raw,
                internal_date,
                label_set,
                self.history_id,
                headers,
            )
            self.messages[message_id] = message
            self._index(message)
            if record:
                message.history_id = self._record(
                    [Change("messageAdded", message.id, message.thread_id, tuple(label_set))]
                )
            else:
                self.version += 1
                self.history_id += 1
                message.history_id = self.history_id
            return message

    def get(self, message_id: str) -> StoredMessage:
        message = self.messages.get(message_id)
        if message is None:
            raise not_found()
        return message

    def delete(self, message_id: str) -> None:
        with self.lock:
            message = self.get(message_id)
            self._unindex(message)
            del self.messages[message_id]
            self._record(
                [Change("messageDeleted", message.id, message.thread_id, tuple(message.labels))]
            )

    def _relabel(
        self, message: StoredMessage, add: frozenset[str], remove: frozenset[str]
    ) -> list[Change]:
        added = add - message.labels
        removed = (remove & message.labels) - added
        if not added and not removed:
            return []
        message.labels = (message.labels | added) - removed
        for label_id in added:
            self.label_index.setdefault(label_id, set()).add(message.id)
        for label_id in removed:
            self.label_index.get(label_id, set()).discard(message.id)
        after = tuple(message.labels)
        changes = []
        if added:
            changes.append(Change("labelAdded", message.id, message.thread_id, after, tuple(added)))
        if removed:
            changes.append(
                Change("labelRemoved", message.id, message.thread_id, after, tuple(removed))
            )
        return changes

    def modify(
        self, message_ids: Iterable[str], add: Iterable[str], remove: Iterable[str]
    ) -> list[StoredMessage]:
        """Add then remove labels on each message; one history record per changed message."""
        add_set, remove_set = frozenset(add), frozenset(remove)
        with self.lock:
            self.check_labels_exist(add_set | remove_set)
            for label_id in (add_set | remove_set) & UNASSIGNABLE_LABELS:
                raise invalid_argument(f"Invalid label: {label_id}")
            messages = [self.get(mid) for mid in message_ids]
            for message in messages:
                changes = self._relabel(message, add_set, remove_set)
                if changes:
                    message.history_id = self._record(changes)
            return messages

    def trash(self, message_ids: Iterable[str]) -> list[StoredMessage]:
        with self.lock:
            messages = [self.get(mid) for mid in message_ids]
            for message in messages:
                changes = self._relabel(message, frozenset({"TRASH"}), frozenset({"INBOX"}))
                if changes:
                    message.history_id = self._record(changes)
            return messages

    def untrash(self, message_ids: Iterable[str]) -> list[StoredMessage]:
        with self.lock:
            messages = [self.get(mid) for mid in message_ids]
            for message in messages:
                changes = self._relabel(message, frozenset(), frozenset({"TRASH"}))
                if changes:
                    message.history_id = self._record(changes)
            return messages

    def sorted_keys(self, since_ms: int | None = None) -> list[tuple[int, int, str]]:
        """A snapshot of (internal date, numeric id, id) for every message (from the
        internal date `since_ms` on, when given), ascending."""
        with self.lock:
            start = 0 if since_ms is None else bisect.bisect_left(self._order, (since_ms,))
            return self._order[start:]

    def thread_messages(self, thread_id: str) -> list[StoredMessage]:
        with self.lock:
            ids = self.threads.get(thread_id)
            if not ids:
                raise not_found()
            return [self.messages[mid] for mid in ids]

    # ---- labels ------------------------------------------------------------------------

    def label(self, label_id: str) -> Label:
        label = self.labels.get(label_id)
        if label is None:
            raise not_found()
        return label

    def _check_name(self, name: object, *, ignore: str | None = None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise invalid_argument("Invalid label name")
        name = name.strip()
        if name.upper() in SYSTEM_LABEL_IDS or name.strip("/") != name or "//" in name:
            raise invalid_argument("Invalid label name")
        for label in self.labels.values():
            if label.id != ignore and label.name.lower() == name.lower():
                raise duplicate("Label name exists or conflicts")
        return name

    def create_label(self, body: dict) -> Label:
        with self.lock:
            name = self._check_name(body.get("name"))
            label_id = f"Label_{self._next_user_label}"
            self._next_user_label += 1
            label = Label(label_id, name, "user")
            _apply_label_fields(label, body)
            self.labels[label_id] = label
            self.label_index[label_id] = set()
            self.version += 1
            return label

    def update_label(self, label_id: str, body: dict, *, replace: bool) -> Label:
        with self.lock:
            label = self.label(label_id)
            if label.type == "system":
                raise invalid_argument(f"Invalid label: {label_id} cannot be changed")
            if replace or "name" in body:
                label.name = self._check_name(body.get("name"), ignore=label_id)
            if replace:
                label.message_list_visibility = label.label_list_visibility = None
                label.color = None
            _apply_label_fields(label, body)
            self.version += 1
            return label

    def delete_label(self, label_id: str) -> None:
        with self.lock:
            label = self.label(label_id)
            if label.type == "system":
                raise invalid_argument(f"Invalid label: {label_id} cannot be deleted")
            for message_id in list(self.label_index.get(label_id, ())):
                message = self.messages[message_id]
                message.labels = message.labels - {label_id}
            del self.labels[label_id]
            self.label_index.pop(label_id, None)
            self.version += 1

    def label_counts(self, label_id: str) -> dict[str, int]:
        with self.lock:
            members = self.label_index.get(label_id, set())
            unread = members & self.label_index["UNREAD"]
            return {
                "messagesTotal": len(members),
                "messagesUnread": len(unread),
                "threadsTotal": len({self.messages[m].thread_id for m in members}),
                "threadsUnread": len({self.messages[m].thread_id for m in unread}),
            }

    # ---- drafts ------------------------------------------------------------------------

    def add_draft(self, message: StoredMessage) -> str:
        with self.lock:
            draft_id = f"r{int(message.id, 16)}"
            self.drafts[draft_id] = message.id
            return draft_id

    def draft_message(self, draft_id: str) -> StoredMessage:
        with self.lock:
            message_id = self.drafts.get(draft_id)
            if message_id is None or message_id not in self.messages:
                raise not_found()
            return self.messages[message_id]

    def delete_draft(self, draft_id: str) -> None:
        with self.lock:
            message = self.draft_message(draft_id)
            del self.drafts[draft_id]
            self.delete(message.id)

    # ---- summaries ---------------------------------------------------------------------

    def profile(self) -> dict:
        with self.lock:
            return {
                "emailAddress": self.address,
                "messagesTotal": len(self.messages),
                "threadsTotal": len(self.threads),
                "historyId": str(self.history_id),
            }

    def is_from_owner(self, headers: list[tuple[str, str]]) -> bool:
        value = mime.first_header(headers, "From")
        return bool(value) and sender_address(value) == self.address


def _apply_label_fields(label: Label, body: dict) -> None:
    mlv = body.get("messageListVisibility")
    llv = body.get("labelListVisibility")
    if mlv is not None:
        if mlv not in ("show", "hide"):
            raise invalid_argument(f"Invalid messageListVisibility: {mlv}")
        label.message_list_visibility = mlv
    if llv is not None:
        if llv not in ("labelShow", "labelShowIfUnread", "labelHide"):
            raise invalid_argument(f"Invalid labelListVisibility: {llv}")
        label.label_list_visibility = llv
    color = body.get("color")
    if color is not None:
        if not isinstance(color, dict) or not all(
            isinstance(color.get(k), str) for k in ("textColor", "backgroundColor")
        ):
            raise invalid_argument("Invalid color: textColor and backgroundColor are required")
        label.color = {k: color[k] for k in ("textColor", "backgroundColor")}
