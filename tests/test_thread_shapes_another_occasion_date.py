"""The candidate asking for another date of the occasion, named between (campus).

"Would it be possible to attend a different assessment centre date?", "Is there another
interview slot next week?": the time the employer stated no longer stands until it names a
new one, as with "a different day" said plainly. A question about other things at this time
("any other questions at this time?") moves nothing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
EMPLOYER = "Maeve Carter <m.carter@fernbridge.example>"
INVITED = (
    "We are delighted to invite you to our assessment centre at our Leeds office on Thursday 14 "
    "January 2027, 09:30 to 15:00. Please reply to confirm your attendance."
)


def answered_with(text: str):
    builder = (
        a_thread(subject="Assessment centre invitation - Fernbridge Summer Placement", tz=LONDON)
        .from_recruiter(EMPLOYER, INVITED, at="2027-01-04 10:00")
        .from_me(text, at="2027-01-04 18:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    now = datetime(2027, 1, 5, 12, 0, tzinfo=ZONE)
    return facts, advise(facts, now, Policy(timezone=LONDON))


@pytest.mark.parametrize(
    "text",
    [
        "Dear Maeve,\nThank you for the invitation. I have a university exam that morning. "
        "Would it be possible to attend a different assessment centre date?",
        "Hi Maeve,\nThanks so much! That week is my exam week - is there another assessment "
        "centre slot later in January?",
        "Dear Maeve,\nI'm very grateful for the invitation. Could you offer any other "
        "available dates? My dissertation presentation falls on the 14th.",
    ],
)
def test_asking_for_another_date_of_the_occasion_lifts_the_stated_time(text):
    facts, advice = answered_with(text)
    assert facts.interview_cancelled  # the stated time no longer stands
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT


@pytest.mark.parametrize(
    "text",
    [
        "Dear Maeve,\nThank you, I confirm I will attend. Do you have any other questions "
        "for me at this time?",
        "Dear Maeve,\nI'll be there. Is there a different entrance for visitors on the day?",
    ],
)
def test_other_questions_keep_the_stated_time(text):
    facts, advice = answered_with(text)
    assert facts.interview_start == datetime(2027, 1, 14, 9, 30, tzinfo=ZONE)
    assert not facts.interview_cancelled
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE
