"""`bench/retro_first_look.py --edit` for `timeline._puts_the_terms`, on an old tree after
`eleventh_session.py` and `takes_the_reader_on.py`.

The employer putting the job's terms to the reader after the meeting, its pay and its start
together ("25 hours a week at $26/hour, starting August 3"): an offer, whatever its words;
not the reader asked for theirs, nor an advert's terms before any meeting.

DROPPED (shapes_decisions): on top of the eleventh session's shapes and takes_the_reader_on.py
(even 0.7738 / 0.7899, odd 0.8290 / 0.8352): even 1 miss line gone (bookkeeping_owner_offer_
accepted), none new (stage 0.7752, action 0.7912); odd figures-only unchanged, judged once.
Today's dev: it fires on no thread whose offer is not already read; never committed to
afterview/. A wrapper ran `eleventh_session.py`, `takes_the_reader_on.py`, then this script.
"""

import re
import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
assert "def _takes_the_reader_on(" in source, "apply takes_the_reader_on.py first"
m = re.search(r" or _takes_the_reader_on\(r, (?P<met>[^\n]*)\):\n", source)
assert m, "no _takes_the_reader_on in _stage"
source = source[: m.end() - 2] + f" or _puts_the_terms(r, {m['met']})" + source[m.end() - 2 :]
anchor = "\ndef _takes_the_reader_on("
assert source.count(anchor) == 1
source = source.replace(
    anchor,
    r'''
def _puts_the_terms(r: Reading, met: bool) -> bool:
    """The employer putting the job's terms to the reader after the meeting, its pay and its
    start together ("25 hours a week at $26/hour, starting August 3", "a salary of £31,000 per
    annum with a start date of 1 June"): an offer, whatever its words; not the reader asked for
    theirs ("what are your salary expectations?"), nor an advert's or a pitch's terms before
    any meeting."""
    low = r.low
    if "start" not in low and "join" not in low and "first day" not in low:
        return False
    if not met and _AFTER_THE_MEETING.search(low) is None and _GLAD_TO_HAVE_MET.search(low) is None:
        return False
    body = low.partition("\n")[2]
    if any(w in body for w in _THEIR_TERMS_ASKED) or _PAY_FIGURE.search(body) is None:
        return False
    return _START_SAID.search(body) is not None


# the meeting looked back on: "it was so nice meeting you Thursday", "great to meet you"
_GLAD_TO_HAVE_MET = re.compile(
    r"\b(?:nice|great|good|lovely|pleasure|wonderful)\s+(?:meeting|to\s+meet|speaking|talking"
    r"|to\s+speak|to\s+talk)\b"
)
_PAY_FIGURE = re.compile(
    r"[$\u20ac\u00a3\u20b9]\s?\d[\d,.]*\s*k?\s*(?:/|per\s+|an?\s+)(?:hour|hr|year|annum|month"
    r"|week|day)\b|\b(?:salary|pay|rate|ctc|package)\s+(?:of|at|is|will\s+be)\s+"
    r"(?:[$\u20ac\u00a3\u20b9]|rs\.?\s?|inr\s?|usd\s?)\d"
)
_START_SAID = re.compile(
    r"\bstart(?:ing)?\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|next|\d)|\b(?:start|joining)\s+date\s+(?:of|is|will\s+be|would\s+be)\b"
    r"|\bjoin\s+(?:us|the\s+team)\s+on\s|\bfirst\s+day\s+(?:is|will\s+be|would\s+be)\b"
)
# the reader's terms asked for, not the employer's put
_THEIR_TERMS_ASKED = (
    "expectation", "expected salary", "current salary", "your rate", "notice period",
    "earliest start", "when could you start", "when can you start", "available to start",
)  # fmt: skip


'''
    + anchor,
)
open(path, "w").write(source)
