"""`bench/retro_first_look.py --edit` for `timeline._interview_letter`, applied to an old tree.

The employer's letter about the reader's interview, in its subject and its text ("Invitation
to interview - Project Officer", "Referral for Selection Interview", "Calder Pharma:
invitation to a video interview"), in a thread that had reached no further than the
application: the interview is being arranged (`scheduling`), whatever words invite to it.
Today it is one more way `_stage` reads the arranging begun; in an old tree it is read after
the tree's own `_stage`, which comes to the same: a stage still `applied` at the end never
passed a message that arranged anything.
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
assert "\ndef _stage(readings" in source, "no _stage in this tree"
assert "subject_groups" in open(sys.argv[1] + "/afterview/detect.py").read(), "no subject groups"
source += """

_stage_before_interview_letter = _stage
_NOT_BEFORE_IT = frozenset({"rejection", "offer", "offer_plain", "happened", "recorded", "cancel"})


def _interview_letter(r):
    if not (
        "interview" in r.subject_groups
        and "interview" in r.groups
        and "interview" in r.message.subject.lower()
        and not r.groups & _NOT_BEFORE_IT
    ):
        return False
    body = r.low.partition("\\n")[2]
    for m in _AN_INTERVIEW.finditer(body):
        said_before = body[
            max(body.rfind(".", 0, m.start()), body.rfind("\\n\\n", 0, m.start())) + 1 : m.start()
        ]
        if _NOT_THE_READERS_YET.search(said_before) is None:
            return True
    return False


_AN_INTERVIEW = re.compile(r"\\binterview\\b")
_NOT_THE_READERS_YET = re.compile(
    r"\\b(?:if|once|should|whether|unless|until|may|might|candidates|applicants|anyone|those)\\b"
)


def _stage(readings, interview):
    stage = _stage_before_interview_letter(readings, interview)
    if stage is not Stage.APPLIED:
        return stage
    for r in readings:
        if not (r.automated or r.mine or r.message.is_bulk) and _interview_letter(r):
            return Stage.SCHEDULING
    return stage
"""
open(path, "w").write(source)
