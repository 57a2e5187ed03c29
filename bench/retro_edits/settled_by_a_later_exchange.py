"""`bench/retro_first_look.py --edit` for `timeline._settled_by_a_later_exchange` (shapes2), applied
to an old tree: the function is copied from timeline.py as the shape landed (the shapes2 merge,
not today's tree: a later edit there would move every baseline built on this) and run after
the old walk."""

import sys

from _old_tree import landed

LANDED = "ae59d1904b1982377aa8457443142668ced91c53"
SRC = landed(LANDED, "afterview/timeline.py")
func = SRC[SRC.index("# A time put by one side") : SRC.index("\ndef _held_sooner(")]
p = sys.argv[1] + "/afterview/timeline.py"
s = open(p).read()
if "inferred" not in s.split("class _Interview")[1][:600]:
    func = func.replace("        chosen.inferred = False\n", "").replace(
        "not chosen.inferred and ", ""
    )
func = '_AGREES_TO_IT = frozenset({"accepts", "time_works"})\n' + func
if "def _own_times" not in s:
    func += """

def _own_times(r):
    spans = _text_times(r)
    if spans and r.low.startswith(("re:", "re :", "aw:", "sv:")):
        subject, _, body = r.low.partition("\\n")
        if when.find_times_lower(subject, r.at):
            spans = when.find_times_lower(body, r.at)
    return spans
"""
assert s.count("\ndef _find_interview(") == 1
s = s.replace("\ndef _find_interview(", "\ndef _find_interview_before_exchange(")
s += (
    "\n\n" + func + "\n\ndef _find_interview(readings, *args, **kwargs):\n"
    "    chosen = _find_interview_before_exchange(readings, *args, **kwargs)\n"
    "    _settled_by_a_later_exchange(readings, chosen)\n"
    "    return chosen\n"
)
open(p, "w").write(s)
