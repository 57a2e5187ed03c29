"""The baseline `journey_and_meeting.py` is judged against, on an old tree after
`twelfth_session_all.py`: the journey's reading as it landed with mech2 (added to a tree that
lacks it, as `journey_and_meeting.py` adds it), without the clauses."""

import sys

from journey_and_meeting import apply

apply(sys.argv[1], clauses=False)
