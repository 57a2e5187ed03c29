"""DROPPED (shapes7): retro first looks on top of the eleventh session, interview_letter and
invitation_awaits_answer: even no miss line gone, none new (stage 0.7833, action 0.7899 both
before and after); odd (figures only) unchanged (stage 0.8475, action 0.8351). The old trees
do not read the reader's bare hour ("Thursday at 2"), so the shape has nothing to take there.
Today's dev: managers_direct/founder_saw_application's two misses gone, none new. The change
to today's timeline.py is `agreed_without_restating.diff` beside this file; with it applied,
run this script after `eleventh_session.py` (whose `settled_by_a_later_exchange.py` copies
`_time_taken` from the tree it runs in).

`bench/retro_first_look.py --edit` for the employer agreeing to the reader's time without
restating it (`timeline._time_taken`), on an old tree.

The reader puts one coming time, taking or proposing it ("Thursday at 2 works great"), and the
employer's next message agrees, naming no time and asking nothing ("2 it is. I'll call you",
"Confirmed - see you then"): the interview is at the reader's time.

`_time_taken` reaches old trees with `settled_by_a_later_exchange.py` (in
`eleventh_session.py`), which copies it from this tree's timeline.py: from this branch on it
carries the change, so the eleventh session's edit alone now measures it. This script only
gives the oldest trees the `proposes_any_time` the copy calls (they name it
`proposes_a_time`), and checks the copy is there. Measured against the copy before the change
(the eleventh session's edit run from the branch's previous commit).
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
assert "_AGREES_OR_CONFIRMS = " in source, "run settled_by_a_later_exchange.py from this branch"
if "proposes_any_time" not in source.split("\n# A time put by one side")[0]:
    source += (
        "\n\nfrom afterview.detect import proposes_a_time as proposes_any_time  # noqa: E402\n"
    )
open(path, "w").write(source)
