"""The twelfth session's baseline (`twelfth_session_all.py`), then `journey_alone.py`, on an old
tree."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("twelfth_session_all.py", "journey_alone.py"):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
