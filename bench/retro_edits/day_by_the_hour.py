"""`bench/retro_first_look.py --edit` for `timeline._unless_the_hour_of_the_day`, on an old
tree after `twelfth_session_all.py`.

The hour to be there by, said right after the occasion's day ("you have been scheduled for an
interview ... on Wednesday, 10th February 2027 by 10:00am", "report at our office on 14th
October, 2027 by 9am"): the occasion's time, not a deadline; a day that is itself a
deadline's or an answer's ("no later than Friday 8th October by 4pm", "confirm by ...") keeps
its "by" a deadline.
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
    r"|acknowledge|submit|send|return|let\s+us\s+know)\b[^.!?\n]*$"
)


def _unless_the_hour_of_the_day(m):
    text = m.group(0)
    if text.startswith("by") and _BY_THE_HOUR.fullmatch(text.rstrip()):
        before = m.string[max(0, m.start() - 48) : m.start()]
        if _DAY_JUST_SAID.search(before) and _DAY_OF_A_DEADLINE.search(before) is None:
            return "at" + text[2:]
    return " "
"""
open(path, "w").write(source)
