"""`bench/retro_first_look.py --edit`: a subject naming a group's interviews, or the committee
or panel holding them, is the panel's mail (interviewer_duty).

`detect._PANELS_SUBJECT` ("Applicant interviews Saturday 11/14", "Finalist interviews -
Saturday March 28", "Campus interview committee - Truman and Goldwater"). Today's code adds
the group in `_subject_groups`; old trees (some without that function) get it added to each
reading's subject groups as `detect_readings` starts, which is where it is fired from.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "_PANELS_SUBJECT" in text:
    sys.exit(0)  # already there (today's tree)
HEAD = '    """`detect_interview` on a thread already read by `read_thread`."""\n'
if text.count(HEAD) != 1 or '"interviewer_duty": "interviewer_duty",' not in text:
    sys.exit(1)

HELPER = r"""

_PANELS_SUBJECT = re.compile(
    r"\b(?:applicant|candidate|finalist|shortlist|nominee)s?\s+interviews\b"
    r"|(?<!your )\binterview(?:ing)?\s+(?:committee|panel)s?\b(?!\s+(?:for|with)\s+you\b)"
)
"""
text = text.replace(
    HEAD,
    HEAD
    + "    for _r in readings:\n"
    + '        if "interview" in _r.subject_key and _PANELS_SUBJECT.search(_r.subject_key):\n'
    + '            _r.subject_groups = frozenset(_r.subject_groups) | {"interviewer_duty"}\n',
)
anchor = text.index("\ndef detect_readings(")
text = text[:anchor] + HELPER + text[anchor:]
path.write_text(text)
