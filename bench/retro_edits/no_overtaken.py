"""`bench/retro_first_look.py --edit` for `timeline._no_overtaken`, applied to an old tree.

A "no" overtaken by an interview settled after it, for a time after it, does not end the
thread: neither the stage nor the message's `is_rejection` keeps it.
"""

import re
import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()


source = replace_once(
    source,
    "def _employer_message(r: Reading) -> EmployerMessage:",
    "def _employer_message(r: Reading, no_overtaken: bool = False) -> EmployerMessage:",
)
source = replace_once(
    source,
    "        is_rejection=rejection,\n",
    "        is_rejection=rejection and not no_overtaken,\n",
)
source = replace_once(
    source,
    '        if "rejection" in groups:\n'
    "            decisive = Stage.REJECTED\n"
    "            continue",
    '        if "rejection" in groups:\n'
    "            if not _no_overtaken(interview, index, r.at):\n"
    "                decisive = Stage.REJECTED\n"
    "            continue",
)
source = replace_once(
    source,
    "def _stage_settled_by(interview: _Interview) -> Stage:",
    """def _no_overtaken(interview, index, at):
    return (
        interview.index > index
        and interview.start is not None
        and interview.start > at
        and _stage_settled_by(interview) is Stage.SCHEDULED
    )


def _stage_settled_by(interview: _Interview) -> Stage:""",
)
# the interview is found before the employer's messages are built, so they can ask it
found = re.search(r"\n    interview = _find_interview\(readings[^)]*\)\n", source)
assert found, "no _find_interview call"
source = source[: found.start()] + "\n" + source[found.end() :]
anchor = "    employer: list[EmployerMessage] = []\n"
source = replace_once(source, anchor, found.group(0)[1:] + anchor)
loop = "    for r in readings:\n        if r.automated:\n            automated += 1"
at = source.index(loop, source.index(anchor))
source = (
    source[:at]
    + loop.replace("for r in readings", "for index, r in enumerate(readings)")
    + source[at + len(loop) :]
)
source = replace_once(
    source,
    "employer.append(_employer_message(r))",
    "employer.append(_employer_message(r, _no_overtaken(interview, index, r.at)))",
)
open(path, "w").write(source)
