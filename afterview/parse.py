"""Emails as `Message` records: from raw bytes, from Gmail metadata headers, from files.

Everything here is best effort and never raises on a message's content: what had to be
repaired is named in `Message.defects` (the vocabulary is `DEFECTS` below). Only a file
that is not an email at all raises, as `UnreadableMessage`.

Two layers, shared by every entry point:
- headers (`_header_fields`): ids, date, addresses, subject, auto-reply/bounce/bulk markers.
  Values are decoded with `policy.default`'s header classes (RFC 2047 encoded-words, RFC
  5322 address lists), with fast paths for plain ASCII and the `compat32` tools
  (`email.header`, `email.utils.getaddresses`) when the default policy chokes;
- bodies (`_BodyReader`, raw messages only): the MIME tree is parsed with `compat32`,
  which never parses headers while splitting and so never raises on a garbled
  Content-Type; parsing with `policy.default` made the whole parse ten times slower.
"""

from __future__ import annotations

import binascii
import codecs
import email.header
import email.utils
import functools
import hashlib
import html
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email import policy
from email.message import Message as MimePart
from email.parser import BytesHeaderParser, BytesParser
from pathlib import Path

from dateutil import parser as dateutil_parser

from afterview.html_text import html_to_text
from afterview.invites import events_from_calendar
from afterview.mail_files import UnreadableMessage, messages_in_file  # noqa: F401 (re-exported)
from afterview.model import Address, CalendarEvent, Message, QuotedMessage
from afterview.trim import Quote, split_reply_signed

# When a message has no usable Date and no Received header: the Unix epoch. Stable across
# runs (so the same file always parses the same), sorts before every real message, and is
# plainly not a real send time; "date_sentinel" is recorded with it.
SENTINEL_DATE = datetime(1970, 1, 1, tzinfo=UTC)

MAX_PART_BYTES = 256 * 1024  # decoded bytes read from any one body part
MAX_TEXT_CHARS = 20_000  # characters of `Message.text`
MAX_DEPTH = 12  # MIME nesting levels read (forwards of forwards of ...)
MAX_PARTS = 300  # MIME parts looked at in one message
MAX_HEADER_CHARS = 32 * 1024  # of any one header value
MAX_HEADERS = 1_000  # header fields read
MAX_ADDRESSES = 200  # per address header
MAX_REFERENCES = 100

# What `Message.defects` may contain: short names of what the parser repaired or skipped.
# Besides these: `afterview.invites.DEFECTS`, and the stdlib parser's own findings
# (`email.errors` defect classes) in snake case, e.g. "start_boundary_not_found".
DEFECTS = {
    "nul_bytes": "NUL bytes removed",
    "leading_blank_lines": "blank lines before the headers skipped",
    "mime_unparseable": "the MIME structure could not be parsed; the body was read as text",
    "body_unreadable": "the body could not be read at all; text left empty",
    "header_8bit": "raw 8-bit bytes in a header, decoded as UTF-8 or windows-1252",
    "header_unparseable": "policy.default failed on a header; decoded with compat32 tools",
    "header_truncated": "a header value longer than MAX_HEADER_CHARS was cut",
    "too_many_headers": "header fields past MAX_HEADERS ignored",
    "message_id_missing": "no Message-ID; a stable hash stands in",
    "date_missing": "no Date header",
    "date_unparseable": "a Date header that no parser could read",
    "date_nonstandard": "a Date not in RFC 5322 form, read by dateutil",
    "date_without_zone": "a Date with no (or -0000) zone, read as UTC",
    "date_from_received": "the date taken from the latest Received header",
    "date_from_internal": "the date taken from Gmail's internalDate",
    "date_sentinel": "no date anywhere; SENTINEL_DATE used",
    "from_missing": "no From header",
    "address_unparseable": "an address without a usable addr-spec (email left empty)",
    "charset_unknown": "a charset Python does not know; read as UTF-8 or windows-1252",
    "charset_mismatch": "bytes invalid in the declared charset; read as UTF-8 or windows-1252",
    "transfer_encoding_unknown": "an unknown Content-Transfer-Encoding; read as 8bit",
    "transfer_encoding_wrong": "a base64 part that is not base64; read as 8bit",
    "base64_truncated": "base64 cut mid-quantum; decoded as far as it goes",
    "part_truncated": "a body part longer than MAX_PART_BYTES was cut",
    "text_truncated": "text longer than MAX_TEXT_CHARS was cut",
    "mime_too_deep": "parts nested deeper than MAX_DEPTH skipped",
    "too_many_parts": "parts past MAX_PARTS skipped",
    "multipart_without_parts": "a multipart whose parts could not be found, read as text",
    "boundary_guessed": "a multipart's boundary was missing or wrong; found in the body",
}


# ---------------------------------------------------------------- entry points


def parse_message(raw: bytes, *, thread_id: str = "", label_ids: Sequence[str] = ()) -> Message:
    """One RFC 5322 message as a `Message`; never raises on the bytes' content."""
    raw = _as_bytes(raw)
    defects: list[str] = []
    if b"\0" in raw:
        raw = raw.replace(b"\0", b"")
        defects.append("nul_bytes")
    if raw[:1] in (b"\r", b"\n"):
        raw = raw.lstrip(b"\r\n")
        defects.append("leading_blank_lines")
    mime, structured = _parse_mime(raw, defects)
    return _read_mime(
        mime, structured, defects, hashed=lambda: raw, thread_id=thread_id, label_ids=label_ids
    )


@dataclass(frozen=True, slots=True)
class MimeNode:
    """One part of a message that arrives already split into parts, as Gmail's API sends
    it (`format=full`): its headers (values encoded or already decoded, both are read),
    its body as decoded bytes (no transfer encoding left), and its child parts."""

    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    parts: tuple[MimeNode, ...] = ()


