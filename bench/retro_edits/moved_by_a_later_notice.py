"""`bench/retro_first_look.py --edit` for `timeline._moved_by_a_later_notice` (shapes2), applied
to an old tree: the function is copied from timeline.py as the shape landed (the shapes2 merge,
not today's tree: a later edit there would move every baseline built on this) and run after
the old walk."""

import sys

from _old_tree import landed

LANDED = "ae59d1904b1982377aa8457443142668ced91c53"
SRC = landed(LANDED, "afterview/timeline.py")
func = SRC[SRC.index("# A move after the time was set") : SRC.index("# A time put by one side")]
p = sys.argv[1] + "/afterview/timeline.py"
s = open(p).read()
if "proposes_any_time" not in s:
    func += '\n\ndef proposes_any_time(r):\n    return "?" in r.low\n'
if "inferred" not in s.split("class _Interview")[1][:600]:
    func = func.replace("        chosen.inferred = False\n", "")
# the walk: rename it, and call it from a _find_interview that applies the shape after it
assert s.count("\ndef _find_interview(") == 1
s = s.replace("\ndef _find_interview(", "\ndef _find_interview_before_move(")
s += (
    "\n\n" + func + "\n\ndef _find_interview(readings, *args, **kwargs):\n"
    "    chosen = _find_interview_before_move(readings, *args, **kwargs)\n"
    "    _moved_by_a_later_notice(readings, chosen)\n"
    "    return chosen\n"
)
open(p, "w").write(s)
