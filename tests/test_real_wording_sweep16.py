"""sweep16: the employer's decision and the owner's answer to it, read by their parts. Each
corpus sentence (dev's decision_rejections / decision_offers) stands beside paraphrases of
our own in other writers' words, and beside look-alikes that must stay unread: a post "for
you" refused, the search itself called off, a hiring verb with the reader as its object and
the post named, and the owner accepting the job in words the phrase lists did not hold."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.detect import detect_interview
from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from tests.test_real_wording_lead_ninth_session import (
    ALEX,
    APPLICATION,
    EASTERN,
    ME,
    NOW,
    PRIYA,
    SENT,
    SUBJECT,
    groups_of,
    mail,
    stage_of,
)

# ----- no post for the reader


@pytest.mark.parametrize(
    "says",
    [
        # Professional Job Prep's three-paragraph letter (dev)
        "Thank you for taking the time to meet with us. At this time we don't have a suitable "
        "position for you. We wish you success with your future endeavors.",
        # paraphrases
        "I'm afraid there is no suitable vacancy for you at present, but do keep an eye on our "
        "careers page.",
        "Having reviewed your CV, we do not currently have a role for you in the team.",
    ],
)
def test_no_post_for_the_reader_is_a_rejection(says: str) -> None:
    assert stage_of(says) is Stage.REJECTED


@pytest.mark.parametrize(
    "says",
    [
        "We don't have a parking space for you, so please use the visitor car park.",
        "There's no job too small for you to call us about.",
    ],
)
def test_a_space_or_a_slogan_is_no_refusal(says: str) -> None:
    assert "rejection" not in groups_of(says)


# ----- the search itself called off


@pytest.mark.parametrize(
    "says",
    [
        # US Legal Forms' cancellation notice (dev)
        "I am writing to inform you of the regrettable decision to cancel the ongoing recruitment "
        "process for the Facilities Coordinator position. Due to unforeseen circumstances, we "
        "are unable to proceed with filling the aforementioned job vacancy.",
        # paraphrases
        "We have had to halt the hiring process for the Marketing Lead role after a budget "
        "freeze, so we won't be making an appointment.",
        "Unfortunately the company can't go ahead with filling this vacancy this year.",
        "Quick update: the Software Engineer requisition has been cancelled.",
    ],
)
def test_the_search_called_off_is_a_rejection(says: str) -> None:
    assert stage_of(says) is Stage.REJECTED


@pytest.mark.parametrize(
    "says",
    [
        "We have had to cancel the recruitment for our sleep study this month.",
        "I'm sorry, we need to cancel your interview on Tuesday; I'll send new times shortly.",
        "The Marketing Lead role has been put on hold while we review the budget.",
    ],
)
def test_a_study_an_interview_or_a_pause_is_not_the_search_called_off(says: str) -> None:
    assert "rejection" not in groups_of(says)


# ----- the job offered with the reader as the object of a hiring verb


@pytest.mark.parametrize(
    "says",
    [
        # Talroo's warm-up email (dev)
        "Thank you for meeting with us for an interview. You stood out from the other applicants "
        "and we'd like to hire you for the Account Manager position.",
        # StepByStep's decision email, its grammar kept (dev)
        "I am pleased to inform you that you selected for the post of Operations Manager "
        "following your interview.",
        # paraphrases
        "We would love to hire you for the role of Senior Buyer - can we talk terms tomorrow?",
        "The panel were unanimous and we are delighted to appoint you to the post of Deputy Head.",
        "Congratulations - you have been selected for the position of Site Engineer.",
    ],
)
def test_a_hiring_verb_with_the_reader_and_the_post_is_an_offer(says: str) -> None:
    assert stage_of(says) is Stage.OFFER


@pytest.mark.parametrize(
    "says",
    [
        "We'd like to hire you for our wedding on 12 June - could you send your packages?",
        "You have been selected for the next round of interviews.",
        "Unfortunately you were not selected for the position on this occasion.",
    ],
)
def test_a_booking_a_round_or_a_refusal_is_no_offer(says: str) -> None:
    assert "offer_plain" not in groups_of(says)
    assert stage_of(says) is not Stage.OFFER


# ----- the owner accepting the job


def acceptance_alone(body: str):
    """The owner's acceptance as a reply whose offer mail is not in the thread."""
    message = mail(5, ALEX, SENT, "Re: Job offer - Data Analyst", body)
    return [message]


@pytest.mark.parametrize(
    "body",
    [
        # US Legal Forms' acceptance letters (dev)
        "I am writing in reference to the job offer for the position of Data Analyst dated "
        "March 2, restating our conversation concerning the opportunity at Northwind Labs. With "
        "great pleasure I am happy to accept this position and appreciate your confidence in "
        "me. My start date will be March 23.",
        "I would like to thank you for extending the opportunity, and I am delighted to share "
        "my acceptance of it. I am prepared to join your team on the starting date mentioned "
        "in the offer letter.",
        # paraphrases
        "Thanks so much, Priya - I'm thrilled to accept this job and can start on 1 June.",
        "I gladly accept that offer and look forward to joining the team.",
    ],
)
def test_the_owner_accepting_is_the_offer_stage(body: str) -> None:
    messages = acceptance_alone(body)
    assert detect_interview(messages, ME).interview
    assert stage_at(thread_facts(messages, ME, EASTERN), NOW) is Stage.OFFER


def test_accepting_the_offer_of_an_interview_is_not_the_job() -> None:
    messages = [
        mail(1, ALEX, SENT - timedelta(days=6), SUBJECT, APPLICATION),
        mail(
            2,
            PRIYA,
            SENT - timedelta(days=1),
            "Re: " + SUBJECT,
            "Hi Alex,\n\nWe would like to offer you an interview on Friday 13 March at 10am. "
            "Please confirm.\n\nPriya Shah\nTalent Acquisition",
        ),
        mail(
            3,
            ALEX,
            SENT,
            "Re: " + SUBJECT,
            "Hi Priya,\n\nI'm happy to accept the offer of an interview on Friday at 10am.\n\nAlex",
        ),
    ]
    assert stage_at(thread_facts(messages, ME, EASTERN), NOW) is not Stage.OFFER
