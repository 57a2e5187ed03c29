"""`bench/retro_first_look.py --edit` for `detect._reader_takes_a_time`, applied to an old tree.

A job named in the thread and the reader, answering someone in it, taking a time ("Thursday
4pm works, talk then!"): the reader's meeting about the job, an interview, however the subject
is worded. Trees without the `candidate_takes_time` signal are left alone (exit 1: skipped).
"""

import re
import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()
if '"candidate_takes_time"' not in source:
    sys.exit("no candidate_takes_time signal in this tree")
anchor = "    score = sum(map(_THOUSANDTHS.__getitem__, fired)) / 1000"
assert source.count(anchor) == 1, "no score line"
line_end = source.index("\n", source.index(anchor)) + 1
source = (
    source[:line_end]
    + """    if (
        score < THRESHOLD
        and "hiring_context" in fired
        and "candidate_takes_time" not in fired
        and _reader_takes_a_time(readings)
    ):
        fired["candidate_takes_time"] = ""
        score += _THOUSANDTHS["candidate_takes_time"] / 1000
"""
    + source[line_end:]
)
says = "says_a_time(r)" if "def says_a_time" in source else "False"
found = re.search(r"\ndef detect_readings\(", source)
assert found, "no detect_readings"
source = (
    source[: found.start()]
    + f"""
def _reader_takes_a_time(readings) -> bool:
    someone_wrote = False
    for r in readings:
        if r.automated:
            continue
        if not r.mine:
            someone_wrote = True
        elif someone_wrote and "accepts" in r.groups and ("time_works" in r.groups or {says}):
            return True
    return False

"""
    + source[found.start() :]
)
open(path, "w").write(source)
