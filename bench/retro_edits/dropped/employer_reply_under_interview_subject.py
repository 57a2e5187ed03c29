"""DROPPED (shapes_message_recall): a new signal `employer_reply` (0.10), the other side's
answer (Re:/AW:/SV:, not a forward) under any subject that says interview, mirroring the
reader's own `candidate_reply`.

Judged on today's dev eval only (no retro run): 4 message misses gone (a reschedule's,
a video deadline's, an apprenticeship's and a take-home's employer answers) and 4 new false
flags (a class project's interview request, a portfolio review session, a film festival's
"second round", a hiring committee's "Applicant interviews"): messages precision 0.984 ->
0.981, recall 0.948 -> 0.951. The subject's "interview" alone is too wide a group; the
narrower shapes landed instead (`subject_names_its_reader.py`,
`interview_step_of_a_titled_job.py`).
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()
weight = '    "candidate_reply": 0.10,'
held = '            if "happened" in subject_groups:  # "Thanks for coming in"\n'
assert weight in source and source.count(held) == 1, "no candidate_reply weight or anchor"
source = source.replace(weight, '    "employer_reply": 0.10,\n' + weight, 1)
source = source.replace(
    held,
    '            if "interview" in subject_groups and (message.subject or "").lstrip()[:3].lower()'
    ' in ("re:", "aw:", "sv:"):\n'
    '                fire("employer_reply", "")\n' + held,
)
open(path, "w").write(source)
