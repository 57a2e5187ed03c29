"""The employer's letter asking whether the reader is interested in interviewing, the day
given: the interview is being arranged, the reader's answer owed.

"If you are interested in interviewing for the 6th grade ELA position, interviews will be
taking place on Friday, July 17th. Please reply to me and to the principal's secretary" had
been read as the application still waiting: its interview is named only as "interviewing"
and "interviews", and "if" read as a condition on being chosen. The reader's own interest is
no such condition: the letter invites. Still not the reader's: an interview said under a real
condition ("if you are shortlisted, interviews will take place on ..."), nor the reader's
interest named where nothing is asked of them ("if you are interested in interviewing with us
in future, our vacancies are on the website").
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
SCHOOL = "Helen Marsh <hmarsh@oakfield-primary.example>"


def first_letter(text: str):
    builder = a_thread(subject="Teaching Assistant - interviews", tz=LONDON)
    builder = builder.from_recruiter(SCHOOL, text, at="2027-03-01 15:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam,\n\nIf you are interested in interviewing for the Teaching Assistant post, "
        "interviews will be taking place on Thursday 11 March. Please reply to me and to the "
        "school office.\n\nHelen Marsh",
        "Dear Sam,\n\nIf you'd still like to interview for the post, please reply to let me "
        "know and I will send you the times we have.\n\nHelen Marsh",
    ],
)
def test_asked_whether_interested_in_interviewing_arranges_it(text):
    facts = first_letter(text)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam,\n\nThank you for applying. If you are shortlisted, interviews will take "
        "place on Thursday 11 March. Please reply to let me know you received this.\n\nHelen",
        # the reader's interest named, nothing asked of them
        "Dear Sam,\n\nThank you for applying; the post has now been filled internally. If you "
        "are interested in interviewing with us in future, our vacancies are posted on the "
        "school website.\n\nHelen",
    ],
)
def test_interviews_under_a_condition_or_of_others_are_not_arranged_yet(text):
    assert first_letter(text).stage is not Stage.SCHEDULING
