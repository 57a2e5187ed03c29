"""`bench/retro_first_look.py --edit` for the invitation that awaits the reader's answer, on an
old tree that has `interview_letter.py`'s edit.

The employer's letter about the reader's interview (`_interview_letter`) handing a link, before
the interview's time is known, asks the reader to act (book a slot, sign up, start): it is
answered by the reader's next message, whatever words ask for it. Not a scheduling tool's
notice, a confirmation or a reminder, a move, a booking awaiting the employer's approval, nor
a notice that the reader's own act came in ("Your response ... has been submitted"), nor a
calendar invitation or a letter putting the time.
"""

import sys

path = sys.argv[1] + "/afterview/timeline.py"
source = open(path).read()
assert "def _interview_letter(" in source, "interview_letter.py first"
call = "            employer.append(_employer_message(r, _no_overtaken(interview, index, r.at)))\n"
assert source.count(call) == 1, "no employer message made in thread_facts"
source = source.replace(
    call,
    """            message = _employer_message(r, _no_overtaken(interview, index, r.at))
            if _awaits_answer(r) and (interview.start is None or index < interview.index):
                import dataclasses

                message = dataclasses.replace(message, asks_candidate=True)
            employer.append(message)
""",
)
if "def _awaits_the_employer(" not in source:
    source += """

_AWAITS_THE_EMPLOYER = re.compile(
    r"\\bstill needs? to (?:confirm|approve|accept)\\b"
    r"|\\b(?:awaiting|pending|waiting for) (?:the )?"
    r"(?:organi[sz]er's |host's |employer's )?approval\\b"
    r"|\\b(?:request|booking) (?:has been|was) (?:declined|rejected)\\b"
)


def _awaits_the_employer(r):
    return _AWAITS_THE_EMPLOYER.search(r.low) is not None
"""
source += """

def _awaits_answer(r):
    return (
        _interview_letter(r)
        and ("http://" in r.low or "https://" in r.low)
        and not r.groups & {"confirmed", "confirmed_word", "reminder", "reschedule"}
        and not r.message.events
        and not when.mentions_a_time(r.low)
        and not senders.is_scheduling_tool(r.message.sender.domain)
        and not _awaits_the_employer(r)
        and _TASK_DONE.search(r.low) is None
    )
"""
open(path, "w").write(source)
