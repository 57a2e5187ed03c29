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
"""

from __future__ import annotations

import re

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


def trim_reply(text: str, *, forwarded: bool = False) -> str:
    """`text` without quoted history and signature; `forwarded` keeps Outlook header blocks.

    A forward's "From: ... Sent: ..." block introduces the message being forwarded, which
    is the content, so callers pass `forwarded=True` for "Fwd:"/"FW:" subjects.
    """
    lines = text.split("\n")
    for cut in (_cut_history, _drop_quoted, _cut_signature, _drop_mobile_footer):
        trimmed = cut(lines, forwarded)
        if any(line.strip() for line in trimmed):
            lines = trimmed
    return "\n".join(lines).strip()


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _cut_history(lines: list[str], forwarded: bool) -> list[str]:
    found = _history_start(lines, forwarded)
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
