"""Whole threads read on the wrong side: a job thread not seen as the owner's own process, or
someone else's process (a deal, an approval) read as the owner's.

The fourteenth session's nine batches (notes, ATS, status, public, selections, one-liners,
informal, health, Asia and Latin America) found these shapes across several families at once;
each is written here in other words than the corpus's, as a person would write the mail.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import ME, a_thread

TZ = "America/Chicago"
BUYER = "Lena Marsh <lena.marsh@harrowdental.example>"
SUPPLIER = "Owen Pike <owen.pike@cedarprint.example>"


def interview(thread) -> bool:
    return detect_interview(thread.build(), ME).interview


# ----- a deal's proposal or quotation: the follow-ups, thanks and declines of a sale


@pytest.mark.parametrize(
    ("subject", "mine", "theirs"),
    [
        (
            "Proposal - cleaning contract for Harrow Dental",
            "Thank you for meeting with me on Tuesday. Attached is our proposal for nightly "
            "cleaning of your three surgeries. I'm following up to see whether you have had a "
            "chance to look at it.",
            "Thank you for the effort you put into the proposal. We have decided to stay with our "
            "current provider, but we appreciate your interest in working with Harrow Dental.",
        ),
        (
            "Request for quote - 2,000 flyers",
            "Just following up on my request for a quote for 2,000 flyers. Any update?",
            "Sorry for the wait: our quote is attached, valid until the end of the month.",
        ),
    ],
)
def test_a_proposal_or_a_quote_is_no_job(subject, mine, theirs):
    thread = (
        a_thread(subject=subject, tz=TZ)
        .from_me(mine, at="2027-03-01 09:00")
        .from_recruiter(BUYER if "Proposal" in subject else SUPPLIER, theirs, at="2027-03-08 10:00")
        .from_me(
            "Thank you for your time. After comparing the bids, we have decided to accept "
            "another offer.",
            at="2027-03-09 12:00",
        )
    )
    assert not interview(thread)


def test_a_job_proposed_in_the_subject_stays_a_job():
    thread = a_thread(subject="Proposal for the Office Manager role", tz=TZ).from_recruiter(
        BUYER,
        "Thanks for coming in yesterday. We'd like to offer you the Office Manager position "
        "at $52,000. Could you let us know by Friday?",
        at="2027-03-08 10:00",
    )
    assert interview(thread)


# ----- whose offer, whose debrief: read once every other reading of the message is in

HIRING_MANAGER = "Priya Nair <priya.nair@example.com>"
TALENT = "Marcus Bell <marcus.bell@fernhill.example>"


def test_an_offer_waiting_on_the_readers_approval_is_someone_elses():
    thread = (
        a_thread(
            HIRING_MANAGER, subject="Approval needed: offer for Tom Becker, Data Analyst", tz=TZ
        )
        .from_recruiter(
            TALENT,
            "Hi Priya, Tom's references came back clean, so the offer for the Data Analyst role "
            "is ready for your sign-off before I send the letter: $78,000, starting August 3. "
            "Could you approve by Wednesday so I can make the verbal offer on Thursday?",
            at="2027-07-12 10:00",
        )
        .from_me("Approved, thanks Marcus. Go ahead.", at="2027-07-12 15:00")
    )
    assert not detect_interview(thread.build(), HIRING_MANAGER).interview


AGENCY = "Dana Ortiz <dana.ortiz@brightpathrecruit.example>"


def test_an_agency_thanking_the_candidate_for_a_debrief_is_the_candidates_process():
    thread = (
        a_thread(subject="Harlow Mutual - Credit Analyst", tz=TZ)
        .from_recruiter(
            AGENCY,
            "You're confirmed for a video interview with Harlow Mutual on Tuesday, May 4 at "
            "2:00 pm CT with their Head of Credit.",
            at="2027-04-29 09:00",
        )
        .from_recruiter(
            AGENCY,
            "Thanks for the debrief on Tuesday. I spoke with Owen at Harlow this morning - he "
            "enjoyed the conversation. They're wrapping up first interviews and will have "
            "feedback on every candidate by Friday; I'll keep you posted.",
            at="2027-05-05 11:00",
        )
    )
    assert interview(thread)
    last = a_thread(subject="Re: Harlow Mutual - Credit Analyst", tz=TZ).from_recruiter(
        AGENCY,
        "Thanks for the debrief on Tuesday. I spoke with Owen at Harlow this morning - he "
        "enjoyed the conversation. They're wrapping up first interviews and will have "
        "feedback on every candidate by Friday; I'll keep you posted.",
        at="2027-05-05 11:00",
    )
    assert interview(last)


# ----- the job itself given to the reader: an owner's offer after a working visit

OWNER = "Rita Gomez <rita@gomezbakery.example>"


def test_the_job_given_as_yours_is_an_offer():
    thread = (
        a_thread(subject="Saturday at the bakery", tz=TZ)
        .from_recruiter(
            OWNER,
            "Come by Saturday from 7 to 11 and help Marco with the morning bake, so we can see "
            "how you like it.",
            at="2027-05-03 16:00",
        )
        .from_me("See you Saturday at 7!", at="2027-05-03 18:00")
        .from_recruiter(
            OWNER,
            "Marco says you were great with the ovens. The job's yours if you want it: "
            "Thursdays and Fridays, 6 to 2, $16 an hour. Can you start on the 13th?",
            at="2027-05-10 09:00",
        )
    )
    assert interview(thread)


def test_a_clubs_spot_given_as_yours_is_no_job():
    thread = a_thread(subject="Committee", tz=TZ).from_recruiter(
        "Ana Ruiz <ana.ruiz@gmail.com>",
        "We counted the votes last night and the treasurer spot is yours if you want it.",
        at="2027-05-10 09:00",
    )
    assert not interview(thread)


# ----- a study's incentive words (a gift card, a screener) in an employer's own letter

STUDIO = "Mia Holt <mia.holt@lanternworks.example>"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Lanternworks portfolio exercise - Senior Illustrator",
            "Hi, as the next step for the Senior Illustrator position we'd like you to complete "
            "a short portfolio exercise (about six hours). As thanks we will send you a $300 "
            "gift card, whatever we decide. Please send your files by Friday, June 11.",
        ),
        (
            "Results of the talent screener - PO/03/27",
            "We are pleased to tell you that, following the talent screener, the board has "
            "invited you to the interview stage for the Policy Officer position. Please book your "
            "interview slot by Friday, June 11.",
        ),
    ],
)
def test_a_gift_card_or_a_screener_in_a_job_letter_is_no_study(subject, text):
    thread = a_thread(subject=subject, tz=TZ).from_recruiter(STUDIO, text, at="2027-06-02 10:00")
    assert interview(thread)


def test_a_gift_card_for_a_study_session_stays_research():
    thread = a_thread(subject="Quick chat about how you plan trips?", tz=TZ).from_recruiter(
        STUDIO,
        "Hi, we'd love to hear how you plan your trips in a 30-minute interview over video. "
        "Everyone who takes part gets a $40 gift card. Could you fill in the short screener "
        "and pick a time next week?",
        at="2027-06-02 10:00",
    )
    assert not interview(thread)


# ----- an interview "for everyone who passes": what it is for is no thing, but people


def test_interviews_for_everyone_who_passes_a_test_are_a_jobs():
    thread = (
        a_thread(subject="Open hiring day - Saturday, March 6", tz=TZ)
        .from_recruiter(
            "Harbor Pools <jobs@harborpools.example>",
            "Thanks for applying online! Our open hiring day is this Saturday, March 6, 8:00 "
            "AM - 11:00 AM at the Harbor pool: a timed swim first, then short interviews for "
            "everybody who passes. Reply to let us know you're coming!",
            at="2027-03-01 10:00",
        )
        .from_me("I'll be there at 8. Thanks!", at="2027-03-01 18:00")
    )
    assert interview(thread)


# ----- the reader asked to judge the applications: a panel's member, a governor


def test_the_reader_asked_to_score_the_applications_sits_on_the_panel():
    thread = (
        a_thread(subject="Head of Finance appointment - shortlisting Thursday", tz=TZ)
        .from_recruiter(
            "Clerk to the Trustees <clerk@riverbendtrust.example>",
            "Dear Sam, we had eleven applications for the Head of Finance post. Please mark all "
            "eleven applications against the person specification and send me your marks by "
            "Wednesday. The shortlisting meeting is on Thursday at 5:30 pm; interviews follow on "
            "Monday 14 June. Can you make both?",
            at="2027-06-01 09:00",
        )
        .from_me("Thanks - marks to follow, and I can do both days.", at="2027-06-01 19:00")
    )
    assert not interview(thread)


def test_the_candidate_asked_to_read_the_candidates_guide_stays_a_candidate():
    thread = a_thread(subject="Assessment centre - Graduate Analyst", tz=TZ).from_recruiter(
        "Graduate Recruitment <graduates@ashbury.example>",
        "Congratulations - you are invited to our assessment centre for the Graduate Analyst "
        "programme on Tuesday, June 15 at 9:00. Please read the candidates' guide attached "
        "before the day.",
        at="2027-06-01 09:00",
    )
    assert interview(thread)
