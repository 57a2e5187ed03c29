"""Many literal strings found in one walk over a text: the one way the domain does it
(detect's phrase books, when's decision cues), with an Aho-Corasick automaton
(pyahocorasick), whose cost barely grows with the number of strings."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
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
