"""`bench/retro_first_look.py --edit` for `timeline._chosen_for_the_job`, on an old tree.

The employer telling the reader they are chosen for the job itself ("we'd like to hire you
for the Account Manager position", "you selected for the post of Operations Manager"), not
for a step of the process (an interview, a shortlist), nor under a condition: an offer.

DROPPED (shapes3): even 4 miss lines gone in 1 family (decision_offers), none new (stage
0.7255 -> 0.7309, action 0.7350 -> 0.7404); odd none gone, none new. Today's code already
reads its wordings ("we'd like to hire you for", "appoint you to the post") as offers.
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
offer = re.search(
    r'\n        if (?P<test>"offer" in groups|groups & _OFFERS):\n'
    r"            decisive = Stage.OFFER",
    source,
)
assert offer, "no offer in _stage"
source = (
    source[: offer.start()]
    + f"\n        if {offer['test']} or _chosen_for_the_job(r):\n"
    + "            decisive = Stage.OFFER"
    + source[offer.end() :]
)
anchor = "\ndef _stage(readings"
assert source.count(anchor) == 1, "no _stage"
source = source.replace(
    anchor,
    r"""
def _chosen_for_the_job(r):
    low = r.low
    if "you" not in low or "rejection" in r.groups:
        return False
    for m in _CHOSEN.finditer(low):
        if not _A_STEP.search(m.group(0)) and not _UNDER_CONDITION.search(
            low[max(0, m.start() - 40) : m.start()]
        ):
            return True
    return False


_CHOSEN = re.compile(
    r"\b(?:you(?:'ve|\s+have|\s+were|\s+are|\s+had)?\s+(?:been\s+)?(?:selected|chosen|appointed)"
    r"|(?:hire|appoint|offer)\s+you)\b[^.!?\n]{0,50}?\b(?:post|position|role|job)\b"
)
_A_STEP = re.compile(r"\b(?:interview|shortlist|round|stage|assessment|call|test|screen)")
_UNDER_CONDITION = re.compile(r"\b(?:if|once|should|whether|when|unless)\b[^.!?\n]*$")

"""
    + anchor,
)
open(path, "w").write(source)
