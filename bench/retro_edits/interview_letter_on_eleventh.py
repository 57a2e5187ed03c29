"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, then `interview_letter.py`."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("eleventh_session.py", "interview_letter.py"):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
