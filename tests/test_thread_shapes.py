"""Shapes of a whole thread, read the same whatever the wording: the latest word stands.

Each rule here was judged by a "retro first look" (docs/benchmarks.md, eleventh session):
applied to the code as it stood before each batch of dev families landed, on those
families' wording, it fixed moments and broke none.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Priya Nair <priya@harbourline.example>"
NO_FOR_THE_FIRST_ROLE = (
    "Thank you for applying for the Senior Analyst role. Unfortunately we will not be moving "
    "forward with your application for this position."
)
INVITED_FOR_ANOTHER = (
    "Our hiring manager for the Associate Analyst role would like to interview you. Your "
    "interview is confirmed for Tuesday 9 March 2027 at 10:00 at our London office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at(now), POLICY)


def a_no_then(text: str, when: str = "2027-03-02 11:00"):
    return (
        a_thread(subject="Your application to Harbourline", tz=LONDON)
        .from_recruiter(RECRUITER, NO_FOR_THE_FIRST_ROLE, at="2027-03-01 09:00")
        .from_recruiter(RECRUITER, text, at=when)
    )


def test_an_interview_set_after_a_no_reopens_the_thread():
    facts, advice = read(a_no_then(INVITED_FOR_ANOTHER), "2027-03-05 12:00")
    assert facts.stage is Stage.SCHEDULED
    assert not any(m.is_rejection for m in facts.employer_messages)
    assert advice.action is Action.PREPARE


def test_after_that_interview_the_thank_you_is_advised_not_the_end():
    facts, advice = read(a_no_then(INVITED_FOR_ANOTHER), "2027-03-09 15:00")
    assert stage_at(facts, at("2027-03-09 15:00")) is Stage.INTERVIEWED
    assert advice.action is Action.SEND_THANK_YOU


def test_a_no_alone_closes_the_thread():
    builder = a_thread(subject="Your application to Harbourline", tz=LONDON).from_recruiter(
        RECRUITER, NO_FOR_THE_FIRST_ROLE, at="2027-03-01 09:00"
    )
    facts, advice = read(builder, "2027-03-05 12:00")
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_a_no_after_the_interview_still_closes_it():
    builder = (
        a_thread(subject="Your interview with Harbourline", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED_FOR_ANOTHER, at="2027-03-02 11:00")
        .from_recruiter(RECRUITER, NO_FOR_THE_FIRST_ROLE, at="2027-03-12 09:00")
    )
    facts, advice = read(builder, "2027-03-15 12:00")
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_an_interview_only_looked_back_on_after_the_no_does_not_reopen_it():
    # the candidate's reply to the "no" names the interview they had: it took place before
    builder = a_no_then(
        "Thank you for letting me know. I enjoyed our interview on Friday 26 February at "
        "14:00 and would welcome any feedback.",
        when="2027-03-02 11:00",
    )
    facts, advice = read(builder, "2027-03-05 12:00")
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


# ------------------------------------------------ a letter that ends it, whatever its words

# no phrase of the books says "no" here: only the shape of the letter does
A_LETTER_THAT_ENDS_IT = (
    "Thank you for your interest in the Logistics Coordinator role and for the time you gave "
    "us. Having reviewed your answers, our team will be focusing on applicants whose "
    "experience sits closer to the brief. We wish you every success in your job search."
)


def after_an_interview(text: str):
    return (
        a_thread(subject="Logistics Coordinator interview", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED_FOR_ANOTHER, at="2027-03-02 11:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )


def test_good_wishes_beyond_the_process_close_it():
    facts, advice = read(after_an_interview(A_LETTER_THAT_ENDS_IT), "2027-03-15 12:00")
    assert facts.stage is Stage.REJECTED
    assert facts.employer_messages[-1].is_rejection
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # wishes for a step of the process, not beyond it
        "Your second interview is confirmed for Tuesday 16 March 2027 at 14:00. Good luck with "
        "your interview!",
        # an offer wishing the reader a career with them
        "We are delighted to offer you the position of Logistics Coordinator and wish you "
        "every success in your future career with us.",
        # a time put to the reader
        "We wish you the best in your search either way, but first: could you do a final "
        "call on Tuesday 16 March at 14:00?",
    ],
)
def test_good_wishes_in_a_letter_that_goes_on_do_not_close_it(text):
    facts, advice = read(after_an_interview(text), "2027-03-13 12:00")
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED
