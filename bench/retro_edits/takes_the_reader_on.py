"""`bench/retro_first_look.py --edit` for `timeline._takes_the_reader_on`, on an old tree after
`eleventh_session.py` (it asks `_says_no`).

The employer telling the reader they are taken on, in whatever words, with the meeting behind
them or congratulations ("you have been selected to serve as a volunteer", "you have been
accepted for a probationary apprenticeship", "we'd like to hire you", "Clearwater wants
you!"): an offer; not chosen for a step of the process, a pool or a list, nor under a
condition, nor in a letter that says no.
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
assert "def _says_no(" in source, "apply eleventh_session.py first"
met = (
    "stage is Stage.INTERVIEWED or (after_end and stage is Stage.SCHEDULED)"
    if "after_end = " in source
    else "stage is Stage.INTERVIEWED"
)
offer = re.search(
    r'\n        if (?P<test>"offer" in groups|groups & _OFFERS):\n'
    r"            decisive = Stage.OFFER",
    source,
)
assert offer, "no offer in _stage"
source = (
    source[: offer.start()]
    + f"\n        if {offer['test']} or _takes_the_reader_on(r, {met}):\n"
    + "            decisive = Stage.OFFER"
    + source[offer.end() :]
)
anchor = "\ndef _says_no("
assert source.count(anchor) == 1, "no _says_no"
source = source.replace(
    anchor,
    r"""
def _takes_the_reader_on(r, met):
    low = r.low
    if not any(w in low for w in _TAKEN_ON_WORDS):
        return False
    if not met and "congratulat" not in low and _AFTER_THE_MEETING.search(low) is None:
        return False
    body = low.partition("\n")[2]
    for m in _TAKEN_ON.finditer(body):
        start = body.rfind("\n\n", 0, m.start()) + 1
        sentence = " ".join(_SENTENCE_END.split(body[start : m.start()])[-1].split())
        if _A_STEP_NAMED.search(m["rest"]) is None and not any(
            w in f" {sentence} " for w in _AS_A_CONDITION_TRO
        ):
            return not _says_no(r)
    return False


_AS_A_CONDITION_TRO = (" if ", " once ", " should ", " when ", " whether ", " unless ")
# The letter looking back on the meeting: "following your interview", "thank you for meeting
# with us"
_AFTER_THE_MEETING = re.compile(
    r"\b(?:following|after|since)\s+(?:your|the|our)\s+(?:[\w-]+\s+)?(?:interview|meeting"
    r"|conversation|call)|\bfor\s+(?:meeting|interviewing|speaking|talking)\s+with\b"
)
_TAKEN_ON_WORDS = (
    "selected", "chosen", "accepted", "appoint", "hire you", "want you", "wants you",
)  # fmt: skip
_TAKEN_ON = re.compile(
    r"\b(?:you(?:'ve|\s+have|\s+had)?\s+(?:been|were|are)\s+(?:selected|chosen|accepted"
    r"|appointed)"
    # "you selected for the post of Operations Manager" (the auxiliary left out)
    r"|you\s+(?:selected|chosen)(?=\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:post|position|role"
    r"|job))"
    r"|(?:hire|appoint)\s+you|wants?\s+you(?=\s*[!.]))\b(?P<rest>[^.!?\n]{0,60})"
)
_A_STEP_NAMED = re.compile(
    r"\b(?:interview|shortlist|round|stage|assessment|call|test|screen|next\s+(?:step|phase"
    r"|level)|further|meet|visit|talent|pool|community|network|database|register|newsletter"
    r"|list|webinar|event|survey|waitlist|reserve\s+list|exercise|task|challenge|take-home"
    r"|presentation|trial|panel|sift|review|consideration|refer|advance|proceed|progress"
    r"|continue|move)"
)

"""
    + anchor,
)
open(path, "w").write(source)
