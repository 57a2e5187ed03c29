"""An offer read from its shape, whatever its wording (shapes_decisions).

The employer telling the reader they are taken on ("you have been selected to serve as",
"you have been accepted for", "we'd like to hire you", "the client wants you!"), with the
meeting behind them, or in a letter looking back on it, or with congratulations, is an offer;
not the reader chosen for a step of the process, a pool or a list, nor said under a
condition, nor in a letter that says no. Judged by the retro first looks
(bench/retro_edits/takes_the_reader_on.py).
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
POLICY = Policy(timezone=LONDON)
RECRUITER = "Owen Pryce <owen@saltmarsh-trust.example>"
INVITED = (
    "The panel would like to interview you for the Reserve Warden post. Your interview is "
    "confirmed for Tuesday 9 March 2027 at 10:00 at the Saltmarsh visitor centre."
)
APPLIED = "Please find attached my CV and cover letter for the Assistant Warden position."


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Reserve Warden interview", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED, at="2027-03-02 11:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


def after_the_application(text: str):
    builder = (
        a_thread(subject="Application for the Assistant Warden position", tz=LONDON)
        .from_me(APPLIED, to=RECRUITER, at="2027-03-01 09:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


# no phrase of the books offers in these: only the shape of the letter does
@pytest.mark.parametrize(
    "text",
    [
        "Good news: you have been selected to serve as a seasonal warden on the north marsh, "
        "subject to the usual identity checks. Paperwork will follow this week.",
        "You have been accepted onto the Saltmarsh conservation traineeship for the coming "
        "season. Your placement pack is attached.",
        "The trustees want you! Our office manager will send the paperwork on Monday.",
        "We would like to appoint you as our new Reserve Warden. The contract will follow.",
    ],
)
def test_the_reader_taken_on_after_the_meeting_is_an_offer(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # the letter itself looks back on the meeting
        "Following your interview last week, you have been chosen as the next Reserve Warden "
        "at Saltmarsh. Please reply to let us know you accept.",
        # congratulations, no meeting told of
        "Congratulations! You have been accepted for a probationary year as Assistant Warden. "
        "Please sign and return the enclosed form.",
    ],
)
def test_the_reader_taken_on_with_the_meeting_told_or_congratulations_is_an_offer(text):
    facts, advice = after_the_application(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # a step of the process
        "You have been selected for a second interview with the trustees.",
        "Well done: you have been selected to advance to the final round.",
        # a pool
        "You have been accepted into our volunteer network and will hear about future roles.",
        # a condition
        "If you are selected for the post, we will contact you by the end of the month.",
        # a "no"
        "Unfortunately you have not been selected for the post on this occasion.",
        # a task asked for, not the reader wanted
        "The trustees want you to complete a short written exercise before they decide.",
        # the time the reader chose, confirmed
        "Thanks for meeting us. The time you selected for your site visit is confirmed.",
    ],
)
def test_look_alikes_of_being_taken_on_are_no_offer(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.OFFER
    assert advice.action is not Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # chosen, to an applicant not yet met, without congratulations: a listing, not the job
        "You have been accepted as a member of the Saltmarsh candidate network.",
        "You have been selected to take part in our open day on Saturday 20 March 2027.",
    ],
)
def test_before_any_meeting_being_chosen_is_no_offer(text):
    facts, advice = after_the_application(text)
    assert facts.stage is not Stage.OFFER
    assert advice.action is not Action.OFFER


def test_the_letter_taking_the_reader_on_is_recorded_as_the_offer_it_is():
    # The review: the stage read the offer, but the employer's record of the letter did not,
    # so the advice could not say when it came (and a "no" before it would have stood, as
    # the policy reads offers from the records).
    facts, advice = after_the_interview(
        "The trustees want you! Our office manager will send the paperwork on Monday."
    )
    assert facts.employer_messages[-1].is_offer
    assert "made you an offer on Friday 12 March" in advice.reason


def test_an_offer_in_other_words_after_a_no_reopens_the_thread():
    builder = (
        a_thread(subject="Reserve Warden interview", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED, at="2027-03-02 11:00")
        .from_recruiter(
            RECRUITER,
            "Unfortunately we have decided not to move forward with your application for the "
            "Reserve Warden post.",
            at="2027-03-11 09:00",
        )
        .from_recruiter(
            RECRUITER,
            "Following your interview, the trustees have reconsidered: we would like to appoint "
            "you as our Assistant Warden. The contract will follow.",
            at="2027-03-12 09:00",
        )
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.OFFER
    assert advise(facts, at("2027-03-15 12:00"), POLICY).action is Action.OFFER
