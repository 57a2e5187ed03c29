"""`bench/retro_first_look.py --edit` for `detect._subject_names_its_reader`, applied to an old
tree.

An answer under an interview subject that names, in full, the one person it is written to and
not its writer ("Re: Interview Reschedule Request - Daniel Kim - UX Designer", from the
employer to Daniel Kim): the interview is the reader's (addressed_to_the_candidate). An
interviewer is written to of someone else's interview; a candidate writing to the
interviewer is the writer the subject names.
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()
if '\n    "addressed_to_the_candidate":' not in source:
    sys.exit(0)  # no such signal yet: nothing to fire (left as it was)
held = (
    '        if not bulk:  # a newsletter\'s "after the interview" is advice, not an employer'
    "'s word\n"
    "            for group in groups & _EMPLOYER_BODY_KEYS:\n"
    '                fire(_EMPLOYER_BODY[group], "")\n'
)
assert source.count(held) == 1, "no employer body firing under `if not bulk`"
source = source.replace(
    held,
    held
    + '            if "interview" in subject_groups and _subject_names_its_reader(message):\n'
    + '                fire("addressed_to_the_candidate", "")\n',
)
source += """

def _subject_names_its_reader(message):
    if len(message.to) != 1 or not message.subject:
        return False
    name = " ".join(message.to[0].name.split()).lower()
    if name.count(" ") < 1:
        return False
    subject = " ".join(message.subject.split()).lower()
    if name not in subject:
        return False
    writer = " ".join(message.sender.name.split()).lower()
    return not (writer and writer in subject)
"""
open(path, "w").write(source)
