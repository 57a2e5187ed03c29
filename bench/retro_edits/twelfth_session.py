"""`bench/retro_first_look.py --edit` for every shape the eleventh and twelfth sessions landed,
together: the baseline the next change is measured on."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for edit in (
    "eleventh_session.py",
    "a_choice_of_times.py",
    "owner_casts_a_candidate.py",
    "owner_sends_a_decision.py",
    "process_for_another_thing.py",
    "titled_work.py",
    "readers_own_party.py",
    "interview_letter.py",
    "invitation_awaits_answer.py",
    "asks_how_it_went.py",
    "takes_the_reader_on.py",
):
    done = subprocess.run([sys.executable, str(HERE / edit), sys.argv[1]])
    # a_choice_of_times leaves alone the old trees that lack what it extends
    if done.returncode and edit != "a_choice_of_times.py":
        sys.exit(f"{edit} does not apply")
