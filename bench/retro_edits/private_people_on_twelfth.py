"""`bench/retro_first_look.py --edit`: twelfth_session.py, then panels_subject.py and
between_private_people.py (this branch's two shapes on the twelfth session's)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("twelfth_session.py", "panels_subject.py", "between_private_people.py"):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