def parse_tree(
    root: MimeNode,
    *,
    message_id: str = "",
    thread_id: str = "",
    label_ids: Sequence[str] = (),
    internal_date_ms: int | None = None,
) -> Message:
    """A message from its part tree, read by the same header and body readers as
    `parse_message`, with no MIME text in between; never raises on the content.

    `message_id` (Gmail's id) stands in when there is no Message-ID header;
    `internal_date_ms` (Gmail's internalDate) when there is no usable Date header.
    """
    return _read_mime(
        _mime_part(root, depth=0),
        True,
        [],
        known_id=message_id,
        hashed=lambda: repr(root).encode("utf-8", "replace"),
        thread_id=thread_id,
        label_ids=label_ids,
        internal_date_ms=internal_date_ms,
    )


def _mime_part(node: MimeNode, depth: int) -> MimePart:
    """A `compat32` part holding the node's headers and its decoded body as 8-bit text (its
    bytes kept as surrogate escapes, as the stdlib parser keeps them), so `_BodyReader`
    reads it exactly as it reads a parsed part; no transfer encoding is left to undo."""
    part = MimePart()
    for name, value in node.headers:
        if name.lower() != "content-transfer-encoding":
            part.set_raw(name, value)
    content_type = _content_type(part)
    if node.parts and depth < MAX_DEPTH and content_type.startswith(("multipart/", "message/")):
        children = [_mime_part(child, depth + 1) for child in node.parts[:MAX_PARTS]]
        # A forwarded message (message/rfc822) is one part: the inner message's root.
        part.set_payload(children if content_type.startswith("multipart/") else children[:1])
    elif content_type == "message/rfc822" and node.body:
        # Gmail may send a forwarded message whole, as its own bytes: parse those.
        part.set_payload([_parse_mime(node.body, [])[0]])
    else:
        part.set_payload(node.body.decode("utf-8", "surrogateescape"))
    return part


def _read_mime(
    mime: MimePart,
    structured: bool,
    defects: list[str],
    *,
    known_id: str = "",
    hashed: Callable[[], bytes],
    thread_id: str,
    label_ids: Sequence[str],
    internal_date_ms: int | None = None,
) -> Message:
    """Headers, then bodies, of a MIME tree (`structured` False: only headers were parsed).

    Without a Message-ID: `known_id` (Gmail's own id: nothing repaired), else a hash of
    what `hashed` returns."""
    headers = _Headers(mime.raw_items(), defects)
    fields = _header_fields(headers, defects, fallback_date_ms=internal_date_ms)
    if not fields["message_id"]:
        fields["message_id"] = known_id
    if not fields["message_id"]:
        fields["message_id"] = _hashed_id(hashed())
        defects.append("message_id_missing")
    reader = _BodyReader(defects, default_tz=fields["date"].tzinfo or UTC)
    try:
        if structured:
            text = reader.message_text(mime, fields["subject"], depth=0)
        else:
            text, reader.signature, reader.quote = split_reply_signed(
                _clean_text(reader.decoded(mime))
            )
    except Exception:  # a last line of defence: the headers are still worth having
        defects.append("body_unreadable")
        text = ""
    fields["is_bounce"] = fields["is_bounce"] or reader.delivery_report
    fields["is_auto_reply"] = fields["is_auto_reply"] or says_out_of_office(text)
    return Message(
        **fields,
        text=_cap_text(text, defects),
        quoted=_quoted_message(reader.quote, fields["date"]),
        signature=reader.signature,
        events=tuple(dict.fromkeys(reader.events)),
        thread_id=thread_id,
        label_ids=tuple(label_ids),
        defects=tuple(dict.fromkeys(defects)),
    )


def message_from_headers(
    headers: Iterable[tuple[str, str]],
    *,
    message_id: str = "",
    thread_id: str = "",
    snippet: str = "",
    label_ids: Sequence[str] = (),
    internal_date_ms: int | None = None,
) -> Message:
    """A message read in Gmail's `format=metadata`: its headers, and the snippet as text.

    `message_id` (Gmail's id) stands in when there is no Message-ID header;
    `internal_date_ms` (Gmail's internalDate) when there is no usable Date header.
    """
    defects: list[str] = []
    pairs = [(str(name), "" if value is None else str(value)) for name, value in headers]
    fields = _header_fields(_Headers(pairs, defects), defects, fallback_date_ms=internal_date_ms)
    if not fields["message_id"]:
        fields["message_id"] = message_id  # Gmail's own id: a real id, nothing repaired
    if not fields["message_id"]:
        fields["message_id"] = _hashed_id(repr(pairs).encode("utf-8", "surrogatepass"))
        defects.append("message_id_missing")
    text = _clean_text(html.unescape(snippet or ""))  # Gmail escapes the snippet as HTML
    fields["is_auto_reply"] = fields["is_auto_reply"] or says_out_of_office(text)
    return Message(
        **fields,
        text=_cap_text(text, defects),
        thread_id=thread_id,
        label_ids=tuple(label_ids),
        defects=tuple(dict.fromkeys(defects)),
    )


def read_thread(path: Path) -> list[Message]:
    """The messages of an `.eml` (one) or `.mbox` file, all as one thread, oldest first.

    The messages share a thread id derived from the file's absolute path. Raises
    `UnreadableMessage` when the file cannot be read or holds no email. (Files that may
    hold many threads: `afterview.mail_files.threads_in_paths`.)
    """
    path = Path(path)
    thread_id = file_thread_id(path)
    messages = [parse_message(raw, thread_id=thread_id) for raw in messages_in_file(path)]
    return sorted(messages, key=lambda message: message.date)


