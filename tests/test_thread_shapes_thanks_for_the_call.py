"""Thanks for a call of the interview's kind, in the past, says the call happened (remote).

"Thanks again for the screening call on Friday", "thank you for the intro chat yesterday":
whatever the first call is called, thanking the reader for it on a past day says it took
place, so a work sample set after it is a step after an interview, not an application's.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ZONE = ZoneInfo("America/Toronto")
LEAD = "Dana Price <dana@saltmarsh.example>"


def read(text: str):
    thread = a_thread(subject="Saltmarsh - next step", tz="America/Toronto").from_recruiter(
        LEAD, text, at="2027-04-06 11:00"
    )
    return thread_facts(thread.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks again for the screening call on Monday. The next step is a short written "
        "exercise; could you send it back by Friday?",
        "Thank you for the intro call yesterday - we'd like to move you forward. Are you free "
        "for a second conversation later this week?",
        "Thanks for the phone screen last week. Please complete the short questionnaire "
        "below so we can plan the next round.",
    ],
)
def test_thanks_for_a_past_call_is_a_step_after_an_interview(text):
    facts = read(text)
    assert facts.interview
    assert "interview_happened" in facts.detection.signals


@pytest.mark.parametrize(
    "text",
    [
        # a call ahead, not behind
        "Thanks for booking the screening call on Monday; we look forward to it.",
        # a sales call, no interview's kind
        "Thanks for the demo on Friday. Here is the pricing sheet we discussed.",
    ],
)
def test_a_call_ahead_or_of_another_kind_says_nothing_happened(text):
    facts = read(text)
    assert "interview_happened" not in facts.detection.signals
    assert facts.stage is not Stage.INTERVIEWED
