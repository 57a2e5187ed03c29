"""`bench/retro_first_look.py --edit` for `detect._owner_sends_a_decision`, applied to an old tree.

The owner opening a thread with a decision about the one written to (a refusal or an offer)
and asking nothing, in none of a candidate's own words: the owner is the hiring side.
"""

import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()


source = replace_once(
    source,
    "    if _PROCESS_EVIDENCE.intersection(fired):\n",
    """    for r in readings:
        if r.mine and not r.automated and _owner_sends_a_decision(r):
            fired.setdefault("owner_hiring_side", "")
            break
    if _PROCESS_EVIDENCE.intersection(fired):
""",
)
source += r"""

_A_DECISION = frozenset({"rejection", "offer"})
_A_CANDIDATES_OWN_WORDS = frozenset(
    {"candidate_decides", "candidate_voice", "own_process", "follow_up", "candidate_references",
     "after_decision"}
)
_REPLY_HEAD = re.compile(r"^\s*(?:re|fwd?|fw|aw|wg|sv|tr)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)

_THANKS_FOR_AN_OFFER = re.compile(r"\b(?:thank\s+you|thanks)\b[^.!?\n]{0,40}?\boffer")


def _owner_sends_a_decision(r):
    message = r.message
    return (
        bool(r.groups & _A_DECISION)
        and not message.in_reply_to
        and not message.references
        and not _REPLY_HEAD.match(message.subject or "")
        and not message.message_id.endswith("#quoted")
        and not r.groups & _A_CANDIDATES_OWN_WORDS
        and "?" not in r.low
        and _THANKS_FOR_AN_OFFER.search(r.low) is None
        and any(a.email != message.sender.email for a in (*message.to, *message.cc))
    )
"""
open(path, "w").write(source)
