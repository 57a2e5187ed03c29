"""`bench/retro_first_look.py --edit`: `twelfth_session.py` (every thread shape landed in the
eleventh and twelfth sessions) and the twelfth session's single-message shapes: the whole
session's baseline for the next change."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "twelfth_session.py",
    "hopes_to_join.py",
    "role_named_subject_reply.py",
    "subject_names_its_reader.py",
    "interview_step_of_a_titled_job.py",
    "panels_subject.py",
    "between_private_people.py",
):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
