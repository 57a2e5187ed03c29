"""`bench/retro_first_look.py --edit` for "you have been successful" in
`timeline._takes_the_reader_on`, on an old tree after `twelfth_session_all.py` (which brings
`takes_the_reader_on.py`).

British and Irish letters take the reader on as "you have been successful" ("we are pleased to
inform you that you have been successful", "Great news - you've been successful! Here are the
details of your placement"): an offer, with the meeting behind the reader or congratulations,
as "you have been selected" is; not success at a step ("successful at the sift stage"), nor
under a condition ("whether you have been successful").
"""

import sys

from _old_tree import replace_once

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
if "def _takes_the_reader_on(" not in source:
    sys.exit("no _takes_the_reader_on in this tree")
source = replace_once(
    source,
    '"selected", "chosen", "accepted", "appoint", "hire you", "want you", "wants you",',
    '"selected", "chosen", "accepted", "appoint", "hire you", "want you", "wants you",'
    ' "successful",',
)
source = replace_once(source, 'r"|appointed)"', 'r"|appointed|successful)"')
open(path, "w").write(source)
