"""Enterprise and mid-market HR suites' candidate mail, read as whole processes (probe12).

probe12's growth of the real-wording corpus (successfactors_processes,
taleo_scheduling_center, silkroad_recruiting, hr_suite_processes) found these readings: an
appointment "canceled by the recruiter" read as a rejection, "thank you for booking your
interview" read as the interview having happened, a reschedule notice's old time taken with
its new one, "Reschedule here:" under a booking read as a question, an ATS receipt that says
"resume" instead of "application", and "your experience doesn't fit our needs" unread. Each is
written here in other words than the corpus's threads too, with a guard that must stay as it
was.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CHICAGO = "America/Chicago"
CT = ZoneInfo(CHICAGO)
ME = "owen.fairley@example.net"
HR = '"Northgate Medical Supply Recruiting" <no-reply@successfactors.com>'
RECRUITER = "Renee Soto <renee.soto@northgatemedical.example>"
POLICY = Policy(timezone=CHICAGO)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME, CT)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def thread(subject: str = "Interview - Inventory Control Analyst", start: str = "2026-10-01 09:00"):
    return a_thread(ME, subject=subject, tz=CHICAGO, start=start)


BOOKED = (
    "Hello Owen,\n\nYour interview for Inventory Control Analyst is confirmed.\n\n"
    "Date: Thursday, October 8, 2026\nTime: 10:00 AM - 11:00 AM CDT\n\nRenee Soto"
)


# ----- "we regret to inform you that your appointment ..." is news of the time, not a no


def _cancelled(text: str):
    return (
        thread()
        .from_employer(HR, BOOKED, at="2026-10-01 09:00")
        .from_employer(HR, text, at="2026-10-06 16:00")
    )


def test_an_appointment_canceled_by_the_recruiter_is_no_rejection():
    text = (
        "Dear Owen,\n\nWe regret to inform you that your appointment on Thursday, October 8, "
        "2026 at 10:00 AM (Central Time) has been canceled by the recruiter.\n\nYou will "
        "shortly receive a new invitation to book another appointment."
    )
    facts, stage, advice = read(_cancelled(text), "2026-10-07T09:00:00")
    assert facts.interview
    assert stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def test_an_interview_called_off_for_illness_in_british_words_is_no_rejection():
    text = (
        "Dear Owen,\n\nWe regret to inform you that your interview with Mr Hale on Thursday "
        "has had to be cancelled as he is unwell. We will be in touch shortly with a new date."
    )
    _, stage, advice = read(_cancelled(text), "2026-10-07T09:00:00")
    assert stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def test_a_postponed_video_interview_with_a_new_slot_to_pick_is_no_rejection():
    text = (
        "Hi Owen - regret to inform you that your scheduled video interview for Thursday is "
        "postponed. Please pick a new slot using the link in your candidate portal."
    )
    _, stage, advice = read(_cancelled(text), "2026-10-07T09:00:00")
    assert stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


def test_regret_said_of_the_application_is_still_a_rejection():
    for text in (
        "Dear Owen,\n\nWe regret to inform you that your application for the interview stage "
        "was not taken further.",
        "Dear Owen,\n\nWe regret to inform you that your candidacy for Inventory Control "
        "Analyst will not be progressed.",
    ):
        _, stage, advice = read(_cancelled(text), "2026-10-07T09:00:00")
        assert stage is Stage.REJECTED, text
        assert advice.action is Action.CLOSED, text


# ----- thanks for booking is said before the interview, not after it


def _booked_with_thanks(text: str):
    return thread().from_employer(HR, text, at="2026-10-02 08:05")


def test_thanks_for_booking_your_interview_states_a_coming_interview():
    text = (
        "Hello Owen,\n\nThank you for booking your interview for Inventory Control Analyst "
        "(5120).\n\nThursday, October 8, 2026\n10:00 AM - 11:00 AM CDT\n\nIf you need to "
        "change this, use Reschedule on the career site at least 24 hours before the interview."
    )
    facts, stage, advice = read(_booked_with_thanks(text), "2026-10-05T12:00:00")
    assert facts.interview_start == at("2026-10-08T10:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_thanks_for_selecting_a_time_to_speak_is_no_interview_held():
    text = (
        "Hi Owen, thanks for selecting a time to speak with our hiring team - we've got you "
        "down for Thursday 8 October at 2:30pm."
    )
    facts, stage, _ = read(_booked_with_thanks(text), "2026-10-05T12:00:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-10-08T14:30:00")


def test_thanks_for_confirming_your_interview_slot_is_no_interview_held():
    text = "Thank you for confirming your interview slot: Thursday 8 October, 11:00."
    _, stage, _ = read(_booked_with_thanks(text), "2026-10-05T12:00:00")
    assert stage is not Stage.INTERVIEWED


def test_the_employers_thanks_for_meeting_still_dates_the_interview():
    text = "Hi Owen, thank you for meeting with the team yesterday. We'll be in touch next week."
    facts, stage, _ = read(
        thread().from_employer(RECRUITER, text, at="2026-10-09 10:00"), "2026-10-09T12:00:00"
    )
    assert stage is Stage.INTERVIEWED
    assert facts.interview_start is not None and facts.interview_start.date().day == 8


# ----- a reschedule notice names the old time in a sentence; the new one is the interview


def _moved(text: str):
    return (
        thread()
        .from_employer(HR, BOOKED, at="2026-10-01 09:00")
        .from_employer(HR, text, at="2026-10-06 16:40")
    )


def test_the_time_booked_before_is_not_the_rescheduled_interview():
    text = (
        "Hello Owen,\n\nYou have rescheduled your interview for Inventory Control Analyst.\n\n"
        "Your new interview time:\nMonday, October 12, 2026\n1:30 PM - 2:30 PM CDT\n\n"
        "The time you booked before (Thursday, October 8, 10:00 AM) has been released."
    )
    facts, stage, _ = read(_moved(text), "2026-10-09T12:00:00")
    assert facts.interview_start == at("2026-10-12T13:30:00")
    assert stage is Stage.SCHEDULED


def test_an_original_slot_no_longer_held_is_not_the_interview():
    text = (
        "Hi Owen, your interview has been moved to Monday 12 October at 1:30 PM CDT. Your "
        "original slot on Thursday 8 October at 10:00 AM is no longer held."
    )
    facts, _, _ = read(_moved(text), "2026-10-09T12:00:00")
    assert facts.interview_start == at("2026-10-12T13:30:00")


def test_an_appointment_previously_booked_is_not_the_interview():
    text = (
        "Dear Owen, your interview is now confirmed for Monday, October 12 at 1:30 PM. The "
        "appointment you had previously booked for Thursday, October 8 at 10:00 AM has been "
        "released."
    )
    facts, _, _ = read(_moved(text), "2026-10-09T12:00:00")
    assert facts.interview_start == at("2026-10-12T13:30:00")


def test_arriving_before_the_interview_leaves_its_time_standing():
    text = (
        "Dear Owen, your interview is confirmed for Monday, October 12 at 1:30 PM. Please "
        "arrive 10 minutes before your interview and check in at reception."
    )
    facts, _, _ = read(_moved(text), "2026-10-09T12:00:00")
    assert facts.interview_start == at("2026-10-12T13:30:00")


# ----- "Reschedule here:" under a booked interview asks nothing


def _booked_notice(change_line: str):
    text = (
        "Hi Owen,\n\nYour phone interview is booked.\n\nWednesday, October 14, 2026\n"
        "2:30 PM - 3:00 PM (CDT)\nInterviewer: Renee Soto\nRenee will call you at "
        f"(312) 555-0148.\n\n{change_line}"
    )
    return thread().from_employer(HR, text, at="2026-10-09 13:48")


def test_a_booked_interview_with_a_reschedule_here_link_asks_nothing():
    line = (
        "Need a different time? Reschedule here: "
        "https://recruiting.example/self-schedule/7f3a2c/reschedule"
    )
    facts, stage, advice = read(_booked_notice(line), "2026-10-12T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE
    assert facts.interview_start == at("2026-10-14T14:30:00")


def test_a_booked_interview_you_can_cancel_using_a_link_asks_nothing():
    line = (
        "Can't make it? You can cancel using this link: https://recruiting.example/self-schedule/7f"
    )
    _, stage, advice = read(_booked_notice(line), "2026-10-12T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_booked_interview_to_reschedule_use_the_button_asks_nothing():
    line = "To reschedule, use the button below.\nhttps://recruiting.example/self-schedule/7f3a2c"
    _, stage, advice = read(_booked_notice(line), "2026-10-12T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_link_to_choose_a_time_still_asks_the_reader():
    text = (
        "Hi Owen,\n\nRenee Soto would like to schedule a 30-minute phone interview with you. "
        "Please use the link below to choose a time that works for you:\n\n"
        "https://recruiting.example/self-schedule/7f3a2c"
    )
    _, stage, advice = read(
        thread().from_employer(HR, text, at="2026-10-09 09:15"), "2026-10-09T12:00:00"
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


# ----- an ATS receipt that says "resume" is the reader's application


def _alone(text: str, subject: str, sender: str) -> bool:
    messages = thread(subject=subject).from_employer(sender, text, at="2026-09-21 13:05").build()
    return detect_interview(messages, ME).interview


def test_a_resume_receipt_in_silkroads_words_is_the_readers_application():
    text = (
        "Thank you for your interest in career opportunities with Pinecrest Health Partners!\n\n"
        "We have received your resume and are currently reviewing your credentials. Should we "
        "determine that your background and experience meets our hiring needs, we will contact "
        "you with further instructions."
    )
    assert _alone(text, "Thank you for your interest", '"Pinecrest" <no-reply@hr-mail.example>')


def test_a_cv_receipt_in_british_words_is_the_readers_application():
    text = (
        "Dear Owen, thank you - we have received your CV for the Warehouse Lead vacancy and a "
        "member of our recruitment team is reviewing it now."
    )
    assert _alone(text, "Warehouse Lead", "Halden Logistics <careers@halden.example>")


def test_interest_in_career_opportunities_with_an_employer_is_the_readers_application():
    text = (
        "Hi Owen, thank you for your interest in career opportunities with Halden Bank. Your "
        "profile for the Branch Analyst role is now under review."
    )
    assert _alone(text, "Branch Analyst", "Halden Bank Careers <careers@haldenbank.example>")


def test_a_resume_writers_receipt_is_no_application():
    text = (
        "Hi Owen! We've received your resume for your free critique. One of our certified "
        "writers will email your report within 48 hours, with a discount on our packages."
    )
    assert not _alone(text, "Your free resume critique", "ResumePro <hello@resumepro.example>")


# ----- "your experience doesn't fit our needs" is a no


def _turned_down(text: str):
    return (
        thread()
        .from_employer(HR, BOOKED, at="2026-10-01 09:00")
        .from_employer(RECRUITER, text, at="2026-10-20 16:05")
    )


def test_experience_that_doesnt_fit_our_needs_is_a_rejection():
    text = (
        "Hi Owen,\n\nYour experience doesn't fit our needs at this time. Thank you for "
        "interviewing with us for the Inventory Control Analyst position.\n\nGood luck with "
        "your job search."
    )
    facts, stage, advice = read(_turned_down(text), "2026-10-20T18:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED
    assert facts.interview_start == at("2026-10-08T10:00:00")


def test_a_background_that_does_not_match_our_needs_is_a_rejection():
    text = (
        "Dear Owen, thank you for coming in. Having reviewed everyone we met, we feel your "
        "background does not match our current needs for this role."
    )
    _, stage, _ = read(_turned_down(text), "2026-10-20T18:00:00")
    assert stage is Stage.REJECTED


def test_skills_that_dont_fit_our_needs_right_now_are_a_rejection():
    text = "Hi Owen - sorry, but your skills don't fit our needs right now. Best of luck."
    _, stage, _ = read(_turned_down(text), "2026-10-20T18:00:00")
    assert stage is Stage.REJECTED


def test_the_candidate_hoping_their_experience_fits_is_no_rejection():
    thread_ = _turned_down("Hi Owen, the panel is meeting this week; we'll be in touch.").from_me(
        "Thanks Renee - I hope my experience fits what you need. Looking forward to hearing.",
        at="2026-10-21 09:00",
    )
    _, stage, _ = read(thread_, "2026-10-21T12:00:00")
    assert stage is Stage.INTERVIEWED


# ----- the same HR suites telling the reader someone else's interview (the hiring side)


def _owner_reads(text: str, subject: str, sender: str, me: str) -> bool:
    messages = (
        a_thread(me, subject=subject, tz=CHICAGO, start="2026-10-13 10:00")
        .from_employer(sender, text, at="2026-10-13 10:00")
        .build()
    )
    return detect_interview(messages, me).interview


INTERVIEWER = "rafael.duarte@pinecresthealth.example"
TOOL = '"Pinecrest Health Partners Recruiting" <recruiting-noreply@silkroad.com>'


def test_a_request_that_the_reader_interview_a_candidate_is_not_the_readers_process():
    text = (
        "Interview Request\n\nBeth Alvarez has requested that you interview a candidate.\n\n"
        "Candidate: Maya Lindqvist\nPosition: Clinical Scheduler\nProposed schedule: Thursday, "
        "October 15, 2026, 2:00 PM - 3:00 PM\n\nAccept: https://hr.example/ir/55120/accept"
    )
    assert not _owner_reads(text, "Interview Request: Maya Lindqvist", TOOL, INTERVIEWER)


def test_being_asked_to_interview_the_candidate_on_friday_is_not_the_readers_process():
    text = (
        "Hi Rafael, the hiring manager would like you to interview the candidate for the Night "
        "Supervisor opening on Friday at 11am. Please accept the calendar hold."
    )
    assert not _owner_reads(text, "Night Supervisor - panel", TOOL, INTERVIEWER)


def test_a_candidate_booking_a_slot_on_the_readers_calendar_is_not_the_readers_process():
    for text in (
        'An appointment has been booked in your calendar "MSR phone screens - October".\n\n'
        "Candidate: Daniel Osei\nDate: Tuesday, October 27, 2026\nTime: 11:00 AM - 11:30 AM",
        "Good news: a candidate has booked one of your open interview slots - Thursday "
        "29 October, 09:30 (Priya Natarajan, Transportation Planner).",
    ):
        assert not _owner_reads(
            text, "Appointment Confirmed", '"Ashgrove CU" <no-reply@taleo.net>', INTERVIEWER
        ), text


def test_the_readers_own_appointment_confirmation_is_still_the_readers_process():
    text = (
        "Dear Daniel,\n\nYour phone appointment has been confirmed.\n\nDate: Tuesday, October "
        "27, 2026\nTime: 11:00 AM - 11:30 AM (Eastern Time)\nA recruiter will call you at the "
        "phone number in your candidate profile."
    )
    assert _owner_reads(
        text,
        "Appointment Confirmed - Member Service Representative",
        '"Ashgrove Credit Union Careers" <no-reply@taleo.net>',
        "daniel.osei@example.com",
    )


# ----- a credit union's domain in initials, its name followed by "Careers" in the display


def _company(display: str, reply_to: str, signed: str) -> str | None:
    messages = (
        a_thread("daniel.osei@example.com", subject="Appointment Confirmed", tz=CHICAGO)
        .from_employer(
            f'"{display}" <no-reply@taleo.net>',
            (
                "Dear Daniel,\n\nYour phone appointment for the Member Service Representative "
                f"position has been confirmed.\n\n{signed}"
            ),
            reply_to=(reply_to,),
        )
        .build()
    )
    return thread_facts(messages, "daniel.osei@example.com", CT).company


def test_a_credit_union_named_in_initials_is_its_name_not_its_domain():
    company = _company(
        "Ashgrove Credit Union Careers", "ines.marsh@ashgrovecu.example", "Ashgrove CU Recruiting"
    )
    assert company == "Ashgrove Credit Union"


def test_a_federal_credit_union_and_a_high_school_read_the_same_way():
    assert (
        _company("Lakeside Federal Credit Union Careers", "jo.perry@lakesidefcu.example", "Jo")
        == "Lakeside Federal Credit Union"
    )
    assert (
        _company("Pinebrook High School Recruiting Team", "sam.reid@pinebrookhs.example", "Sam")
        == "Pinebrook High School"
    )


def test_a_name_that_goes_on_in_name_words_is_not_cut_to_initials():
    # "Ashgrove Credit Union Bank" spells no "ashgrovecu": the domain's own spelling stays
    company = _company("Ashgrove Credit Union Bank", "ines@ashgrovecu.example", "Thanks")
    assert company != "Ashgrove Credit Union"


# ----- "if this session no longer works for you" offers a change in case, asks nothing


def _scheduled_with(in_case: str):
    text = (
        "Hi Owen,\n\nYou are scheduled for the following interview session:\n\n"
        "Session: Thursday, October 8, 2026, 1:00 PM - 2:00 PM\n"
        "Location: 2250 Commerce Drive, Springfield, IL\n\n" + in_case
    )
    return thread().from_employer(HR, text, at="2026-10-01 18:22")


def test_a_session_that_no_longer_works_for_you_can_be_changed_and_nothing_is_asked():
    line = (
        "If this session no longer works for you, you can choose another one from your "
        "My Profile page while sessions remain available."
    )
    _, stage, advice = read(_scheduled_with(line), "2026-10-05T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_time_that_doesnt_work_for_you_can_be_moved_and_nothing_is_asked():
    line = "Should the time not suit, or if the date doesn't work for you, rebook online."
    _, stage, advice = read(_scheduled_with(line), "2026-10-05T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_slot_that_wont_work_for_you_is_an_in_case_line_too():
    line = "In case Thursday won't work for you after all, the portal lets you swap sessions."
    _, _, advice = read(_scheduled_with(line), "2026-10-05T12:00:00")
    assert advice.action is Action.PREPARE


def test_a_time_put_to_the_reader_still_asks():
    text = "Hi Owen, would Thursday, October 8 at 1:00 PM work for you? Or does Friday suit better?"
    _, stage, advice = read(
        thread().from_employer(RECRUITER, text, at="2026-10-01 18:22"), "2026-10-02T12:00:00"
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY
