"""`bench/retro_first_look.py --edit` for `timeline._hears_how_it_went` and
`timeline._asks_how_it_went`, applied to an old tree.

The person between the reader and the employer asking how the interview went ("How did it
go?? Rosa said she'd answer by Friday", "Hope this morning went well! Send me your
impressions"): it took place (the stage reads it as the employer's word that it happened),
and the reader owes them an answer (it asks the reader). Not a hiring tool's survey sent
from an address no one reads.
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
held = '"happened" in groups and (start is None or r.at >= start)'
assert source.count(held) == 1, "no employer word that it happened in _stage"
source = source.replace(
    held, '("happened" in groups or _hears_how_it_went(r)) and (start is None or r.at >= start)'
)
assert "\ndef _asks_candidate(" in source, "no _asks_candidate"
source += """

_HOW_IT_WENT = re.compile(
    r"\\bhow\\s+(?:did|was)\\s+(?:it|everything|today|(?:the|your)\\s+(?:interview|call|meeting"
    r"|chat|conversation|visit))\\b(?:\\s+go\\b)?[^.!?\\n]{0,40}\\?"
)
_HOPE_IT_WENT = re.compile(
    r"\\bhope\\s+(?:it|everything|today|this\\s+(?:morning|afternoon)|(?:the|your)\\s+(?:interview"
    r"|call|meeting|chat|conversation))\\s+went\\s+(?:well|ok|okay|great|smoothly)\\b"
)
_TELL_ME = ("let me know", "send me", "call me", "give me a call", "give me a ring", "share",
            "your thoughts", "your impressions", "your take", "debrief")


def _hears_how_it_went(r):
    low = r.low
    if not ("how " in low or "hope " in low) or senders.is_robot(r.message.sender.email):
        return False
    return _HOW_IT_WENT.search(low) is not None or _HOPE_IT_WENT.search(low) is not None


def _asks_how_it_went(r):
    return _hears_how_it_went(r) and (
        _HOW_IT_WENT.search(r.low) is not None or any(w in r.low for w in _TELL_ME)
    )


_asks_candidate_before_how_it_went = _asks_candidate


def _asks_candidate(r):
    return _asks_candidate_before_how_it_went(r) or _asks_how_it_went(r)
"""
open(path, "w").write(source)
