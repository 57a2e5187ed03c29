"""A hiring committee told of to the one interviewed is their wait, not a panelist's duty.

Large employers decide after the interviews in a committee: the recruiter tells the
candidate "the hiring committee meets Thursday" or "still waiting on feedback from your
interviewers before the committee". Said to the reader as the one interviewed (your
interviewers, your interview, word to come to them), it is their process; a message asking
the reader to review packets for the committee stays the hiring side's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

SEATTLE = "America/Los_Angeles"
ZONE = ZoneInfo(SEATTLE)
POLICY = Policy(timezone=SEATTLE)
RECRUITER = "Talia Brenner <talia@copperfen.example>"
BOOKED = "Your onsite interview is confirmed for Monday, May 10, 9:00 AM to 1:00 PM PT."


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the slow news! I'm still missing notes from one of your interviewers, and "
        "the hiring committee only meets on Thursday.",
        "Quick update: the team's write-ups from your onsite go to the hiring committee this "
        "Thursday, and I'll be in touch right after.",
    ],
)
def test_the_committee_told_to_the_candidate_keeps_their_wait(text):
    builder = (
        a_thread(subject="Copperfen onsite", tz=SEATTLE)
        .from_recruiter(RECRUITER, BOOKED, at="2027-05-03 10:00")
        .from_recruiter(RECRUITER, text, at="2027-05-18 15:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.interview
    assert stage_at(facts, at("2027-05-19 12:00")) is Stage.INTERVIEWED
    assert advise(facts, at("2027-05-19 12:00"), POLICY).action is Action.WAIT


def test_packets_for_the_committee_stay_the_hiring_sides():
    builder = a_thread(subject="Packets for review", tz=SEATTLE).from_recruiter(
        RECRUITER,
        "Hi all, three packets are up for the hiring committee on Thursday. Please read them "
        "and add your vote before we meet.",
        at="2027-05-18 15:00",
    )
    assert not thread_facts(builder.build(), ME, ZONE).interview
