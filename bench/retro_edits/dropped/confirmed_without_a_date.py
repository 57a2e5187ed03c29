"""`timeline._confirmed_without_a_date` (shapes7): the reader takes one time ("Thursday at 2 works
great"), the employer's next message confirms in words with no date ("2 it is.", "Perfect, I'll
call you at 2"): the reader's time is set.

No edit script of its own: the function sits in the span `settled_by_a_later_exchange.py` copies
from today's timeline.py, so running `eleventh_session.py` from a tree holding the change (commit
59167b2 on branch shapes_time_agreed) measures it against main's `eleventh_session.py`.

DROPPED (shapes7): even half unchanged (stage 0.7672, action 0.7831), odd half figures-only
unchanged (0.8274 / 0.8336): no first look moved (the one dev thread, managers_direct/
founder_saw_application, is misread otherwise in its old tree). Today's dev: 2 misses gone (that
thread), none new. The change and its test are 59167b2, reverted by 6afe271.
"""

import sys

sys.exit("documentation only: see the docstring")
