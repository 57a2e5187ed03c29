"""Health and care hiring as the candidate receives it: nurse residencies, UK clock times in a
question, an agency relaying an offer, a course place applied for.

The health growth of the real-wording corpus (nurses, allied health, dental and veterinary
practices, NHS trusts, travel and locum agencies) found these rules; each is written here in
other words than the corpus's, as a person would write the mail. The look-alike that shares
the words stays no job.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import a_thread, read_alone

TZ = "Europe/London"
ZONE = ZoneInfo(TZ)
ME = "morgan.hale@example.com"
HOSPITAL = "Graduate Nurse Programme <gradnurses@bellhavenhealth.example>"
PRACTICE = "Practice Manager <manager@willowbankdental.example>"
AGENCY = "Sam Okoro <sam.okoro@meridiantravelnurses.example>"
TRAINING = "Course Bookings <courses@northshirelearning.example>"


def alone(text: str, subject: str, sender: str | None) -> bool:
    return read_alone(ME, text, subject=subject, sender=sender, tz=TZ)


# ----- a nurse residency is a hospital's first job for new nurses, not an admission


def test_a_nurse_residency_application_is_a_job_application():
    assert alone(
        "Hi Morgan, thank you for applying to the spring cohort of the Bellhaven Nurse Residency "
        "Program. We have your statement and both references. Program leaders will interview "
        "shortlisted applicants, and we will contact you about dates once applications close.",
        "Your Nurse Residency Program application",
        HOSPITAL,
    )


def test_a_cohort_of_a_programme_with_no_clinical_word_stays_no_job():
    assert not alone(
        "Hi Morgan, thank you for applying to the spring cohort of the Harbour Founders "
        "Accelerator. The selection panel will review pitch decks and contact you once "
        "applications close.",
        "Your Founders Accelerator application",
        "Accelerator Team <team@harbourfounders.example>",
    )


# ----- a UK clock with a dot ("5.30pm") belongs to the question it is in


def test_a_time_with_a_dot_in_a_question_asks_the_candidate():
    thread = a_thread(ME, tz=TZ, start="2027-02-01 11:00").from_recruiter(
        PRACTICE,
        "Dear Morgan, thank you for your CV. Could you come in to meet us on Wednesday "
        "3 February at 4.45pm?",
        subject="Dental receptionist vacancy",
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert [e.asks_candidate for e in facts.employer_messages] == [True]


# ----- an agency relays the employer's offer as sent through


def test_an_offer_the_agency_says_the_employer_sent_through_is_an_offer():
    thread = a_thread(ME, tz=TZ, start="2027-03-01 10:00").from_recruiter(
        AGENCY,
        "Morgan - Kingsford General sent the offer through this morning: 13 weeks in theatres, "
        "days, starting 5 April. Reply by Wednesday to accept and I'll lock it in.",
        subject="Theatres contract - Kingsford General",
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.OFFER


# ----- a place on a course applied for is no job


def test_an_application_for_a_course_place_is_no_job():
    assert not alone(
        "Dear Morgan, thank you for your application for the Wound Care Essentials course on "
        "Tuesday 9 March, 10am to 3pm. Your place is confirmed and your certificate of "
        "attendance will follow the course.",
        "Application received - Wound Care Essentials course",
        TRAINING,
    )


def test_an_application_for_a_job_that_mentions_a_course_stays_an_application():
    assert alone(
        "Dear Morgan, thank you for your application for the Clinical Educator post. The role "
        "includes teaching our induction course; we will contact shortlisted applicants by "
        "Friday 12 March.",
        "Application received - Clinical Educator",
        "Recruitment <recruitment@northshirehealth.example>",
    )
