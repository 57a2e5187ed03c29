"""`bench/retro_first_look.py --edit` for `timeline._says_no`, applied to an old tree.

The employer's "no" read from the shape of a letter that ends the process: good wishes for
what comes after it, in a letter that neither offers nor puts, asks or keeps a time.
"""

import re
import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()


source = replace_once(
    source, '    rejection = "rejection" in groups\n', "    rejection = _says_no(r)\n"
)
# _stage's reading of a "no" (as it stands, or after no_overtaken.py's edit)
stage_reads = re.search(
    r'\n        if "rejection" in groups:\n            (?=decisive = Stage.REJECTED|if not _no_)',
    source,
)
assert stage_reads, "no rejection in _stage"
source = (
    source[: stage_reads.start()]
    + "\n        if _says_no(r):\n            "
    + source[stage_reads.end() :]
)
source = replace_once(
    source,
    "def _stage_settled_by(",
    """def _says_no(r):
    if "rejection" in r.groups:
        return True
    low = r.low
    return (
        any(word in low for word in _WISHING_WORDS)
        and not r.groups & _NOT_AN_END
        and _WISHES_BEYOND.search(low) is not None
    )


_WISHES_BEYOND = re.compile(
    r"\\b(?:wish(?:ing)?\\s+you|best\\s+of\\s+luck|good\\s+luck|all\\s+the\\s+(?:very\\s+)?best"
    r"|every\\s+success)\\b[^.!?\\n]{0,60}?\\b(?:in|with|for|on)\\s+(?:all\\s+)?(?:of\\s+)?(?:your|the)"
    r"\\s+(?:(?:continued|current|ongoing|future|next|job|career|professional|employment)\\s+)*"
    r"(?:future|search|job\\s+search|career|endeavou?rs?|pursuits?|journey|job\\s+hunt)\\b"
)
_WISHING_WORDS = ("wish", "luck", "all the best", "every success")
_NOT_AN_END = frozenset(
    {"offer", "offer_plain", "confirmed", "confirmed_word", "scheduling_link", "availability",
     "choose_slot"}
)


def _stage_settled_by(""",
)
open(path, "w").write(source)
