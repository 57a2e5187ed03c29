"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, `interview_letter.py`,
`invitation_awaits_answer.py`, then `asks_how_it_went.py`."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "eleventh_session.py",
    "interview_letter.py",
    "invitation_awaits_answer.py",
    "asks_how_it_went.py",
):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
