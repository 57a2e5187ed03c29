"""Public-sector and programme hiring read as a process (dev's probe13 growth).

The probe13 families of the real-wording corpus (USA Staffing notices, Civil Service Jobs and a
district council, police, fire and county eligible-list letters, the JET Programme and the
Peace Corps) found these readings; each is written here as another office would write it,
beside mail in the same words that is no interview of the owner's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

DENVER = "America/Denver"
MT = ZoneInfo(DENVER)
ME = "sam.ortega@example.com"
HR = "Dana Ruiz <dana.ruiz@cityofpinebluff.example>"
POLICY = Policy(timezone=DENVER)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def one_letter(text: str, subject: str = "Budget Analyst - next step", sender: str = HR):
    return a_thread(ME, subject=subject, tz=DENVER, start="2026-06-01 09:00").from_employer(
        sender, text
    )


# ----- the reader told to get in touch to fix the interview's time


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's (Fed Jobs Made Easy's example invitation)
        "Ms. Ortega,\n\nYou have been selected to interview for the Budget Analyst position; "
        "please call 202-555-0143 or respond to this e-mail to arrange a time for your first "
        "conversation with our agency.\n\nDana Ruiz",
        # a British council's letter
        "Dear Sam,\n\nFollowing shortlisting I am pleased to tell you that you have been "
        "selected for interview. Kindly ring the HR office on 0161 555 0123 to book an "
        "interview slot.\n\nHR Services",
        # a county's referral from its eligible list, the contact before the request
        "You have been referred to the Parks Department for a selection interview. Contact "
        "Dana Ruiz at dana.ruiz@cityofpinebluff.example or (555) 010-2233 to schedule your "
        "interview appointment within ten days of this letter.",
        # a manager's own words
        "Hi Sam, we would like to interview you for the analyst role. Please get in touch "
        "with Priya on 020 7946 0000 to agree a mutually convenient time. Best, Dana",
        # interview days given, one to be chosen (the JET Desk's letter, other words)
        "Congratulations - you have been selected to proceed to the interview stage. "
        "Interviews will be held in Leeds on 3, 4 and 5 March. Please reply with your "
        "preferred date.",
    ],
)
def test_an_interview_whose_time_the_reader_is_asked_to_come_and_fix_is_being_arranged(text):
    facts, stage, advice = read(one_letter(text), "2026-06-01 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_the_employers_promise_to_arrange_a_time_asks_nothing():
    thread = one_letter(
        "Thank you for your application for the Budget Analyst position. If you are "
        "shortlisted, we will contact you to arrange a time for your interview.",
        subject="Your application - Budget Analyst",
    )
    _, stage, advice = read(thread, "2026-06-01 12:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.WAIT


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Your flu vaccination",
            "Your flu vaccination is due. Please call the surgery on 01234 567890 to arrange "
            "an appointment.",
            "Riverside Surgery <reception@riversidesurgery.example>",
        ),
        (
            "We missed you",
            "We tried to deliver your parcel today. Please reply to this email to arrange a "
            "time for redelivery.",
            "Parcel Desk <desk@parcels.example>",
        ),
    ],
)
def test_a_time_to_arrange_for_something_else_is_no_interview(subject, text, sender):
    facts, _, advice = read(one_letter(text, subject, sender), "2026-06-01 12:00")
    assert not facts.interview
    assert advice.action is Action.NONE


# ----- what to conclude from silence is no decision


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's (a district council's recruitment page)
        "Thank you for your application for the post of Planning Officer. If you have not "
        "heard from us within 21 days of the closing date, then please assume that you have "
        "not been selected for an interview.",
        "Thanks for applying. If you do not hear from us within four weeks of the closing "
        "date, please assume your application has been unsuccessful on this occasion.",
        "We have received your application. Should you not hear from us by 30 June, you may "
        "take it that you have not been shortlisted.",
        "Due to the high volume of applications, if you haven't been contacted within two "
        "weeks of the closing date your application was unsuccessful.",
    ],
)
def test_a_decision_said_only_as_what_silence_will_mean_is_no_rejection(text):
    thread = one_letter(text, subject="Your application - Planning Officer")
    _, stage, advice = read(thread, "2026-06-05 12:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.WAIT


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your patience. Unfortunately, your application has not been successful "
        "on this occasion. If you have any questions, please contact us.",
        "I'm sorry you have not heard from us sooner. We have now completed shortlisting and "
        "regret to inform you that you have not been shortlisted.",
    ],
)
def test_a_rejection_said_outright_beside_silence_words_stays_one(text):
    thread = one_letter(text, subject="Your application - Planning Officer")
    _, stage, advice = read(thread, "2026-06-05 12:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


# ----- a result's date said as a notice, an estimate or a count from the letter


def interviewed_then(text: str):
    """An oral board on Tuesday 2 June at 10:00, then the department's word the next day."""
    return (
        a_thread(ME, subject="Oral board - Firefighter", tz=DENVER, start="2026-05-20 09:00")
        .from_employer(
            HR,
            "Dear Sam,\n\nYour oral board interview is scheduled for Tuesday, June 2 at "
            "10:00 a.m. at the Fire Training Center.\n\nRecruitment",
        )
        .from_employer(HR, text, at="2026-06-03 09:00")
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the corpus's (a police department's recruit process page)
        (
            "You passed the oral board. Candidates selected to advance to the background "
            "investigation will be notified approximately 3 weeks from today.",
            "2026-06-24",
        ),
        (
            "Thank you for attending. You will be notified of the outcome two weeks from the "
            "date of this letter.",
            "2026-06-17",
        ),
        ("Interview results will be sent by email at the end of June.", "2026-06-30"),
        (
            "Your file is complete. You can expect to hear from the placement team in "
            "approximately 6-8 weeks.",
            "2026-07-29",
        ),
        ("Final results will be released within about four weeks.", "2026-07-01"),
    ],
)
def test_a_result_date_said_as_a_notice_or_an_estimate_is_the_decision_date(text, day):
    facts, stage, advice = read(interviewed_then(text), "2026-06-19 12:00")
    assert facts.employer_messages[-1].decision_by.date().isoformat() == day
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def test_the_readers_own_deadline_counted_from_the_letter_is_no_decision_date():
    text = (
        "Please submit your personal history questionnaire within 3 weeks from today; you will "
        "be notified of next steps."
    )
    facts, _, _ = read(interviewed_then(text), "2026-06-04 12:00")
    assert facts.employer_messages[-1].decision_by is None


