"""`bench/retro_first_look.py --edit` for `timeline._unless_the_hour_of_the_day`, on an old
tree after `twelfth_session_all.py`.

The hour to be there by, said right after the occasion's day ("you have been scheduled for an
interview ... on Wednesday, 10th February 2027 by 10:00am", "report at our office on 14th
October, 2027 by 9am"): the occasion's time, not a deadline, in a sentence about coming to
it; a day that is itself a deadline's, an answer's or a task's ("no later than Friday 8th
October by 4pm", "confirm by ...", "must be completed on Friday by 5pm") keeps its "by" a
deadline. Run 1 used the first version (no sentence about coming, a 48-character window).
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
old = '_DEADLINE_CLAUSE.sub(" ", '
if old not in source:
    sys.exit("no deadline clauses in this tree")
source = source.replace(old, "_DEADLINE_CLAUSE.sub(_unless_the_hour_of_the_day, ")
source += r"""

# (retro) the hour to be there by, said right after the occasion's day
import re as _re_h

_BY_THE_HOUR = _re_h.compile(
    r"by\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?(?!\s*(?:st|nd|rd|th)\b)"
)
_DAY_JUST_SAID = _re_h.compile(
    r"(?:\b(?:19|20)\d{2}|\b\d{1,2}(?:st|nd|rd|th)?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s*,?\s*$"
)
_DAY_OF_A_DEADLINE = _re_h.compile(
    r"\b(?:by|before|no\s+later\s+than|deadline|due|latest|confirm|reply|respond|revert"
    r"|acknowledge|submit|send|return|let\s+us\s+know|complete[ds]?|finish|upload)\b"
)
_COMING_TO_IT = _re_h.compile(r"\b(?:interview|report|attend|appear|come|scheduled|venue)")
_SENTENCE_BREAK = _re_h.compile(r"[.!?]\s|\n\s*\n")


def _unless_the_hour_of_the_day(m):
    text = m.group(0)
    if text.startswith("by") and _BY_THE_HOUR.fullmatch(text.rstrip()):
        before = m.string[max(0, m.start() - 200) : m.start()]
        sentence = _SENTENCE_BREAK.split(before)[-1]
        if (
            _DAY_JUST_SAID.search(sentence)
            and _COMING_TO_IT.search(sentence)
            and _DAY_OF_A_DEADLINE.search(sentence) is None
        ):
            return "at" + text[2:]
    return " "
"""
open(path, "w").write(source)
