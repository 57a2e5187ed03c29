"""The eleventh session's shapes, then `owner_casts_a_candidate.py`, on an old tree."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("eleventh_session.py", "owner_casts_a_candidate.py"):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
