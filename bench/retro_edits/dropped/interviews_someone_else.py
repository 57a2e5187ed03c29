"""`bench/retro_first_look.py --edit`: a letter to the reader naming someone else as the one to
be interviewed ("the manager would like to interview Arjun on Thursday") is the hiring
side's (interviewer_duty): `detect._interviews_someone_else`. Today's code adds the group as
it reads the message; old trees (some without the function it is read in) get it added to
each reading's groups as `detect_readings` starts.

DROPPED (shapes_message_precision): even half messages flagged wrongly 25 -> 24 (the
vendor's "the manager would like to interview Arjun ... confirm his availability"), none
broken; odd, figures only, unchanged (messages 53, threads 55, missed 87 / 12): no odd first
look turns on it, and a veto with no odd evidence is not worth its recall risk. Today's dev:
that one message miss gone, none new. Measured as private_people_on_twelfth.py then this
script, against private_people_on_twelfth.py alone. The today change is
interviews_someone_else.diff beside this file (not committed to afterview/).
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "def _interviews_someone_else(" in text:
    sys.exit(0)  # already there (today's tree)
HEAD = '    """`detect_interview` on a thread already read by `read_thread`."""\n'
if text.count(HEAD) != 1:
    sys.exit(1)

HELPER = r'''

_INTERVIEWS_A_NAMED_PERSON = re.compile(
    r"\b(?:to|will|'ll|can|could|should|would|shall)\s+interview\s+([A-Z][a-z]{1,20})\b"
    r"(?!['’]s\b|\s+(?:[A-Z]|with\b|for\b))"
)
_NOT_A_PERSON = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december you we us them our your the
    today tomorrow next this""".split()
)


def _interviews_someone_else(message):
    text = (message.text or "")[:4000]
    if "nterview " not in text:
        return False
    known = set()
    for person in (*message.to, *message.cc):
        known.update(re.findall(r"[a-z]+", (person.name or "").lower()))
        known.update(re.findall(r"[a-z]+", person.email.lower().partition("@")[0]))
    for match in _INTERVIEWS_A_NAMED_PERSON.finditer(text):
        name = match.group(1).lower()
        if name not in _NOT_A_PERSON and name not in known:
            return True
    return False
'''
text = text.replace(
    HEAD,
    HEAD
    + "    for _r in readings:\n"
    + "        if (\n"
    + "            not _r.mine\n"
    + "            and not _r.automated\n"
    + '            and "interview" in _r.groups\n'
    + "            and _interviews_someone_else(_r.message)\n"
    + "        ):\n"
    + '            _r.groups.add("interviewer_duty")\n',
)
anchor = text.index("\ndef detect_readings(")
text = text[:anchor] + HELPER + text[anchor:]
path.write_text(text)
