"""The reader's own note naming the interview, the people met, then the past day.

"I wanted to follow up after my interview with Dr. Halvorsen and Janet yesterday" (a candidate
telling her agency recruiter how it went) says the interview took place, as "my interview
yesterday" already did: the people named between the interview and its day hid it (the
thread had been read as an application only, the wait counted as for one).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

TORONTO = "America/Toronto"
ZONE = ZoneInfo(TORONTO)
AGENT = "Colette Marchand <cmarchand@lakeshore-staffing.example>"


def my_note(text: str):
    builder = a_thread(subject="Clinic Administrator - Brightside Physio", tz=TORONTO)
    builder = builder.from_me(text, to=[AGENT], at="2027-02-17 09:30")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Colette,\n\nI wanted to follow up after my interview with Dr. Osei and Priya "
        "yesterday. I think it went well - we talked mostly about the new booking system. "
        "Do you know when they expect to decide?\n\nThanks,\nRiley",
        "Hi Colette,\n\nJust checking in after our interview with the clinic's two partners last "
        "Thursday. I'm still very keen on the role.\n\nRiley",
    ],
)
def test_the_interview_named_with_the_people_met_then_a_past_day_took_place(text):
    facts = my_note(text)
    assert facts.interview
    assert facts.stage is Stage.INTERVIEWED


def test_the_interview_with_them_named_for_a_day_still_ahead_is_not_one_held():
    facts = my_note(
        "Hi Colette,\n\nA question about my interview with Dr. Osei and Priya next Tuesday: "
        "should I bring copies of my certificates?\n\nRiley"
    )
    assert facts.stage is not Stage.INTERVIEWED
