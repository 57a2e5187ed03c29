"""`bench/retro_first_look.py --edit` for `company._has_a_title_part`, applied to an old tree.

A subject with a part that is a job title and nothing else, in a title's capitals ("Technical
Round - Data Engineer - Indigo Loom", "Rate confirmation - .NET Developer - Redfern Health"),
is a job's subject (`subject_is_a_job`). Trees without `subject_is_a_job` are left alone
(exit 3).

DROPPED (shapes_missed_threads): on top of the eleventh session's shapes, even 7 miss lines
gone in 2 families, 1 new (the same moment read less wrong; stage 0.7672 -> 0.7751, action
0.7831 -> 0.7899); odd stage unchanged 0.8274, action 0.8336 -> 0.8366 (2 lines gone, 2 new
in one batch). Today's dev: 2 miss lines gone, 1 new (the same moment, a job's at last but
at a wrong action), 4 message misses gone. But its look-alikes fail: a title-cased
addressee's post after a dash ("Q3 board pack - Managing Director", "Book club - Office
Manager", "Parents evening - Class Teacher") made the answer under it a job's
(`job_subject_reply`), read as a job thread. Not landed while thread precision on held-out
is below target.

Measured on top of the eleventh session's shapes: a wrapper ran `eleventh_session.py` then
this script on each old tree, against `eleventh_session.py` alone (even: stage 0.7672,
action 0.7831; odd: 0.8274 / 0.8336). Its today version was the same function inside
`company.subject_is_a_job`; never committed.
"""

import sys

path = sys.argv[1] + "/afterview/company.py"
source = open(path).read()
if "\ndef subject_is_a_job(" not in source:
    sys.exit(3)
source += """

_TITLE_PART_WORDS = "|".join(sorted(ROLE_WORDS | {"qa", "sre"}, key=len, reverse=True))
_TITLE_PART = re.compile(
    rf"(?:[.\\w][\\w&/+.#-]*\\s+){{1,4}}(?:{_TITLE_PART_WORDS})(?:\\s+(?:iv|v|i{{1,3}}|[1-5]))?"
)
_TITLE_PART_JOINERS = frozenset({"of", "and", "&", "for", "-", "/"})
_TITLE_PART_SPLIT = re.compile(r"\\s+[|\\-–—]\\s+|\\s*:\\s+")
_TITLE_PART_PREFIX = re.compile(r"^(?:\\s*(?:re|fwd?|aw|wg|sv|tr)\\s*:\\s*)+", re.I)


def _has_a_title_part(subject):
    if " - " not in subject and " | " not in subject and ": " not in subject:
        return False
    for part in _TITLE_PART_SPLIT.split(_TITLE_PART_PREFIX.sub("", subject).strip()):
        part = part.strip(" ()[]")
        if _TITLE_PART.fullmatch(part.lower()) and all(
            word[:1].isupper() or word in _TITLE_PART_JOINERS or word[:2] in {".N", "C#"}
            or (word[:1] == "." and word[1:2].isupper())
            for word in part.split()
        ):
            return True
    return False


_subject_is_a_job_before_title_part = subject_is_a_job


def subject_is_a_job(subject):
    return _subject_is_a_job_before_title_part(subject) or _has_a_title_part(subject)
"""
open(path, "w").write(source)
