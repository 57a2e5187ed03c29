"""`bench/retro_first_look.py --edit` for shapes4's time formats, applied to an old tree.

Three ways of writing an interview's time the reading did not place: an hour before the
relative day it is on ("at 9 tomorrow", "at 7 tonight", "at 2 next Friday"); a time on a
relative day that says the evening ("tonight at 7", "this evening at 7:30": 19:00, 19:30, not
the morning); and 24-hour writing with its unit ("1600 hrs", "0930 hours", "16.00 hrs").
Trees without the bare-hour reading, relative days or word clocks are left alone (exit 1).
"""

import re
import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/when.py"
source = open(path).read()


if "(?P<rel>today|tonight" not in source or "def mentions_an_hour" not in source:
    sys.exit("no relative days or bare hours in this tree")

source = replace_once(source, "|tomorrow|today|this|next)", "|tomorrow|today|tonight|this|next)")
on_day = re.search(
    r'\n( +)if dm is None and low\.startswith\(" on ", m\.end\(\)\):\n'
    r" +dm = _DATE\.match\(low, m\.end\(\) \+ 4\)\n",
    source,
)
if on_day is None:
    sys.exit("no 'at 3 on Friday' reading")
pad = on_day[1]
source = (
    source[: on_day.end()]
    + f"""{pad}if dm is None and low.startswith(" ", m.end()):
{pad}    dm = _DATE.match(low, m.end() + 1)
{pad}    if dm is not None and not (dm["rel"] or dm["which"]):
{pad}        dm = None
"""
    + source[on_day.end() :]
)
source = replace_once(
    source,
    '        yield m.start("h"), clock, dm, zone\n',
    "        if dm is not None and _relative_part(dm):\n"
    "            if clock.hour < 12:\n"
    "                clock = clock.replace(hour=clock.hour + 12)\n"
    '        yield m.start("h"), clock, dm, zone\n',
)
ZONE_LINES = (
    "        zone = _zone(tm, sent_at)\n"
    "        start_at = datetime.combine(day, clock[0], tzinfo=zone)\n"
)
source = replace_once(
    source,
    ZONE_LINES,
    "        if dm is not None and (part := _part_of_day(low, dm, tm.start())):\n"
    '            clock = _in_the_evening(tm, clock, part == "afternoon")\n' + ZONE_LINES,
)
source = replace_once(
    source,
    "for w in worded)",
    "for w in (*worded, *(_hours_clocks(low) if _says_hours(low) else ())))",
)
WORD_CLOCK_LINES = (
    "    if _says_a_word_clock(low) and _WORD_CLOCK.search(low) is not None:\n        return True\n"
)
source = replace_once(
    source,
    WORD_CLOCK_LINES,
    WORD_CLOCK_LINES
    + "    if _says_hours(low) and _HOURS_CLOCK.search(low) is not None:\n        return True\n",
)
# "Friday night at 7" where the tree reads a part of the day between a date and its hour
source = source.replace(
    '(?P<part>morning|afternoon|evening),?\\s")',
    '(?P<part>morning|afternoon|evening|night),?\\s")',
)
helpers = r"""
_REL_PART = {"tonight": "evening", "this evening": "evening", "this afternoon": "afternoon"}


def _relative_part(dm):
    return _REL_PART.get(" ".join(dm["rel"].split())) if dm["rel"] else None


_PART_OF_DAY_BEFORE = re.compile(
    r"\s+(?P<part>afternoon|evening|night),?\s+(?:at\s+|@\s*|from\s+)?"
)


def _part_of_day(low, dm, start):
    if dm["rel"]:
        return _relative_part(dm)
    if dm.end() < start and (gap := _PART_OF_DAY_BEFORE.fullmatch(low, dm.end(), start)):
        return gap["part"]
    return None


def _in_the_evening(tm, clock, afternoon):
    if tm["ap1"] or tm["ap2"] or tm["part"] or tm["oclock"] or tm["noon"]:
        return clock
    if tm["h1"].startswith("0") or clock[0].hour >= 12 or (afternoon and clock[0].hour > 7):
        return clock  # "this afternoon at 11:00" says no half of the day: left as written
    start, end = clock
    if end is not None:
        end = end.replace(hour=end.hour + 12) if end.hour < 12 else end
    return start.replace(hour=start.hour + 12), end


_HOURS_CLOCK = re.compile(
    r"(?<![\d.,:/$£€])\b(?P<h>[01]\d|2[0-3])\.?(?P<m>[0-5]\d)\s?(?:hrs|hours)\b(?!\s+of\b)"
)
_COUNT_BEFORE = re.compile(r"\b(?:within|over|under|than|about|around|for|some|least|to)\s+$")


def _says_hours(low):
    return "hrs" in low or "hours" in low


def _hours_clocks(low):
    for m in _HOURS_CLOCK.finditer(low):
        if _COUNT_BEFORE.search(low, max(0, m.start() - 8), m.start()):
            continue
        dm = _date_near(low, m.start(), m.end())
        if dm is not None:
            yield m.start(), time(int(m["h"]), int(m["m"])), dm


"""
found = re.search(r"\ndef _between_ranges\(", source)
if found is None:
    sys.exit("no _between_ranges")
source = source[: found.start()] + helpers + source[found.start() :]
open(path, "w").write(source)
