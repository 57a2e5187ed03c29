"""`bench/retro_first_look.py --edit`: twelfth_session.py, then panels_subject.py."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("twelfth_session.py", "panels_subject.py"):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
