"""`bench/retro_first_look.py --edit` for `timeline._not_taken_further`, on an old tree after
`eleventh_session.py` (it extends `_says_no`).

The employer's "no" read from a letter telling the reader's candidacy its status, a step of
the process denied ("you were not referred to the hiring manager", "your application has not
been shortlisted", "Status: Eligible - Not Referred"), not as a condition, in a letter that
neither offers nor puts, asks or keeps a time.

DROPPED (shapes_decisions): even 2 miss lines gone in 2 families (sift_book_slot_reserve_list_
then_provisional_offer, eligible_then_not_referred), none new: stage 0.7672 -> 0.7698, action
0.7831 -> 0.7859 (with regrets_a_decision_made.py: +6 moments, 0.7752 / 0.7913); odd
figures-only unchanged (0.8274 / 0.8336), judged once alone and once together. Today's dev: no
miss line gone or new (today's books already read these notices' words). Its today change and
test are 87ade2b, reverted in 540217e.

Both together on the twelfth session's baseline (`twelfth_session.py`, after main moved):
even +6 moments, 0 broken (0.7913 -> 0.7993, 0.7938 -> 0.8019); odd unchanged (0.8475 /
0.8367).

Measured on top of the eleventh session's shapes: a wrapper ran `eleventh_session.py` then
this script on each old tree, against `eleventh_session.py` alone.
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()


def replace_once(old: str, new: str) -> None:
    global source
    assert source.count(old) == 1, old[:60]
    source = source.replace(old, new)


assert "def _says_no(" in source, "apply eleventh_session.py first"
replace_once(
    '    if "rejection" in r.groups or _closes_after_the_meeting(r)',
    '    if "rejection" in r.groups or _not_taken_further(r) or _closes_after_the_meeting(r)',
)
replace_once(
    "\ndef _says_no(",
    r"""
def _not_taken_further(r):
    low = r.low
    if "not" not in low and "n't" not in low and "unsuccessful" not in low:
        return False
    if r.groups & _NOT_AN_END:
        return False
    body = low.partition("\n")[2]
    for m in _STEP_DENIED.finditer(body):
        start = body.rfind("\n\n", 0, m.start()) + 1  # its paragraph
        sentence = " ".join(_SENTENCE_END.split(body[start : m.start()])[-1].split())
        if not any(w in f" {sentence} " for w in _AS_A_CONDITION_NTF):
            any_time = globals().get("says_any_time")
            return any_time is None or not any_time(r)
    return False


_AS_A_CONDITION_NTF = (
    " if ", " once ", " should ", " when ", " whether ", " unless ", " in case ", " assume "
)
_STEPS = (
    r"(?:referred|shortlisted|short-listed|selected|progressed|advanced|successful|recommended"
    r"|put\s+forward|taken\s+forward|moved\s+forward|offered\s+(?:a|the)\s+(?:post|position|role"
    r"|job))"
)
_STEP_DENIED = re.compile(
    r"\b(?:you|your\s+(?:application|candidacy|candidature|profile|cv|resume))\s+"
    r"(?:were|was|have|has|are|is|will|had)(?:\s+not|n't)\s+(?:been\s+|be\s+)?"
    + _STEPS
    + r"\b"
    r"|^\s*(?:application\s+)?(?:status|result|outcome|decision)\s*:[^\n]*?\b(?:not\s+"
    + _STEPS
    + r"|unsuccessful|ineligible|not\s+eligible|rejected)\b",
    re.MULTILINE,
)


def _says_no(""",
)
open(path, "w").write(source)