def file_thread_id(path: Path, thread: str | None = None) -> str:
    """A stable thread id for a thread read from a file: its absolute path, hashed."""
    where = str(Path(path).resolve()) + (f"#{thread}" if thread else "")
    return "file:" + hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]


# ---------------------------------------------------------------- MIME structure

_COMPAT32_PARSER = BytesParser(policy=policy.compat32)
_HEADERS_ONLY_PARSER = BytesHeaderParser(policy=policy.compat32)
_CAMEL_HUMP = re.compile(r"(?<!^)(?=[A-Z])")


def _as_bytes(raw: object) -> bytes:
    if isinstance(raw, bytes):
        return raw
    if isinstance(raw, bytearray | memoryview):
        return bytes(raw)
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    raise TypeError(f"parse_message takes bytes, not {type(raw).__name__}")


# The standard library's MIME parser compiles a regular expression for every multipart
# boundary it meets, and boundaries are unique per message: that compile was a quarter of
# all parsing time. Renaming each boundary (long enough to be unique) to a fixed token
# before parsing lets `re`'s own cache serve it; the tree is the same.
_BOUNDARY_PARAM = re.compile(
    rb"""boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))""", re.IGNORECASE
)
_SHORTEST_RENAMED_BOUNDARY = 16  # shorter ones might also occur in the text: left alone
_MOST_RENAMED_BOUNDARIES = 16


def _canonical_boundaries(raw: bytes) -> bytes:
    if b"oundary" not in raw and b"OUNDARY" not in raw:
        return raw
    found: list[bytes] = []
    for m in _BOUNDARY_PARAM.finditer(raw):
        boundary = m[1] or m[2]
        if boundary not in found:
            found.append(boundary)
    if len(found) > _MOST_RENAMED_BOUNDARIES:
        return raw
    # Longest first, so a boundary that contains another is renamed whole.
    for number, boundary in enumerate(sorted(found, key=len, reverse=True)):
        if len(boundary) >= _SHORTEST_RENAMED_BOUNDARY and raw.count(boundary) >= 2:
            raw = raw.replace(boundary, b"afterview-boundary-%02d-x7Qz" % number)
    return raw


def _parse_mime(raw: bytes, defects: list[str]) -> tuple[MimePart, bool]:
    """The MIME tree, and False when only the headers could be parsed (body kept as text)."""
    try:
        return _COMPAT32_PARSER.parsebytes(_canonical_boundaries(raw)), True
    except Exception:  # RecursionError on absurd nesting; nothing else is known to raise
        defects.append("mime_unparseable")
    try:
        return _HEADERS_ONLY_PARSER.parsebytes(raw), False
    except Exception:
        mime = MimePart()
        mime.set_payload(raw.decode("utf-8", "replace"))
        return mime, False


def _stdlib_defects(part: MimePart) -> list[str]:
    names = []
    for defect in getattr(part, "defects", ()):
        name = type(defect).__name__.removesuffix("Defect")
        names.append(_CAMEL_HUMP.sub("_", name).lower())
    return names


# ---------------------------------------------------------------- headers


class _Headers:
    """Header values by lower-cased name, unfolded, 8-bit bytes decoded, NULs gone."""

    __slots__ = ("_values",)

    def __init__(self, pairs: Iterable[tuple[str, object]], defects: list[str]) -> None:
        values: dict[str, list[str]] = {}
        for count, (name, value) in enumerate(pairs):
            if count >= MAX_HEADERS:
                defects.append("too_many_headers")
                break
            text = value if isinstance(value, str) else str(value)
            if len(text) > MAX_HEADER_CHARS:
                text = text[:MAX_HEADER_CHARS]
                defects.append("header_truncated")
            if "\r" in text or "\n" in text:
                text = _FOLD.sub("", text)
            if _NEEDS_REPAIR.search(text):
                text = _repair_header_text(text, defects)
            values.setdefault(str(name).strip().lower(), []).append(text.strip())
        self._values = values

    def first(self, name: str) -> str:
        found = self._values.get(name)
        return found[0] if found else ""

    def all(self, name: str) -> list[str]:
        return self._values.get(name, [])

    def __contains__(self, name: str) -> bool:
        return any(self._values.get(name, ()))


_FOLD = re.compile(r"\r?\n|\r")
_NEEDS_REPAIR = re.compile(r"[\ud800-\udfff\x00]")
_SURROGATES = re.compile(r"[\ud800-\udfff]+")


def _repair_header_text(text: str, defects: list[str]) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
        defects.append("nul_bytes")
    if _SURROGATES.search(text):
        defects.append("header_8bit")
        text = _unsurrogate(text)
    return text


def _unsurrogate(text: str) -> str:
    """Text whose undecodable bytes (kept as surrogate escapes) are read as UTF-8 or 1252."""
    data = text.encode("utf-8", "surrogateescape") if _is_escapable(text) else None
    if data is None:
        return _SURROGATES.sub("\ufffd", text)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


def _is_escapable(text: str) -> bool:
    try:
        text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates outside the escape range
        return False
    return True


_HEADER_FACTORY = policy.default.header_factory
_WHITESPACE = re.compile(r"\s+")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _decode_words(raw: str, defects: list[str]) -> str:
    """An unstructured header value with RFC 2047 encoded-words decoded, on one line."""
    if "=?" in raw:
        try:
            raw = str(_HEADER_FACTORY("subject", raw))
        except Exception:
            defects.append("header_unparseable")
            raw = _decode_words_compat32(raw)
        if _SURROGATES.search(raw):  # an encoded-word in an unknown charset
            raw = _unsurrogate(raw)
    return _WHITESPACE.sub(" ", _CONTROL_CHARS.sub("", raw)).strip()


