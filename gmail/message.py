"""Gmail's `format=full` message resource back to RFC 822 bytes, for `parse_message`.

There is one parsing path in Afterview: `afterview.parse.parse_message` on RFC 822 bytes.
A thread read with `threads.get(format="full")` (10 units whatever the format, so one
full read beats metadata-then-full) arrives as a JSON tree of parts whose headers Gmail
has already decoded and whose bodies are base64url. Rebuilding the MIME tree from it —
headers as UTF-8, each leaf re-encoded as base64, each multipart with a boundary of ours
— gives bytes the parser reads exactly as it reads the original, and nothing is kept
afterwards: the bytes live only while the thread is being read.

Gmail leaves out the body of a part with a filename (it sends an `attachmentId` instead).
The only such parts the domain reads are calendar invites (`.ics`, `text/calendar`), so
`calendar_attachments` lists those and the caller fetches them; every other attachment is
rebuilt empty, keeping its headers (its filename still counts as a signal).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses
from typing import Any

from afterview.model import Message
from afterview.parse import parse_message

# Boundary lines start with "--=_": never the start of a base64 line nor of a header line,
# so no part's content can end a part early.
_BOUNDARY = "=_afterview_{}"
_LINE = 76
_BOUNDARY_PARAM = re.compile(r""";\s*boundary\s*=\s*(?:"[^"]*"|[^;\s]*)""", re.IGNORECASE)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_SKIPPED_LABELS = frozenset({"DRAFT", "TRASH", "SPAM"})
_ADDRESS_HEADERS = frozenset(
    {"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to"}
)
_PASSED_THROUGH = frozenset({"message/rfc822", "message/global"})  # 7bit/8bit only


def message_bytes(
    resource: Mapping[str, Any], attachments: Mapping[str, bytes] | None = None
) -> bytes:
    """The RFC 822 bytes of one message resource read with `format=full` (or `raw`).

    `attachments` maps attachment ids to their bytes for the parts Gmail sent without a
    body. A message without a Date header gets one from `internalDate`.
    """
    raw = resource.get("raw")
    if isinstance(raw, str):
        return _b64url_decode(raw)
    payload = resource.get("payload")
    if not isinstance(payload, Mapping):
        payload = {"mimeType": "text/plain", "headers": [], "body": {}}
    lines: list[bytes] = []
    headers = _headers(payload)
    if not any(name.lower() == "date" for name, _ in headers):
        date = _internal_date(resource)
        if date is not None:
            lines.append(b"Date: " + format_datetime(date).encode("ascii"))
    _write_part(payload, headers, attachments or {}, lines, path="0")
    return b"\r\n".join(lines) + b"\r\n"


def parse_resource(
    resource: Mapping[str, Any], attachments: Mapping[str, bytes] | None = None
) -> Message:
    """One message resource as the domain's `Message`, with its thread id and labels."""
    return parse_message(
        message_bytes(resource, attachments),
        thread_id=str(resource.get("threadId", "")),
        label_ids=[str(label) for label in resource.get("labelIds", ())],
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
            if mime_type in _CALENDAR_TYPES or filename.endswith((".ics", ".vcs")):
                found.append((str(resource.get("id", "")), str(body["attachmentId"])))
    return found


# ---------------------------------------------------------------- building the bytes


def _walk(part: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield part
    for child in part.get("parts") or ():
        if isinstance(child, Mapping):
            yield from _walk(child)


def _headers(part: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs = []
    for header in part.get("headers") or ():
        if not isinstance(header, Mapping):
            continue
        name = str(header.get("name", "")).strip()
        if name and ":" not in name:
            pairs.append((name, str(header.get("value", ""))))
    return pairs


def _header_line(name: str, value: str) -> bytes:
    # Gmail hands header values decoded: non-ASCII text goes back into RFC 2047 words
    # (display names only, in address fields, so the addresses stay readable), and a line
    # break inside a value would start a new header.
    value = value.replace("\r", " ").replace("\n", " ")
    if not value.isascii():
        value = _encoded_value(name, value)
    return f"{name}: {value}".encode("ascii", "replace")


def _encoded_value(name: str, value: str) -> str:
    if name.lower() in _ADDRESS_HEADERS:
        pairs = getaddresses([value])
        if pairs and all(address.isascii() for _, address in pairs):
            return ", ".join(formataddr(pair, charset="utf-8") for pair in pairs)
    return Header(value, "utf-8", maxlinelen=10_000).encode(linesep=" ")


def _write_part(
    part: Mapping[str, Any],
    headers: Sequence[tuple[str, str]],
    attachments: Mapping[str, bytes],
    lines: list[bytes],
    path: str,
) -> None:
    mime_type = str(part.get("mimeType") or "text/plain").lower()
    children = [child for child in part.get("parts") or () if isinstance(child, Mapping)]
    if mime_type.startswith("multipart/") and children:
        boundary = _BOUNDARY.format(path)
        lines.extend(
            _header_line(name, _with_boundary(value, mime_type, boundary))
            if name.lower() == "content-type"
            else _header_line(name, value)
            for name, value in headers
            if name.lower() != "content-transfer-encoding"
        )
        if not any(name.lower() == "content-type" for name, _ in headers):
            lines.append(_header_line("Content-Type", f'{mime_type}; boundary="{boundary}"'))
        lines.append(b"")
        for index, child in enumerate(children):
            lines.append(b"--" + boundary.encode("ascii"))
            _write_part(child, _headers(child), attachments, lines, f"{path}.{index}")
        lines.append(b"--" + boundary.encode("ascii") + b"--")
        return
    data = _body(part, attachments)
    lines.extend(
        _header_line(name, value)
        for name, value in headers
        if name.lower() != "content-transfer-encoding"
    )
    if mime_type in _PASSED_THROUGH:
        lines.append(b"")
        lines.extend(data.replace(b"\r\n", b"\n").split(b"\n"))
        return
    lines.append(b"Content-Transfer-Encoding: base64")
    lines.append(b"")
    encoded = base64.b64encode(data)
    lines.extend(encoded[start : start + _LINE] for start in range(0, len(encoded), _LINE))


def _with_boundary(value: str, mime_type: str, boundary: str) -> str:
    stripped = _BOUNDARY_PARAM.sub("", value).strip().rstrip(";")
    return f'{stripped or mime_type}; boundary="{boundary}"'


def _body(part: Mapping[str, Any], attachments: Mapping[str, bytes]) -> bytes:
    body = part.get("body") or {}
    data = body.get("data")
    if isinstance(data, str):
        return _b64url_decode(data)
    attachment_id = body.get("attachmentId")
    if attachment_id and attachment_id in attachments:
        return attachments[attachment_id]
    return b""


def _b64url_decode(text: str) -> bytes:
    cleaned = "".join(text.split()).replace("+", "-").replace("/", "_").rstrip("=")
    try:
        return base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))
    except (binascii.Error, ValueError):
        return b""  # a body Gmail mangled: the parser still reads the headers


def _internal_date(resource: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(resource["internalDate"]) / 1000, UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def attachment_bytes(answer: Mapping[str, Any] | None) -> bytes:
    """The bytes of a `messages.attachments.get` answer (empty when there is none)."""
    if not answer or not isinstance(answer.get("data"), str):
        return b""
    return _b64url_decode(answer["data"])
