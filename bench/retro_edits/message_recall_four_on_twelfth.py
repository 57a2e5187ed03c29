"""`bench/retro_first_look.py --edit`: `message_recall_on_twelfth.py` (the branch's first
three shapes), then `interview_step_of_a_titled_job.py`."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("message_recall_on_twelfth.py", "interview_step_of_a_titled_job.py"):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
