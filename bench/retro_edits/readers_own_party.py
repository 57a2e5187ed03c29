"""`bench/retro_first_look.py --edit`: the reader's own people at the meeting: no job's.

`detect._the_readers_own_party`: someone else's letter meets the reader with their family,
partner, child or co-founder, beside the interview, visit or call itself ("All adult family
members must be present at the interview", "invite you and your co-founder to a video
interview"). Applied on top of `titled_work.py` (whose call it extends); a tree without it
exits 1.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "def _the_readers_own_party(" in text:
    sys.exit(0)  # already there (today's tree)
CALL = "        _for_another_thing(readings) or _submits_a_titled_work(readings)\n"
if text.count(CALL) != 1:
    sys.exit(1)

HELPER = r"""

_PARTY = (
    r"(?:family|partner|spouse|husband|wife|child|children|son|daughter|co-?founders?"
    r"|household|kids?|parents?|guardian)"
)
_READERS_PARTY = re.compile(
    r"\b(?:invite|invites|inviting|meet|meeting|see|interview|interviewing)\s+you\s+and"
    r"\s+your\s+" + _PARTY + r"\b"
    r"|\byou\s+and\s+your\s+" + _PARTY + r"\s+(?:must|should|will\s+need\s+to|need\s+to"
    r"|are\s+(?:both\s+)?(?:invited|welcome|asked|required)\s+to)\b"
    r"|\ball\s+(?:adult\s+)?(?:family|household)\s+members\b"
    r"|\bbring\s+your\s+" + _PARTY + r"\b"
    r"|\byour\s+" + _PARTY + r"\s+(?:must|should|will\s+need\s+to|needs?\s+to"
    r"|is\s+(?:also\s+)?(?:invited|welcome)\s+to)\b"
)
_PARTY_MEETS = re.compile(
    r"\b(?:interview|visit|meeting|call|assessment|appointment|present|attend|session)"
)


_SENTENCE_MARKS = (".", ";", "\n\n")


def _the_readers_own_party(readings):
    for r in readings:
        if r.mine or r.automated or "your" not in r.low:
            continue
        low = r.low
        for match in _READERS_PARTY.finditer(low):
            start = max(low.rfind(mark, 0, match.start()) for mark in _SENTENCE_MARKS)
            ends = [low.find(mark, match.end()) for mark in _SENTENCE_MARKS]
            end = min((at for at in ends if at != -1), default=len(low))
            if _PARTY_MEETS.search(low, start + 1, end):
                return True
    return False
"""
text = text.replace(
    CALL,
    "        _for_another_thing(readings)\n"
    "        or _submits_a_titled_work(readings)\n"
    "        or _the_readers_own_party(readings)\n",
)
anchor = text.index("\ndef detect_readings(")
text = text[:anchor] + HELPER + text[anchor:]
path.write_text(text)
