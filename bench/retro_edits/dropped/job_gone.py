"""`bench/retro_first_look.py --edit` for `timeline._job_gone`, applied to an old tree.

The employer's "no" read from a letter saying the job is no longer there for the reader:
filled, or given to someone else ("the position has been offered and accepted by another
candidate", "decided to go with other candidate"), in a letter that asks nothing and neither
offers nor puts or keeps a time.

DROPPED (shapes3): even 4 miss lines gone in 4 families, none new (stage 0.7255 -> 0.7309,
action 0.7350 -> 0.7404); odd none gone, none new. Today's phrase books already read most of
its wordings ("position has now been filled", "go with another candidate").
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()


def replace_once(old: str, new: str) -> None:
    global source
    assert source.count(old) == 1, old[:60]
    source = source.replace(old, new)


replace_once(
    '    rejection = "rejection" in groups\n',
    '    rejection = "rejection" in groups or _job_gone(r)\n',
)
stage_reads = re.search(
    r'\n        if "rejection" in groups:\n            decisive = Stage.REJECTED', source
)
assert stage_reads, "no rejection in _stage"
source = (
    source[: stage_reads.start()]
    + '\n        if "rejection" in groups or _job_gone(r):'
    + "\n            decisive = Stage.REJECTED"
    + source[stage_reads.end() :]
)
replace_once(
    "def _stage_settled_by(",
    r"""def _job_gone(r):
    low = r.low
    if not any(word in low for word in _JOB_GONE_WORDS):
        return False
    return (
        not r.groups & _NOT_AN_END
        and "?" not in low.partition("\n")[2]
        and _JOB_GONE.search(low) is not None
    )


_JOB_GONE_WORDS = (
    "filled", "offered", "another", "other candidate", "someone else", "different candidate"
)
_JOB_GONE = re.compile(
    r"\b(?:position|role|job|vacancy|post|opening)\s+(?:has|have|had|was)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:filled|offered\s+to\s+(?:and\s+accepted\s+by\s+)?|offered\s+and\s+accepted)"
    r"|\b(?:decided|chose|chosen|selected|hired|appointed|offered|gone|go|going|proceed(?:ed|ing)?"
    r"|mov(?:ed|ing)\s+forward)\b[^.!?\n]{0,40}?\b(?:(?:another|a\s+different|other)\s+"
    r"(?:candidate|applicant|person|individual)|someone\s+else)\b"
)
_NOT_AN_END = frozenset(
    {"offer", "offer_plain", "confirmed", "confirmed_word", "scheduling_link", "availability",
     "choose_slot"}
)


def _stage_settled_by(""",
)
open(path, "w").write(source)
