"""An owner's offer put as the job being the reader's: "the job is yours if you want it".

Small employers (a shop, a practice, a family firm) rarely write "we are pleased to offer
you": the owner says the job, the position or the spot is the reader's. After an interview or a
tryout that is the offer, whatever else the note says about pay and start dates. A choice,
a decision or a turn being "yours" is no job offered.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
POLICY = Policy(timezone=CHICAGO)
OWNER = "Rosa Delgado <rosa@tumbleweedbooks.example>"
INVITED = (
    "Thanks for applying for the bookseller job. Could you come in for an interview with Ben "
    "and me on Saturday, March 6 at 10am?"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Bookseller job", tz=CHICAGO)
        .from_recruiter(OWNER, INVITED, at="2027-03-02 11:00")
        .from_me("Saturday at 10 works, see you then.", at="2027-03-02 12:00")
        .from_recruiter(OWNER, text, at="2027-03-08 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-08 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Ben says you were great with the customers. The job is yours if you want it - "
        "Thursdays and Saturdays, $15 an hour. Can you start next week?",
        "Good news: the position is yours! We'll see you Monday the 15th at 9.",
        "We all enjoyed Saturday. The job's yours if you still want it.",
        "Short version: the spot is yours. Let me know when you can start.",
    ],
)
def test_the_job_being_the_readers_is_the_offer(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # a choice or a decision left to the reader
        "Thanks for coming in Saturday. We have two shifts open, mornings or evenings; the "
        "choice is yours. We'll get back to you on the job itself by Friday.",
        # a job that is not the reader's
        "Thanks for coming in Saturday. We're still talking to a couple of people and will "
        "let you know by Friday.",
    ],
)
def test_other_things_being_yours_offer_nothing(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.OFFER
    assert advice.action is not Action.OFFER
