"""`bench/retro_first_look.py --edit`: the eleventh session's shapes, then `a_choice_of_times`."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if subprocess.run([sys.executable, str(HERE / "eleventh_session.py"), sys.argv[1]]).returncode:
    sys.exit("eleventh_session.py does not apply")
sys.exit(subprocess.run([sys.executable, str(HERE / "a_choice_of_times.py"), sys.argv[1]]).returncode)
