"""A debrief the reader is told about, with word to come, is the candidate's wait, not a duty.

"The team will debrief on Tuesday" is the interviewers' meeting: in a panelist's mail it is
their duty. Told to the one interviewed, with the promise that they will hear ("I'll be in
touch then", "we'll be in touch once we've met"), it is the candidate's wait for a decision.
A panelist asked to the debrief stays on the hiring side.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

TORONTO = "America/Toronto"
ZONE = ZoneInfo(TORONTO)
POLICY = Policy(timezone=TORONTO)
RECRUITER = "Wren Adebayo <wren@saltmarsh.example>"
BOOKED = (
    "Your final interview panel is booked for Wednesday, April 14 from 1:00 to 4:00 PM ET at "
    "our office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after(text: str):
    builder = (
        a_thread(subject="Saltmarsh - final interview", tz=TORONTO)
        .from_recruiter(RECRUITER, BOOKED, at="2027-04-07 10:00")
        .from_recruiter(RECRUITER, text, at="2027-04-15 11:00")
    )
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely to host you yesterday! The panel will debrief on Monday and I'll be in touch "
        "with the outcome by the end of next week.",
        "The hiring team is debriefing this week. We'll be in touch once we've met.",
    ],
)
def test_a_debrief_told_to_the_candidate_is_their_wait(text):
    facts = after(text)
    assert facts.interview
    assert stage_at(facts, at("2027-04-19 12:00")) is Stage.INTERVIEWED
    assert advise(facts, at("2027-04-19 12:00"), POLICY).action is Action.WAIT


def test_a_panelist_asked_to_the_debrief_is_not_a_candidate():
    builder = a_thread(subject="Debrief: Lorna Fitch, Staff Engineer", tz=TORONTO).from_recruiter(
        RECRUITER,
        "Hi all, thanks for interviewing Lorna yesterday. Please submit your scorecards before "
        "the debrief on Monday at 2 PM; I'll be in touch with the candidate after we decide.",
        at="2027-04-15 11:00",
    )
    assert not thread_facts(builder.build(), ME, ZONE).interview
