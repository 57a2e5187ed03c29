"""`bench/retro_first_look.py --edit`: a task handed to the reader is asked of them.

An employer's message that hands the reader a test, challenge or take-home to do, with the
way to do it or its deadline ("Take it here: <link>", "Please upload your solution within 5
days", "the due date is Monday morning"), asks the reader for something (DESIGN rule 2):
the reader owes the work. Not a notice that the work came in ("Your solution was uploaded
successfully", "Thanks for submitting the challenge"). Applies to trees that have
`timeline._asks_candidate(r)`; a tree without it exits 1 (skipped).
"""

import re
import sys
from pathlib import Path

ASKS = re.compile(
    r"\ndef _asks_candidate\(r: Reading\) -> bool:\n"
    r"(    \"\"\"(?:.|\n)*?\"\"\"\n)?"  # its docstring, if any
)
path = Path(sys.argv[1]) / "afterview" / "timeline.py"
text = path.read_text()
if "def _hands_a_task(" in text:
    sys.exit(0)  # already there (today's tree)
anchor = ASKS.search(text)
if anchor is None or "r.low" not in text:
    sys.exit(1)

HELPER = """
# A task handed to the reader: a test, challenge or take-home ("Skills test ... Take it here:
# <link>", "Please upload your solution within 5 days", "here's the take-home assignment ...
# the due date is Monday morning", a one-way video interview's "Please complete your interview
# by 11:59 PM on Friday", "Start your interview: <link>"). The reader owes the work, as they
# owe an answer to a question; a notice that the work came in ("was uploaded successfully",
# "thanks for submitting the challenge") asks nothing more.
_TASK_WORDS = (
    " test", "assessment", "challenge", "assignment", "exercise", "take-home", "video interview"
)
_HANDS_A_TASK = re.compile(
    r"\\b(?:take|start|complete|begin)\\s+(?:it|(?:the|your)\\s+\\w+(?:\\s+\\w+)?)"
    r"(?:\\s+(?:here|below|at|via|by|within)\\b|\\s*:)"
    r"|\\b(?:upload|submit|send\\s+(?:us|me))\\s+(?:your|a|the)\\s+(?:[\\w.-]+\\s+){0,4}?"
    r"(?:solution|submission|answers?)\\b"
    r"|\\bdue\\s+(?:date|by|on)\\b"
)
_TASK_DONE = re.compile(
    r"\\b(?:has|have|was|were)\\s+(?:been\\s+)?(?:received|uploaded|submitted|completed)\\b"
    r"|\\bthanks?\\s+(?:you\\s+)?for\\s+(?:submitting|completing|taking|sending|doing)\\b"
    r"|\\bsubmission\\s+(?:received|confirmed)\\b"
)


def _hands_a_task(r: Reading) -> bool:
    low = r.low
    return (
        any(word in low for word in _TASK_WORDS)
        and _HANDS_A_TASK.search(low) is not None
        and _TASK_DONE.search(low) is None
    )

"""
start = anchor.start()
text = text[:start] + "\n" + HELPER + text[start:]
anchor = ASKS.search(text)
end = anchor.end()
text = text[:end] + "    if _hands_a_task(r):\n        return True\n" + text[end:]
path.write_text(text)
