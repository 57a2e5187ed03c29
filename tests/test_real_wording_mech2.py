"""Whole processes from academic searches, consulting and banking recruiting, IT contract
staffing and startup take-homes (dev's mech2 families): the thread-level readings they found.

Each rule is written here in other words than the corpus's, as a person would write the mail,
with look-alikes that share the words and must stay unread.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread, read_alone

NEW_YORK = "America/New_York"
NY = ZoneInfo(NEW_YORK)
ME = "noor.hassan@example.com"
RECRUITER = "Sanjay Iyer <sanjay.iyer@vertexit.example>"
COORDINATOR = "Megan Walsh <mwalsh@harlowpierce.example>"
POLICY = Policy(timezone=NEW_YORK)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NY)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return stage_at(facts, moment), advise(facts, moment, POLICY)


def alone(text: str, subject: str, sender: str | None = RECRUITER) -> bool:
    """One message, read by itself: part of the owner's own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=NEW_YORK)


# ----- a refusal for want of something the reader can still give is no decision


@pytest.mark.parametrize(
    "sentence",
    [
        "The RTR is your consent for us to submit your profile to client, without it we can not "
        "move forward.",
        "We cannot proceed with your application until we receive the signed RTR.",
        "Without your updated resume we are unable to move forward.",
        "We won't be able to move your profile forward unless you confirm the rate.",
    ],
)
def test_a_requirement_is_not_a_rejection(sentence):
    thread = a_thread(
        ME, subject="Java Developer - remote - C2C", tz=NEW_YORK, start="2027-02-02 09:00"
    )
    thread.from_recruiter(
        RECRUITER,
        f"Hi Noor,\n\nHope you are doing well. Please share your work authorization and rate. "
        f"{sentence}\n\nThanks,\nSanjay",
    )
    stage, advice = read(thread, "2027-02-02T12:00:00")
    assert stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


@pytest.mark.parametrize(
    "sentence",
    [
        "Unfortunately we can not move forward with your application.",
        "We have decided not to proceed. Unless a new role opens, we will keep your CV on file.",
        "Client decided to go with other candidate whose experience is more closer to their need.",
        "We want to let you know that we have filled our postdoctoral position(s) for the coming "
        "year.",
        "We've now filled the two Analyst roles.",
    ],
)
def test_a_decision_stays_a_rejection(sentence):
    thread = a_thread(
        ME, subject="Java Developer - remote - C2C", tz=NEW_YORK, start="2027-02-02 09:00"
    )
    thread.from_recruiter(RECRUITER, f"Hi Noor,\n\n{sentence}\n\nSanjay")
    stage, advice = read(thread, "2027-02-02T12:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_a_post_filled_only_as_a_condition_is_no_rejection():
    thread = a_thread(ME, subject="Postdoc position", tz=NEW_YORK, start="2027-02-02 09:00")
    thread.from_recruiter(
        RECRUITER,
        "Dear Noor,\n\nThank you for your application. Once we have filled the position we will "
        "close the posting; we hope to interview in March.\n\nBest",
    )
    stage, _ = read(thread, "2027-02-02T12:00:00")
    assert stage is not Stage.REJECTED


# ----- the social evening before a selection day is no deadline for its time


@pytest.mark.parametrize(
    "evening",
    [
        "There is an informal dinner with the team the night before (Thursday, February 4, "
        "7:00 pm).",
        "Please join us for drinks on Thursday evening at 6:30 pm with current analysts.",
    ],
)
def test_a_superday_with_its_evening_social_is_scheduled(evening):
    thread = a_thread(ME, subject="Superday invitation", tz=NEW_YORK, start="2027-01-25 11:00")
    thread.from_recruiter(
        COORDINATOR,
        "Hi Noor,\n\nWe'd like you to join our Superday at the New York office on Friday, "
        f"February 5. The day runs from 8:30 am to about 2:00 pm. {evening}\n\nMegan",
    )
    thread.from_me("Thank you! I'll be there on the 5th.", at="2027-01-25 13:00")
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start == at("2027-02-05T08:30:00")
    stage, advice = read(thread, "2027-01-26T09:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_reply_by_deadline_is_no_interview_time():
    thread = a_thread(ME, subject="Superday invitation", tz=NEW_YORK, start="2027-01-25 11:00")
    thread.from_recruiter(
        COORDINATOR,
        "Hi Noor,\n\nWe'd like you to join our Superday on Friday, February 5 at 8:30 am. "
        "Please confirm before Wednesday, January 27 at 5:00 pm.\n\nMegan",
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start != at("2027-01-27T17:00:00")


# ----- the selection days of banks, consultancies and universities are what one is invited to


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Graduate scheme - next stage",
            "Dear Noor, congratulations on reaching the final stage. We would like to invite you "
            "to an Assessment Day at our Leeds office on Tuesday 9 March.",
        ),
        (
            "Summer analyst programme",
            "Hi Noor, the team would love to invite you to our Superday on Friday 12 February.",
        ),
        (
            "Assistant Professor search",
            "Dear Dr. Hassan, the committee is pleased to invite you for a campus visit in late "
            "February.",
        ),
    ],
)
def test_an_invitation_to_a_selection_day_is_read(subject, text):
    assert alone(text, subject, sender=COORDINATOR)


