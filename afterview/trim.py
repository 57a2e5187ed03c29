"""Cut quoted replies and signatures from a message's plain text, conservatively.

What a thread's messages say matters to the domain only once: the quoted history below a
reply repeats what earlier messages said. The cuts are the easy, reliable ones:

- an attribution line ("On Tue, Jun 2, 2026, Jane <j@x> wrote:", and a few languages) with
  only quoted or blank lines after it: everything from the attribution on;
- Outlook's history: "-----Original Message-----", or a "From:" line followed within a few
  lines by "Sent:" (the "From/Sent/To/Subject" block Outlook puts above the old message);
- lines starting with ">" anywhere (inline answers between them are kept);
- a signature after a "-- " line, or after a sign-off ("Best,", "Kind regards,") that is
  followed by a short block of short lines (name, title, phone) and nothing else;
- "Sent from my iPhone"-style lines.

Never everything: a cut that would leave no text is not made.

`split_reply` also returns the first quoted message (`Quote`): who the attribution or the
Outlook "From:" line names, the date it gives, and the quoted text with one level of ">"
removed and its own history and signature trimmed, within MAX_QUOTE_CHARS. A person
reading the reply alone reads that quote; the timeline reads it only when the quoted
message is not in the thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTION = re.compile(
    r"^(?:on\b.{0,300}\bwrote|am\b.{0,300}\bschrieb.{0,100}|le\b.{0,300}\ba écrit"
    r"|el\b.{0,300}\bescribió|il\b.{0,300}\bha scritto|op\b.{0,300}\bschreef.{0,100})\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|von|de)\s*:\*?\s*\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\s*\*?(?:sent|gesendet|envoyé|enviado)\s*:\*?\s*\S", re.IGNORECASE)
_FORWARD_MARKER = re.compile(r"forwarded message|weitergeleitete nachricht", re.IGNORECASE)
_ATTRIBUTION_OPENINGS = frozenset({"on", "am", "le", "el", "il", "op"})
_RULE = re.compile(r"^\s*[-_=*]{3,}\s*$")
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
_SIGN_OFF = re.compile(
    r"^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards"
    r"|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely"
    r"|yours truly|all the best|talk soon|with gratitude|respectfully"
    r"|mit freundlichen grüßen|viele grüße|beste grüße|cordialement|saludos|un saludo)"
    r"\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my \w+|sent from (?:outlook|mail) for \w+|get outlook for \w+"
    r"|sent from yahoo mail.*|von meinem \w+ gesendet)\s*\.?$",
    re.IGNORECASE,
)
_ATTRIBUTION_SPAN = 3  # attribution lines wrap: "On ..., Jane Doe <\njane@x.com> wrote:"
_HEADER_BLOCK_SPAN = 4  # lines between Outlook's "From:" and "Sent:"
_SIGNATURE_MAX_LINES = 12
_SIGN_OFF_MAX_LINES = 6
_SIGN_OFF_LINE_MAX_CHARS = 80


MAX_QUOTE_CHARS = 2_000  # of a quoted message's text kept
MAX_SIGNATURE_CHARS = 400  # of a cut signature kept (a name, a title, a company, a phone)
_QUOTE_READ_CHARS = 4_000  # of the quoted history read (twice what is kept: its end, its signature)
_QUOTE_READ_LINES = 200
_QUOTE_FIELD_CHARS = 200  # of the name and the date an attribution gives


@dataclass(frozen=True, slots=True)
class Quote:
    """The first message quoted below a reply, as written there (nothing parsed further)."""

    name: str = ""  # "Jane Doe", as the attribution or "From:" line writes it
    email: str = ""  # lower-cased, "" when only a name is given
    when: str = ""  # the date as written ("Fri, Oct 10, 2025 at 10:05 AM"), "" when none
    text: str = ""


def trim_reply(text: str, *, forwarded: bool = False) -> str:
    """`text` without quoted history and signature; `forwarded` keeps Outlook header blocks.

    A forward's "From: ... Sent: ..." block introduces the message being forwarded, which
    is the content, so callers pass `forwarded=True` for "Fwd:"/"FW:" subjects.
    """
    lines = text.split("\n")
    return _trimmed(lines, _history_start(lines, forwarded), forwarded)[0]


def split_reply(text: str, *, forwarded: bool = False) -> tuple[str, Quote | None]:
    """`trim_reply(text)`, and the first message quoted below the reply's own text (None
    when nothing is quoted, when answers are written between the quoted lines, or when
    the message is nothing but a quote: then the quote is its text)."""
    own, _, quote = split_reply_signed(text, forwarded=forwarded)
    return own, quote


def split_reply_signed(text: str, *, forwarded: bool = False) -> tuple[str, str, Quote | None]:
    """`split_reply`, with the signature it cut between them ("" when none was cut): the
    sign-off and the short lines after it, where people write their name, title and
    company ("Head of Marketing, Orbital Yarn"), within MAX_SIGNATURE_CHARS."""
    lines = text.split("\n")
    found = _history_start(lines, forwarded)
    own, signature = _trimmed(lines, found, forwarded)
    return own, signature, _first_quote(lines, found)


def _trimmed(
    lines: list[str], found: tuple[int, int | None] | None, forwarded: bool
) -> tuple[str, str]:
    """The text kept, and the signature cut from it."""
    trimmed = _cut_history(lines, found)
    if any(line.strip() for line in trimmed):
        lines = trimmed
    signature = ""
    for cut in (_drop_quoted, _cut_signature, _drop_mobile_footer):
        trimmed = cut(lines, forwarded)
        if any(line.strip() for line in trimmed):
            if cut is _cut_signature and len(trimmed) < len(lines):
                signature = "\n".join(lines[len(trimmed) :]).strip()[:MAX_SIGNATURE_CHARS]
            lines = trimmed
    return "\n".join(lines).strip(), signature


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _cut_history(lines: list[str], found: tuple[int, int | None] | None) -> list[str]:
    if found is None:
        return lines
    start, inline_after = found
    if inline_after is not None:  # inline answers follow: drop only the attribution
        return lines[:start] + lines[inline_after + 1 :]
    kept = lines[:start]
    while kept and (not kept[-1].strip() or _RULE.match(kept[-1])):  # Outlook's "____"
        kept.pop()
    return kept


def _history_start(lines: list[str], forwarded: bool) -> tuple[int, int | None] | None:
    """Where the quoted history starts; with the attribution's last line when only that goes."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not forwarded and _ORIGINAL_MESSAGE.match(stripped):
            return i, None
        if not forwarded and _OUTLOOK_FROM.match(stripped) and _outlook_block_at(lines, i):
            return i, None
        if stripped[:2].lower() in _ATTRIBUTION_OPENINGS:
            end = _attribution_end(lines, i)
            if end is not None:
                rest = lines[end + 1 :]
                if all(not r.strip() or _is_quoted(r) for r in rest):
                    return i, None
                return i, end
    return None


