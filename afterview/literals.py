"""Many literal strings found in one walk over a text: the one way the domain does it
(detect's phrase books, when's decision cues), with an Aho-Corasick automaton
(pyahocorasick), whose cost barely grows with the number of strings."""

from __future__ import annotations

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


def first_index(text: str, literals: Iterable[str]) -> int:
    """The lowest index at which any of `literals` occurs in `text`, or -1.

    Where a pattern whose every match begins with one of `literals` can first match: a
    search or finditer started there (`pattern.search(text, index)`) finds what one started
    at 0 finds, since `\\b` and look-behinds still see the characters before the start, and
    it spares the engine trying the pattern at every position before it (a few `str.find`s
    run in C at memchr speed)."""
    lowest = -1
    for literal in literals:
        at = text.find(literal)
        if at != -1 and (lowest == -1 or at < lowest):
            lowest = at
    return lowest
