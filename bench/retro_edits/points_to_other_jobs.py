"""`bench/retro_first_look.py --edit` for `timeline._points_to_other_jobs`, on an old tree.

The employer's "no" read from a letter that looks back on the meeting and turns the reader
to other jobs than this one ("thank you for meeting us ... we'd like to keep your profile in
our talent community"), asking nothing, neither offering nor putting or keeping a time.
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
    '    rejection = "rejection" in groups or _points_to_other_jobs(r)\n',
)
stage_reads = re.search(
    r'\n        if "rejection" in groups:\n            decisive = Stage.REJECTED', source
)
assert stage_reads, "no rejection in _stage"
source = (
    source[: stage_reads.start()]
    + '\n        if "rejection" in groups or _points_to_other_jobs(r):'
    + "\n            decisive = Stage.REJECTED"
    + source[stage_reads.end() :]
)
replace_once(
    "def _stage_settled_by(",
    r"""def _points_to_other_jobs(r):
    low = r.low
    if not any(word in low for word in _OTHER_JOBS_WORDS):
        return False
    return (
        not r.groups & _NOT_AN_END
        and "?" not in low.partition("\n")[2]
        and _OTHER_JOBS.search(low) is not None
        and _THANKS_FOR_THE_MEETING.search(low) is not None
    )


_THANKS_FOR_THE_MEETING = re.compile(
    r"\b(?:for|after)\s+(?:taking\s+the\s+time\s+to\s+(?:meet|interview|speak|talk)\b"
    r"|meeting|interviewing|speaking|talking|(?:meet|interview|speak|talk)\s+with"
    r"|(?:the|your)\s+(?:interview|meeting|call|conversation))\b"
)
_OTHER_JOBS_WORDS = ("future", "other", "similar", "on file", "postings", "talent")
_OTHER_JOBS = re.compile(
    r"\b(?:future|other|similar|upcoming)\s+(?:suitable\s+|relevant\s+|job\s+)?"
    r"(?:roles?|opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|jobs?|posts?)\b"
    r"|\bsomething\s+(?:similar|suitable|else)\s+(?:opens|comes|becomes)\b"
    r"|\b(?:keep|retain|hold|have)\s+your\s+(?:cv|resume|r\u00e9sum\u00e9|profile|details"
    r"|application|information)\s+(?:on\s+file|in\s+(?:our|mind)|for\s+future)"
    r"|\btalent\s+(?:community|pool|network)\b"
    r"|\bcurrent\s+(?:job\s+)?(?:postings|openings|vacancies)\b"
)
_NOT_AN_END = frozenset(
    {"offer", "offer_plain", "confirmed", "confirmed_word", "scheduling_link", "availability",
     "choose_slot"}
)


def _stage_settled_by(""",
)
open(path, "w").write(source)
