"""Job boards, agencies and hiring managers writing directly, read one message at a time.

The eighth growth of the real-wording corpus (campus and job boards relaying employers,
agency consultants, founders and small businesses writing without an ATS) found these
rules; each is written here in other words than the corpus's, as a person would write the
mail. Look-alikes sharing the words stay out.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import a_thread, read_alone

CT = "America/Chicago"
ME = "nadia.haddad@example.com"
RECRUITER = "Paul Adey <paul.adey@stonebridge-talent.example>"


def alone(text: str, subject: str = "Update", sender: str = RECRUITER, **fields) -> bool:
    """One message to the owner, read by itself: part of her own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=CT, **fields)


def mine_alone(text: str, subject: str) -> bool:
    """One message from the owner, read by itself."""
    return read_alone(ME, text, subject=subject, tz=CT, to=(RECRUITER,))


# ----- a job board relaying a person, or telling of an interview


def test_a_person_writing_through_a_job_board_is_the_employer_writing():
    sender = "Kevin Shaw via CareerBuilder <relay@careerbuilder.com>"
    assert alone(
        "Hello Nadia, would Monday at 3pm suit for a short call? I'll phone the number on "
        "your profile.",
        "New message",
        sender,
    )


def test_a_boards_notice_from_a_no_reply_address_is_still_no_employer():
    sender = "Kevin Shaw via LinkedIn <messages-noreply@linkedin.com>"
    assert not alone("Kevin Shaw viewed your profile. See who else is looking.", "Hi", sender)


def test_a_board_notice_of_an_interview_at_a_time_is_not_a_newsletter():
    assert alone(
        "Northgate Bank scheduled a video interview with you.\n\nMonday, June 8, 2026\n"
        "3:00 PM - 3:45 PM CDT\n\nYou're receiving this email because you have an active "
        "profile on Hired.",
        "Northgate Bank: new event",
        "Hired <notifications@hired.com>",
    )


def test_a_boards_workshop_newsletter_at_a_time_stays_a_newsletter():
    assert not alone(
        "Join our free interview skills workshop on Thursday, June 11 at 6:00 PM CDT.\n\n"
        "You're receiving this email because you subscribed to Hired updates.",
        "This week on Hired",
        "Hired <notifications@hired.com>",
        is_bulk=True,
    )


# ----- a recruiter fixing the call


# ----- sourcing in agencies' and founders' own words


def test_an_agency_asking_for_cv_salary_and_notice_is_sourcing():
    assert alone(
        "Greetings! We have an opening for a Site Reliability Engineer with our client in "
        "Pune. If interested, kindly send your updated resume with current CTC, expected CTC "
        "and notice period.",
        "Opening",
    )


def test_a_retained_search_is_sourcing():
    assert alone(
        "Nadia, I'm running a retained search for a Head of Finance at a family-owned "
        "retailer. Before I put you forward I'd like to hear what you're looking for. "
        "Could we speak this week?",
        "Head of Finance",
    )


def test_a_board_telling_that_an_employer_is_interested_in_you_for_a_job():
    assert alone(
        "Sola Health is interested in you for Product Designer. Accept to start a "
        "conversation with their team.",
        "Sola Health wants to talk",
        "Otta <hello@otta.com>",
    )


def test_a_founder_about_to_hire_asks_for_coffee():
    assert alone(
        "Hi Nadia! We're looking to hire our first data engineer at Brindle and I'd love to "
        "tell you about it. Coffee next week?",
        "hello",
        "Omar Reyes <omar@brindle.example>",
    )


def test_a_book_club_with_an_opening_is_no_job():
    assert not alone(
        "We have an opening in the book club for one more member. Would you like to join us "
        "on Thursday at 7?",
        "Book club",
        "Dee Ross <dee.ross@example.net>",
    )


# ----- an agency between the candidate and its client