def _decode_words_compat32(raw: str) -> str:
    try:
        chunks = email.header.decode_header(raw)
    except Exception:
        return raw
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(_decode_bytes(chunk, charset, []))
        else:
            out.append(chunk)
    return "".join(out)


# The common mailboxes, `Name <a@b>`, `"Last, First" <a@b>`, `a@b`, in ASCII: read without
# the full RFC 5322 parser, which costs a millisecond a header.
_ADDR_SPEC = r'[^<>@\s",;:()\[\]\\]+@[^<>@\s",;:()\[\]\\]+'
_SIMPLE_MAILBOX = re.compile(
    rf'\s*(?:(?:"([^"\\]*)"|([A-Za-z0-9 .\'_-]*?))\s*<({_ADDR_SPEC})>|({_ADDR_SPEC}))\s*'
)


# ... and a name written as one UTF-8 encoded-word ("=?utf-8?b?QmVhdHJpeiBHYXJjw61h?="),
# as mail clients write names beyond ASCII.
_ENCODED_NAME_MAILBOX = re.compile(
    rf"\s*=\?utf-8\?([bq])\?([A-Za-z0-9+/=_.!*-]*)\?=[ \t]+<({_ADDR_SPEC})>\s*", re.IGNORECASE
)
# What a decoded name may not hold for the two readings to agree (else the full parser reads it).
_NAME_SPECIALS = re.compile(r'[\x00-\x1f\x7f"\\,;:<>@()\[\]=?]')


def _addresses(raw: str, defects: list[str], field: str = "to") -> tuple[Address, ...]:
    """The mailboxes of an address header; garbage gives `Address("", name)`, never raises."""
    if not raw.strip():
        return ()
    simple = _simple_addresses(raw)
    if simple is not None:
        return simple
    return _parsed_addresses(raw, defects, field)


def _parsed_addresses(raw: str, defects: list[str], field: str) -> tuple[Address, ...]:
    """`_addresses` by the standard library's RFC 5322 parser (what `_simple_addresses`
    must agree with, and reads whatever it does not)."""
    try:
        parsed = _HEADER_FACTORY(field, raw).addresses
        pairs = [(a.display_name, a.username, a.domain) for a in parsed]
        if not pairs and raw.rstrip().endswith(";"):  # "undisclosed-recipients:;"
            return ()
    except Exception:  # policy.default has raised AttributeError/IndexError on odd input
        defects.append("header_unparseable")
        pairs = []
        for name, addr in email.utils.getaddresses([raw]):
            local, _, domain = addr.rpartition("@")
            pairs.append((_decode_words(name, defects), local, domain))
    found = []
    for name, local, domain in pairs[:MAX_ADDRESSES]:
        name = _clean_name(name)
        addr_local = _WHITESPACE.sub("", local or "")
        addr_domain = _WHITESPACE.sub("", domain or "").strip("[]<>")
        if addr_local and addr_domain and "@" not in addr_domain:
            found.append(Address(f"{addr_local}@{addr_domain}".lower().strip('"<>'), name))
        elif name or addr_local or addr_domain:
            defects.append("address_unparseable")
            found.append(Address("", name or _clean_name(local or "")))
    if not found:
        defects.append("address_unparseable")
        found.append(Address("", _clean_name(_decode_words(raw, defects))[:200]))
    return tuple(found)


def _simple_addresses(raw: str) -> tuple[Address, ...] | None:
    if not raw.isascii():
        return None
    encoded = "=?" in raw
    found = []
    position, end = 0, len(raw)
    while True:
        match = _SIMPLE_MAILBOX.match(raw, position)
        if match is not None and encoded and "=?" in match.group(0):
            match = None  # an encoded-word in quotes: the full parser decides
        if match is not None:
            quoted_name, name, angle_addr, bare_addr = match.groups()
            found.append(
                Address((angle_addr or bare_addr).lower(), _clean_name(quoted_name or name or ""))
            )
        else:
            match = _ENCODED_NAME_MAILBOX.match(raw, position) if encoded else None
            if match is None:
                return None
            decoded = _utf8_encoded_word(match.group(1), match.group(2))
            if decoded is None:
                return None
            found.append(Address(match.group(3).lower(), _clean_name(decoded)))
        position = match.end()
        if position == end:
            return tuple(found[:MAX_ADDRESSES])
        if raw[position] != ",":
            return None
        position += 1


def _utf8_encoded_word(encoding: str, payload: str) -> str | None:
    """The text of a UTF-8 encoded-word's payload; None when anything about it is irregular
    (the full parser then reads the header, as before)."""
    try:
        if encoding in "bB":
            data = binascii.a2b_base64(payload, strict_mode=True)
        else:
            data = binascii.a2b_qp(payload.encode("ascii"), header=True)
        text = data.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not text.strip() or _NAME_SPECIALS.search(text) or text != text.strip():
        return None
    return text


def _clean_name(name: str) -> str:
    if _SURROGATES.search(name):
        name = _unsurrogate(name)
    return _WHITESPACE.sub(" ", _CONTROL_CHARS.sub("", name)).strip().strip("\"'").strip()


_MSG_ID = re.compile(r"<[^<>\s]+>")


def _message_ids(raw: str) -> list[str]:
    """The msg-ids in a header, each as "<...>"; bare "left@right" tokens get brackets."""
    found = _MSG_ID.findall(raw)
    if found:
        return found
    return [f"<{token.strip('<>')}>" for token in raw.split() if "@" in token.strip("<>@")]


def _hashed_id(data: bytes) -> str:
    return f"<{hashlib.sha256(data).hexdigest()[:32]}@afterview.invalid>"


