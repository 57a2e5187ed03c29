"""The subset of Gmail's search syntax (`q`) the sandbox understands.

Bare words and "quoted phrases" (whole words, case-insensitive, over subject, sender,
recipients and body); `from: to: cc: bcc: subject: label: in: is: has: filename:
category: rfc822msgid: larger: smaller: newer_than: older_than: after: before:` (with
`newer:`/`older:` as aliases); `OR`, `-` negation, `( )` grouping, `{a b}` OR-groups, and an
operator applied to a group (`subject:(a b)`, `from:{x y}`). An unknown `word:value` is a
plain word, as in Gmail. Dates in `after:`/`before:` are midnight Pacific time, as Gmail
reads them; an all-digit value is epoch seconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from gmail_sandbox.errors import invalid_argument
from gmail_sandbox.store import Mailbox, StoredMessage

PACIFIC = ZoneInfo("America/Los_Angeles")

OPERATORS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "label",
        "in",
        "is",
        "has",
        "filename",
        "category",
        "rfc822msgid",
        "larger",
        "smaller",
        "newer_than",
        "older_than",
        "after",
        "before",
        "newer",
        "older",
    }
)


# ---- syntax tree -------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    field: str | None  # None: free text
    value: str
    phrase: bool = False


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


# ---- tokens ------------------------------------------------------------------------------

_SPECIAL = set('(){}"')


@dataclass(frozen=True)
class _Token:
    kind: str  # ( ) { } - OR AND FIELD WORD PHRASE
    text: str = ""


def tokenize(q: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(q)
    while i < n:
        ch = q[i]
        if ch.isspace():
            i += 1
        elif ch in "(){}":
            tokens.append(_Token(ch))
            i += 1
        elif ch == "-" and i + 1 < n and not q[i + 1].isspace():
            tokens.append(_Token("-"))
            i += 1
        elif ch == '"':
            end = q.find('"', i + 1)
            end = n if end < 0 else end
            tokens.append(_Token("PHRASE", q[i + 1 : end]))
            i = end + 1
        else:
            start = i
            while i < n and not q[i].isspace() and q[i] not in _SPECIAL:
                i += 1
            word = q[start:i]
            name, colon, rest = word.partition(":")
            if colon and name.lower() in OPERATORS:
                tokens.append(_Token("FIELD", name.lower()))
                if rest:
                    tokens.append(_Token("WORD", rest))
            elif word in ("OR", "AND"):
                tokens.append(_Token(word))
            else:
                tokens.append(_Token("WORD", word))
    return tokens


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def sequence(self, field: str | None, closer: str | None) -> list:
        items = []
        while (token := self.peek()) is not None:
            if token.kind == closer:
                self.take()
                return items
            if token.kind in (")", "}"):  # a stray closer: ignore it, as Gmail does
                self.take()
                continue
            if token.kind == "AND":
                self.take()
                continue
            items.append(self.disjunction(field))
        return items

    def disjunction(self, field: str | None):
        items = [self.unary(field)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            if self.peek() is None:
                break
            items.append(self.unary(field))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def unary(self, field: str | None):
        token = self.take()
        if token.kind == "-":
            return Not(self.unary(field)) if self.peek() is not None else And(())
        if token.kind == "(":
            return And(tuple(self.sequence(field, ")")))
        if token.kind == "{":
            return Or(tuple(self.sequence(field, "}")))
        if token.kind == "FIELD":
            if self.peek() is None:
                return Term(field, token.text + ":")
            return self.unary(token.text)
        if token.kind == "PHRASE":
            return Term(field, token.text, phrase=True)
        if token.kind in ("OR", "AND"):  # a leading OR is a word
            return Term(field, token.kind)
        return Term(field, token.text)


def parse(q: str):
    return And(tuple(_Parser(tokenize(q)).sequence(None, None)))


# ---- evaluation --------------------------------------------------------------------------


def _word_pattern(value: str) -> re.Pattern:
    words = [re.escape(w) for w in value.lower().split()]
    body = r"\W+".join(words) if words else ""
    start = r"(?<!\w)" if value[:1].isalnum() else ""
    end = r"(?!\w)" if value[-1:].isalnum() else ""
    return re.compile(start + body + end)


def _label_key(name: str) -> str:
    return re.sub(r"[\s/]+", "-", name.strip().lower())


def _pacific_midnight_ms(value: str) -> int:
    if value.isdigit():
        return int(value) * 1000
    match = re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", value) or None
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if not match:
            raise invalid_argument(f"Invalid search query: bad date {value!r}")
        month, day, year = (int(g) for g in match.groups())
    try:
        midnight = datetime(year, month, day, tzinfo=PACIFIC)
    except ValueError as exc:
        raise invalid_argument(f"Invalid search query: bad date {value!r}") from exc
    return int(midnight.timestamp() * 1000)


def _months_back(now: datetime, months: int) -> datetime:
    month_index = now.year * 12 + now.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(now.day, _days_in_month(year, month))
    return now.replace(year=year, month=month, day=day)


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _relative_ms(value: str, now_ms: int) -> int:
    match = re.fullmatch(r"(\d+)([dmy])", value.lower())
    if not match:
        raise invalid_argument(f"Invalid search query: bad age {value!r} (use 3d, 2m or 1y)")
    amount, unit = int(match.group(1)), match.group(2)
    now = datetime.fromtimestamp(now_ms / 1000, PACIFIC)
    if unit == "d":
        then = now - timedelta(days=amount)
    else:
        then = _months_back(now, amount * (12 if unit == "y" else 1))
    return int(then.timestamp() * 1000)


def _size(value: str) -> int:
    match = re.fullmatch(r"(\d+)([kKmM]?)", value)
    if not match:
        raise invalid_argument(f"Invalid search query: bad size {value!r}")
    scale = {"": 1, "k": 1024, "m": 1024 * 1024}[match.group(2).lower()]
    return int(match.group(1)) * scale


Predicate = Callable[[StoredMessage, Mailbox], bool]


def _free_text(message: StoredMessage) -> str:
    return message.facts.headers_text + " " + message.facts.text


def _compile_term(term: Term, now_ms: int) -> Predicate:
    field, value = term.field, term.value
    low = value.lower()
    if field is None or field in ("subject", "from", "to", "cc", "bcc"):
        if not value.strip():
            return lambda m, box: True
        pattern = _word_pattern(value)
        if field is None:
            return lambda m, box: pattern.search(_free_text(m)) is not None
        if field == "subject":
            return lambda m, box: pattern.search((m.header("Subject") or "").lower()) is not None
        names = {"from": ("from",), "to": ("to", "cc", "bcc"), "cc": ("cc",), "bcc": ("bcc",)}
        wanted = names[field]

        def in_headers(m: StoredMessage, box: Mailbox) -> bool:
            return any(pattern.search((m.header(k) or "").lower()) is not None for k in wanted)

        return in_headers
    if field == "label":
        key = _label_key(value)

        def has_label(m: StoredMessage, box: Mailbox) -> bool:
            for label_id in m.labels:
                label = box.labels.get(label_id)  # None when deleted meanwhile
                if label is None:
                    continue
                if label_id.lower() == low or _label_key(label.name) == key:
                    return True
                if label_id.startswith("CATEGORY_") and label_id[9:].lower() == low:
                    return True
            return False

        return has_label
    if field == "in":
        if low in ("anywhere", "all"):
            return lambda m, box: True
        label_id = {"drafts": "DRAFT", "draft": "DRAFT", "chats": "CHAT"}.get(low, low.upper())
        return lambda m, box: label_id in m.labels
    if field == "category":
        label_id = "CATEGORY_" + low.upper()
        return lambda m, box: label_id in m.labels
    if field == "is":
        if low == "read":
            return lambda m, box: "UNREAD" not in m.labels
        label_id = {"unread": "UNREAD", "starred": "STARRED", "important": "IMPORTANT"}.get(low)
        return lambda m, box: label_id is not None and label_id in m.labels
    if field == "has":
        if low == "attachment":
            return lambda m, box: bool(m.facts.filenames)
        if low in ("userlabels", "nouserlabels"):
            want = low == "userlabels"
            return lambda m, box: any(lid.startswith("Label_") for lid in m.labels) == want
        return lambda m, box: False
    if field == "filename":

        def has_file(m: StoredMessage, box: Mailbox) -> bool:
            return any(
                name.lower() == low or name.lower().endswith("." + low) or low in name.lower()
                for name in m.facts.filenames
            )

        return has_file
    if field == "rfc822msgid":
        wanted_id = value.strip().strip("<>")
        return lambda m, box: (m.rfc822_id or "").strip("<>") == wanted_id
    if field in ("larger", "smaller"):
        size = _size(value)
        if field == "larger":
            return lambda m, box: len(m.raw) > size
        return lambda m, box: len(m.raw) < size
    if field in ("newer_than", "older_than"):
        threshold = _relative_ms(value, now_ms)
        if field == "newer_than":
            return lambda m, box: m.internal_date > threshold
        return lambda m, box: m.internal_date <= threshold
    if field in ("after", "newer", "before", "older"):
        threshold = _pacific_midnight_ms(value)
        if field in ("after", "newer"):
            return lambda m, box: m.internal_date >= threshold
        return lambda m, box: m.internal_date < threshold
    raise AssertionError(f"unhandled operator {field}")


def _compile(node, now_ms: int) -> Predicate:
    if isinstance(node, Term):
        return _compile_term(node, now_ms)
    if isinstance(node, Not):
        inner = _compile(node.item, now_ms)
        return lambda m, box: not inner(m, box)
    if isinstance(node, Or):
        # Words anywhere, OR-ed (a candidate search holds dozens): one pattern over the
        # message's text, not one pass over it per word.
        words = [
            item
            for item in node.items
            if isinstance(item, Term) and item.field is None and item.value.strip()
        ]
        others = [item for item in node.items if not any(item is word for word in words)]
        parts = [_compile(item, now_ms) for item in others]
        if len(words) > 1:
            anywhere = re.compile("|".join(_word_pattern(w.value).pattern for w in words))
            parts.append(lambda m, box: anywhere.search(_free_text(m)) is not None)
        else:
            parts += [_compile(word, now_ms) for word in words]
        return lambda m, box: any(p(m, box) for p in parts) if parts else True
    parts = [_compile(item, now_ms) for item in node.items]
    return lambda m, box: all(p(m, box) for p in parts)


def _reaches_spam_or_trash(node) -> bool:
    if isinstance(node, Term):
        return node.field in ("in", "label") and node.value.lower() in (
            "spam",
            "trash",
            "anywhere",
            "all",
        )
    if isinstance(node, Not):
        return False
    return any(_reaches_spam_or_trash(item) for item in node.items)


def _since_ms(node, now_ms: int) -> int | None:
    """The earliest internal date a message matching `node` can have; None: any date.

    Every part of an AND must hold, so the latest of their bounds; any side of an OR may,
    so the earliest, and none when one side has none. A negation bounds nothing.
    """
    if isinstance(node, Term):
        if node.field in ("after", "newer"):
            return _pacific_midnight_ms(node.value)
        if node.field == "newer_than":
            return _relative_ms(node.value, now_ms)
        return None
    if isinstance(node, Not):
        return None
    bounds = [_since_ms(item, now_ms) for item in node.items]
    if isinstance(node, Or):
        return None if not bounds or None in bounds else min(bounds)
    known = [bound for bound in bounds if bound is not None]
    return max(known) if known else None


@dataclass(frozen=True)
class Query:
    text: str
    matches: Predicate
    reaches_spam_or_trash: bool  # Gmail then searches SPAM and TRASH too
    # No message older than this can match: where a search starts, as Gmail's index lets
    # a dated search cost what the recent mail costs, not the whole mailbox.
    since_ms: int | None = None


def compile_query(q: str | None, now_ms: int) -> Query:
    tree = parse(q or "")
    return Query(
        q or "", _compile(tree, now_ms), _reaches_spam_or_trash(tree), _since_ms(tree, now_ms)
    )