def test_the_client_wanting_to_meet_you_at_one_of_two_times():
    assert alone(
        "Good news - Harlow's finance director has read your resume and would like to meet "
        "you. "
        "They can do Monday at 9 or Tuesday at 4. Which works better for you?",
        "Re: Analyst role",
    )


def test_a_prep_call_before_the_clients_interview():
    assert alone(
        "You're confirmed for Friday at 9:30 am with Hale Dental. Can we jump on a quick "
        "prep call on Thursday?",
        "Friday",
    )


def test_the_candidate_agreeing_to_be_submitted():
    assert mine_alone(
        "Yes, please go ahead and submit my resume to Harlow Labs for the analyst role.",
        "Re: Opportunity",
    )


def test_the_candidate_sending_salary_and_notice():
    assert mine_alone(
        "PFA resume. Current CTC 14 LPA, expected CTC 18 LPA, notice period 30 days.",
        "Re: Opening",
    )


# ----- an offer in an owner's words


def test_an_owner_asking_you_to_join_as_a_role_is_an_offer():
    assert alone(
        "We'd love to have you join us as our front-desk coordinator, 30 hours a week at "
        "$22/hour, from June 1.",
        "The job",
        "Mel Ortega <mel@ortegadental.example>",
    )


def test_a_boards_office_hours_about_interviews_is_no_interview_of_the_readers():
    assert not alone(
        "You're registered for Office Hours with Brightline Partners: bring your questions "
        "about how their interviews run. Tuesday, May 12, 5:00 PM - 6:00 PM CDT, online.",
        "You're registered",
        "Handshake <handshake@notifications.joinhandshake.com>",
    )


def test_the_candidate_taking_a_time_under_a_subject_that_names_the_job():
    assert mine_alone("I'll be there Thursday at 10. Thanks again!", "Re: Barista opening")


# ----- short answers whose only job is where they go, or what they name


def test_the_candidate_answering_an_employer_through_a_boards_relay_address():
    thread = a_thread(ME, subject="Re: New message from Jo Park", tz=CT, start="2026-05-04 09:00")
    thread.from_me("Friday at 2pm works for me, thanks!", to=("reply-4410@messages.monster.com",))
    assert detect_interview(thread.build(), ME).interview


def test_the_candidate_writing_to_a_friend_at_a_board_is_no_reply_to_a_relay():
    thread = a_thread(ME, subject="Re: lunch", tz=CT, start="2026-05-04 09:00")
    thread.from_me("Friday at 2pm works for me, thanks!", to=("Jo Park <jo.park@example.net>",))
    assert not detect_interview(thread.build(), ME).interview


def test_the_candidate_taking_a_time_for_a_call_the_reply_says_is_the_hiring():
    assert mine_alone(
        "4:15 tomorrow works for the call with your recruiter, thanks.", "Re: Thursday"
    )


def test_a_recruiter_signing_off_a_time_she_fixed():
    assert alone(
        "That's booked in, I'll ring you Friday at 9:30 am.\n\nLena Brooks\n"
        "Recruitment Consultant | Fairway Talent",
        "Re: Quick question",
        "Lena Brooks <lena.brooks@fairwaytalent.example>",
    )


# ----- the interview's time, when the board or the candidate is the one who settles it


