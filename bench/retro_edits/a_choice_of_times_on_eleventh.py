"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, then `a_choice_of_times`
(trees whose walk has no branch for times offered are left as the eleventh session's shapes
leave them, so every batch is counted, as in the baseline)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if subprocess.run([sys.executable, str(HERE / "eleventh_session.py"), sys.argv[1]]).returncode:
    sys.exit("eleventh_session.py does not apply")
subprocess.run([sys.executable, str(HERE / "a_choice_of_times.py"), sys.argv[1]])
