"""`bench/retro_first_look.py --edit`: `twelfth_session.py`, then the shapes of the
shapes_message_recall branch (`hopes_to_join.py`, `role_named_subject_reply.py`,
`subject_names_its_reader.py`)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "twelfth_session.py",
    "hopes_to_join.py",
    "role_named_subject_reply.py",
    "subject_names_its_reader.py",
):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
