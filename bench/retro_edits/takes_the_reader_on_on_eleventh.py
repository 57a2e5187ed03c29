"""The eleventh session's shapes, then `takes_the_reader_on.py`, on an old tree."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("eleventh_session.py", "takes_the_reader_on.py"):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