def test_a_board_saying_you_are_signed_up_states_the_interview_time():
    thread = a_thread(ME, subject="Interview sign-up", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        "Campus Board <notices@campusboard.example>",
        "You are signed up for your interview with Pell & Rowe (Audit Associate).\n\n"
        "Tuesday, May 12, 2026, 1:15 PM - 1:45 PM CDT, Room 5\n\n"
        "Changes are possible until May 10.",
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start == datetime(2026, 5, 12, 13, 15, tzinfo=ZoneInfo(CT))
    assert facts.stage is Stage.SCHEDULED


def test_the_candidate_agreeing_to_the_time_the_employer_named_settles_it():
    thread = a_thread(ME, subject="Store supervisor", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        "Dee Marsh <dee@marshhardware.example>",
        "Thanks for applying for the store supervisor job. We would like to see you for an "
        "interview on Friday 8 May at 4.15pm at the Elm Street store. Please tell me whether "
        "that time is OK.",
    )
    thread.from_me("Friday 8 May at 4.15pm is fine with me, see you then.", at="2026-05-04 12:00")
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start == datetime(2026, 5, 8, 16, 15, tzinfo=ZoneInfo(CT))
    assert facts.stage is Stage.SCHEDULED


def test_the_candidate_naming_a_time_of_their_own_settles_nothing():
    thread = a_thread(ME, subject="Store supervisor", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        "Dee Marsh <dee@marshhardware.example>",
        "Thanks for applying for the store supervisor job. Could you come in to interview "
        "this week? Let me know what suits.",
    )
    thread.from_me("Friday 8 May at 4.15pm works for me.", at="2026-05-04 12:00")
    assert thread_facts(thread.build(), ME).interview_start is None


# ----- a rejection said as an offer to someone else


def test_offering_the_job_to_another_candidate_is_a_rejection():
    assert alone(
        "Hi Nadia, thanks for your time last week. We have decided to offer the job to a "
        "candidate with more retail experience. All the best.",
        "Your interview",
    )
    thread = a_thread(ME, subject="Your interview", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        RECRUITER,
        "Hi Nadia, thanks for your time last week. We have decided to offer the job to a "
        "candidate with more retail experience. All the best.",
    )
    assert thread_facts(thread.build(), ME).stage is Stage.REJECTED


def test_a_background_that_more_closely_matched_is_a_rejection():
    thread = a_thread(ME, subject="Lab technician", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        RECRUITER,
        "Hi Nadia, thank you for meeting us. We went a different way: the person we chose "
        "more closely matched what the lab needs.",
    )
    assert thread_facts(thread.build(), ME).stage is Stage.REJECTED


# ----- a call asked for is an interview being arranged


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying to Fenmore! Would you have time for a call on Monday?",
        "Thanks for your application to Fenmore. Would you be open to a call with our COO "
        "next week?",
    ],
)
def test_an_employer_asking_for_a_call_is_arranging_an_interview(text):
    thread = a_thread(ME, subject="Your application", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(RECRUITER, text)
    assert thread_facts(thread.build(), ME).stage is Stage.SCHEDULING


def test_the_candidate_taking_an_offered_slot_by_its_day_and_hour():
    thread = a_thread(ME, subject="Interview times", tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(
        RECRUITER,
        "The hiring manager can see you on Monday 11 May at 9am or Tuesday 12 May at 3pm. "
        "Which suits you better?",
    )
    thread.from_me("Tuesday at 3 please.", at="2026-05-04 11:00")
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start == datetime(2026, 5, 12, 15, 0, tzinfo=ZoneInfo(CT))
    assert facts.stage is Stage.SCHEDULED


# ----- the candidate's short answers: an hour for tomorrow, a slot with "please", an
# approach answered


def test_the_candidate_taking_an_hour_tomorrow_through_a_boards_relay():
    thread = a_thread(ME, subject="Re: New message from Ana Ruiz", tz=CT, start="2026-05-04 09:00")
    thread.from_me("10 tomorrow works, speak then.", to=("reply-88@messages.monster.com",))
    assert detect_interview(thread.build(), ME).interview


def test_the_candidate_asking_for_a_day_and_hour_with_please():
    assert mine_alone("Thursday at 4 please, thank you.", "Re: Store Manager - Fenmore")


def test_the_candidate_answering_an_approach_with_a_time_that_would_suit():
    assert mine_alone(
        "Thanks for getting in touch. I'm not actively looking, but I'm open to a "
        "conversation. Monday at 7am PT would suit.",
        "Re: Confidential",
    )


def test_a_friend_saying_a_time_would_suit_is_no_answer_to_an_approach():
    assert not mine_alone("Monday at 7am would suit, see you at the pool.", "Re: swim")
