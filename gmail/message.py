"""Gmail's message resources (`format=full`, or `raw`) as the domain's `Message`.

A thread read with `threads.get(format="full")` (10 units whatever the format, so one
full read beats metadata-then-full) arrives as a JSON tree of parts: headers as Gmail
gives them, bodies in base64url. `afterview.parse.parse_tree` reads that tree directly,
with the same header and body readers as `parse_message`: each part becomes a
`MimeNode` (headers, decoded body bytes, children), and no RFC 822 text is rebuilt.

Gmail leaves out the body of a part with a filename (it sends an `attachmentId` instead).
The only such parts the domain reads are calendar invites (`.ics`, `text/calendar`), so
`calendar_attachments` lists those and the caller fetches them; every other attachment is
read empty, keeping its headers (its filename still counts as a signal).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping
from typing import Any

from afterview.model import Message
from afterview.parse import CALENDAR_TYPES, MimeNode, is_calendar_file, parse_message, parse_tree

_SKIPPED_LABELS = frozenset({"DRAFT", "TRASH", "SPAM"})


def b64url(data: bytes) -> str:
    """Base64url with padding, as Gmail writes `raw` and `body.data`."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Base64url or standard base64, padded or not (clients send all four); raises
    `binascii.Error` on what is neither."""
    cleaned = "".join(text.split()).replace("+", "-").replace("/", "_").rstrip("=")
    return base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))


def parse_resource(
    resource: Mapping[str, Any], attachments: Mapping[str, bytes] | None = None
) -> Message:
    """One message resource as the domain's `Message`, with its thread id and labels.

    `attachments` maps attachment ids to their bytes for the parts Gmail sent without a
    body. A message without a Date header is dated by `internalDate`.
    """
    thread_id = str(resource.get("threadId", ""))
    label_ids = [str(label) for label in resource.get("labelIds", ())]
    raw = resource.get("raw")
    if isinstance(raw, str):
        return parse_message(_lenient_decode(raw), thread_id=thread_id, label_ids=label_ids)
    payload = resource.get("payload")
    if not isinstance(payload, Mapping):
        payload = {"mimeType": "text/plain", "headers": [], "body": {}}
    return parse_tree(
        _node(payload, attachments or {}),
        message_id=str(resource.get("id", "")),
        thread_id=thread_id,
        label_ids=label_ids,
        internal_date_ms=_internal_date_ms(resource),
    )


def thread_messages(
    thread: Mapping[str, Any], attachments: Mapping[str, bytes] | None = None
) -> list[Message]:
    """The messages of a thread resource (`threads.get`, format=full), oldest first.

    Drafts, trash and spam are left out: they are not part of the conversation.
    """
    messages = [
        parse_resource(resource, attachments)
        for resource in thread.get("messages", ())
        if not _SKIPPED_LABELS.intersection(resource.get("labelIds", ()))
    ]
    return sorted(messages, key=lambda message: message.date)


def message_ids(thread: Mapping[str, Any]) -> list[str]:
    """Gmail's ids of the thread's messages (drafts included: labels go on them too)."""
    return [str(resource["id"]) for resource in thread.get("messages", ()) if "id" in resource]


def label_ids(thread: Mapping[str, Any]) -> set[str]:
    """Every label on any message of the thread (Gmail shows a thread with their union)."""
    return {
        str(label)
        for resource in thread.get("messages", ())
        for label in resource.get("labelIds", ())
    }


def calendar_attachments(thread: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(message id, attachment id) of each calendar invite Gmail sent without its body."""
    found = []
    for resource in thread.get("messages", ()):
        payload = resource.get("payload")
        if not isinstance(payload, Mapping):
            continue
        for part in _walk(payload):
            body = part.get("body") or {}
            if "data" in body or not body.get("attachmentId"):
                continue
            mime_type = str(part.get("mimeType", "")).lower()
            filename = str(part.get("filename", "")).lower()
            if mime_type in CALENDAR_TYPES or is_calendar_file(filename):
                found.append((str(resource.get("id", "")), str(body["attachmentId"])))
    return found


# ---------------------------------------------------------------- the part tree


def _walk(part: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield part
    for child in part.get("parts") or ():
        if isinstance(child, Mapping):
            yield from _walk(child)


def _node(part: Mapping[str, Any], attachments: Mapping[str, bytes]) -> MimeNode:
    headers = tuple(_headers(part))
    if not any(name.lower() == "content-type" for name, _ in headers) and part.get("mimeType"):
        headers += (("Content-Type", str(part["mimeType"])),)  # Gmail's reading of the part
    children = tuple(
        _node(child, attachments) for child in part.get("parts") or () if isinstance(child, Mapping)
    )
    return MimeNode(headers, _body(part, attachments), children)


def _headers(part: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs = []
    for header in part.get("headers") or ():
        if not isinstance(header, Mapping):
            continue
        name = str(header.get("name", "")).strip()
        if name and ":" not in name:
            pairs.append((name, str(header.get("value", ""))))
    return pairs


def _body(part: Mapping[str, Any], attachments: Mapping[str, bytes]) -> bytes:
    body = part.get("body") or {}
    data = body.get("data")
    if isinstance(data, str):
        return _lenient_decode(data)
    attachment_id = body.get("attachmentId")
    if attachment_id and attachment_id in attachments:
        return attachments[attachment_id]
    return b""


def _lenient_decode(text: str) -> bytes:
    try:
        return b64url_decode(text)
    except (binascii.Error, ValueError):
        return b""  # a body Gmail mangled: the parser still reads the headers


def _internal_date_ms(resource: Mapping[str, Any]) -> int | None:
    try:
        return int(resource["internalDate"])
    except (KeyError, TypeError, ValueError):
        return None


def attachment_bytes(answer: Mapping[str, Any] | None) -> bytes:
    """The bytes of a `messages.attachments.get` answer (empty when there is none)."""
    if not answer or not isinstance(answer.get("data"), str):
        return b""
    return _lenient_decode(answer["data"])