# ----- the candidate saying the assigned time does not suit, and the time moved to confirm


def assigned_time():
    """An office assigns Wednesday 10 June at 2:00 p.m. without asking (Monday 1 June)."""
    return a_thread(ME, subject="Interview Scheduled - Budget Analyst", tz=DENVER).from_employer(
        HR,
        "Dear Sam,\n\nAn interview has been scheduled for you for the position of Budget "
        "Analyst on Wednesday, June 10, 2026 at 2:00 p.m. at City Hall, Room 3.\n\nDana Ruiz",
        at="2026-06-01 09:00",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's (Ask a Manager's suggested answer)
        "Thanks so much for the interview invitation. I'm very excited to meet with you, but "
        "I'm not available during the time you proposed. However, I'm available to meet "
        "Monday, June 15 or Tuesday, June 16.",
        "Thank you for inviting me to interview. Unfortunately I am unavailable on Wednesday "
        "as I will be abroad that week; could we look at the following Monday?",
        "Thanks, Dana. I won't be free at 2:00 pm on the 10th because of a work commitment - "
        "is there another slot later that week?",
    ],
)
def test_the_candidate_saying_the_assigned_time_does_not_suit_reopens_it(text):
    thread = assigned_time().from_me(text, at="2026-06-01 13:00")
    facts, stage, advice = read(thread, "2026-06-02 12:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT


@pytest.mark.parametrize(
    "text",
    [
        "Thank you - I'm available then and will be there on Wednesday at 2:00 p.m.",
        "Thank you, I'll be there on Wednesday. I'm not available for calls during work "
        "hours, so email is the best way to reach me.",
    ],
)
def test_the_candidate_taking_the_assigned_time_keeps_it(text):
    thread = assigned_time().from_me(text, at="2026-06-01 13:00")
    facts, stage, advice = read(thread, "2026-06-02 12:00")
    assert facts.interview_start == at("2026-06-10 14:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the corpus's
        (
            "We can move your interview to Monday, June 15 at 9:30 a.m., same location. "
            "Please confirm that this works for you.",
            Stage.SCHEDULED,
        ),
        (
            "No problem - we will reschedule you to Monday 15 June at 9:30 am, City Hall. "
            "Kindly reply to confirm this suits you.",
            Stage.SCHEDULED,
        ),
        # a time put as a question is still an offer
        (
            "We can move your interview to Monday, June 15 at 9:30 a.m. - would that work for you?",
            Stage.SCHEDULING,
        ),
    ],
)
def test_the_interview_moved_to_one_time_to_confirm_is_scheduled(text, stage):
    thread = (
        assigned_time()
        .from_me(
            "Thank you for the invitation. I'm not available during the time you proposed; "
            "I'm available Monday, June 15 or Tuesday, June 16.",
            at="2026-06-01 13:00",
        )
        .from_employer(HR, text, at="2026-06-02 10:00")
    )
    facts, got, advice = read(thread, "2026-06-02 12:00")
    assert got is stage
    assert advice.action is Action.REPLY
    if stage is Stage.SCHEDULED:
        assert facts.interview_start == at("2026-06-15 09:30")


