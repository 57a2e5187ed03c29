"""`bench/retro_first_look.py --edit`: a work sent in under its own title is no job's process.

`detect._submits_a_titled_work`: someone else's letter names, in quotation marks, the titled
work its process judges ('Thank you for submitting "Profiling pandas pipelines"', 'your
application "Repair Cafe Kit"', 'your proposal for "Podcast transcript editing"'), the title
naming no job. Applied on top of `process_for_another_thing.py` (whose words and call it
extends); a tree without them exits 1.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "def _submits_a_titled_work(" in text:
    sys.exit(0)  # already there (today's tree)
CALL = '"not_a_job" not in fired and _for_another_thing(readings):\n'
if text.count(CALL) != 1 or "_KEEPS_A_JOB = frozenset(" not in text:
    sys.exit(1)

HELPER = r"""

_TITLED_WORK = re.compile(
    r"\b(?:submit(?:ted|ting)?|submissions?|proposals?(?:\s+for)?|entry|application)\s+"
    r"(?:(?:your|the|a|an|our)\s+)*(?:application\s+|proposal\s+)?"
    r"[\"“]([^\"”\n]{2,80})[\"”]"
)


def _submits_a_titled_work(readings):
    from afterview.company import ROLE_WORDS

    job_nouns = globals().get("_JOB_NOUNS") or _RETRO_JOB_NOUNS
    for r in readings:
        if r.mine or r.automated or ('"' not in r.low and "“" not in r.low):
            continue
        for match in _TITLED_WORK.finditer(r.low):
            words = set(re.findall("[a-z]+", match.group(1)))
            if not words & (ROLE_WORDS | job_nouns | _KEEPS_A_JOB):
                return True
    return False
"""
text = text.replace(
    CALL,
    '"not_a_job" not in fired and (\n'
    "        _for_another_thing(readings) or _submits_a_titled_work(readings)\n"
    "    ):\n",
)
anchor = text.index("\ndef detect_readings(")
text = text[:anchor] + HELPER + text[anchor:]
path.write_text(text)
