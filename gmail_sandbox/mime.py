"""Reading RFC 822 bytes the way Gmail presents them: headers, text, snippet, payload tree.

Headers are parsed once when a message is stored (only the header block is fed to the
parser, which keeps loading fast); the body is parsed only when something needs it.
"""

from __future__ import annotations

import base64
import quopri
import re
from dataclasses import dataclass
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from functools import lru_cache
from typing import Any

from afterview.html_text import html_to_text
from gmail.message import b64url, b64url_decode
from gmail_sandbox.multipart import boundary_of

_PARSER = BytesParser(policy=policy.compat32)
SNIPPET_LENGTH = 200


def header_block(raw: bytes) -> bytes:
    """The bytes up to the blank line that ends the headers (all of it when there is none)."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[: min(ends) + 2] if ends else raw


_LINE_BREAK = re.compile(r"\r?\n")


def parse_headers(raw: bytes) -> list[tuple[str, str]]:
    """(name, undecoded value) pairs in message order; folded lines keep their line break
    (`decode_value` unfolds them). Hand-rolled: the stdlib parser costs 5x as much, and
    loading 40,000 messages parses 40,000 header blocks."""
    block = header_block(raw)
    text = block.decode("ascii") if block.isascii() else block.decode("utf-8", "replace")
    headers: list[tuple[str, str]] = []
    for line in _LINE_BREAK.split(text):
        if not line:
            break
        if line[0] in " \t":
            if headers:
                name, value = headers[-1]
                headers[-1] = (name, value + "\r\n" + line)
            continue
        name, colon, value = line.partition(":")
        if colon and name and not name[0].isspace():
            headers.append((name.rstrip(), value.lstrip()))
    return headers


def decode_value(value: str) -> str:
    """An unfolded header value with RFC 2047 words decoded and stray 8-bit bytes as UTF-8."""
    value = re.sub(r"\r?\n(?=[ \t])", "", str(value))
    if not value.isascii() and any("\udc80" <= ch <= "\udcff" for ch in value):
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    if "=?" not in value:
        return value.strip()
    try:
        return str(make_header(decode_header(value))).strip()
    except (LookupError, ValueError, UnicodeError, AssertionError):
        return value.strip()


def first_header(headers: list[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers:
        if key.lower() == lowered:
            return value
    return None


def escape_snippet(text: str) -> str:
    """Gmail's snippets are HTML-escaped, apostrophes as `&#39;`."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


@dataclass(frozen=True)
class BodyFacts:
    """What search and snippets need from a body, computed once per message."""

    text: str  # lowercased plain text of the body, for search
    headers_text: str  # lowercased subject, sender and recipients, for search
    snippet: str
    filenames: tuple[str, ...]


_SPACES = re.compile(r"\s+")


def _decoded_text(part: Message) -> str:
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def part_filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (LookupError, ValueError, UnicodeError):
        return ""
    return decode_value(name) if name else ""


_CHARSET = re.compile(r"""charset\s*=\s*"?([^";\s]+)""", re.IGNORECASE)
_NAMED = re.compile(r"(?:file)?name\*?\s*=", re.IGNORECASE)


_MAX_DEPTH = 12


def _leaf_parts(headers: list[tuple[str, str]], body: bytes, depth: int = 0):
    """(headers, body) of every non-multipart part, in order: a light MIME walk for search
    and snippets (the stdlib parser builds a Message per part and costs ~5x as much)."""
    content_type = content_type_of(headers)
    if content_type.startswith("multipart/") and depth < _MAX_DEPTH:
        boundary = boundary_of(first_header(headers, "Content-Type") or "")
        if boundary:
            for chunk in _multipart_chunks(body, boundary.encode("latin-1")):
                part_headers = parse_headers(chunk)
                yield from _leaf_parts(part_headers, _after_headers(chunk), depth + 1)
            return
    if content_type == "message/rfc822" and depth < _MAX_DEPTH and not _leaf_filename(headers):
        # a forwarded or bounced message: its text is searchable too
        yield from _leaf_parts(parse_headers(body), _after_headers(body), depth + 1)
        return
    yield headers, body


def _multipart_chunks(body: bytes, boundary: bytes) -> list[bytes]:
    chunks = []
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk.removeprefix(b"\n")
        chunks.append(chunk)
    return chunks


def _after_headers(chunk: bytes) -> bytes:
    if chunk[:1] in (b"\r", b"\n"):  # no headers: the blank line comes first
        return chunk.removeprefix(b"\r").removeprefix(b"\n")
    ends = [i for i in (chunk.find(b"\r\n\r\n"), chunk.find(b"\n\n")) if i >= 0]
    if not ends:
        return b""
    cut = min(ends)
    return chunk[cut + (4 if chunk[cut : cut + 4] == b"\r\n\r\n" else 2) :]


