"""Offer-stage letters read from their shape (the letters batch).

Three shapes an employer's letter takes at the offer stage and after an interview, whatever
its words: the reader's fit denied behind a thinking verb ("we don't believe the role is the
right match for you": said of the reader, it is the same "no" as "you are not the right
match"); an offer taken back ("we must revoke the offer we made you"), which closes the
thread rather than opening it; and the offer named by the job it is of ("our offer of the
Site Surveyor position"). And one look-alike: a home offered to a renter, with the deposit a
landlord asks for, is no job's offer.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
POLICY = Policy(timezone=DENVER)
RECRUITER = "Odile Brandt <odile@quarrylane.example>"
INVITED = (
    "Thank you for applying for the Site Surveyor role. Your interview is confirmed for "
    "Tuesday 4 May 2027 at 10:00 at our Golden office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str, subject: str = "Site Surveyor interview"):
    builder = (
        a_thread(subject=subject, tz=DENVER)
        .from_recruiter(RECRUITER, INVITED, at="2027-04-27 11:00")
        .from_recruiter(RECRUITER, text, at="2027-05-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-05-13 12:00"), POLICY)


# the fit denied, the "not" raised to a verb of thinking, or the fit called the best or ideal
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for meeting the team last week. We don't believe that this opening is the "
        "right match for your background.",
        "We were glad to speak with you on 4 May. While we do not feel that our present vacancy "
        "is the best match for your skills, we encourage you to try us again next year.",
        "Thanks for your time on Tuesday. The panel did not think your experience was a close "
        "enough fit for the Site Surveyor position at this stage.",
        "Thank you for interviewing with us. After some thought, the role is not the ideal "
        "fit for your experience.",
    ],
)
def test_the_readers_fit_denied_behind_a_verb_of_thinking_is_a_no(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # the fit affirmed
        "Thank you for meeting the team last week. We believe the role is the right match for "
        "your background and would like to invite you to a second interview.",
        # the fit weighed under a condition, and asked
        "Thanks for your time on Tuesday. If you don't think the role is the right fit, just "
        "let me know.",
        "Thanks for your time on Tuesday. Do you not think the hybrid schedule is a good fit "
        "for you?",
        # a thing that is no job denied the fit
        "Thanks for your time on Tuesday. I don't think the blue laptop bag is the right fit "
        "for the kit list; could you bring your own?",
    ],
)
def test_look_alikes_of_a_denied_fit_are_not_a_no(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def offered_then(text: str):
    builder = (
        a_thread(subject="Site Surveyor offer", tz=DENVER)
        .from_recruiter(
            RECRUITER,
            "We are pleased to offer you the Site Surveyor position at $71,000 a year. Please "
            "reply by Friday 14 May.",
            at="2027-05-10 09:00",
        )
        .from_me(
            "Thank you, I'm glad to accept. The signed letter is attached.", at="2027-05-10 15:00"
        )
        .from_recruiter(RECRUITER, text, at="2027-05-20 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-05-21 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "I am sorry to tell you that a funding cut means we must revoke the offer of employment "
        "we made you on 10 May.",
        "Unfortunately we have had to withdraw the job offer for the Site Surveyor position "
        "after the project was cancelled.",
        "After the merger, the company is retracting this offer. We are very sorry.",
    ],
)
def test_an_offer_taken_back_closes_the_thread(text):
    facts, advice = offered_then(text)
    assert facts.stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # the right reserved, not used
        "A reminder that we reserve the right to withdraw the offer if the background check is "
        "not completed. Your start date is Monday 7 June.",
        "Note that the company may revoke this offer should the references be unsatisfactory. "
        "Your start date is Monday 7 June.",
        # the reader's own acceptance withdrawn is no employer's decision
        "We have received your note asking to withdraw your acceptance of the offer and will "
        "call you tomorrow to talk it over.",
    ],
)
def test_look_alikes_of_an_offer_taken_back_keep_the_offer(text):
    facts, advice = offered_then(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def test_an_offer_named_by_the_job_it_is_of_is_an_offer():
    facts, advice = after_the_interview(
        "Following our call this morning, here is our offer of the Site Surveyor position: "
        "$71,000 a year from Monday 7 June. Please let me know your decision by Friday.",
        subject="Site Surveyor",
    )
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


def test_an_offer_of_something_that_is_no_job_is_not_an_offer():
    facts, advice = after_the_interview(
        "Following our call this morning, here is our offer of a parking permit for the Golden "
        "site while you visit. Please let me know by Friday which car you will bring.",
        subject="Site Surveyor",
    )
    assert facts.stage is not Stage.OFFER


LETTING_AGENT = "Mina Ruiz <mina@fernlettings.example>"


@pytest.mark.parametrize(
    "deposit",
    [
        "send the holding deposit so we can draw up the agreement",
        "pay the security deposit and the first month's rent",
    ],
)
def test_a_home_offered_with_a_landlords_deposit_is_no_job(deposit):
    thread = (
        a_thread(subject="Flat 3, 18 Cedar Row", tz=DENVER)
        .from_recruiter(
            LETTING_AGENT,
            "Good news: the owner has approved your application and would like to offer you "
            f"Flat 3 from 1 July at $1,650 a month. Please confirm by Friday and {deposit}.",
            at="2027-06-01 10:00",
        )
        .from_me("Thank you, but I have to decline: I'm moving for work.", at="2027-06-02 09:00")
        .build()
    )
    assert not detect_interview(thread, ME).interview


def test_an_employers_offer_that_mentions_a_deposit_is_still_an_offer():
    thread = (
        a_thread(subject="Site Surveyor offer", tz=DENVER)
        .from_recruiter(
            RECRUITER,
            "We are pleased to offer you the Site Surveyor position at $71,000 a year. Your "
            "first salary deposit will be made on 30 June.",
            at="2027-05-10 09:00",
        )
        .build()
    )
    assert detect_interview(thread, ME).interview
