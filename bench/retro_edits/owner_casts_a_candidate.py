"""`bench/retro_first_look.py --edit` for `detect._owner_casts_a_candidate`, applied to an old tree.

The owner's own words casting someone else as the candidate: "your application", "your
interview" said to the one written to, or "his CV", "interview him" said of a third person.
The owner is then the hiring side (`owner_hiring_side`), however the thread is addressed.
"""

import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()


source = replace_once(
    source,
    "    if _PROCESS_EVIDENCE.intersection(fired):\n",
    """    for r in readings:
        if r.mine and not r.automated and _owner_casts_a_candidate(r):
            fired.setdefault("owner_hiring_side", "")
            break
    if _PROCESS_EVIDENCE.intersection(fired):
""",
)
source += r"""

_YOUR_CANDIDATE_THINGS = re.compile(
    r"\byour\s+(?:(?:first|second|third|final|next|phone|video|panel|technical|onsite|on-site"
    r"|in-person|upcoming|scheduled|recent|job|internship)\s+)?"
    r"(?:application|candidacy|candidature|resume|résumé|cv|interview|phone\s+screen)\b"
    r"(?!\s+(?:process|form|forms|portal|system|site|page|link|team|panel|questions?|tips"
    r"|advice|guide|style|prep|practice|schedule|invitation|invite|request|email|feedback"
    r"|slots?|times?|availability|details|confirmation|platform|software|tracking|template"
    r"|review|status)\b)"
)
_THANKS_BEFORE = re.compile(r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+|again\s+)?for\s+$")
_THIRD_PERSON_CANDIDATE_OF_OWNER = re.compile(
    r"\b(?:bring|invite|move|advance|schedule)\s+(?:him|her)\s+(?:back|in|forward)\b"
    r"|\b(?:his|her)\s+(?:resume|résumé|cv|portfolio|candidacy|application|references"
    r"|scorecard)\b"
    r"|\b(?:screen|interview)\s+(?:him|her|them)\b"
    r"|\w's\s+(?:resume|résumé|cv|candidacy)\b"
    r"|\bbring\s+them\s+(?:in|back)\b"
)
_FORWARD_HEAD = re.compile(r"\s*(?:fwd?|wg|tr)\s*:", re.IGNORECASE)


def _owner_casts_a_candidate(r):
    if _FORWARD_HEAD.match(r.message.subject or ""):
        return False
    if all(a.email == r.message.sender.email for a in (*r.message.to, *r.message.cc)):
        return False
    low = r.low.partition("\n")[2]
    if "your " in low:
        for m in _YOUR_CANDIDATE_THINGS.finditer(low):
            if "interview" in m.group() and _THANKS_BEFORE.search(
                low[max(0, m.start() - 30) : m.start()]
            ):
                continue
            return True
    return _THIRD_PERSON_CANDIDATE_OF_OWNER.search(low) is not None
"""
open(path, "w").write(source)
