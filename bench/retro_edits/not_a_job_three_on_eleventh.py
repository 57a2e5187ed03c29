"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, then
`process_for_another_thing.py`, `titled_work.py` and `readers_own_party.py` on top."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "eleventh_session.py",
    "process_for_another_thing.py",
    "titled_work.py",
    "readers_own_party.py",
):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