# ----- not put before the hiring manager


def federal_application():
    return a_thread(ME, subject="Application Received: Program Analyst", tz=DENVER).from_employer(
        "USA Staffing <no-reply@usastaffing.gov>",
        "This notice acknowledges that we have received your application for Program "
        "Analyst, GS-0343-09. Your application will be reviewed after the announcement closes.",
        at="2026-06-01 09:00",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's (the ATF's answer, put into the notice)
        "Status: Eligible - Not Referred\n\nYou were eligible, but you were not referred to "
        "the hiring manager for this position.",
        "We have completed our review. Your application has not been referred to the selecting "
        "official for further consideration.",
        "Although you met the minimum qualifications, your application will not be referred to "
        "the hiring department because other candidates scored higher.",
    ],
)
def test_an_application_not_referred_to_the_hiring_manager_is_turned_down(text):
    thread = federal_application().from_employer(
        "USA Staffing <no-reply@usastaffing.gov>", text, at="2026-06-20 09:00"
    )
    _, stage, advice = read(thread, "2026-06-22 12:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        "Your application has been referred to the hiring manager for further consideration. "
        "Applicants who are not referred will be notified by email.",
        "If you are not referred to the selecting official, you will receive a Notice of "
        "Referral saying so.",
    ],
)
def test_referral_news_or_a_condition_is_no_rejection(text):
    thread = federal_application().from_employer(
        "USA Staffing <no-reply@usastaffing.gov>", text, at="2026-06-20 09:00"
    )
    _, stage, advice = read(thread, "2026-06-22 12:00")
    assert stage is Stage.APPLIED
    assert advice.action is Action.WAIT


# ----- the post not offered after the interview, a reserve list or not


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's
        "Thank you for attending your interview. You met the required standard at interview. "
        "However, on this occasion you have not been offered a post. You have been placed on "
        "the reserve list for 12 months.",
        "Following your interview, I'm sorry to say you haven't been offered the role this time.",
        "The panel has completed its assessments and you were not offered the position.",
    ],
)
def test_the_post_not_offered_after_the_interview_closes_it(text):
    thread = interviewed_then(text)
    _, stage, advice = read(thread, "2026-06-05 12:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        "Candidates who have not been offered a post will stay on the reserve list for a year.",
        "If you have not been offered a post by the end of the month, the list will be reviewed.",
    ],
)
def test_a_post_not_offered_to_others_or_as_a_condition_closes_nothing(text):
    thread = interviewed_then(text)
    _, stage, advice = read(thread, "2026-06-05 12:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT
