"""Cut quoted replies and signatures from a message's plain text, conservatively.

What a thread's messages say matters to the domain only once: the quoted history below a
reply repeats what earlier messages said. The cuts are the easy, reliable ones:

- an attribution line ("On Tue, Jun 2, 2026, Jane <j@x> wrote:", its forms in other
  languages and clients, "2026-06-02 9:12 GMT+02:00 Jane <j@x>:") with only quoted or blank
  lines after it, or with the old message written below it unquoted (HTML mail converted to
  text) when the attribution gives a time or an address: everything from the attribution on.
  Text after the quote is an inline answer, unless it is the quote's own wrapping, or a
  footer below a "-- " or "____" line (a mailing list's, a disclaimer);
- Outlook's history: "-----Original Message-----" (and its translations), or a "From:" line
  followed within a few lines by "Sent:"/"Date:" (the "From/Sent/To/Subject" block Outlook
  puts above the old message; in the languages Outlook writes it in);
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

# What an attribution's last words are: the verb mail clients write, in the languages they
# write it in ("wrote:", "a écrit :", "schrieb", "napisał(a):", "skrev:", "kirjoitti:", ...).
_WROTE_WORDS = (
    "wrote", "sent", "schrieb", "a écrit", "escribió", "escribio", "ha scritto", "schreef",
    "het volgende geschreven", "escreveu", "napisał(a)", "napisała", "napisał", "skrev",
    "kirjoitti", "написал(а)", "написала", "написал", "đã viết", "napsal", "írta", "yazdı",
)  # fmt: skip
_WROTE = "(?:" + "|".join(re.escape(word) for word in _WROTE_WORDS) + ")"
# An attribution is one of these, read on up to three joined lines (they wrap):
# - the opening word of its language, the date and sender, the verb: "On <date>, Jane <j@x>
#   wrote:", "Le ... a écrit :", "Em ... escreveu:", "W dniu ... napisał:", "Den ... skrev:";
# - any words, then the verb and a colon, when they give an address or a clock time (Gmail's
#   "tir. 18. apr. 2017 kl. 13:09 skrev Jane <j@x>:", Finnish, Russian, Japanese forms);
# - a date and a sender's bracketed address, then a colon (Gmail's old "2014-10-17 11:28
#   GMT+03:00 Jane <j@x>:", Yandex's, Mail.ru's), when they give a clock time or a year.
_ATTRIBUTION = re.compile(
    r"^(?:on\b.{0,300}\bwrote|am\b.{0,300}\bschrieb.{0,100}|le\b.{0,300}\ba écrit"
    r"|el\b.{0,300}\bescribió|il\b.{0,300}\bha scritto|op\b.{0,300}\bschreef.{0,100}"
    r"|em\b.{0,300}\bescreveu|(?:w dniu|dnia)\b.{0,300}\bnapisał(?:\(a\)|a)?"
    r"|(?:den|på)\b.{0,300}\bskrev|in data\b.{0,300}\bha scritto)\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ENDS_WITH_ADDRESS = re.compile(r"^.{0,300}[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*>\)?\s*:\s*$", re.DOTALL)
# A digit among the first three words: "tir. 18. apr.", "2014-10-17", "Den 4 dec.", "ср, 30 апр.".
_DATE_FIRST = re.compile(r"^\W{0,3}(?:\S+\s+){0,2}\S*\d")
# Android's and Zoho's "---- Jane wrote ----", "---- On <date> jane@x wrote ----".
_DASHED_WROTE = re.compile(rf"^-{{2,}}\s*(?P<inner>.{{1,300}}\b{_WROTE})\s*-{{2,}}$", re.IGNORECASE)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(?:original message|reply message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original"
    r"|oprindelig (?:meddelelse|besked)|opprinnelig melding|ursprungligt meddelande"
    r"|wiadomość oryginalna|alkuperäinen viesti|исходное сообщение)\s*-{2,}\s*$",
    re.IGNORECASE,
)
# Outlook's header block: "From:" (as Outlook writes it in its languages), then within a few
# lines "Sent:" or, in Outlook for Mac and the translations, "Date:".
_FROM_WORDS = r"from|von|de|van|da|od|fra|från|от|lähettäjä"
_SENT_WORDS = (
    r"sent|gesendet|envoyé|envoyé le|enviado|enviada|verzonden|inviato|wysłano|sendt|skickat"
    r"|отправлено|lähetetty"
)
_DATE_WORDS = r"date|datum|fecha|data|dato|дата|päivämäärä"
_OUTLOOK_FROM = re.compile(rf"^\s*\*?(?:{_FROM_WORDS})\s*:\*?\s*\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(rf"^\s*\*?(?:{_SENT_WORDS})\s*:\*?\s*\S", re.IGNORECASE)
# "Date:" says less than "Sent:" (a schedule has "From: 10:00 / Date: June 4"): with it, the
# "From:" line (or the line it wraps onto) must give an address, as Outlook for Mac's does.
_OUTLOOK_DATE = re.compile(rf"^\s*\*?(?:{_DATE_WORDS})\s*:\*?\s*\S", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado"
    r"|messaggio inoltrato|doorgestuurd bericht",
    re.IGNORECASE,
)
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
# "Sent from my iPhone", "Get Outlook for iOS<https://aka.ms/...>", and their translations.
_MOBILE_FOOTER = re.compile(
    r"^(?:sent from my \w+(?: \w+){0,3}|sent from (?:outlook|mail) for \w+|get outlook for \w+"
    r"|sent from yahoo mail.*|sent with sparrow|sent from acompli|von meinem \w+ gesendet"
    r"|gesendet von outlook für \w+|envoyé (?:de|depuis) mon \w+|envoyé à partir de outlook"
    r" pour \w+|enviado desde mi \w+|inviato da(?: il mio)? \w+|verstuurd vanaf mijn \w+"
    r"|skickat från min \w+|sendt fra min \w+|wysłane z \w+.{0,3})"
    r"\s*(?:<[^<>\s]*>|\([^()\s]*\))?\s*\.?$",
    re.IGNORECASE,
)
_ATTRIBUTION_SPAN = 3  # attribution lines wrap: "On ..., Jane Doe <\njane@x.com> wrote:"
_ATTRIBUTION_MAX_CHARS = 400
_WRAP_MIN_CHARS = 60  # a quoted line a client wrapped is near its width (72-78)
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
    # `_history_start` stops at the first attribution, so the lines above it have none: the
    # attributions to drop with their quotes are those of inline answers, or of a message
    # whose cut was not made (it would have left nothing).
    attributions = found is not None
    if any(line.strip() for line in trimmed):
        attributions = attributions and found[1] is not None
        lines = trimmed
    trimmed = _drop_quoted(lines, attributions)
    if any(line.strip() for line in trimmed):
        lines = trimmed
    signature = ""
    for cut in (_cut_signature, _drop_mobile_footer):
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
    for j, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not forwarded and _ORIGINAL_MESSAGE.match(stripped):
            return j, None
        if not forwarded and _OUTLOOK_FROM.match(stripped) and _outlook_block_at(lines, j):
            return j, None
        # Every attribution ends a line with a colon, dashes or "wrote": it is looked for
        # (from up to its span above) at the few lines that do; every line of every message
        # is read, so this test is the one they all take.
        last = stripped[-1]
        if last != ":" and last != "-" and (last not in "eE" or stripped[-5:].lower() != "wrote"):
            continue
        for i in range(max(0, j - _ATTRIBUTION_SPAN + 1), j + 1):
            if _is_quoted(lines[i]) or not lines[i].strip():  # (a quote's is the quoted one's)
                continue
            found = _attribution_at(lines, i)
            if found is not None:
                start, end = found
                if _history_follows(lines, end + 1, _is_strong(lines, start, end)):
                    return start, None
                return start, end
    return None


def _history_follows(lines: list[str], start: int, strong: bool) -> bool:
    """Whether what follows an attribution is all quoted history (no inline answer in it).

    Quoted lines, and blank ones, are history. An unquoted line after them is an answer,
    except a quoted line's wrapped end (one line between quoted ones) and a footer below a
    "-- " or "____" line. With no quoted line at all, the old message was written unquoted
    (HTML converted to text): history when the attribution is `strong`."""
    seen_quoted = False
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        if _is_quoted(line):
            seen_quoted = True
            continue
        if not seen_quoted:
            return strong
        if _SIGNATURE_DELIMITER.match(line.strip()) or _RULE.match(line):
            return True  # a footer: the mailing list's, the quoted message's disclaimer
        if _is_wrapped(lines, j):
            continue
        return False
    return True


def _is_wrapped(lines: list[str], j: int) -> bool:
    """Whether line `j` is the end of the quoted line above it, wrapped by the client: a long
    quoted line not ending a question, then a line starting lower-case, then quoted lines
    again (an answer between quoted lines, "Yes.", is none)."""
    above = lines[j - 1].strip()
    line = lines[j].lstrip()
    return (
        _is_quoted(above)
        and len(above) >= _WRAP_MIN_CHARS
        and not above.endswith("?")
        and line[:1].islower()
        and j + 1 < len(lines)
        and _is_quoted(lines[j + 1])
    )


def _is_strong(lines: list[str], start: int, end: int) -> bool:
    """An attribution that gives an address or a clock time: a mail client's, not a sentence."""
    joined = " ".join(line.strip() for line in lines[start : end + 1])
    return bool(EMAIL_IN_TEXT.search(joined) or _CLOCK.search(joined))


def _attribution_at(lines: list[str], i: int) -> tuple[int, int] | None:
    """(first, last) line of an attribution read from line `i` on. When its last lines are an
    attribution on their own, the first of them that opens with the language's word ("On",
    "Le", "Am") starts it, else the last (so "Thanks!" right above "On <date>, Jane <j@x>
    wrote:" or "2026-06-02 9:12 Jane <j@x>:" is not part of it, while "On <date>, Jane\n<j@x>
    \nwrote:" is whole: "<j@x> wrote:" alone is no attribution, it gives no date)."""
    end = _attribution_end(lines, i)
    if end is None:
        return None
    starts = [
        k
        for k in range(i, end + 1)
        if _is_attribution(" ".join(line.strip() for line in lines[k : end + 1]))
    ]
    for k in starts:
        if _ATTRIBUTION.match(" ".join(line.strip() for line in lines[k : end + 1])):
            return k, end
    return starts[-1], end


def _attribution_end(lines: list[str], start: int) -> int | None:
    """The last line of an attribution starting at `start` (up to three lines), or None."""
    joined = ""
    for j in range(start, min(start + _ATTRIBUTION_SPAN, len(lines))):
        line = lines[j].strip()
        if j > start and (not line or (_is_quoted(lines[j]) and not line.startswith(">:"))):
            return None  # (Gmail wraps "<jane@x.com\n>:" so that the last line looks quoted)
        joined = f"{joined} {line}" if joined else line
        if _is_attribution(joined):
            return j
    return None


def _attribution_starts(lines: list[str]) -> set[int]:
    """The lines an attribution could start at: within its span above a line ending with a
    colon, dashes or "wrote", as every form ends (see `_history_start`)."""
    near: set[int] = set()
    for j, line in enumerate(lines):
        stripped = line.rstrip()
        last = stripped[-1:]
        if last == ":" or last == "-" or (last in "eE" and stripped[-5:].lower() == "wrote"):
            near.update(range(max(0, j - _ATTRIBUTION_SPAN + 1), j + 1))
    return near


def _is_attribution(text: str) -> bool:
    # Every form ends with a colon, "wrote" or dashes: the cheap test first (every line is tried).
    if not text or text[-1] not in ":-e" or len(text) > _ATTRIBUTION_MAX_CHARS:
        return False
    if text[-1] == "-":
        return _DASHED_WROTE.match(text) is not None
    if text[-1] == "e":  # "On <date> Jane <j@x> wrote", the colon left off
        return (
            text[:3].lower() == "on "
            and text.lower().endswith(" wrote")
            and _is_attribution(f"{text}:")
            and _is_strong([text], 0, 0)
        )
    if _ATTRIBUTION.match(text):
        return True
    if not _DATE_FIRST.match(text):  # the other forms open with their date
        return False
    verb = _verb_start(text.rstrip()[:-1])  # ("... skrev Jane <j@x>:" is the next form)
    if verb is not None:
        # English clients open with "On": "At 10:30 the recruiter wrote:" is a sentence.
        if text[verb:].lower().startswith(("wrote", "sent")):
            return False
        return bool(EMAIL_IN_TEXT.search(text) or _CLOCK.search(text))
    if _ENDS_WITH_ADDRESS.match(text):
        return bool(_CLOCK.search(text) or _YEAR.search(text))
    return False


