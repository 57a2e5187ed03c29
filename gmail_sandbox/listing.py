"""Searching a mailbox and paging through the result, for messages, threads and drafts.

A search result is cached per mailbox until the mailbox changes, so paging through
40,000 messages evaluates the query once, not once per page. A dated search (`after:`,
`newer_than:`) starts at its date in the date-ordered keys, so, as with Gmail's index,
finding last month's mail costs last month's mail, not the whole mailbox. Page tokens name the sort
key of the last item returned, so inserts and label changes during paging never make a
page skip an item.
"""

from __future__ import annotations

import base64
import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from gmail_sandbox.errors import invalid_argument
from gmail_sandbox.query import compile_query
from gmail_sandbox.store import HIDDEN_FROM_LISTS, Mailbox

Key = tuple[int, int, str]  # (internal date, numeric id, id), ascending
CACHE_SIZE = 16


def _thread_tops(mailbox: Mailbox, matches: list[Key]) -> list[Key]:
    seen: set[str] = set()
    tops: list[Key] = []
    for date, number, message_id in reversed(matches):
        message = mailbox.messages.get(message_id)
        if message is None or message.thread_id in seen:
            continue
        seen.add(message.thread_id)
        tops.append((date, number, message.thread_id))
    tops.reverse()
    return tops


@dataclass
class Search:
    mailbox: Mailbox
    matches: list[Key]
    scanned: int = 0  # messages looked at: those from the query's earliest date on
    _tops: list[Key] | None = None

    @property
    def thread_tops(self) -> list[Key]:
        if self._tops is None:
            self._tops = _thread_tops(self.mailbox, self.matches)
        return self._tops


def search(
    mailbox: Mailbox,
    *,
    label_ids: Iterable[str] = (),
    q: str | None = None,
    include_spam_trash: bool = False,
    now_ms: int,
) -> Search:
    label_ids = tuple(label_ids)
    query = compile_query(q, now_ms)  # compiled first: a bad query is a 400 either way
    cache_key = (label_ids, query.text, include_spam_trash, now_ms // 60_000)
    with mailbox.lock:
        version = mailbox.version
        cached = mailbox.search_cache.get(cache_key)
        if cached is not None and cached[0] == version:
            mailbox.search_cache.move_to_end(cache_key)
            return cached[1]
        hide = not (
            include_spam_trash or query.reaches_spam_or_trash or HIDDEN_FROM_LISTS & set(label_ids)
        )
        hidden: set[str] = set()
        if hide:
            for label_id in HIDDEN_FROM_LISTS:
                hidden |= mailbox.label_index.get(label_id, set())
        candidates: set[str] | None = None
        if label_ids:
            candidates = set.intersection(
                *(set(mailbox.label_index.get(lid, ())) for lid in label_ids)
            )
        order = mailbox.sorted_keys(query.since_ms)
    matches: list[Key] = []
    for key in order:
        message_id = key[2]
        if message_id in hidden or (candidates is not None and message_id not in candidates):
            continue
        if query.text:
            message = mailbox.messages.get(message_id)
            if message is None or not query.matches(message, mailbox):
                continue
        matches.append(key)
    result = Search(mailbox, matches, scanned=len(order))
    with mailbox.lock:
        if mailbox.version == version:
            mailbox.search_cache[cache_key] = (version, result)
            while len(mailbox.search_cache) > CACHE_SIZE:
                mailbox.search_cache.popitem(last=False)
    return result


def page(keys: list[Key], before: tuple[int, int] | None, limit: int) -> tuple[list[Key], bool]:
    """Up to `limit` keys from the top (newest) down, strictly below `before`; and whether
    more remain."""
    end = len(keys) if before is None else bisect.bisect_left(keys, before)
    start = max(0, end - limit)
    return keys[start:end][::-1], start > 0


def encode_token(*numbers: int) -> str:
    return base64.urlsafe_b64encode(":".join(map(str, numbers)).encode()).decode().rstrip("=")


def decode_token(token: str | None, count: int) -> tuple[int, ...] | None:
    if not token:
        return None
    try:
        padded = token + "=" * (-len(token) % 4)
        numbers = tuple(int(p) for p in base64.urlsafe_b64decode(padded).decode().split(":"))
    except (ValueError, UnicodeError):
        raise invalid_argument("Invalid pageToken") from None
    if len(numbers) != count:
        raise invalid_argument("Invalid pageToken")
    return numbers
