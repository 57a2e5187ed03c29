"""Mail in hiring words that is not about the owner's own job, read one message at a time.

The seventh growth of the real-wording corpus (scholarship and grant applications, talk
submissions, loans, co-op boards, naturalisation, clinic intake, stay interviews, onboarding
calls) found these rules; each is written here in other words than the corpus's, as a person
would write the mail. Real job mail that shares the words stays an interview.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import a_thread, read_alone

CT = "America/Chicago"
ME = "nadia.haddad@example.com"
SENDER = "Programme Office <office@brightwater-trust.example>"


def alone(text: str, subject: str = "Update", sender: str = SENDER) -> bool:
    """One message to the owner, read by itself: part of her own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=CT)


# ----- an application, offer or interview whose object is not a job


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "We have your application",
            "Dear Nadia, thank you for applying for the Riverbend Bursary for 2027. "
            "Shortlisted applicants will be invited to a 20-minute interview in June.",
        ),
        (
            "Application received",
            "Hi Nadia, we received your application to the Greenway Small Grants Fund. The "
            "panel meets on 12 June and we will tell you the outcome by 30 June.",
        ),
        (
            "Next steps",
            "Dear Nadia, thank you for your application for a home improvement loan. Please "
            "upload your two most recent payslips so we can continue.",
        ),
        (
            "Interview scheduled",
            "We have scheduled your interview for your application for citizenship on "
            "Monday, June 8 at 9:15 AM. Bring your residence card and passport.",
        ),
        (
            "Good news",
            "Dear Nadia, after your interview with the jury we are pleased to offer you a "
            "place in the Summer Writers' Residency (July 6 - August 14).",
        ),
        (
            "Founder interviews",
            "Hi Nadia, thanks for applying to the Harbor Accelerator spring cohort. We'd like "
            "to invite you to a 20-minute interview with two partners next week.",
        ),
    ],
)
def test_an_application_for_something_that_is_not_a_job_is_no_job_process(subject, text):
    assert not alone(text, subject)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your application",
            "Dear Nadia, thank you for applying for the Scholarship Programme Coordinator "
            "position. We would like to invite you to an interview on Tuesday, June 9 at "
            "10:00 AM.",
        ),
        (
            "Interview invitation",
            "Dear Nadia, thank you for your application for the Mortgage Loan Officer role. "
            "We would like to invite you to an interview on Thursday, June 11 at 2:00 PM.",
        ),
    ],
)
def test_a_job_whose_title_holds_those_words_is_still_a_job(subject, text):
    assert alone(text, subject, sender="Harriet Cole <harriet.cole@brightwater-bank.example>")


def test_a_talk_turned_down_by_a_conference_is_no_job_rejection():
    text = (
        "Dear Nadia, thank you for submitting your talk to CloudConf 2027. After careful "
        "review, we regret to inform you that we are unable to include it in this year's "
        "programme."
    )
    assert not alone(text, "Your CloudConf submission")


def test_a_lender_asking_for_a_document_is_no_job_application():
    text = (
        "Hi Nadia, your loan officer checked the payslip in your application and needs a "
        "newer one. Please replace it in the portal."
    )
    assert not alone(text, "Your application was reviewed: one payslip to replace")


# ----- interviews named for what they are: intake, stay, a housing board's, an oath


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your intake interview",
            "Dear Nadia, your intake interview with our physiotherapy team is on Monday, "
            "June 8 at 11:00 AM. Please bring a list of your current medication.",
        ),
        (
            "Stay interview",
            "Hi Nadia, I'm doing stay interviews with everyone on the team. Could we meet on "
            "Wednesday at 10 to talk about what keeps you here?",
        ),
        (
            "Your application",
            "Hello Nadia, a one-bedroom apartment is available and you are next on our list. "
            "We would like to set up an interview with two members of our board.",
        ),
        (
            "Ceremony scheduled",
            "Following your interview, you have been scheduled for an oath ceremony on "
            "Friday, June 19 at 10:00 AM.",
        ),
    ],
)
def test_an_interview_named_for_what_it_is_is_no_job_interview(subject, text):
    assert not alone(text, subject)


@pytest.mark.parametrize(
    "sender",
    [
        "Scholarships Team <scholarships@harlow-university.example>",
        "Fellowship Programme <fellowship@brightwater-trust.example>",
    ],
)
def test_mail_from_a_scholarship_or_fellowship_office_is_no_job_interview(sender):
    text = (
        "Dear Nadia, thank you for interviewing with the panel this morning. Finalists will "
        "hear from us by June 30."
    )
    assert not alone(text, "Thank you for interviewing", sender=sender)


# ----- a booking link to an ordinary meeting


def test_a_booking_link_to_a_customer_kickoff_call_is_no_interview():
    text = (
        "Hi Nadia, welcome aboard! Please pick a time for our kickoff call here: "
        "https://book.example/tara/kickoff - are you available this week? Next steps after "
        "the call: data import and training for your team."
    )
    assert not alone(text, "Let's book your kickoff call", sender="Tara <tara@ledgerwise.example>")


# ----- the seventh growth's second look: places offered, programmes joined, travel interviews


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Good news from Sunflower Daycare",
            "Hi Nadia, we're happy to offer Mateo a spot in the Sunflower Room starting May 4. "
            "Please accept or decline the offer by Friday.",
        ),
        (
            "Offer of a place - Oakridge Preschool",
            "Dear Nadia, we are pleased to offer Leo a place at Oakridge Preschool from "
            "September. Please reply by 20 May to accept.",
        ),
        (
            "Your mentoring application",
            "Hi Nadia, thank you for applying to the spring mentoring circle. The team has "
            "reviewed the applications and you've been selected as a mentee. Book your first "
            "session with Dana here: https://calendly.com/dana/30min",
        ),
        (
            "Your interview",
            "Your NEXUS membership has been conditionally approved. Please schedule your "
            "in-person interview with an officer at an enrolment centre.",
        ),
    ],
)
def test_a_place_offered_or_a_programme_joined_is_no_job(subject, text):
    assert not alone(text, subject)


def test_accepting_a_place_offered_for_a_child_is_no_job_decision():
    subject = "Offer of a place - Oakridge Preschool"
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-05-04")
    thread.message(ME, "Thank you, we are delighted to accept.", to=SENDER)
    assert not detect_interview(thread.build(), ME).interview


def test_a_place_on_a_graduate_programme_is_a_job_offer():
    text = (
        "Dear Nadia, we are delighted to offer you a place on our 2027 Graduate Trainee "
        "Programme as an Analyst, starting on 7 September."
    )
    assert alone(text, "Your offer", sender="Harriet Cole <harriet.cole@brightwater-bank.example>")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Nadia, your travel is booked.\nFlights: arriving Monday 6pm\nHotel stay\nInterview: "
        "Tuesday, June 9 at 10:00 AM with the hiring panel for the Data Analyst role.",
        "Hi Nadia, please stay for interview lunch with the team after your 10:00 AM panel "
        "interview for the Data Analyst role on Tuesday, June 9.",
    ],
)
def test_a_stay_that_is_not_said_of_the_interview_leaves_a_job_interview(text):
    assert alone(text, "Your onsite", sender="Harriet Cole <harriet.cole@brightwater-bank.example>")
