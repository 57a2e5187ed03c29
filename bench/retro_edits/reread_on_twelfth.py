"""The twelfth session's baseline (`twelfth_session_all.py`), then every reading of the reread
session kept on an old tree: `labelled_occasion.py`, `journey_and_meeting.py` (which brings
the journey's reading to a tree without it), `day_by_the_hour.py`, `successful.py`. A batch
is skipped when any of them does not apply."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "twelfth_session_all.py",
    "labelled_occasion.py",
    "journey_and_meeting.py",
    "day_by_the_hour.py",
    "successful.py",
):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