def test_a_campus_visit_for_a_seminar_is_no_job():
    assert not alone(
        "Dear Noor, thank you for agreeing to give our department seminar on March 10. We "
        "usually make the hotel reservations; please send a title and abstract.",
        "Seminar visit - March 10",
        sender="Prof. Alan Brandt <abrandt@atmos.example.edu>",
    )


# ----- a take-home by another name is a step of the process


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Technical challenge - Backend Engineer",
            "Hello Noor! We are very excited that you have elected to take on our technical "
            "challenge. Open a pull request when you are done.",
        ),
        (
            "Next step - Frontend Engineer",
            "Hi Noor, as discussed, here is our code challenge. Please send it back within five "
            "days.",
        ),
        (
            "Assignment for the Data Engineer role",
            "Hi Noor, please complete the assignment in the repository we shared and submit it "
            "by Friday.",
        ),
    ],
)
def test_a_work_sample_set_to_the_reader_is_read(subject, text):
    assert alone(text, subject, sender="Galyna Koval <galyna@amazetransit.example>")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "CS 201 - Assignment 3",
            "Hi all, please complete the assignment on linked lists and submit it by Friday. "
            "Office hours are on Thursday.",
        ),
        (
            "Your weekly challenge",
            "Complete this week's fitness challenge and earn a badge!",
        ),
    ],
)
def test_homework_and_challenges_that_name_no_job_stay_unread(subject, text):
    assert not alone(text, subject, sender="Course Staff <cs201@university.example.edu>")


# ----- an interview named with a day still to come has not happened


def test_an_interview_named_with_its_coming_day_has_not_happened():
    thread = a_thread(ME, subject="Your interview visit", tz=NEW_YORK, start="2027-02-15 10:00")
    thread.from_recruiter(
        "Janet Reyes <jreyes@brightwater.example>",
        "Dear Dr. Hassan,\n\nI'll be arranging your travel for your interview on Thursday, "
        "March 4. Could you send me an abstract and a short bio?\n\nJanet",
    )
    stage, advice = read(thread, "2027-02-15T12:00:00")
    assert stage is not Stage.INTERVIEWED
    assert advice.action is Action.REPLY


def test_an_interview_named_with_its_past_day_has_happened():
    thread = a_thread(ME, subject="Your interview", tz=NEW_YORK, start="2027-03-10 10:00")
    thread.from_recruiter(
        "Janet Reyes <jreyes@brightwater.example>",
        "Dear Dr. Hassan,\n\nThank you for your interview on Thursday, March 4. The committee "
        "will meet next week.\n\nJanet",
    )
    stage, _ = read(thread, "2027-03-10T12:00:00")
    assert stage is Stage.INTERVIEWED


# ----- an agency's submission to its client is the reader's application


@pytest.mark.parametrize(
    "text",
    [
        "Hi Noor, good day! I have submitted your profile for the Salesforce Developer contract "
        "at Cobalt Freight. You will receive an email, kindly confirm immediately.",
        "Hi Noor, please reply with the Right to Represent below so we can submit you to the "
        "client for the QA Lead role.",
    ],
)
def test_an_agency_submission_is_an_application(text):
    assert alone(text, "Salesforce Developer - 6 months contract")


