"""`bench/retro_first_look.py --edit` for `job_subject_reply` under an interview subject whose
last part, after a dash, is a job title ("Re: Take-home assignment - Junior Developer"),
applied to an old tree.

A step of the process, then the job's title: a person's answer there, however short ("In-
memory is fine - state your assumptions in the README."), is the job's conversation. Old
trees without `job_subject_reply` (before cc1bc20) are left as they are (exit 0).
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()
if '"job_subject_reply"' not in source:
    sys.exit(0)
held = "            )\n            and not _THE_JOBS_CANDIDATES.search(message.subject)\n"
assert source.count(held) == 1, "no end of job_subject_reply's subject test"
source = source.replace(
    held,
    '                or ("interview" in subject_groups and _ends_with_a_title(message.subject))\n'
    + held,
)
source += """

def _ends_with_a_title(subject):
    head, dash, tail = subject.rpartition(" - ")
    return bool(dash and head.strip() and _subject_is_a_title(tail))
"""
open(path, "w").write(source)