def _attribution_end(lines: list[str], start: int) -> int | None:
    joined = ""
    for j in range(start, min(start + _ATTRIBUTION_SPAN, len(lines))):
        if j > start and (not lines[j].strip() or _is_quoted(lines[j])):
            return None
        joined = f"{joined} {lines[j].strip()}" if joined else lines[j].strip()
        if _ATTRIBUTION.match(joined):
            return j
    return None


def _outlook_block_at(lines: list[str], start: int) -> bool:
    previous = next((line for line in reversed(lines[:start]) if line.strip()), "")
    if _FORWARD_MARKER.search(previous):
        return False
    window = lines[start + 1 : start + 1 + _HEADER_BLOCK_SPAN]
    return any(_OUTLOOK_SENT.match(line) for line in window)


def _drop_quoted(lines: list[str], forwarded: bool) -> list[str]:
    """Lines not quoted, without the attributions that introduce quotes."""
    kept = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_quoted(line):
            i += 1
            continue
        if line.strip()[:2].lower() in _ATTRIBUTION_OPENINGS:
            end = _attribution_end(lines, i)
            if end is not None:
                i = end + 1
                continue
        kept.append(line)
        i += 1
    return kept


def _cut_signature(lines: list[str], forwarded: bool) -> list[str]:
    content = _last_content_index(lines)
    for i in range(content, -1, -1):
        if _SIGNATURE_DELIMITER.match(lines[i].rstrip("\r")):
            if content - i <= _SIGNATURE_MAX_LINES:
                return lines[:i]
            break
        if content - i > _SIGNATURE_MAX_LINES:
            break
    for i in range(content, max(-1, content - _SIGN_OFF_MAX_LINES - 1), -1):
        if _SIGN_OFF.match(lines[i].strip()):
            block = [line for line in lines[i + 1 : content + 1] if line.strip()]
            if block and all(len(line.strip()) <= _SIGN_OFF_LINE_MAX_CHARS for line in block):
                return lines[:i]
            break
    return lines


def _drop_mobile_footer(lines: list[str], forwarded: bool) -> list[str]:
    return [line for line in lines if not _MOBILE_FOOTER.match(line.strip())]


def _last_content_index(lines: list[str]) -> int:
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip():
            return i
    return -1


# ---------------------------------------------------------------- the first quoted message

