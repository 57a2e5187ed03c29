"""`bench/retro_first_look.py --edit` for the clauses of `timeline._unless_travel`, on an old
tree after `twelfth_session_all.py`.

The journey and the meeting told in one sentence ("You're booked on the 7:10 AM flight out of
O'Hare on Tuesday, May 5, and we'll meet at our office at 11:00 AM"): the clause that names
the meeting or the occasion, not the journey, keeps its clock time; the journey's clauses lose
theirs (a dinner is no meeting: a guard added after odd-half run 1, not run again: run 1 was
identical to `journey_alone.py` and the guard only narrows what the clauses keep). A tree
without the journey's reading (`_unless_travel`, landed with mech2) but with
`_without_office_hours` gets the journey's reading as it landed first, so the odd half's older
batches can judge the clauses: its baseline is `journey_alone.py` (the journey's reading
alone, the same way), not `twelfth_session_all.py`.
"""

import sys

from _old_tree import replace_once

_JOURNEY = r"""

# (retro) the journey's reading as it landed with mech2
import re as _re_j

_IN_SENTENCE_J = (
    r"(?:[^.!?\n]|\n(?![ \t]*\n)|\.(?!\s)"
    r"|(?<=[ap]\.m)\.(?=\s+(?:at|on|in|to|with|and|for|eastern|central"
    r"|pacific|mountain|[ecmp][sd]?t|gmt|bst|local)\b))"
)
_SENTENCE_J = _re_j.compile(rf"{_IN_SENTENCE_J}+")
_TRAVEL = _re_j.compile(
    r"\b(?:flights?|driver|shuttle|pick\s+you\s+up|pick-?up|(?:at|from|to)\s+the\s+airport)\b"
)
_THE_OCCASION_ITSELF = _re_j.compile(
    r"\b(?:interview|job\s+talk|presentation|seminar|assessment|superday|test|evaluation"
    r"|simulator|check\s?ride)\b"
)


def _unless_travel(sentence):
    text = sentence.group(0)
    if _TRAVEL.search(text) and not _THE_OCCASION_ITSELF.search(text):
        return " "
    return text


_without_office_hours_j = _without_office_hours


def _without_office_hours(low):
    low = _without_office_hours_j(low)
    if (
        "flight" in low
        or "airport" in low
        or "driver" in low
        or "shuttle" in low
        or "pick you up" in low
        or "pickup" in low
        or "pick-up" in low
    ):
        low = _SENTENCE_J.sub(_unless_travel, low)
    return low
"""

_CLAUSES = r"""

# (retro) the journey and the meeting told in one sentence, as clauses
import re as _re_c

_CLAUSE_BREAK = _re_c.compile(r"(;|,\s+(?:and|then)\s+|\s+-\s+|\s+and\s+then\s+)")
_MEETING = _re_c.compile(r"\bmeet\b|\bsee\s+you\b")
_SOCIAL_C = _re_c.compile(r"\b(?:dinner|happy\s+hour|reception|social|mixer|drinks|cocktails?)\b")
_CLOCK = _re_c.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}:\d{2}\b")


def _unless_travel(sentence):
    text = sentence.group(0)
    if _TRAVEL.search(text) is None:
        return text
    occasion = _THE_OCCASION_ITSELF.search(text) is not None
    if ";" in text or "," in text or " - " in text or " then " in text:
        parts = _CLAUSE_BREAK.split(text)
        if len(parts) > 1:
            kept = False
            for i in range(0, len(parts), 2):
                clause = parts[i]
                if _THE_OCCASION_ITSELF.search(clause) or (
                    _MEETING.search(clause)
                    and _TRAVEL.search(clause) is None
                    and _SOCIAL_C.search(clause) is None
                ):
                    kept = kept or _CLOCK.search(clause) is not None
                else:
                    parts[i] = _CLOCK.sub(" ", clause)
            if kept:
                return "".join(parts)
    return text if occasion else " "
"""


def apply(tree: str, clauses: bool) -> None:
    path = tree + "/afterview/timeline.py"
    source = open(path).read()
    if "def _without_office_hours(" not in source:
        sys.exit("no _without_office_hours in this tree")
    if "def _unless_travel(" not in source:
        source += _JOURNEY
    else:
        replace_once(source, "def _unless_travel(", "def _unless_travel(")
    if clauses:
        source += _CLAUSES  # the later definition is the one the module's functions call
    open(path, "w").write(source)


if __name__ == "__main__":
    apply(sys.argv[1], clauses=True)
