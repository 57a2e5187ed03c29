"""`bench/retro_first_look.py --edit` for `timeline._labelled_span` and the wider
`_lists_details`, on an old tree after `twelfth_session_all.py`.

An occasion's time set out as labelled lines, whatever the occasion is called: "Starts: /
Begins:" lines count as details lines ("Date: / Time:"); a letter that speaks of the reader's
application while shortlisting them now ("Thank you for your application ... you have been
shortlisted and are invited to a written assessment. Date : ... Time : ...") lists details; a
start line and an end line on different days ("Starts: Wednesday 17 February, 9.00am /
Finishes: Thursday 18 February, 1.00pm") are one occasion from the first to the second, not a
choice of two times.
"""

import re
import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
if "def _lists_details(" not in source:
    sys.exit("no _lists_details in this tree")

source = replace_once(
    source,
    r'r"^[ \t]*(?:date|day|when|time|date and time|date & time|new date|new time)[ \t]*:',
    r'r"^[ \t]*(?:date|day|when|time|date and time|date & time|new date|new time'
    r"|starts?|begins?)[ \t]*:",
)
source = replace_once(
    source,
    'if ":" not in r.low or ("application" in r.groups and "interview" not in r.groups):',
    'if ":" not in r.low or (\n'
    '        "application" in r.groups\n'
    '        and "interview" not in r.groups\n'
    "        and not _shortlisted_now_lo(r.low)\n"
    "    ):",
)

# the settling of a stated time, after "the invite outranks words": a labelled span too
settle = re.search(r"a later round's wins\n(?P<indent>[ ]+)settled = (?P<expr>[^\n]+)\n", source)
if settle is None:
    sys.exit("no settling after the invite check")
indent = settle["indent"]
source = (
    source[: settle.end()]
    + f"{indent}if settled is None:\n{indent}    settled = _labelled_span(r)\n"
    + source[settle.end() :]
)

# the proposal branch: a start and an end on labelled lines are no choice of two times
proposal = list(
    re.finditer(
        r"\n(?P<indent>[ ]+)if (?P<test>\(?r\.groups & _PROPOSES or proposes_\w+\(r\)\)?"
        r"(?: and not _one_time_to_confirm\(r\))?):\n",
        source,
    )
)
if len(proposal) != 1:
    sys.exit("no single proposal branch")
p = proposal[0]
source = (
    source[: p.start()]
    + f"\n{p['indent']}if ({p['test']}) and _labelled_span(r) is None:\n"
    + source[p.end() :]
)

anchor = "\ndef _lists_details("
source = replace_once(
    source,
    anchor,
    r"""
_SHORTLISTED_LO = re.compile(
    r"\b(?:(if|whether|once|when|until|unless)\s+)?(?:you|your\s+\w+)\s+(?:\w+\s+){0,2}?shortlisted\b"
)


def _shortlisted_now_lo(low):
    return "shortlisted" in low and any(not m[1] for m in _SHORTLISTED_LO.finditer(low))


_START_LINE_LO = re.compile(r"^[ \t]*(?:starts?|begins?)[ \t]*:([^\n]*)", re.MULTILINE)
_END_LINE_LO = re.compile(r"^[ \t]*(?:finish(?:es)?|ends?|closes?)[ \t]*:([^\n]*)", re.MULTILINE)


def _labelled_span(r):
    low = r.low
    if "start" not in low and "begin" not in low:
        return None
    starts, ends = _START_LINE_LO.findall(low), _END_LINE_LO.findall(low)
    if len(starts) != 1 or len(ends) != 1:
        return None
    first = when.find_times_lower(starts[0], r.at)
    last = when.find_times_lower(ends[0], r.at)
    if len(first) != 1 or len(last) != 1:
        return None
    start, end = first[0].start, last[0].start
    if not r.at < start < end <= start + timedelta(days=5):
        return None
    return start, end

"""
    + anchor,
)
open(path, "w").write(source)
