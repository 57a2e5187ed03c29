"""Stages and actions said in other words than the phrase books', across many sources.

The fourteenth session's nine fresh batches and the rest of the real-wording corpus share
these shapes (an owner's offer with the job's terms, one stated time put to the reader to
confirm in a question); each is written here in other words than the corpus's, as a person
would write the mail.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

TZ = "America/Denver"
OWNER = "Marta Lind <marta@harbourbooks.example>"
SUBJECT = "Bookseller job"
MET = "Thanks for coming in to interview for the bookseller job on Tuesday - lovely to meet you."


def offer_facts(text: str):
    thread = (
        a_thread(subject=SUBJECT, tz=TZ)
        .from_recruiter(OWNER, MET + " I'll talk it over with Sam.", at="2027-05-04 17:00")
        .from_recruiter(OWNER, text, at="2027-05-07 10:00")
    )
    return thread_facts(thread.build(), ME, ZoneInfo(TZ))


# ----- an owner's offer in plain words, the job's terms beside it


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to have you - two evening shifts and Saturdays, $16 an hour. Could you start "
        "on the 17th?",
        "Good news, we would love to have you on our weekend crew as a bookseller.",
        "Sam and I agreed: we'd love to have you start Monday, May 17, at $16/hr.",
        "We'd love for you to join the Harbour Books crew. Here is our offer in writing: "
        "Bookseller, 30 hours a week, $18/hour, starting Monday, May 17.",
        "Sorry it took a few days! Here's the offer:\n\nBookseller, part-time\n$16/hour\n"
        "Start: Monday, May 17",
        "Following your interview, please find attached your letter of appointment as bookseller.",
    ],
)
def test_an_owner_offering_the_job_in_plain_words_is_an_offer(text):
    assert offer_facts(text).stage is Stage.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to have you in for a trial shift on Saturday, May 15 at 10am.",
        "We'd love to have you back to meet Sam on Friday at 2pm - does that work?",
        "We'd love for you to join the team for a paid trial morning on Saturday at 9.",
        "We'd love to have you on the shop's podcast as a guest some time.",
    ],
)
def test_a_further_meeting_asked_of_the_reader_is_no_offer(text):
    assert offer_facts(text).stage is not Stage.OFFER


# ----- one stated time put to the reader only to confirm, in a question

MANAGER = "Owen Clarke <owen@quayside.example>"


def stage_on_receipt(text: str, subject: str = "Trial shift at Quayside"):
    thread = a_thread(subject=subject, tz=TZ).from_recruiter(MANAGER, text, at="2027-05-03 10:00")
    facts = thread_facts(thread.build(), ME, ZoneInfo(TZ))
    return stage_at(facts, datetime(2027, 5, 3, 11, 0, tzinfo=ZoneInfo(TZ)))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the chat on Saturday. We'd like you to do a paid trial shift on Friday, May "
        "7, 6pm to 10pm, in the kitchen with Dev. Can you confirm you can make it?",
        "Good news - the hiring manager would like to interview you on Thursday 6 May at 11:00 "
        "at our office on Quay Street. Could you confirm that works for you?",
        "We'd have you in on Tuesday, May 11 from 9:00 to 13:00 for a working interview with "
        "the team. Can you let me know if that morning works for you?",
    ],
)
def test_one_stated_time_asked_only_to_be_confirmed_is_scheduled(text):
    assert stage_on_receipt(text) is Stage.SCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to interview you next week. Would Thursday 6 May at 11:00 work for you?",
        "We'd like to interview you. Can you confirm which of these works: Thursday 6 May at "
        "11:00 or Friday 7 May at 14:00?",
        "We'd like to interview you. Can you let me know if Thursday at 11:00 works, or "
        "suggest another time?",
    ],
)
def test_a_time_put_as_a_question_or_a_choice_is_still_being_arranged(text):
    assert stage_on_receipt(text) is Stage.SCHEDULING


def test_a_forwarded_letters_header_date_is_no_second_time():
    text = (
        "Hi, great news - see below. Can you confirm you can make Thu 06/05 at 14:00?\n\n"
        "Begin forwarded message:\n\nFrom: Ruth Amos <ruth.amos@tidemill.example>\n"
        "Date: 3 May 2027 at 09:41:07 MDT\nTo: Owen Clarke <owen@quayside.example>\n"
        "Subject: Invitation to interview - Lab Technician\n\nDear Sam,\n\nYou are invited to "
        "attend an interview on Thu 06/05 at 14:00 at our Tidemill site.\n\nPlease confirm "
        "through your agency whether you will attend."
    )
    assert stage_on_receipt(text, "Fwd: Invitation to interview - Lab Technician") is (
        Stage.SCHEDULED
    )


def test_the_time_to_answer_by_is_no_second_time_of_the_interview():
    text = (
        "We would like to invite you for an interview:\n\n- Time: 10:00, Tuesday, 18/05/2027\n"
        "- Location: 3rd floor, 8 Quay Street\n\nPlease confirm your attendance by replying to "
        "this email before 17:00 on 14/05/2027. If this time does not suit you, please suggest "
        "another time."
    )
    assert stage_on_receipt(text, "Interview Invitation - Tester") is Stage.SCHEDULED


# ----- an applicant-tracking system's status change that names the offer


def test_a_status_changed_to_offered_is_an_offer():
    thread = (
        a_thread(subject="Interview - Store Lead", tz=TZ)
        .from_recruiter(
            MANAGER,
            "We'd like to invite you to an interview on Tuesday 4 May at 10:00 at our Quay "
            "Street store. Please confirm your attendance.",
            at="2027-04-28 10:00",
        )
        .from_me("I confirm I will attend on Tuesday 4 May at 10:00.", at="2027-04-28 12:00")
        .from_recruiter(
            "JobLane <no-reply@joblane.example>",
            "Hi Sam,\n\nCongratulations! Quayside Stores has changed the status of your "
            "application for Store Lead to Offered.\n\nThe hiring manager will be in touch "
            "by email.",
            subject="Your application for Store Lead has been updated",
            at="2027-05-07 09:00",
        )
    )
    assert thread_facts(thread.build(), ME, ZoneInfo(TZ)).stage is Stage.OFFER


# ----- a "no" about an earlier role, in a letter that arranges a call about a new one


def test_an_old_no_in_a_letter_asking_times_for_a_new_role_is_no_rejection():
    thread = a_thread(subject="A new opening at Quayside", tz=TZ).from_recruiter(
        MANAGER,
        "Hi Sam, we met in March about the buyer role - we decided not to move forward with your "
        "application then, but a senior buyer post has just opened and I think it fits you "
        "well. Could you send me a few times next week that work for a 20-minute call?",
        at="2027-05-03 10:00",
    )
    assert thread_facts(thread.build(), ME, ZoneInfo(TZ)).stage is Stage.SCHEDULING
