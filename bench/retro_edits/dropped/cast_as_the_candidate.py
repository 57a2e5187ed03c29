"""`bench/retro_first_look.py --edit` for `detect._cast_as_the_candidate`, applied to an old tree.

The owner read as the hiring side while the other side's letters cast the owner as the
candidate (an offer, a "no", an application acknowledged, an invitation to interview, written
to them), no one else in the thread writes as a candidate and no one hands the owner an
interviewer's duty: the hiring-side veto is dropped.

DROPPED (shapes_missed_threads): even 6 miss lines gone in 2 threads (bamboohr prose times,
career-centre offer declined), none new: stage 0.7672 -> 0.7725, action 0.7831 -> 0.7885;
odd figures-only unchanged (0.8274 / 0.8336). Today's dev: no miss line gone or new (today's
code no longer misreads those owners' letters: "vendor scorecards", quotes); never committed
to afterview/. Near the owner-hiring-side readings shapes_hiring_side changed since.

Measured on top of the eleventh session's shapes: a wrapper ran `eleventh_session.py` then
this script on each old tree, against `eleventh_session.py` alone (even: stage 0.7672,
action 0.7831; odd: 0.8274 / 0.8336).
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()


def replace_once(old: str, new: str) -> None:
    global source
    assert source.count(old) == 1, old[:60]
    source = source.replace(old, new)


replace_once(
    "    if _PROCESS_EVIDENCE.intersection(fired):\n",
    '    if "owner_hiring_side" in fired and _cast_as_the_candidate(readings):\n'
    '        del fired["owner_hiring_side"]\n'
    "    if _PROCESS_EVIDENCE.intersection(fired):\n",
)
source += """

_CASTS_THE_READER = frozenset({"offer", "rejection", "application"})
_SOMEONE_ELSE_APPLIES = frozenset({"candidate_voice", "candidate_decides", "interviewer_duty"})
_SPEAKS_AS_CANDIDATE = frozenset({"thank_you", "follow_up", "candidate_decides", "own_process"})


def _cast_as_the_candidate(readings):
    invites = globals().get("_invites_the_reader", lambda low: False)
    cast = False
    for r in readings:
        if getattr(r, "own_organisation", False) or getattr(r, "private_exchange", False):
            return False
        if r.automated:
            continue
        if "interviewer_duty" in r.groups and not (r.mine and r.groups & _SPEAKS_AS_CANDIDATE):
            return False
        if not r.mine:
            if r.groups & _SOMEONE_ELSE_APPLIES:
                return False
            if r.groups & _CASTS_THE_READER or invites(r.low):
                cast = True
    return cast
"""
open(path, "w").write(source)
