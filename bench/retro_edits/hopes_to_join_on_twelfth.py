"""`bench/retro_first_look.py --edit`: `twelfth_session.py`, then `hopes_to_join.py`."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("twelfth_session.py", "hopes_to_join.py"):
    if subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]]).returncode:
        sys.exit(f"{edit} does not apply")
