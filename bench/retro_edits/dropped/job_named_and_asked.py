"""Two thread-level widenings tried first (shapes_missed_threads), no edit script kept.

1. A job named (`hiring_context`) and a meeting arranged with the reader (`time_proposal`,
   `availability_request`, `time_confirmed` or `scheduling_link`) lift a thread below the
   threshold to it. On top of the eleventh session's shapes, even half: stage 0.7672 ->
   0.7685, action 0.7831 -> 0.7858 (one moment gone, one read less wrong). Today's dev: one
   moment gone (mech1_healthcare locum call), one thread newly flagged that is not a job's
   (jazzhr/owner_is_a_reference) and two messages (a reference request asking for a call, a
   utility's site visit): `hiring_context` is fired by too many words ("candidate", "the
   role") to carry a thread on a meeting alone. Not judged on the odd half.
2. A job's words (`hiring_context` or `interview_wording_text`) and a letter asking the reader
   to act ("please confirm", "kindly revert", "could you send") lift a thread to the
   threshold. Today's dev: thread precision 0.998 -> 0.994 (a passport office's "action
   required", a student council election), three grant-fund messages flagged; dropped before
   any retro run.
"""

import sys

sys.exit("documentation only: see the docstring")