# "On <date>, <Name> <addr> wrote:" (the date first), "Am <date> schrieb <Name> <addr>:"
# (the name after the verb).
_ATTRIBUTION_DATE_FIRST = re.compile(
    r"^(?:on|le|el|il)\s+(?P<rest>.*?)\s*(?:wrote|a écrit|escribió|ha scritto)\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTION_NAME_LAST = re.compile(
    r"^(?:am|op)\s+(?P<when>.*?)[\s,]*(?:schrieb|schreef)\s+(?P<who>.*?)\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
# An address written in a text (an attribution, a signature): one pattern for the domain.
EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_BRACKETED = re.compile(r"\(?<[^<>]*>\)?|\[mailto:[^\]]*\]|\(mailto:[^)]*\)")
# Where the date ends when a name follows it with no comma ("... at 10:05 AM Dominic ..."):
# after its clock time, else after its year.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HEADER_LINE = re.compile(r"^\s*\*?(?P<key>[^\W\d_][\w ]{0,15}?)\s*:\*?[ \t]*(?P<value>.*)$")
_FROM_KEYS = frozenset({"from", "von", "de"})
_DATE_KEYS = frozenset({"sent", "date", "gesendet", "datum", "envoyé", "enviado", "fecha"})
_HEADER_KEYS = _FROM_KEYS | _DATE_KEYS | {
    "to", "cc", "bcc", "subject", "an", "betreff", "à", "objet", "para", "asunto", "importance",
}  # fmt: skip


def _first_quote(lines: list[str], found: tuple[int, int | None] | None) -> Quote | None:
    if found is None:
        start = _trailing_quote_start(lines)
        if start is None:
            return None
        return _quote("", "", "", lines[start:])
    start, inline_after = found
    if inline_after is not None or not any(line.strip() for line in lines[:start]):
        return None
    region = _bounded(lines[start : start + _QUOTE_READ_LINES])
    first = region[0].strip()
    if _ORIGINAL_MESSAGE.match(first):
        return _outlook_quote(region[1:])
    if _OUTLOOK_FROM.match(first):
        return _outlook_quote(region)
    end = _attribution_end(region, 0)
    if end is None:  # the attribution ran past the read bound
        return None
    name, email, when = _attribution_parts(" ".join(line.strip() for line in region[: end + 1]))
    return _quote(name, email, when, region[end + 1 :])


def _trailing_quote_start(lines: list[str]) -> int | None:
    """Where a block of ">" lines closing a message with its own text above them starts."""
    last = _last_content_index(lines)
    if last < 0 or not _is_quoted(lines[last]):
        return None
    start = None
    for i, line in enumerate(lines):
        if _is_quoted(line):
            if start is None:
                start = i
        elif line.strip():
            start = None
    if start is None or not any(line.strip() for line in lines[:start]):
        return None  # all quoted: the quote is the text
    return start


def _bounded(lines: list[str]) -> list[str]:
    kept, size = [], 0
    for line in lines:
        if size + len(line) > _QUOTE_READ_CHARS:
            kept.append(line[: max(0, _QUOTE_READ_CHARS - size)])
            break
        kept.append(line)
        size += len(line) + 1
    return kept


def _quote(name: str, email: str, when: str, body: list[str]) -> Quote | None:
    body = _bounded(body)
    text = trim_reply("\n".join(_unquoted(line) for line in body))[:MAX_QUOTE_CHARS].strip()
    if not text:
        return None
    return Quote(
        name=name[:_QUOTE_FIELD_CHARS],
        email=email[:_QUOTE_FIELD_CHARS],
        when=when[:_QUOTE_FIELD_CHARS],
        text=text,
    )


def _unquoted(line: str) -> str:
    """One level of quoting off: "> > text" -> "> text" (the older messages stay quoted)."""
    stripped = line.lstrip()
    if not stripped.startswith(">"):
        return line
    return stripped[2:] if stripped[1:2] == " " else stripped[1:]


def _attribution_parts(line: str) -> tuple[str, str, str]:
    """(name, email, date as written) of an attribution line."""
    m = _ATTRIBUTION_NAME_LAST.match(line)
    if m:
        name, email = _person(m["who"])
        return name, email, m["when"].strip(" ,")
    m = _ATTRIBUTION_DATE_FIRST.match(line)
    if m is None:
        return "", "", ""
    rest = m["rest"]
    bracket = rest.find("<")
    before = rest[:bracket] if bracket >= 0 else rest
    if bracket < 0 and EMAIL_IN_TEXT.search(rest):  # "On <date>, jane@x.com wrote:"
        before = rest[: EMAIL_IN_TEXT.search(rest).start()]
    ends = [c.end() for c in _CLOCK.finditer(before)] or [y.end() for y in _YEAR.finditer(before)]
    if ends:
        cut = ends[-1]
    else:
        cut = before.rfind(",")
        if cut < 0:
            return (*_person(rest), "")
    name, email = _person(rest[cut:])
    return name, email, rest[:cut].strip(" ,")


def _person(text: str) -> tuple[str, str]:
    """(name, email) of "Jane Doe <jane@x.com>", "Jane Doe [mailto:jane@x.com]", "jane@x.com"."""
    found = EMAIL_IN_TEXT.search(text)
    email = found.group().lower() if found else ""
    name = _BRACKETED.sub(" ", text)
    if email:
        name = name.replace(found.group(), " ")
    return " ".join(name.split()).strip(" ,;:\"'"), email


def _outlook_quote(region: list[str]) -> Quote | None:
    """The quoted message under Outlook's "From: / Sent: / To: / Subject:" block."""
    name = email = when = ""
    i = 0
    while i < len(region) and not region[i].strip():
        i += 1
    while i < len(region):
        m = _HEADER_LINE.match(_unquoted(region[i]))
        if m is None or m["key"].strip().lower() not in _HEADER_KEYS:
            break
        key = m["key"].strip().lower()
        if key in _FROM_KEYS and not (name or email):
            name, email = _person(m["value"])
        elif key in _DATE_KEYS and not when:
            when = m["value"].strip()
        i += 1
    return _quote(name, email, when, region[i:])
