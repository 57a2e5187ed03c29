"""Whole processes from HR suites' and schedulers' printed default candidate emails (probe8:
frappe_hrms, calcom_booking), each reading fixed here written in other words than the corpus
thread, beside recall guards: the owner's own process in similar words still read right."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

LDN = "Europe/London"
LONDON = ZoneInfo(LDN)
ME = "jo.brennan@example.com"
RECRUITER = "Maren Holt <maren.holt@northpine.example>"
POLICY = Policy(timezone=LDN)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


# ----- an employer asking the candidate to book on a booking page: the candidate's turn


@pytest.mark.parametrize(
    "ask",
    [
        "Could you reserve a 30-minute slot through our booking page? "
        "https://savvycal.com/northpine/first-interview",
        "Grab whichever interview time suits you on my Microsoft Bookings page: "
        "https://outlook.office.com/bookwithme/user/5f2c9a/meetingtype/intro",
        "When you have a moment, choose a 45 minute interview on "
        "https://cal.com/northpine/interview and I'll send the details.",
        "Here is my booking link for the first conversation - any free time next week is fine: "
        "https://tidycal.com/marenholt/interview",
    ],
)
def test_an_invitation_to_book_on_a_booking_page_asks_the_candidate(ask):
    thread = a_thread(
        ME, subject="Operations Analyst - first interview", tz=LDN, start="2026-09-07 09:30"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nThanks for applying for the Operations Analyst role at Northpine - we'd "
        f"like to meet you.\n\n{ask}\n\nBest wishes,\nMaren Holt\nNorthpine",
    )
    facts, stage, advice = read(thread, "2026-09-07 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_booked_time_with_a_link_to_change_it_is_still_scheduled():
    # recall: the scheduler's own confirmation carries the same page to move or cancel
    thread = a_thread(
        ME, subject="Operations Analyst - first interview", tz=LDN, start="2026-09-07 09:30"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nThanks for applying for the Operations Analyst role at Northpine. Please "
        "pick a time for a first interview: https://cal.com/northpine/interview\n\nMaren",
    )
    thread.from_recruiter(
        "Maren Holt <no-reply@cal.com>",
        "Your event has been scheduled\n\nWhat\nFirst interview between Maren Holt and Jo "
        "Brennan\nWhen\nThursday, September 10, 2026 | 2:00pm - 2:45pm (Europe/London)\n\n"
        "Need to make a change? Reschedule or Cancel: https://cal.com/booking/7Hq2",
        at="2026-09-07 15:00",
        subject="Confirmed: First interview with Maren Holt at 2:00pm - 2:45pm, Thursday, "
        "September 10, 2026",
    )
    facts, stage, advice = read(thread, "2026-09-08 10:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Fernhill Salon <hello@fernhillsalon.example>",
            "Time for a trim?",
            "Hi Jo, it's been six weeks! Pick a time for your next cut on our booking page: "
            "https://cal.com/fernhill/cut",
        ),
        (
            "Oakridge Physio <clinic@oakridgephysio.example>",
            "Your follow-up appointment",
            "Dear Jo, please reserve a 30-minute follow-up through our booking page when your "
            "knee allows.",
        ),
    ],
)
def test_a_booking_page_outside_a_hiring_process_is_no_interview(sender, subject, body):
    thread = a_thread(ME, subject=subject, tz=LDN, start="2026-09-07 09:30")
    thread.from_recruiter(sender, body)
    facts, stage, advice = read(thread, "2026-09-07 12:00")
    assert not facts.interview


# ----- a word inside a link is no sentence: a notice's ".../reschedule/<id>" page


def _booked_notice(link: str) -> str:
    return (
        "Thank you for booking with us. Your details are below.\n\n"
        "Service: Warehouse Supervisor interview\nStaff: Maren Holt\n"
        "Start: 17/09/2026 11:00\nEnd: 17/09/2026 11:45\n\n"
        f"Manage your booking:\n{link}\n"
    )


@pytest.mark.parametrize(
    "link",
    [
        "https://meet.northpine.example/appointments/reschedule/a81f0c",
        "https://northpine.example/book/reschedule?id=77d2",
    ],
)
def test_a_reschedule_page_in_a_booking_notice_does_not_move_the_interview(link):
    thread = a_thread(
        ME, subject="Warehouse Supervisor - interview", tz=LDN, start="2026-09-10 09:30"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nThanks for applying for the Warehouse Supervisor job at Northpine. Please "
        "choose an interview slot here: https://meet.northpine.example/appointments\n\nMaren",
    )
    thread.from_recruiter(
        "Northpine Appointments <appointments@northpine.example>",
        _booked_notice(link),
        at="2026-09-10 14:00",
        subject="Booking confirmation",
    )
    facts, stage, advice = read(thread, "2026-09-11 10:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-09-17 11:00")
    assert advice.action is Action.PREPARE


def test_a_reschedule_said_in_words_beside_a_link_still_moves_the_interview():
    # recall: the employer's own sentence moves it, whatever links the mail carries
    thread = a_thread(
        ME, subject="Warehouse Supervisor - interview", tz=LDN, start="2026-09-10 09:30"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nYour interview for the Warehouse Supervisor job is booked for Thursday 17 "
        "September at 11:00. See you then!\n\nMaren",
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nI'm sorry, we need to reschedule your interview - could you do Monday 21 "
        "September at 15:00 instead? Manage it here: "
        "https://meet.northpine.example/appointments/reschedule/a81f0c\n\nMaren",
        at="2026-09-14 09:00",
    )
    facts, stage, advice = read(thread, "2026-09-14 12:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


# ----- a booking tool's "has been successfully booked" notice of an interview, read alone


def _alone(sender: str, subject: str, body: str):
    thread = a_thread(ME, subject=subject, tz=LDN, start="2026-09-14 08:30")
    thread.from_recruiter(sender, body)
    return read(thread, "2026-09-15 09:00")


@pytest.mark.parametrize(
    "body",
    [
        "Your booking has been successfully scheduled.\n\nType: Phone interview - Junior "
        "Buyer\nWith: Priya Desai, Talent Team\nDate: 22/09/2026\nTime: 15:00 - 15:30\n",
        "Great news - your slot has been successfully booked!\n\nEvent: Assessment day "
        "interview (Trainee Surveyor)\nWhen: 22/09/2026 15:00\nWhere: Bramwell & Co, 4 Quay "
        "Street, Bristol\n",
    ],
)
def test_a_successfully_booked_interview_notice_alone_is_a_scheduled_interview(body):
    facts, stage, advice = _alone(
        "Bramwell & Co <bookings@bramwellco.example>", "Booking details", body
    )
    assert facts.interview
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-09-22 15:00")
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Fernhill Salon <hello@fernhillsalon.example>",
            "Your appointment has been successfully booked!\n\nService: Cut and blow-dry\n"
            "Stylist: Anna\nStart: 22/09/2026 15:00\n",
        ),
        (
            "Oakridge Dental <reception@oakridgedental.example>",
            "Your check-up has been successfully scheduled for 22/09/2026 at 15:00.",
        ),
        (
            "The Ledger Podcast <bookings@ledgerpodcast.example>",
            "Your podcast interview has been successfully booked!\n\nShow: The Ledger - "
            "guest episode\nStart: 22/09/2026 15:00\n",
        ),
    ],
)
def test_a_successfully_booked_notice_of_no_job_is_no_interview(sender, body):
    facts, stage, advice = _alone(sender, "Booking details", body)
    assert not facts.interview


# ----- the host calling the interview off in the third person, through a tool


def _booked_then(notice: str):
    thread = a_thread(
        ME, subject="Second interview - Junior Buyer", tz=LDN, start="2026-09-14 08:30"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo,\n\nThanks for a great first conversation. Your second interview for the Junior "
        "Buyer role is booked for Tuesday 22 September at 15:00. See you then!\n\nMaren",
    )
    thread.from_recruiter(
        "Northpine Calendar <calendar@northpine.example>",
        notice,
        at="2026-09-18 16:00",
        subject="Interview update - Junior Buyer",
    )
    return thread


@pytest.mark.parametrize(
    "notice",
    [
        "Maren Holt has cancelled the Junior Buyer second interview that was set for Tuesday "
        "22 September at 15:00.",
        "Heads up: Maren Holt has canceled your Junior Buyer interview on 22 September.",
    ],
)
def test_the_host_has_cancelled_the_interview_is_no_interview_to_prepare(notice):
    facts, stage, advice = read(_booked_then(notice), "2026-09-21 09:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is not Action.PREPARE
    facts, stage, advice = read(_booked_then(notice), "2026-09-22 18:00")
    assert stage is not Stage.INTERVIEWED
    assert advice.action is not Action.SEND_THANK_YOU


def test_the_candidate_saying_a_friend_has_cancelled_leaves_the_interview_set():
    # recall: another plan called off, in the candidate's words, moves nothing
    thread = _booked_then("Thanks for the reminder, Maren.")
    thread.from_me(
        "Hi Maren, good news - my other appointment has cancelled, so Tuesday at 15:00 is "
        "easy for me. See you then!",
        at="2026-09-18 18:00",
    )
    facts, stage, advice = read(thread, "2026-09-21 09:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


# ----- a tool writing in its own name, the employer in its Reply-To


def _tool_notice(sender: str, reply_to: str):
    thread = a_thread(
        ME,
        subject="Date booked for Second interview - Junior Buyer",
        tz=LDN,
        start="2026-09-14 08:30",
    )
    thread.from_recruiter(
        sender,
        "Final date booked!\n\nMaren Holt has booked Second interview - Junior Buyer for the "
        "following date:\n\nTuesday, 22 September 2026\n15:00 - 16:00 (Europe/London)\n",
        reply_to=(reply_to,),
    )
    return read(thread, "2026-09-15 09:00")


def test_a_tool_in_its_own_name_is_not_the_employer_its_reply_to_is():
    facts, stage, advice = _tool_notice(
        "Pollwise <noreply@pollwise.example>", "Maren Holt <maren.holt@northpine.example>"
    )
    assert facts.interview
    assert facts.company == "Northpine"


def test_the_employers_own_no_reply_with_its_recruiter_in_reply_to_stays_the_employer():
    # recall: a company's own no-reply answered by its own recruiter
    facts, stage, advice = _tool_notice(
        "Northpine <no-reply@northpine.example>", "Maren Holt <maren.holt@northpine.example>"
    )
    assert facts.company == "Northpine"


# ----- a time the candidate asked for through a tool, still the employer's to accept


def _requested(notice: str, *more: tuple[str, str]):
    thread = a_thread(
        ME, subject="Interview request - Junior Buyer", tz=LDN, start="2026-09-14 08:30"
    )
    thread.from_recruiter("Northpine Bookings <bookings@northpine.example>", notice)
    for when, text in more:
        thread.from_recruiter("Northpine Bookings <bookings@northpine.example>", text, at=when)
    return thread


@pytest.mark.parametrize(
    "notice",
    [
        "Thanks - your interview request is pending approval.\n\nRequested time: Wednesday "
        "23 September 2026, 10:00 - 10:45\nInterviewer: Maren Holt (Junior Buyer role)\n",
        "Request received! Maren Holt still needs to approve your Junior Buyer interview on "
        "Wednesday 23 September 2026 at 10:00.",
        "Sorry - your interview request has been declined by Maren Holt.\n\nRequested: "
        "Junior Buyer interview, Wednesday 23 September 2026, 10:00\n",
    ],
)
def test_a_requested_time_awaiting_or_refused_by_the_employer_is_no_interview_set(notice):
    facts, stage, advice = read(_requested(notice), "2026-09-15 09:00")
    assert facts.interview
    assert stage is Stage.SCHEDULING
    assert facts.interview_start is None
    assert advice.action is not Action.PREPARE


def test_the_requested_time_once_approved_is_set():
    # recall: the tool's next notice, the time accepted, is the interview
    thread = _requested(
        "Your interview request is pending approval.\n\nRequested time: Wednesday "
        "23 September 2026, 10:00 - 10:45\nInterviewer: Maren Holt (Junior Buyer role)\n",
        (
            "2026-09-14 15:00",
            "Good news: your Junior Buyer interview has been confirmed for "
            "Wednesday 23 September 2026, 10:00 - 10:45, with Maren Holt.",
        ),
    )
    facts, stage, advice = read(thread, "2026-09-15 09:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-09-23 10:00")
    assert advice.action is Action.PREPARE


def test_a_stated_time_awaiting_the_candidates_confirmation_stays_stated():
    # recall: the employer's one time, to be confirmed by the candidate, is scheduled / reply
    thread = _requested(
        "Hi Jo, we'd like to invite you to interview for the Junior Buyer role on Wednesday 23 "
        "September 2026 at 10:00 with Maren Holt. We're awaiting your confirmation - please "
        "reply to confirm you can attend."
    )
    facts, stage, advice = read(thread, "2026-09-15 09:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


# ----- a question under a notice's details lines asks nothing about the time


@pytest.mark.parametrize(
    "question",
    ["Need to change it?", "Need to make a change?", "Can't make it anymore?"],
)
def test_a_change_question_under_booked_details_leaves_the_time_set(question):
    thread = a_thread(ME, subject="Junior Buyer interview", tz=LDN, start="2026-09-14 08:30")
    thread.from_recruiter(
        "Northpine Bookings <bookings@northpine.example>",
        "Your interview has been booked.\n\nWhat: Junior Buyer interview with Maren Holt\n"
        "When: Tuesday 22 September 2026, 15:00 - 15:45 (Europe/London)\n"
        f"{question} https://northpine.example/manage/x81\n",
    )
    facts, stage, advice = read(thread, "2026-09-15 09:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-09-22 15:00")
    assert advice.action is Action.PREPARE


def test_details_lines_then_a_question_about_them_still_offer_the_time():
    # recall: the time set out in lines and put to the candidate is still a question
    thread = a_thread(ME, subject="Junior Buyer interview", tz=LDN, start="2026-09-14 08:30")
    thread.from_recruiter(
        RECRUITER,
        "Hi Jo, we'd like to meet you for the Junior Buyer role.\n\nDate: Tuesday 22 "
        "September 2026\nTime: 15:00\nDoes that work for you?\n\nMaren",
    )
    facts, stage, advice = read(thread, "2026-09-15 09:00")
    assert advice.action is Action.REPLY
    assert stage in (Stage.SCHEDULING, Stage.SCHEDULED)
