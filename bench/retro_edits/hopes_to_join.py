"""`bench/retro_first_look.py --edit` for `detect.candidate_hopes_to_join`, applied to an old
tree.

The reader's thanks for a meeting looking ahead to being taken on: to the employer's decision
or next step about them, or to a place in the team ("I'd love to be part of it", "... would
aid your decision", "I'd love to take the next step if you think there's a fit"). Read alone,
such a thank-you carried only candidate_thank_you (0.35); the look ahead adds 0.15 and names
the process (a networking coffee's thanks looks back on advice).
"""

import re
import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()

weight = re.search(r'\n    "candidate_thank_you": 0\.35,[^\n]*\n', source)
assert weight, "no candidate_thank_you weight"
source = source.replace(
    weight.group(0),
    weight.group(0) + '    "candidate_hopes_to_join": 0.15,\n',
    1,
)

fired = (
    "            for group in groups & _CANDIDATE_BODY_KEYS:\n"
    '                fire(_CANDIDATE_BODY[group], "")\n'
)
assert source.count(fired) == 1, "no candidate body firing"
source = source.replace(
    fired,
    fired
    + '            if "thank_you" in groups and _HOPES_TO_JOIN.search(r.low) is not None:\n'
    + '                fire("candidate_hopes_to_join", "")\n',
)

named = '        "candidate_own_process",\n'
if "\n_NAMES_A_PROCESS = " in source:
    start = source.index("\n_NAMES_A_PROCESS = ")
    at = source.index(named, start)
    source = source[:at] + '        "candidate_hopes_to_join",\n' + source[at:]

source += r"""

_HOPES_TO_JOIN = re.compile(
    # in the writer's own voice, as a candidate hopes ("I'd love to be part of it"), not an
    # employer's ("we'd love you to join the team")
    r"\b(?:i|me)\b[^.!?\n]{0,60}?(?:"
    r"\b(?:be|become|being)\s+(?:a\s+)?part\s+of\s+(?:it|this|your\s+team|the\s+team)\b"
    r"|(?<!\byou\s)(?<!\byou\sto\s)\bjoin(?:ing)?\s+(?:your\s+(?:\w+\s+)?team|the\s+team)\b"
    r"|\b(?:be|become|being|work|working)\b[^.!?\n]{0,40}\bon\s+your\s+team\b"
    r"|\b(?:aid|help|inform|assist)\s+(?:with\s+|in\s+)?your\s+decision\b"
    r"|\b(?:love|like|glad|happy|keen|eager|excited|ready)\s+to\s+take\s+the\s+next\s+step\b"
    # waiting to hear of the next step, not arranging it: a seller looks forward to "next
    # steps" of a deal too
    r"|\bforward\s+to\s+hearing\s+(?:about|of)\s+(?:the\s+)?next\s+steps?\b"
    r")"
)
"""
open(path, "w").write(source)