_RECEIVED_DATE = re.compile(r";\s*([^;]+)$")
_YEAR_RANGE = range(1971, 2200)
# dateutil fills what a garbled value lacks from this default; year 1 is out of range,
# so a value without a year is rejected rather than given the current one.
_DATEUTIL_DEFAULT = datetime(1, 1, 1)


def _parse_date(raw: str, defects: list[str]) -> datetime | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        parts = email.utils.parsedate_tz(raw)
    except Exception:
        parts = None
    if parts is not None:
        year, month, day, hour, minute, second = parts[:6]
        offset = parts[9]
        try:
            if offset is None:
                zone: tzinfo = UTC
            else:
                zone = UTC if offset == 0 else timezone(timedelta(seconds=offset))
            parsed = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=zone)
        except (ValueError, OverflowError, TypeError):
            parsed = None
        if parsed is not None and parsed.year in _YEAR_RANGE:
            if offset is None or "-0000" in raw:
                defects.append("date_without_zone")
            return parsed
    try:
        with warnings.catch_warnings():  # unknown zone names warn; they are read as UTC
            warnings.simplefilter("ignore")
            parsed = dateutil_parser.parse(raw, default=_DATEUTIL_DEFAULT)
    except Exception:  # ParserError, OverflowError, and odder things on odd input
        return None
    if parsed.year not in _YEAR_RANGE:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=UTC)
        defects.append("date_without_zone")
    else:
        offset = parsed.utcoffset()
        parsed = parsed.replace(tzinfo=UTC if not offset else timezone(offset))
    defects.append("date_nonstandard")
    return parsed


# "Fri, Oct 10, 2025 at 10:05 AM": the word between day and time is not a date's.
_AT_WORD = re.compile(r"\s(?:at|um|à|om|alle)\s", re.IGNORECASE)


def _quoted_message(quote: Quote | None, reply_date: datetime) -> QuotedMessage | None:
    """The quote as the domain's record, its date read as the reply's reader sees it."""
    if quote is None:
        return None
    return QuotedMessage(
        sender=Address(quote.email, quote.name),
        date=_quote_date(quote.when, reply_date),
        text=quote.text,
    )


def _quote_date(written: str, reply_date: datetime) -> datetime | None:
    """An attribution's date, or None when it has none readable. The mail client wrote it
    in its user's zone, which is the one the reply's Date header gives; a date after the
    reply is not the quoted message's."""
    if not written:
        return None
    parsed = _usual_quote_date(written)
    if parsed is None:
        parsed = _any_quote_date(written)
    if parsed is None:
        return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=reply_date.tzinfo or UTC)
    try:
        return parsed if parsed < reply_date else None
    except TypeError:  # a naive reply date (not the parser's): compare in UTC
        return parsed if parsed < reply_date.replace(tzinfo=UTC) else None


# Gmail's "Fri, Oct 10, 2025 at 10:05 AM", Outlook's "Friday, October 10, 2025 10:05 AM",
# and the day first ("Fri, 10 Oct 2025 at 10:05"): read without dateutil, which costs
# twenty times more and would be paid for every reply parsed.
_USUAL_QUOTE_DATE = re.compile(
    r"^(?:[a-z]{2,9}\.?,?\s+)??(?:(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})"
    r"|(?P<day_first>\d{1,2})\.?\s+(?P<month_after>[a-z]{3,9})\.?),?\s+(?P<year>\d{4}),?"
    r"\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<half>[ap])?\.?(?:m\.?)?$",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, full in enumerate(
        (
            "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
        ),
        start=1,
    )
    for name in (full, full[:3], full[:4])
}  # fmt: skip


def _usual_quote_date(written: str) -> datetime | None:
    m = _USUAL_QUOTE_DATE.match(written.strip())
    if m is None:
        return None
    month = _MONTHS.get((m["month"] or m["month_after"]).lower())
    if month is None:
        return None
    hour = int(m["hour"])
    if m["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"].lower() == "p" else 0)
    try:
        return datetime(
            int(m["year"]),
            month,
            int(m["day"] or m["day_first"]),
            hour,
            int(m["minute"]),
            int(m["second"] or 0),
        )
    except ValueError:
        return None


def _any_quote_date(written: str) -> datetime | None:
    try:  # not `_parse_date`: RFC 5322's parser reads "6:30 PM" as 06:30 in a zone "PM"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = dateutil_parser.parse(_AT_WORD.sub(" ", written), default=_DATEUTIL_DEFAULT)
    except Exception:  # ParserError, OverflowError, and odder things on odd input
        return None
    return parsed if parsed.year in _YEAR_RANGE else None


def _message_date(headers: _Headers, defects: list[str], fallback_date_ms: int | None) -> datetime:
    raw = headers.first("date")
    if raw:
        found = _parse_date(raw, defects)
        if found is not None:
            return found
        defects.append("date_unparseable")
    else:
        defects.append("date_missing")
    if fallback_date_ms is not None:
        try:
            found = datetime.fromtimestamp(fallback_date_ms / 1000, UTC)
            defects.append("date_from_internal")
            return found
        except (ValueError, OverflowError, OSError, TypeError):
            pass
    received = []
    for value in headers.all("received"):
        match = _RECEIVED_DATE.search(value)
        if match:
            found = _parse_date(match.group(1), [])
            if found is not None:
                received.append(found)
    if received:
        defects.append("date_from_received")
        return max(received)
    defects.append("date_sentinel")
    return SENTINEL_DATE


