"""`bench/retro_first_look.py --edit` for the way to change a booked time offered in passing,
applied to an old tree: a booking notice's change line ("Need to change the time? Use the
scheduling link in your original email", `timeline._CHANGE_LINK`), and a question with its
subject left out that offers the change in case ("Want to move your interview? Just reply to
this email", `timeline._CHANGE_IN_CASE`), ask nothing. Each part is applied where the tree has
what it extends; a tree with neither is left alone (exit 1).

DROPPED (shapes7): even half unchanged on the eleventh session's shapes (stage 0.7672, action
0.7831; the one even thread, bamboohr/self_schedule_then_rejection, is in batch 0, whose tree
has no booking notice to extend), odd half figures-only unchanged (0.8274 / 0.8336). Today's
dev: 1 miss gone (that thread), none new. The change and its test are commit 680cd62 on branch
shapes_time_agreed (reverted there).
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
applied = False

found = re.search(r"\n_CHANGE_LINK = re\.compile\(\n(.*?)\n(\s*)re\.MULTILINE,\n\)", source, re.S)
if found is not None:
    ADDED = (
        '\n    r"|\\b(?:change|move)\\s+(?:the|your)\\s+(?:time|date|slot|booking|appointment'
        '|interview)"\n'
        '    r"\\b[?,]?\\s+(?:just\\s+|please\\s+)?(?:use|follow|click|visit|open)\\s+'
        '(?:the|this|your)\\b"\n'
        '    r"[^.!?\\n]{0,30}\\blink\\b"'
    )
    body = found.group(1).rstrip().removesuffix(",")
    assert body.endswith('"'), "the pattern's last line"
    end = found.start(1) + len(body)
    source = source[:end] + ADDED + source[end:]
    prefilter = '("cancel" in r.low or "reschedule" in r.low or "make changes" in r.low)'
    if prefilter in source:
        source = source.replace(
            prefilter,
            '("cancel" in r.low or "reschedule" in r.low or "make changes" in r.low'
            ' or "change " in r.low or "move " in r.low)',
        )
    applied = True

question = re.search(
    r"\n( +)if (?:\(\n\s*)?any\(w in question for w in _QUESTION_TO_CANDIDATE\)", source
)
if question is not None:
    pad = question.group(1)
    source = (
        source[: question.start()]
        + f'\n{pad}if _CHANGE_IN_CASE.match(" " + question.strip()):\n{pad}    continue'
        + source[question.start() :]
    )
    source += """

_CHANGE_IN_CASE = re.compile(
    r" (?:(?:need|want|wish)\\s+(?:to\\s+(?:change|move|reschedule|cancel)\\b|a\\s+(?:different"
    r"|new|another)\\s+(?:time|date|slot)\\b)|(?:can't|cannot|can not)\\s+make\\s+it\\b)"
)
"""
    applied = True

if not applied:
    sys.exit("neither a _CHANGE_LINK nor the question loop in this tree")
open(path, "w").write(source)
