"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, then
`process_for_another_thing.py` and `titled_work.py` on top."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in ("eleventh_session.py", "process_for_another_thing.py", "titled_work.py"):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    if done.returncode:
        sys.exit(f"{edit} does not apply")
