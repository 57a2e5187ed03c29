"""The eleventh session's shapes, then the hiring side's two (`owner_casts_a_candidate.py`,
`owner_sends_a_decision.py`), on an old tree."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("eleventh_session.py", "owner_casts_a_candidate.py", "owner_sends_a_decision.py"):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
