"""`bench/retro_first_look.py --edit` for `timeline._a_choice_of_times`, applied to an old tree.

A time set, then the employer offering a choice of other coming times before it ("We'd love to
reschedule and suggest: Wednesday 3 June, 15:00; Thursday 4 June, 13:00"; after the reader asked
to move it, "Could you do Friday at 9:00 or Monday at 1:30?"): the set time no longer holds
until one is taken. Trees with the walk's "instead" check get the choice as its alternative;
older trees get the choice alone (what this change adds to them); trees whose walk has no
branch for times offered are left alone (exit 1: skipped).
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
HELPER = """

def _a_choice_of_times(spans, at) -> bool:
    return len({span.start for span in spans if span.start > at}) > 1
"""
instead = '                    and " instead" in r.low\n'
if source.count(instead) == 1:
    source = source.replace(
        instead,
        '                    and (" instead" in r.low or _a_choice_of_times(spans, r.at))\n',
    )
else:
    found = re.search(r"\n( +)if spans:\n\1    proposed = spans\n\1    continue\n", source)
    if found is None:
        sys.exit("no branch for times offered in this tree's walk")
    pad = found.group(1)
    block = (
        f"\n{pad}if spans:\n{pad}    proposed = spans\n"
        f"{pad}    if (\n"
        f"{pad}        chosen.start is not None\n"
        f"{pad}        and chosen.end is not None\n"
        f"{pad}        and r.at < chosen.end\n"
        f"{pad}        and _a_choice_of_times(spans, r.at)\n"
        f"{pad}        and all(span.start != chosen.start for span in spans)\n"
        f"{pad}    ):\n"
        f"{pad}        chosen.cancelled, from_invite = True, False\n"
        f"{pad}        active.clear()\n"
        f"{pad}    continue\n"
    )
    source = source[: found.start()] + block + source[found.end() :]
source += HELPER
open(path, "w").write(source)