_AUTO_REPLY_SUBJECT = re.compile(
    r"\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|auto[- ]?response"
    r"|autoresponse|abwesenheitsnotiz|automatische antwort|abwesend"
    r"|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina"
    r"|risposta automatica|fuori sede|afwezigheidsbericht|automatisch antwoord"
    r"|away from (?:the )?office)\b",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable|undelivered mail|delivery status notification"
    r"|mail delivery failed|delivery failure|failure notice|returned mail"
    r"|delivery has failed|unzustellbar|non remis|mail delivery subsystem)\b",
    re.IGNORECASE,
)
_BOUNCE_SENDERS = frozenset({"mailer-daemon", "postmaster", "mail-daemon"})
_DELIVERY_REPORT = re.compile(
    r"^\s*multipart/report\b.*\breport-type\s*=\s*\"?delivery-status", re.IGNORECASE
)
# An out-of-office reply a mail client's rule sends keeps the subject it answers and sets no
# header (Outlook's "reply using a specific template", some helpdesks): its opening says it.
# Only a short note that opens so, says when its writer is back, and asks nothing: "I'm out
# of the office until Monday, but are you free Tuesday at 10?" is a person writing.
_OUT_OF_OFFICE_OPENING = re.compile(
    r"^(?:(?:hi|hello|dear|greetings)\b[^\n]{0,40}\n+)?"
    r"(?:thanks?(?: you)? for (?:your (?:e-?mail|message|note)|contacting me|reaching out)"
    r"[^.!\n]{0,40}[.!,]?\s*)?"
    r"(?:please note,? )?i(?:'m| am| will be| shall be)\s+(?:currently\s+|now\s+)?"
    r"(?:out of (?:the )?office|away from (?:the |my )?(?:office|desk)|away\b|on (?:annual |"
    r"parental |maternity |paternity |sick |medical |study )?leave|on (?:vacation|holiday)"
    r"|out of town|travell?ing)",
)
_BACK_WHEN = re.compile(
    r"\b(?:until|till|returning|return(?:s)? on|back (?:in the office |at my desk )?on|back"
    r" in the office|upon my return|on my return|when i(?:'m| am)? (?:back|return)"
    r"|limited access)"
)
_OUT_OF_OFFICE_LONGEST = 700
_OPENING_READ = 240
_AWAY_WORDS = ("office", "away", "leave", "vacation", "holiday", "town", "travel")


def says_out_of_office(text: str) -> bool:
    """A short note whose opening says its writer is away, when they are back, and that asks
    nothing: an automatic reply whatever its headers say."""
    if len(text) > _OUT_OF_OFFICE_LONGEST or "?" in text:
        return False
    opening = text[:_OPENING_READ].lstrip().lower()
    if not any(word in opening for word in _AWAY_WORDS):  # most short mail: nothing to match
        return False
    low = text.lower()
    return _OUT_OF_OFFICE_OPENING.match(opening) is not None and _BACK_WHEN.search(low) is not None


_AUTO_SUBMITTED_END = re.compile(r"[\s;(]")
_AUTO_REPLY_FLAGS = ("x-autoreply", "x-autorespond", "x-auto-reply", "x-autoresponder")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|i)\s*:", re.IGNORECASE)


def _header_fields(headers: _Headers, defects: list[str], *, fallback_date_ms: int | None) -> dict:
    """The `Message` fields that come from headers alone; message_id "" when there is none."""
    ids = _message_ids(headers.first("message-id"))
    from_raw = headers.first("from") or headers.first("sender")
    if not from_raw:
        defects.append("from_missing")
    senders = _addresses(from_raw, defects, "from")
    sender = senders[0] if senders else Address("")
    subject = _decode_words(headers.first("subject"), defects)
    references = [ref for value in headers.all("references") for ref in _message_ids(value)]
    if len(references) > MAX_REFERENCES:  # the root and the latest ones matter
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]
    in_reply_to = _message_ids(headers.first("in-reply-to"))
    precedence = headers.first("precedence").lower()
    # The keyword alone: RFC 3834 lets a comment or parameters follow it ("auto-replied
    # (vacation)", as Sieve vacation writes it; "auto-replied; owner-email=...").
    auto_submitted = headers.first("auto-submitted")
    if auto_submitted:
        auto_submitted = _AUTO_SUBMITTED_END.split(auto_submitted.strip(), 1)[0].lower()
    return {
        "message_id": ids[0] if ids else "",
        "date": _message_date(headers, defects, fallback_date_ms),
        "sender": sender,
        "subject": subject,
        "to": _address_list(headers, "to", defects),
        "cc": _address_list(headers, "cc", defects),
        "reply_to": _address_list(headers, "reply-to", defects),
        "in_reply_to": in_reply_to[0] if in_reply_to else "",
        "references": tuple(references),
        # Only auto-replied marks a reply by a robot (RFC 3834): ATS mail is routinely
        # "auto-generated" yet it is the employer speaking, so it must count as contact.
        "is_auto_reply": bool(
            auto_submitted == "auto-replied"
            or any(headers.first(name).lower() not in ("", "no") for name in _AUTO_REPLY_FLAGS)
            or headers.first("x-autogenerated").lower() == "reply"
            or precedence == "auto_reply"
            or _AUTO_REPLY_SUBJECT.search(subject)
        ),
        "is_bounce": bool(
            sender.email.partition("@")[0] in _BOUNCE_SENDERS
            or _DELIVERY_REPORT.match(headers.first("content-type"))
            or _BOUNCE_SUBJECT.match(subject)
        ),
        "is_bulk": bool(
            "list-unsubscribe" in headers
            or "list-id" in headers
            or precedence in ("bulk", "list", "junk")
        ),
    }


def _address_list(headers: _Headers, name: str, defects: list[str]) -> tuple[Address, ...]:
    found: list[Address] = []
    for value in headers.all(name):
        found.extend(a for a in _addresses(value, defects, name) if a.email or a.name)
    return tuple(found[:MAX_ADDRESSES])