def _outlook_block_at(lines: list[str], start: int) -> bool:
    previous = next((line for line in reversed(lines[:start]) if line.strip()), "")
    if _FORWARD_MARKER.search(previous):
        return False
    window = lines[start + 1 : start + 1 + _HEADER_BLOCK_SPAN]
    if any(_OUTLOOK_SENT.match(line) for line in window):
        return True
    return "@" in " ".join(lines[start : start + 2]) and any(
        _OUTLOOK_DATE.match(line) for line in window
    )


def _drop_quoted(lines: list[str], attributions: bool) -> list[str]:
    """Lines not quoted, without the attributions that introduce quotes (when `attributions`:
    the lines may have some)."""
    if not attributions:
        return [line for line in lines if not _is_quoted(line)]
    kept = []
    starts = _attribution_starts(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_quoted(line):
            i += 1
            continue
        found = _attribution_at(lines, i) if i in starts else None
        if found is not None:
            kept.extend(lines[i : found[0]])
            i = found[1] + 1
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

# "On <date>, <Name> <addr> wrote:" (the date first, the opening word and the verb around
# them, either may be missing), "Am <date> schrieb <Name> <addr>:" (the name after the verb).
_OPENING = re.compile(
    r"^(?:on|le|el|il giorno|il|em|w dniu|dnia|den|på|in data|op|am|vào)\s+", re.IGNORECASE
)
_ATTRIBUTION_NAME_LAST = re.compile(
    r"^(?P<when>.*?)[\s,]*\b(?:schrieb|schreef|skrev)\s+(?P<who>.+?)\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Words some clients put between the date and the name ("użytkownik Jan", "heeft Jan",
# "from jan@x <jan@x>").
_FILLER = re.compile(r"^(?:from|użytkownik|пользователь|heeft)(?:\s+|$)", re.IGNORECASE)
# An address written in a text (an attribution, a signature): one pattern for the domain.
EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_BRACKETED = re.compile(r"\(?<[^<>]*>\)?|\[mailto:[^\]]*\]|\(mailto:[^)]*\)")
_EMPTY_BRACKETS = re.compile(r"[(\[<]\s*[)\]>]")  # what is left when the address is taken out
# Where the date ends when a name follows it with no comma ("... at 10:05 AM Dominic ..."):
# after its clock time (with its zone: "PM EST", "+0530", "GMT+03:00") or its year, the later.
# A clock may be written "17.50" (Finnish, Danish), never inside a date ("30.09.2017").
_CLOCK = re.compile(
    r"(?<![\d.])\d{1,2}[:.]\d{2}(?::\d{2})?(?![\d]|\.\d)(?:\s*[ap]\.?\s?m\b\.?)?"
    r"(?:\s*\(?(?:GMT|UTC)?\s?[+-]\d{1,2}:?\d{2}\)?|\s+(?:[ECMP][SD]T|UTC|GMT|BST|CES?T)\b)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HEADER_LINE = re.compile(r"^\s*\*?(?P<key>[^\W\d_][\w ]{0,15}?)\s*:\*?[ \t]*(?P<value>.*)$")
_FROM_KEYS = frozenset({"from", "von", "de", "van", "da", "od", "fra", "från", "от", "lähettäjä"})
_DATE_KEYS = frozenset(f"{_SENT_WORDS}|{_DATE_WORDS}".split("|"))
_HEADER_KEYS = _FROM_KEYS | _DATE_KEYS | {
    "to", "cc", "bcc", "subject", "an", "betreff", "à", "objet", "para", "asunto", "importance",
    "aan", "onderwerp", "a", "oggetto", "do", "temat", "til", "emne", "till", "ämne", "kopie",
    "assunto", "kopia", "kopi", "кому", "тема", "vastaanottaja", "aihe", "reply to",
}  # fmt: skip


def _first_quote(lines: list[str], found: tuple[int, int | None] | None) -> Quote | None:
    if found is None:
        start = _trailing_quote_start(lines)
        if start is None:
            return None
        return _quoted_block(lines[start : start + _QUOTE_READ_LINES])
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


def _quoted_block(block: list[str]) -> Quote | None:
    """The quote in a block of ">" lines, with its sender when the block opens with the
    attribution (Apple Mail puts it inside the quote) or a header block (Hotmail's)."""
    region = [_unquoted(line) for line in _bounded(block)]
    first = next((i for i, line in enumerate(region) if line.strip()), None)
    if first is not None:
        found = _attribution_at(region, first)
        if found is not None and found[0] == first:
            name, email, when = _attribution_parts(
                " ".join(line.strip() for line in region[first : found[1] + 1])
            )
            return _quote(name, email, when, block[found[1] + 1 :])
        if _HEADER_LINE.match(region[first]) and any(
            _OUTLOOK_FROM.match(line) for line in region[first : first + _HEADER_BLOCK_SPAN + 1]
        ):
            return _outlook_quote(block[first:])
    return _quote("", "", "", block)


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


def _verb_start(text: str) -> int | None:
    """Where the verb ending `text` ("... Jane <j@x> wrote") starts, None when it ends none.
    (`str.endswith` over the words: a regex searching for them is tried at every position.)"""
    text = text.rstrip()
    if not text.lower().endswith(_WROTE_WORDS):
        return None
    lower = text.lower()
    for word in _WROTE_WORDS:
        start = len(text) - len(word)
        if lower.endswith(word) and (start == 0 or not text[start - 1].isalnum()):
            return start
    return None


def _attribution_parts(line: str) -> tuple[str, str, str]:
    """(name, email, date as written) of an attribution line."""
    dashed = _DASHED_WROTE.match(line)
    if dashed:
        line = dashed["inner"]
    m = _ATTRIBUTION_NAME_LAST.match(line)
    if m:
        name, email = _person(m["who"])
        return name, email, _OPENING.sub("", m["when"].strip(" ,"))
    rest = _OPENING.sub("", line.strip()).rstrip(" :")
    verb = _verb_start(rest)
    if verb is not None:
        rest = rest[:verb].rstrip(" ,")
    bracket = rest.find("<")
    before = rest[:bracket] if bracket >= 0 else rest
    if bracket < 0 and EMAIL_IN_TEXT.search(rest):  # "On <date>, jane@x.com wrote:"
        before = rest[: EMAIL_IN_TEXT.search(rest).start()]
    ends = [c.end() for c in _CLOCK.finditer(before)] + [y.end() for y in _YEAR.finditer(before)]
    if ends:
        cut = max(ends)
    else:
        cut = before.rfind(",")
        if cut < 0:
            return (*_person(rest), "")
    name, email = _person(rest[cut:])
    return _FILLER.sub("", name), email, rest[:cut].strip(" ,")


def _person(text: str) -> tuple[str, str]:
    """(name, email) of "Jane Doe <jane@x.com>", "Jane Doe [mailto:jane@x.com]", "jane@x.com"."""
    found = EMAIL_IN_TEXT.search(text)
    email = found.group().lower() if found else ""
    name = _BRACKETED.sub(" ", text)
    if email:
        name = _EMPTY_BRACKETS.sub(" ", name.replace(found.group(), " "))
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
            value = m["value"]
            # "From: Jane Doe\n<jane@x.com>", "*From:* jane@x.com [mailto:\njane@x.com]":
            # the name or address wrapped onto the lines before the next header.
            while i + 1 < len(region) and _is_continuation(_unquoted(region[i + 1])):
                i += 1
                value = f"{value} {_unquoted(region[i]).strip()}"
            name, email = _person(value)
        elif key in _DATE_KEYS and not when:
            when = m["value"].strip()
        i += 1
    return _quote(name, email, when, region[i:])


def _is_continuation(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _QUOTE_FIELD_CHARS:
        return False
    m = _HEADER_LINE.match(line)
    return m is None or m["key"].strip().lower() not in _HEADER_KEYS
