"""`bench/retro_first_look.py --edit`: what a process is for, and a titled work sent in, read
of the owner's own letters too, in their subject alone ("Re: Your application for a garden
plot"): `detect._for_another_thing` and `detect._submits_a_titled_work` reach the owner's
answer read alone. Applied on top of twelfth_session.py (whose versions of the two it
edits); a tree without them exits 1.

DROPPED (shapes_message_precision): the thread-level readings of another process skip the
owner's own letters, so her answer read alone keeps none of their context; read in its
subject, no first look moved on the even half (messages flagged wrongly 25 -> 25, threads
17 -> 17, measured as private_people_on_twelfth.py then this script, against
private_people_on_twelfth.py alone) and today's dev eval did not change at all, so it was
not judged on the odd half. The today change was the same two edits in
`detect._for_another_thing` (`said` the subject alone when `r.mine`) and
`detect._submits_a_titled_work`; not committed.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "the owner's: her subject alone" in text:
    sys.exit(0)  # already there (today's tree)
FOR_OLD = (
    "        if r.mine or r.automated:\n"
    "            continue\n"
    "        low = r.low\n"
    '        subject_end = low.find("\\n")\n'
    "        for match in _PROCESS_FOR.finditer(low):\n"
)
FOR_NEW = (
    "        if r.automated:\n"
    "            continue\n"
    "        low = r.low\n"
    '        subject_end = low.find("\\n")\n'
    "        for match in _PROCESS_FOR.finditer(low[:subject_end] if r.mine else low):\n"
)
TITLED_OLD = (
    '        if r.mine or r.automated or (\'"\' not in r.low and "“" not in r.low):\n'
    "            continue\n"
    "        for match in _TITLED_WORK.finditer(r.low):\n"
)
TITLED_NEW = (
    '        if r.automated or (\'"\' not in r.low and "“" not in r.low):\n'
    "            continue\n"
    "        # the owner's: her subject alone\n"
    '        for match in _TITLED_WORK.finditer(r.low.partition("\\n")[0] if r.mine else r.low):\n'
)
if text.count(FOR_OLD) != 1 or text.count(TITLED_OLD) != 1:
    sys.exit(1)
text = text.replace(FOR_OLD, FOR_NEW).replace(TITLED_OLD, TITLED_NEW)
path.write_text(text)