# ---------------------------------------------------------------- bodies


class _BodyReader:
    """Reads the text and calendar events of one MIME tree, within the caps."""

    def __init__(self, defects: list[str], default_tz: tzinfo) -> None:
        self.defects = defects
        self.default_tz = default_tz
        self.events: list[CalendarEvent] = []
        self.parts_seen = 0
        self.delivery_report = False
        self.quote: Quote | None = None  # the first message the top-level text quotes
        self.signature = ""  # the signature cut from the top-level text
        # Invites come twice in one message (the text/calendar beside the text, and the
        # invite.ics attachment): the second is read from the first's reading.
        self._calendars_read: dict[
            tuple[str, str], tuple[tuple[CalendarEvent, ...], tuple[str, ...]]
        ] = {}

    def message_text(self, message: MimePart, subject: str, depth: int) -> str:
        """A message's own text, trimmed, followed by what it forwards as attachments."""
        forwards: list[MimePart] = []
        own = self._part_text(message, depth, forwards)
        forwarded = bool(_FORWARD_SUBJECT.match(subject))
        text, signature, quote = split_reply_signed(_clean_text(own), forwarded=forwarded)
        if depth == 0:
            self.quote, self.signature = quote, signature
        for forwarded in forwards:
            if len(text) > MAX_TEXT_CHARS:
                break
            text = f"{text}\n\n{self._forward_text(forwarded, depth + 1)}".strip()
        return text

    def _forward_text(self, message: MimePart, depth: int) -> str:
        headers = _Headers(message.raw_items(), [])
        fields = _header_fields(headers, [], fallback_date_ms=None)
        sender = fields["sender"]
        who = f"{sender.name} <{sender.email}>" if sender.name else sender.email
        intro = (
            "---------- Forwarded message ----------\n"
            f"From: {who}\nDate: {headers.first('date')}\nSubject: {fields['subject']}"
        )
        return f"{intro}\n\n{self.message_text(message, fields['subject'], depth)}"

    def _part_text(self, part: MimePart, depth: int, forwards: list[MimePart]) -> str:
        self.parts_seen += 1
        if self.parts_seen > MAX_PARTS:
            self.defects.append("too_many_parts")
            return ""
        if depth > MAX_DEPTH:
            self.defects.append("mime_too_deep")
            return ""
        self.defects.extend(_stdlib_defects(part))
        content_type = _content_type(part)
        if _is_calendar(part, content_type):
            self._read_calendar(part)
            return ""
        maintype, _, subtype = content_type.partition("/")
        if maintype == "multipart":
            return self._multipart_text(part, subtype, depth, forwards)
        if content_type == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], MimePart):
                forwards.append(inner[0])
            return ""
        if maintype != "text" or subtype not in ("plain", "html"):
            return ""
        if depth and _is_attachment(part):  # a resume.txt, not the message's own words
            return ""
        text = self.decoded(part)
        return html_to_text(text) if subtype == "html" or _html_document(text) else text

    def _multipart_text(
        self, part: MimePart, subtype: str, depth: int, forwards: list[MimePart]
    ) -> str:
        children = part.get_payload()
        if not isinstance(children, list):
            children = self._guess_parts(part)
            if children is None:
                self.defects.append("multipart_without_parts")
                return self.decoded(part)
        if subtype == "report":
            if _DELIVERY_REPORT.match(_header(part, "content-type")):
                self.delivery_report = True
            # The returned original is the recipient's own old message: not this one's text.
            children = [c for c in children if _content_type(c) != "message/rfc822"]
        if subtype == "alternative":
            return self._alternative_text(children, depth, forwards)
        texts = (self._part_text(child, depth + 1, forwards) for child in children)
        return "\n\n".join(text for text in texts if text.strip())

    def _alternative_text(
        self, children: list[MimePart], depth: int, forwards: list[MimePart]
    ) -> str:
        # Outlook puts the invite beside the text: read calendars whichever text is chosen.
        ranked = []
        for child in children:
            content_type = _content_type(child)
            if _is_calendar(child, content_type):
                self._read_calendar(child)
            elif content_type == "text/plain":
                ranked.append((0, child))
            elif content_type == "text/html":
                ranked.append((2, child))
            elif content_type.startswith("multipart/"):
                ranked.append((1, child))
        for _, child in sorted(ranked, key=lambda pair: pair[0]):
            text = self._part_text(child, depth + 1, forwards)
            if text.strip():
                return text
        return ""

    def _guess_parts(self, part: MimePart) -> list[MimePart] | None:
        """The parts of a multipart whose boundary is missing or does not match the body."""
        body = _raw_payload(part)
        if not isinstance(body, str):
            return None
        match = _BOUNDARY_LINE.search(body[:MAX_PART_BYTES])
        if match is None:
            return None
        boundary = match.group(1)
        rebuilt = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n{body}'.encode(
            "utf-8", "surrogateescape"
        )
        try:
            repaired = _COMPAT32_PARSER.parsebytes(rebuilt)
        except Exception:
            return None
        children = repaired.get_payload()
        if not isinstance(children, list) or not children:
            return None
        self.defects.append("boundary_guessed")
        return children

    def decoded(self, part: MimePart) -> str:
        data = self._payload_bytes(part)
        try:
            charset = part.get_content_charset()
        except Exception:
            charset = None
        return _decode_bytes(data, charset, self.defects)

    def _payload_bytes(self, part: MimePart) -> bytes:
        payload = _raw_payload(part)
        if not isinstance(payload, str):
            return b""
        encoding = _NOT_ALNUM.sub("", _header(part, "content-transfer-encoding").lower())
        if encoding == "base64":
            data = self._base64(payload)
        elif encoding == "quotedprintable":
            encoded = payload[: MAX_PART_BYTES * 3].encode("ascii", "replace")
            data = binascii.a2b_qp(encoded)
        else:
            if encoding not in ("", "7bit", "8bit", "binary"):
                self.defects.append("transfer_encoding_unknown")
            data = payload[: MAX_PART_BYTES + 1].encode("utf-8", "surrogateescape")
        if len(data) > MAX_PART_BYTES:
            self.defects.append("part_truncated")
            data = data[:MAX_PART_BYTES]
        return data

    def _base64(self, payload: str) -> bytes:
        encoded = payload[: MAX_PART_BYTES * 4 // 3 + MAX_PART_BYTES // 20]
        if _NOT_BASE64.search(encoded):
            self.defects.append("transfer_encoding_wrong")
            return encoded.encode("utf-8", "surrogateescape")
        cut_by_us = len(encoded) < len(payload)
        # Chunks end at padding: some encoders pad every line, so decode chunk by chunk.
        chunks = _BASE64_CHUNK.findall(_WHITESPACE.sub("", encoded))
        decoded = []
        for number, (data, padding) in enumerate(chunks, start=1):
            leftover = len(data) % 4
            if leftover and not padding and number == len(chunks) and not cut_by_us:
                self.defects.append("base64_truncated")
            if leftover == 1:  # six bits: not even one byte
                data = data[:-1]
            try:
                decoded.append(binascii.a2b_base64(data + "=" * (-len(data) % 4)))
            except (binascii.Error, ValueError):
                self.defects.append("base64_truncated")
        return b"".join(decoded)

    def _read_calendar(self, part: MimePart) -> None:
        try:
            method = part.get_param("method") or ""
        except Exception:
            method = ""
        method = method if isinstance(method, str) else ""
        text = self.decoded(part)
        read = self._calendars_read.get((text, method))
        if read is None:
            read = events_from_calendar(text, method=method, default_tz=self.default_tz)
            self._calendars_read[(text, method)] = read
        events, defects = read
        self.events.extend(events)
        self.defects.extend(defects)


# A line that opens a MIME part: "--boundary", then a header line or a blank line.
_BOUNDARY_LINE = re.compile(r"^--(\S{1,70})[ \t]*\r?\n(?:[A-Za-z-]+:|\r?\n)", re.MULTILINE)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=\s]")
_BASE64_CHUNK = re.compile(r"([A-Za-z0-9+/]+)(=*)")
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_NEVER_CALENDARS = frozenset({"text/plain", "text/html"})