def _leaf_filename(headers: list[tuple[str, str]]) -> str:
    type_header = first_header(headers, "Content-Type") or ""
    disposition = first_header(headers, "Content-Disposition") or ""
    if not (_NAMED.search(type_header) or _NAMED.search(disposition)):
        return ""
    part = Message()
    for name, value in headers:
        part[name] = value
    return part_filename(part)


def _leaf_text(headers: list[tuple[str, str]], body: bytes) -> str:
    encoding = (first_header(headers, "Content-Transfer-Encoding") or "").strip().lower()
    try:
        if encoding == "base64":
            body = base64.b64decode(body)
        elif encoding == "quoted-printable":
            body = quopri.decodestring(body)
    except ValueError:
        pass  # undecodable: search the bytes as they are
    match = _CHARSET.search(first_header(headers, "Content-Type") or "")
    try:
        return body.decode(match.group(1) if match else "utf-8", "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


def body_facts(raw: bytes) -> BodyFacts:
    headers = parse_headers(raw)
    plain: list[str] = []
    markup: list[str] = []
    filenames: list[str] = []
    for part_headers, body in _leaf_parts(headers, _after_headers(raw)):
        filename = _leaf_filename(part_headers)
        if filename:
            filenames.append(filename)
            continue
        content_type = content_type_of(part_headers)
        if content_type == "text/plain":
            plain.append(_leaf_text(part_headers, body))
        elif content_type == "text/html":
            markup.append(html_to_text(_leaf_text(part_headers, body)))
    text = _SPACES.sub(" ", " ".join(plain or markup)).strip()
    searchable = " ".join(
        decode_value(value)
        for name, value in headers
        if name.lower() in ("subject", "from", "to", "cc", "bcc")
    )
    return BodyFacts(
        text=text.lower(),
        headers_text=searchable.lower(),
        snippet=escape_snippet(text[:SNIPPET_LENGTH].rstrip()),
        filenames=tuple(filenames),
    )


def attachment_id(message_id: str, part_id: str) -> str:
    token = f"sandbox-attachment:{message_id}:{part_id}".encode()
    return "ANGjdJ" + base64.urlsafe_b64encode(token).decode("ascii").rstrip("=")


def part_id_from_attachment_id(message_id: str, token: str) -> str | None:
    """The part an attachment id names, or None when it is not one of this message's ids."""
    if not token.startswith("ANGjdJ"):
        return None
    try:
        decoded = b64url_decode(token[6:]).decode("utf-8")
    except (ValueError, UnicodeError):
        return None
    prefix = f"sandbox-attachment:{message_id}:"
    return decoded[len(prefix) :] if decoded.startswith(prefix) else None


def _leaf_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        return inner.as_bytes() if isinstance(inner, Message) else b""
    return part.get_payload(decode=True) or b""


def _part_json(part: Message, part_id: str, message_id: str) -> dict[str, Any]:
    filename = part_filename(part)
    node: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": filename,
        # raw_items: the values as read (8-bit bytes kept as surrogates, which decode_value
        # reads as UTF-8), not compat32's Header objects, whose str() loses those bytes.
        "headers": [{"name": k, "value": decode_value(v)} for k, v in part.raw_items()],
    }
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        node["body"] = {"size": 0}
        prefix = f"{part_id}." if part_id else ""
        node["parts"] = [
            _part_json(child, f"{prefix}{index}", message_id)
            for index, child in enumerate(part.get_payload())
        ]
        return node
    data = _leaf_bytes(part)
    body: dict[str, Any] = {"size": len(data)}
    if filename:
        body = {"attachmentId": attachment_id(message_id, part_id), "size": len(data)}
    elif data:
        body["data"] = b64url(data)
    node["body"] = body
    return node


@lru_cache(maxsize=512)
def full_payload(raw: bytes, message_id: str) -> dict[str, Any]:
    """The `payload` of format=full. Cached: callers must not mutate the result."""
    return _part_json(_PARSER.parsebytes(raw), "", message_id)


def attachment_data(raw: bytes, part_id: str) -> bytes | None:
    """The decoded bytes of the part with this id, or None when there is no such leaf part."""
    node: Message = _PARSER.parsebytes(raw)
    for step in part_id.split(".") if part_id else []:
        if not node.is_multipart() or not step.isdigit():
            return None
        children = node.get_payload()
        if int(step) >= len(children):
            return None
        node = children[int(step)]
    if node.is_multipart() and node.get_content_type() != "message/rfc822":
        return None
    return _leaf_bytes(node)


def content_type_of(headers: list[tuple[str, str]]) -> str:
    value = first_header(headers, "Content-Type")
    if not value:
        return "text/plain"
    main = value.split(";", 1)[0].strip().lower()
    return main if "/" in main else "text/plain"
