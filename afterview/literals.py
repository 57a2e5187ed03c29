"""Many literal strings found in one walk over a text: the one way the domain does it
(detect's phrase books, when's decision cues), with an Aho-Corasick automaton
(pyahocorasick), whose cost barely grows with the number of strings. And the few words a
gate asks a text for (`holds_any`), and patterns tried where their literals are
(`matches_from`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

import ahocorasick

V = TypeVar("V")


def literal_finder(values: Mapping[str, V]) -> Callable[[str], Iterator[tuple[int, V]]]:
    """A function of a text yielding (index of the last character, value) for every
    occurrence of every key of `values`, overlapping ones included. An empty table finds
    nothing (pyahocorasick refuses to walk an automaton without words)."""
    if not values:
        return lambda text: iter(())
    automaton = ahocorasick.Automaton()
    for key, value in values.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton.iter  # bound, so the hot paths call C directly


def matches_from(
    pattern: re.Pattern[str], text: str, literals: Iterable[str], *, overlapping: bool = False
) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern whose every match begins with one of
    `literals`: the pattern is tried only where one of them occurs (found by `str.find`,
    which runs in C at memchr speed) instead of at every character.

    The same matches: the leftmost match from any point starts at an occurrence, where
    `pattern.match` finds what a search finds (`\\b` and look-behinds still see the
    characters before it), and, like finditer, the next is looked for from this one's end.
    `overlapping`: every occurrence where the pattern matches, inside an earlier match too
    (for a caller that judges each place a match may begin).
    """
    starts = set()
    for literal in literals:
        if literal in text:  # (most are absent: one test, not a find and a comparison)
            at = text.find(literal)
            while at != -1:
                starts.add(at)
                at = text.find(literal, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                yield m
                if not overlapping:
                    end = max(m.end(), at + 1)


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """`any(literal in text for literal in literals)` without the generator: a plain loop
    costs a third less, and the hot paths ask it of every message."""
    for literal in literals:
        if literal in text:
            return True
    return False
