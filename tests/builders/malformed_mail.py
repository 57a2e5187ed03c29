"""The malformed-mail corpus (tests/data/messages) and a hypothesis strategy that mutates
its messages byte by byte: flips, insertions, deletions, truncations, duplications."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

MESSAGES = Path(__file__).resolve().parent.parent / "data" / "messages"
CORPUS = {p.name: p.read_bytes() for p in sorted(MESSAGES.iterdir()) if p.suffix == ".eml"}


@st.composite
def mutated_corpus_message(draw: st.DrawFn) -> bytes:
    data = bytearray(CORPUS[draw(st.sampled_from(sorted(CORPUS)))])
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 400))]
    return bytes(data)
