"""The job given elsewhere, in the plain sentences of people who write their own mail (forum).

An agency recruiter or a small employer rarely uses a template's "we have decided to move
forward with other candidates". They say who got it ("the client made the offer to the
other finalist", "we offered it to another applicant"), that the search itself has stopped
("we can't continue with the Data Analyst search"), or that the job and the reader no longer
fit ("the role changed and it is no longer a fit"). Each is the employer's "no". Wording
invented; judged on the forum batch (tests/corpus/real/dev/forum_*).
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
RECRUITER = "Dana Pruitt <dana@northgaterecruiting.example>"
SET_UP = (
    "Good news - the hiring manager at Lindqvist Foods wants to meet you for the Data Analyst "
    "role. Your interview is confirmed for Tuesday 9 March 2027 at 10:00 at their office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Lindqvist Foods - Data Analyst", tz=CHICAGO)
        .from_recruiter(RECRUITER, SET_UP, at="2027-03-02 11:00")
        .from_me("Thank you for meeting with me today.", at="2027-03-09 15:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        # who got it, named by place rather than "another candidate"
        "I'm sorry to say Lindqvist made the offer to the other finalist. I'll keep looking "
        "for the right role for you.",
        "Bad news, I'm afraid: they offered it to the second candidate on Thursday.",
        "They extended the offer to the third applicant, who had more retail experience.",
        # the search itself stopped
        "The company has announced a budget freeze, so we can't continue with the Data "
        "Analyst search. I'm sorry to bring you this news.",
        # the job and the reader no longer fit
        "The team reworked the role over the weekend and it is unfortunately no longer a fit "
        "for your background. I'll let you know if other openings come up.",
        "After talking it over, the manager felt you're not a good fit for this particular role.",
    ],
)
def test_the_job_given_elsewhere_closes_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.REJECTED
    assert facts.employer_messages[-1].is_rejection
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # the process to come, told to every finalist
        "They expect to make the offer to the successful candidate by Friday.",
        "Lindqvist will make an offer to the final candidate after references.",
        # a pause, not an end
        "We can't continue with the Data Analyst search until the budget is signed off - "
        "I'll update you in January.",
        # a condition, a question
        "If it's not a fit for either side, no hard feelings - but I think it is!",
        "Would the commute make the job not a good fit for you?",
        "Please tell us on the form whether the role is or isn't a good fit for you.",
        # good news
        "They'd like to make you an offer! The other finalist has been told.",
    ],
)
def test_look_alikes_do_not_close_it(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def test_a_vendor_saying_it_is_not_a_fit_is_no_job():
    builder = (
        a_thread(subject="Silk travel wallets for your shop", tz=CHICAGO)
        .from_me(
            "Hi Lauren, following up on our call - would you carry a small order of our silk "
            "travel wallets?",
            at="2027-03-02 11:00",
        )
        .from_recruiter(
            "Lauren Whitley <lauren@peachtreegift.example>",
            "Thanks Carla - it's not a good fit for our shelves right now, but good luck!",
            at="2027-03-02 15:00",
        )
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert not facts.interview
