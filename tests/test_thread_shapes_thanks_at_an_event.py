"""A thank-you for a talk at a recruiting event is no interview's thank-you (campus).

"Thank you for speaking with me at the Spring Job Fair today", "great meeting you at your
booth", "at the information session last night": the fair's conversation is networking; the
student has at most applied. An interview said of it ("thank you for interviewing me at the
career fair") is one.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
RECRUITER = "Owen Patel <opatel@larkspur-analytics.example>"


def after_the_fair(text: str):
    builder = a_thread(subject="Following up from the job fair", tz=DENVER).from_recruiter(
        RECRUITER,
        "Thanks for stopping by our table! You can apply for the Junior Analyst role on our "
        "careers page.",
        at="2027-02-10 16:00",
    )
    builder.from_me(text, at="2027-02-10 20:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Patel,\nThank you for speaking with me at the Spring Job Fair today. I "
        "enjoyed hearing about your forecasting team, and I have applied for the Junior "
        "Analyst role online.",
        "Hi Owen,\nIt was great meeting you at your booth this afternoon - thank you for your "
        "time and the advice about the analyst track. My application is in.",
        "Dear Owen,\nThank you for your time at the information session tonight. I submitted "
        "my application for the Junior Analyst role afterwards.",
    ],
)
def test_thanks_for_a_talk_at_an_event_is_no_interview(text):
    facts = after_the_fair(text)
    assert facts.stage is not Stage.INTERVIEWED
    assert facts.interview_start is None


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Patel,\nThank you for interviewing me at the Spring Job Fair today. I enjoyed "
        "our conversation about the forecasting team.",
        "Hi Owen,\nThank you for the quick interview at your booth this afternoon - I'm very "
        "interested in the Junior Analyst role.",
    ],
)
def test_an_interview_at_the_fair_is_one(text):
    facts = after_the_fair(text)
    assert facts.stage is Stage.INTERVIEWED
    assert facts.interview_start is not None and facts.interview_start < datetime(
        2027, 2, 11, tzinfo=ZONE
    )
