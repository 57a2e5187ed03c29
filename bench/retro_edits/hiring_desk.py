"""`bench/retro_first_look.py --edit` for `detect._from_a_hiring_desk`, applied to an old tree.

A person's letter whose sender is an employer's hiring desk by its display name ("Kestrel
Analytics Recruiting", "Thornbury Advisory Graduate Recruitment", "Kestrel Labs Careers"):
the `hiring_desk` signal (0.30) and the job it implies (`hiring_context`).
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()


def replace_once(old: str, new: str) -> None:
    global source
    assert source.count(old) == 1, old[:60]
    source = source.replace(old, new)


replace_once(
    "WEIGHTS: dict[str, float] = {\n",
    'WEIGHTS: dict[str, float] = {\n    "hiring_desk": 0.30,\n',
)
NOT_BULK = (
    "        if not bulk:  # a newsletter's \"after the interview\" is advice, not an employer's"
    " word\n"
)
replace_once(
    NOT_BULK,
    NOT_BULK
    + '            if "hiring_desk" not in fired and _from_a_hiring_desk(message.sender.name):\n'
    '                fire("hiring_desk", "")\n'
    '                fire("hiring_context", "")\n',
)
source += """

_HIRING_DESK = re.compile(
    r"(?<!student )(?<!participant )(?<!patient )(?<!volunteer )(?<!member )(?<!alumni )"
    r"(?<!study )(?<!research )(?<!trial )(?<!internal )"
    r"\\b(?:recruiting|recruitment|careers|talent acquisition|talent team|hiring team)\\b"
    r"(?!\\s+(?:services?|centre|center|office|hub|advice|advisers?|advisors?|counsel))"
)
_HIRING_DESK_WORDS = ("recruit", "careers", "talent", "hiring team")
_NOT_A_HIRING_DESK = ("sorority", "fraternity", "panhellenic", "university", "college", "school")


def _from_a_hiring_desk(name):
    low = (name or "").lower()
    return (
        any(word in low for word in _HIRING_DESK_WORDS)
        and not any(word in low for word in _NOT_A_HIRING_DESK)
        and _HIRING_DESK.search(low) is not None
    )
"""
open(path, "w").write(source)