def _html_document(text: str) -> bool:
    """A part labelled text/plain that is an HTML document (old and bulk mailers send them):
    its words are read as the HTML's, not as tags."""
    head = text[:64].lstrip().lower()
    return head.startswith(("<html", "<!doctype html"))


def _raw_payload(part: MimePart) -> object:
    """The payload as parsed: a list of parts, or text with 8-bit bytes as surrogate escapes.

    `get_payload()` would decode 8-bit text with the declared charset, replacing what does
    not fit (and all of it for an unknown charset); the fallbacks need the bytes.
    """
    return part._payload  # the stdlib offers no public accessor for it


def _header(part: MimePart, name: str) -> str:
    """A part's raw header value as text (compat32's `get` can hand back Header objects)."""
    for key, value in part.raw_items():
        if key.lower() == name:
            return value if isinstance(value, str) else str(value)
    return ""


def _content_type(part: MimePart) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _filename(part: MimePart) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        return ""
    return name if isinstance(name, str) else ""


def _is_attachment(part: MimePart) -> bool:
    return _header(part, "content-disposition").lower().lstrip().startswith("attachment")


def _is_calendar(part: MimePart, content_type: str) -> bool:
    if content_type in CALENDAR_TYPES:
        return True
    if content_type in _NEVER_CALENDARS or content_type.startswith(("multipart/", "message/")):
        return False
    return is_calendar_file(_filename(part))  # application/octet-stream ...


def is_calendar_file(filename: str) -> bool:
    """A calendar by its file name, whatever type it was sent as."""
    return filename.lower().endswith((".ics", ".vcs"))


# ---------------------------------------------------------------- text


_CHARSET_ALIASES = {
    # Mail in the wild labels the Windows supersets with the older names (as browsers
    # assume too): decode with the superset so the extra characters survive.
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7",
    "utf8": "utf-8",
}


@functools.lru_cache(maxsize=256)
def _codec(charset: str) -> str | None:
    """A Python text codec for a MIME charset name, or None when there is none."""
    name = _CHARSET_ALIASES.get(charset, charset)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes as text: the declared charset, else UTF-8, else windows-1252 with replacement."""
    declared = (charset or "").strip().strip("\"'").lower()
    codec = _codec(declared) if declared else None
    if declared and codec is None:
        defects.append("charset_unknown")
    if codec is not None:
        try:
            return data.decode(codec)
        except Exception:  # UnicodeDecodeError, and odd codecs' own errors
            if codec != "ascii":
                defects.append("charset_mismatch")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("windows-1252", errors="replace")


_LINE_ENDS = re.compile(r"\r\n?")
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _clean_text(text: str) -> str:
    if _has_surrogates(text):
        text = _SURROGATES.sub("\ufffd", text)
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    text = "\n".join(line.rstrip() for line in _TEXT_CONTROLS.sub("", text).split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def _has_surrogates(text: str) -> bool:
    # Much faster than a regex search over a long text.
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _cap_text(text: str, defects: list[str]) -> str:
    if len(text) <= MAX_TEXT_CHARS:
        return text
    defects.append("text_truncated")
    return text[:MAX_TEXT_CHARS]
