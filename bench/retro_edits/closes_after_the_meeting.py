"""`bench/retro_first_look.py --edit` for `timeline._closes_after_the_meeting`, on an old tree.

The employer's "no" read from a letter that looks back on the meeting ("thank you for meeting
us last week") and closes: it turns the reader to other jobs than this one, or ends on good
wishes, asking nothing, neither offering nor putting or keeping a time.
"""

import re
import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()


if "def _says_no(" in source:  # after says_no.py's edit: one more way a letter says no
    source = replace_once(
        source,
        '    if "rejection" in r.groups:\n        return True',
        '    if "rejection" in r.groups or _closes_after_the_meeting(r):\n        return True',
    )
else:
    source = replace_once(
        source,
        '    rejection = "rejection" in groups\n',
        '    rejection = "rejection" in groups or _closes_after_the_meeting(r)\n',
    )
    stage_reads = re.search(
        r'\n        if "rejection" in groups:\n            decisive = Stage.REJECTED', source
    )
    assert stage_reads, "no rejection in _stage"
    source = (
        source[: stage_reads.start()]
        + '\n        if "rejection" in groups or _closes_after_the_meeting(r):'
        + "\n            decisive = Stage.REJECTED"
        + source[stage_reads.end() :]
    )
source = replace_once(
    source,
    "def _stage_settled_by(",
    r"""def _closes_after_the_meeting(r):
    low = r.low
    if not any(word in low for word in _CLOSING_WORDS):
        return False
    if r.groups & _NOT_AN_END or "?" in low.partition("\n")[2]:
        return False
    if any(words in low for words in _MORE_TO_COME):
        return False
    if _THANKS_FOR_THE_MEETING.search(low) is None:
        return False
    return _OTHER_JOBS.search(low) is not None or _wishes_at_the_end(low)


_MORE_TO_COME = (
    "update you", "be in touch", "let you know our", "let you know the", "let you know by",
    "get back to you", "hear from us", "next step", "circle back", "follow up with you",
)


def _wishes_at_the_end(low):
    if "wish" not in low and "luck" not in low:
        return False
    sentences = _SENTENCE_END.split(low.partition("\n")[2].strip())
    return _WISHES.search(" ".join(sentences[-3:])) is not None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WISHES = re.compile(
    r"\bwish(?:ing)?\s+you\s+(?:every|much|continued|all\s+the|the\s+(?:very\s+)?best|success"
    r"|well)\b|\b(?:best\s+of|good)\s+luck\b"
)
_CLOSING_WORDS = ("future", "other", "similar", "on file", "postings", "talent", "wish", "luck")
_THANKS_FOR_THE_MEETING = re.compile(
    r"\b(?:for|after)\s+(?:taking\s+the\s+time\s+to\s+(?:meet|interview|speak|talk)\b"
    r"|meeting|interviewing|speaking|talking|(?:meet|interview|speak|talk)\s+with"
    r"|(?:the|your)\s+(?:interview|meeting|call|conversation))\b"
)
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