def test_availability_for_the_contract_asks_no_time():
    thread = a_thread(
        ME, subject="Salesforce Developer - contract", tz=NEW_YORK, start="2027-03-01 09:00"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Noor, I have submitted your profile for the Salesforce Developer role at Cobalt "
        "Freight. Please confirm the pay rate and your availability for the full contract "
        "duration.",
    )
    thread.from_me("Done, confirmed both.", at="2027-03-01 12:00")
    stage, advice = read(thread, "2027-03-02T10:00:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.WAIT


def test_availability_for_an_interview_is_still_asked():
    thread = a_thread(
        ME, subject="Salesforce Developer - contract", tz=NEW_YORK, start="2027-03-01 09:00"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Noor, the client liked your profile. Please send your availability for the "
        "interview with the hiring manager next week.",
    )
    stage, advice = read(thread, "2027-03-01T12:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


# ----- one stated time, the reader asked to confirm being free then: scheduled, reply


@pytest.mark.parametrize(
    "ask",
    [
        "Kindly confirm you are available.",
        "Kindly confirm your availability ASAP so I can block the slot.",
        "Please let us know if you will be free then.",
    ],
)
def test_one_time_to_confirm_being_free_is_scheduled(ask):
    thread = a_thread(ME, subject="First round interview", tz=NEW_YORK, start="2027-01-08 12:00")
    thread.from_recruiter(
        COORDINATOR,
        "Dear Noor,\n\nWe would like to invite you to a first round interview at our office on "
        f"Monday, January 11 at 10:00 am. {ask}\n\nMegan",
    )
    stage, advice = read(thread, "2027-01-08T13:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


def test_availability_for_one_of_several_times_is_still_a_choice():
    thread = a_thread(ME, subject="First round interview", tz=NEW_YORK, start="2027-01-08 12:00")
    thread.from_recruiter(
        COORDINATOR,
        "Dear Noor,\n\nWe can offer Monday, January 11 at 10:00 am or Tuesday, January 12 at "
        "2:00 pm. Kindly confirm your availability for one of these.\n\nMegan",
    )
    stage, advice = read(thread, "2027-01-08T13:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


# ----- the company behind a graduate scheme's recruitment team


@pytest.mark.parametrize(
    "sender",
    [
        "Thornbury Advisory Graduate Recruitment <graduates@thornbury.example>",
        "Thornbury Advisory Campus Recruiting <campus@thornbury.example>",
        "Thornbury Advisory Recruitment <jobs@thornbury.example>",
    ],
)
def test_a_graduate_recruitment_team_names_its_company(sender):
    thread = a_thread(ME, subject="Invitation to our Assessment Day", tz=NEW_YORK)
    thread.from_recruiter(
        sender,
        "Dear Noor,\n\nWe would like to invite you to an Assessment Day at our office on "
        "Wednesday, March 10 at 9:00 am. Please confirm your attendance.\n\nGraduate team",
    )
    assert thread_facts(thread.build(), ME).company == "Thornbury Advisory"


def test_a_university_recruitment_office_keeps_its_university():
    thread = a_thread(ME, subject="Interview invitation - Research Assistant", tz=NEW_YORK)
    thread.from_recruiter(
        "Kingsmere University Recruitment <recruitment@kingsmere.example>",
        "Dear Noor,\n\nWe would like to invite you to an interview on Wednesday, March 10 at "
        "9:00 am. Please confirm your attendance.\n\nRecruitment team",
    )
    assert thread_facts(thread.build(), ME).company == "Kingsmere University"


# ----- a campus visit's travel times are not the interview's; its job talk is


def _finalist_visit(travel: str):
    thread = a_thread(
        ME, subject="History search - campus visit", tz=NEW_YORK, start="2027-01-11 14:00"
    )
    thread.from_recruiter(
        "Grace Whitfield <gwhitfield@marlow.example>",
        "Dear Dr. Hassan,\n\nThe committee has selected you as a finalist for the position of "
        "Assistant Professor of History. Would February 1-2 or February 8-9 suit you for the "
        "campus interview?\n\nGrace",
    )
    thread.from_me("February 8-9 would be ideal. Thank you!", at="2027-01-11 19:00")
    thread.from_recruiter(
        "Sam Price <sprice@marlow.example>",
        f"Hi Noor,\n\n{travel} Your job talk is Monday, February 8 at 3:30 pm in Hale Hall "
        "101.\n\nSam",
        at="2027-01-13 10:00",
    )
    return thread


@pytest.mark.parametrize(
    "travel",
    [
        "I've booked you on the flight arriving Sunday, February 7 at 6:15 pm; a driver will "
        "meet you at arrivals.",
        "The hotel shuttle will pick you up at the airport on Sunday, February 7 around 8 pm.",
        "Your flight leaves Boston on Sunday, February 7 at 4:05 pm.",
    ],
)
def test_the_job_talk_is_the_interview_not_the_flight(travel):
    thread = _finalist_visit(travel)
    assert thread_facts(thread.build(), ME).interview_start == at("2027-02-08T15:30:00")
    stage, advice = read(thread, "2027-01-14T09:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE
    stage, advice = read(thread, "2027-02-15T10:00:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def test_a_driver_taking_the_reader_to_the_interview_keeps_its_time():
    thread = a_thread(ME, subject="Your interview", tz=NEW_YORK, start="2027-01-13 10:00")
    thread.from_recruiter(
        "Sam Price <sprice@marlow.example>",
        "Hi Noor,\n\nOur driver will bring you to your interview on Monday, February 8 at "
        "9:00 am.\n\nSam",
    )
    assert thread_facts(thread.build(), ME).interview_start == at("2027-02-08T09:00:00")


def test_a_talk_that_is_no_job_stays_unread():
    assert not alone(
        "Hi Noor, thanks for agreeing to give a talk at our meetup on Monday, February 8 at "
        "6:30 pm. The venue is on the second floor.",
        "Meetup talk - February 8",
        sender="Dev Meetup <hello@devmeetup.example>",
    )


def test_an_airport_in_the_address_keeps_the_time():
    thread = a_thread(ME, subject="First officer interview", tz=NEW_YORK, start="2027-10-08 10:00")
    thread.from_recruiter(
        "Crew Recruiting <crew@blueridge.example>",
        "Hi Noor,\n\nWe would like you to present yourself at the company headquarters, 4100 "
        "Airport Parkway, on Wednesday, October 13 at 8:00 a.m. for a short written test, then "
        "a short interview with two captains.\n\nCrew Recruiting",
    )
    assert thread_facts(thread.build(), ME).interview_start == at("2027-10-13T08:00:00")


# ----- an IT vendor writes about its client, whatever its domain


@pytest.mark.parametrize(
    "terms",
    [
        "Rate on C2C: $62/hr. Please reply with the RTR below.",
        "The Right to Represent is your consent for us to submit your profile to client.",
        "This is through our implementation partner; please confirm your rate.",
    ],
)
def test_a_vendor_names_its_client(terms):
    thread = a_thread(
        ME,
        subject="Java Developer - Brightline Insurance - Remote",
        tz=NEW_YORK,
        start="2027-02-02",
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Noor,\n\nHope you are doing well. As discussed, I am submitting you for the Java "
        f"Developer position at Brightline Insurance. {terms}\n\nThanks & Regards,\nSanjay",
    )
    assert thread_facts(thread.build(), ME).company == "Brightline Insurance"


def test_a_direct_employer_naming_a_customer_keeps_its_name():
    thread = a_thread(ME, subject="Interview - Consultant", tz=NEW_YORK, start="2027-02-02")
    thread.from_recruiter(
        "Priya Shah <priya.shah@harlowpierce.example>",
        "Hi Noor,\n\nThanks for applying to Harlow Pierce. We'd like to invite you to an "
        "interview on Monday, February 8 at 10:00 am. You'd be working on site with our "
        "client, Brightline Insurance.\n\nPriya",
    )
    assert thread_facts(thread.build(), ME).company == "Harlow Pierce"


@pytest.mark.parametrize(
    "line",
    [
        "Confirm your interest in this position at Cobalt Freight Systems by clicking Review & "
        "Apply.",
        "Please confirm your interest in the contract by replying to this email.",
    ],
)
def test_a_platform_asking_to_confirm_interest_awaits_a_reply(line):
    thread = a_thread(
        ME, subject="Salesforce Developer - contract", tz=NEW_YORK, start="2027-03-01 09:00"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Noor, I have submitted your profile for the Salesforce Developer role at Cobalt "
        f"Freight Systems. {line}",
    )
    stage, advice = read(thread, "2027-03-01T12:00:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.REPLY


def test_thanks_for_confirming_interest_asks_nothing():
    thread = a_thread(
        ME, subject="Salesforce Developer - contract", tz=NEW_YORK, start="2027-03-01 09:00"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Noor, I have submitted your profile for the Salesforce Developer role at Cobalt "
        "Freight Systems. Thank you for confirming your interest; I will update you.",
    )
    stage, advice = read(thread, "2027-03-01T12:00:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.WAIT
