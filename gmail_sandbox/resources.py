"""The JSON resources Gmail answers with, built from stored messages and labels.

Like Google, empty lists are left out (`labelIds` of an unlabelled message, `messages` of
an empty page), so clients meet the same missing keys they meet in production.
"""

from __future__ import annotations

from typing import Any

from gmail.message import b64url
from gmail_sandbox import mime
from gmail_sandbox.errors import invalid_argument
from gmail_sandbox.store import StoredMessage

MESSAGE_FORMATS = ("minimal", "full", "raw", "metadata")
THREAD_FORMATS = ("minimal", "full", "metadata")


def check_format(value: str | None, allowed: tuple[str, ...] = MESSAGE_FORMATS) -> str:
    fmt = (value or "full").lower()
    if fmt not in allowed:
        raise invalid_argument(f"Invalid value at 'format', {value!r}; expected one of {allowed}")
    return fmt


def message_ref(message: StoredMessage) -> dict[str, str]:
    return {"id": message.id, "threadId": message.thread_id}


def message_labels_ref(message: StoredMessage) -> dict[str, Any]:
    out: dict[str, Any] = message_ref(message)
    if message.labels:
        out["labelIds"] = sorted(message.labels)
    return out


def message_resource(
    message: StoredMessage, fmt: str = "full", metadata_headers: list[str] | None = None
) -> dict[str, Any]:
    labels = message.labels  # one read: the frozenset may be replaced concurrently
    out: dict[str, Any] = {"id": message.id, "threadId": message.thread_id}
    if labels:
        out["labelIds"] = sorted(labels)
    out["snippet"] = message.facts.snippet
    if fmt == "metadata":
        wanted = {name.lower() for name in metadata_headers or ()}
        out["payload"] = {
            "mimeType": mime.content_type_of(message.headers),
            "headers": [
                {"name": name, "value": mime.decode_value(value)}
                for name, value in message.headers
                if not wanted or name.lower() in wanted
            ],
        }
    elif fmt == "full":
        out["payload"] = mime.full_payload(message.raw, message.id)
    out["sizeEstimate"] = len(message.raw)
    out["historyId"] = str(message.history_id)
    out["internalDate"] = str(message.internal_date)
    if fmt == "raw":
        out["raw"] = b64url(message.raw)
    return out


def thread_resource(
    thread_id: str,
    messages: list[StoredMessage],
    fmt: str = "full",
    metadata_headers: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": thread_id,
        "historyId": str(max(m.history_id for m in messages)),
        "messages": [message_resource(m, fmt, metadata_headers) for m in messages],
    }
