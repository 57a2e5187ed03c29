"""`bench/retro_first_look.py --edit` for `job_subject_reply` under a subject that names a
role with its noun ("Re: Quick chat about the Data Analyst role"), applied to an old tree.

A person's answer under a subject naming a job ("role", "position", "opening", "vacancy"
and a title before it) is the job's conversation, as under a hiring word with the noun. Old
trees without `job_subject_reply` (before cc1bc20) are left as they are (exit 0): the shape
widens that signal and has nothing to widen there.
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()
held = '("hiring" in subject_groups and _A_ROLE_NOUN.search(message.subject) is not None)'
if '"job_subject_reply"' not in source:
    sys.exit(0)
assert source.count(held) == 1, "no hiring-and-role-noun subject in job_subject_reply"
assert "\ndef _names_a_role(" in source, "no _names_a_role"
source = source.replace(
    held,
    "(_A_ROLE_NOUN.search(message.subject) is not None"
    ' and ("hiring" in subject_groups'
    ' or ("not_a_job" not in subject_groups and _names_a_role(message.subject))))',
)
open(path, "w").write(source)
