"""Whole hiring processes in healthcare, hospitality and the trades (helper mech1).

Threads built from public wording in those domains failed on mechanisms, not sentences: an
offer spoken of as still to come, a weekday written the short way in a terse proposal, a
range broken over a line, the end of a day-long visit said as "wrap up by", a promise to get
back by a day that one list knew and the other did not, a message that thanks for one round
and sets the next, a candidate asking in a question for a different day. Each is written here
in other words than the corpus's, with mail that shares the words and must read as before.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview import when
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import a_thread

TZ = "America/Chicago"
ZONE = ZoneInfo(TZ)
ME = "sam.rivera@example.com"
RECRUITER = "Dana Cole <dana.cole@northwind-health.example>"
SENT = datetime(2026, 11, 9, 7, 5, tzinfo=ZONE)  # a Monday


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


# ----- an offer spoken of as still to come is no offer


@pytest.mark.parametrize(
    "text",
    [
        "The medical director would like a 15-minute call with you before they extend an offer. "
        "What times work for you Wednesday or Thursday?",
        "Before we make an offer, our clinical lead would like to meet you. Are you free Thursday "
        "afternoon?",
        "The hiring manager wants a quick chat before extending you an offer - what does your "
        "week look like?",
    ],
)
def test_an_offer_still_to_come_is_no_offer(text):
    thread = a_thread(ME, tz=TZ, start="2026-11-16 10:30").from_recruiter(
        RECRUITER, text, subject="ED locum - Clearwater Regional"
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.stage is not Stage.OFFER
    assert not any(e.is_offer for e in facts.employer_messages)


def test_a_request_after_before_still_asks():
    """ "before" puts an offer ahead, not a request: the agency's "Before I submit, please
    confirm ..." asks the reader (found when mech1 and mech2 met on main)."""
    thread = a_thread(ME, tz=TZ, start="2026-11-16 10:30").from_recruiter(
        RECRUITER,
        "I have a Business Analyst contract with our client in Dallas. Before I submit, please "
        "confirm you have not applied to this requirement through any other vendor.",
        subject="Business Analyst - contract - Granite Mutual",
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert [e.asks_candidate for e in facts.employer_messages] == [True]


def test_an_offer_made_before_a_deadline_stays_an_offer():
    thread = a_thread(ME, tz=TZ, start="2026-11-20 10:30").from_recruiter(
        RECRUITER,
        "We are pleased to offer you the position of Staff Nurse. Please let us know before "
        "Friday whether you accept.",
        subject="Offer - Staff Nurse",
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.OFFER


# ----- a weekday written short, right before its clock time


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("can you come by the trailer wed at 6:30am before the crew starts?", "2026-11-11 06:30"),
        ("could you do thu 2pm at the shop?", "2026-11-12 14:00"),
        ("come in fri @ 10am for a chat with the owner", "2026-11-13 10:00"),
        ("free tue. at 3:15 pm?", "2026-11-10 15:15"),
    ],
)
def test_a_short_weekday_before_its_time_dates_it(text, start):
    assert [s.start for s in when.find_times_lower(text, SENT)] == [local(start)]


@pytest.mark.parametrize(
    "text",
    [
        "we sat at 2pm in the lobby",  # a verb, no day
        "the sun at 5pm was too low for photos",
    ],
)
def test_short_words_that_are_no_weekday_date_nothing(text):
    assert when.find_times_lower(text, SENT) == []


def test_the_candidates_echo_of_a_short_weekday_proposal_keeps_its_morning():
    thread = (
        a_thread(ME, tz=TZ, start="2026-11-09 07:05", subject="Framing foreman position")
        .from_recruiter(
            "Jim Ostrowski <jim@ridgelinebuilders.example>",
            "Wes - got your resume from Dale. Can you come by the jobsite trailer Wed at 6:30am "
            "before the crew starts? Bring your OSHA 30 card.",
        )
        .from_me("Jim, Wednesday 6:30 works. I'll be there.", at="2026-11-09 12:10")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_start == local("2026-11-11 06:30")


# ----- a range broken over a line is still a range


@pytest.mark.parametrize(
    "text",
    [
        "she wants to call you tomorrow (wed 9/16) between\n10 and 11 am your time.",
        "the manager can phone you on wednesday 16 september between\n10 and 11am.",
    ],
)
def test_a_range_wrapped_after_between_starts_at_its_first_hour(text):
    sent = datetime(2026, 9, 15, 14, 20, tzinfo=ZONE)
    spans = when.find_times_lower(text, sent)
    assert [(s.start, s.end) for s in spans] == [
        (local("2026-09-16 10:00"), local("2026-09-16 11:00"))
    ]


# ----- the end of a long visit said in words


@pytest.mark.parametrize(
    "ending",
    [
        "we expect to wrap up by 3:00 PM.",
        "you should be finished by 3pm.",
        "the day will end at about 3:00 p.m.",
    ],
)
def test_a_visit_ends_when_the_message_says_it_wraps_up(ending):
    thread = a_thread(ME, tz=TZ, start="2026-10-26 14:00").from_recruiter(
        RECRUITER,
        "We're looking forward to your site visit on Thursday, October 29. Your day begins at "
        "8:00 AM with breakfast with our medical director, followed by interviews with the "
        f"group and a tour of the hospital; {ending}",
        subject="Site visit - Hospitalist position",
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_start == local("2026-10-29 08:00")
    assert facts.interview_end == local("2026-10-29 15:00")


def test_a_reply_deadline_is_no_end_of_the_interview():
    thread = a_thread(ME, tz=TZ, start="2026-10-26 14:00").from_recruiter(
        RECRUITER,
        "Your interview is on Thursday, October 29 at 10:00 AM with our nurse manager. Please "
        "finish the online form by 3pm tomorrow.",
        subject="Interview - Registered Nurse",
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_end == local("2026-10-29 11:00")


# ----- a promise to come back by a day, in the words when.py already knows


@pytest.mark.parametrize(
    ("text", "by"),
    [
        (
            "Thank you for your interest. I will share our conversation with my team. If we can "
            "make a match, I will be back in touch with you by Friday.",
            "2026-10-16",
        ),
        ("Good talking this morning. I'll call you by Friday either way.", "2026-10-16"),
        ("We'll be in touch with you by Thursday about next steps.", "2026-10-15"),
    ],
)
def test_a_promise_to_come_back_by_a_day_is_the_decision_date(text, by):
    thread = (
        a_thread(ME, tz=TZ, start="2026-10-12 09:30", subject="Server interview")
        .from_recruiter(RECRUITER, "Please come in Wednesday 10/14 at 2:30 PM for an interview.")
        .from_me("Confirmed, see you Wednesday.", at="2026-10-12 10:05")
        .from_recruiter(RECRUITER, text, at="2026-10-14 16:20")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    decided = facts.employer_messages[-1].decision_by
    assert decided is not None and decided.date().isoformat() == by


def test_a_call_booked_for_a_day_is_no_decision_date():
    thread = a_thread(ME, tz=TZ, start="2026-10-12 09:30", subject="Phone screen").from_recruiter(
        RECRUITER, "I'll call you on Friday at 2pm for the phone screen."
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.employer_messages[-1].decision_by is None


# ----- thanks for one round and the next round's time in one message


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for coming in yesterday, the team enjoyed meeting you. We'd like to invite you "
        "to the next step of the interview process: a working interview on the line this "
        "Saturday, October 10, from 4:00 to 7:00 PM. Can you let me know you'll be there?",
        "Great to meet you on Monday! The next round is a working interview with the chef on "
        "Saturday, October 10 at 4:00 PM. Let me know if you can make it.",
    ],
)
def test_a_message_thanking_for_one_round_sets_the_next(text):
    thread = a_thread(ME, tz=TZ, start="2026-10-06 15:10").from_recruiter(
        "Mia Castellano <mia@osteriaverde.example>", text, subject="Next step - working interview"
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == local("2026-10-10 16:00")


def test_thanks_for_a_round_with_a_decision_time_stays_interviewed():
    thread = a_thread(ME, tz=TZ, start="2026-10-06 15:10").from_recruiter(
        "Mia Castellano <mia@osteriaverde.example>",
        "Thanks for coming in for your interview yesterday, the team enjoyed meeting you. We "
        "will let you know by Friday at 5pm.",
        subject="Your interview",
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.INTERVIEWED


# ----- the candidate asking, in a question, for a different day


@pytest.mark.parametrize(
    "answer",
    [
        "Unfortunately I am working out of town that week and cannot be back by Monday. Is it "
        "possible to interview on a different day? Any day the week of November 2 works for me.",
        "I'm on a shutdown until the 30th. Could we find another day for the interview?",
        "Would there be any other date available? I am on nights all that week.",
    ],
)
def test_a_candidate_asking_for_a_different_day_unsettles_the_time(answer):
    thread = (
        a_thread(ME, tz=TZ, start="2026-10-14 10:00", subject="Oral interview")
        .from_recruiter(
            "North Star JATC <info@northstarjatc.example>",
            "You are scheduled for your oral interview on Monday, October 26 at 1:20 PM at the "
            "JATC.",
        )
        .from_me(answer, at="2026-10-15 07:30")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.interview_cancelled


def test_a_candidate_asking_about_another_thing_keeps_the_time():
    thread = (
        a_thread(ME, tz=TZ, start="2026-10-14 10:00", subject="Oral interview")
        .from_recruiter(
            "North Star JATC <info@northstarjatc.example>",
            "You are scheduled for your oral interview on Monday, October 26 at 1:20 PM at the "
            "JATC.",
        )
        .from_me(
            "Thank you, I will be there. Is there parking on the other side of the building?",
            at="2026-10-15 07:30",
        )
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert not facts.interview_cancelled
    assert facts.interview_start == local("2026-10-26 13:20")


# ----- one time stated and only a confirmation asked, whatever else the message says


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying to be a server with us. Please come in Wednesday 10/14 at 2:30 PM "
        "for a 20 minute interview with me. If it goes well, we may ask you to do a short stage "
        "on the floor right after, so wear black non-slip shoes. Please reply to confirm.",
        "Your interview with the store manager is Wednesday 10/14 at 2:30 PM at the Elm St "
        "store. Kindly confirm.",
    ],
)
def test_one_time_stated_with_a_confirmation_asked_is_scheduled(text):
    thread = a_thread(ME, tz=TZ, start="2026-10-12 09:30").from_recruiter(
        "Carlos Medina <hiring@alamobarkitchen.example>", text, subject="Server interview"
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == local("2026-10-14 14:30")


def test_the_employers_one_new_time_after_the_candidate_asked_settles_it():
    thread = (
        a_thread(ME, tz=TZ, start="2026-10-14 10:00", subject="Oral interview")
        .from_recruiter(
            "North Star JATC <info@northstarjatc.example>",
            "You are scheduled for your oral interview on Monday, October 26 at 1:20 PM.",
        )
        .from_me(
            "I am out of town that week. Is it possible to interview on a different day?",
            at="2026-10-15 07:30",
        )
        .from_recruiter(
            "North Star JATC <info@northstarjatc.example>",
            "Sofia, we can move you to Wednesday, November 4 at 10:00 AM. Please reply to confirm.",
            at="2026-10-15 13:00",
        )
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == local("2026-11-04 10:00")
    assert not facts.interview_cancelled


def test_times_offered_with_a_confirmation_asked_stay_a_choice():
    thread = a_thread(ME, tz=TZ, start="2026-10-12 09:30").from_recruiter(
        "Carlos Medina <hiring@alamobarkitchen.example>",
        "We can see you Wednesday 10/14 at 2:30 PM or Thursday 10/15 at 11:00 AM. Please reply "
        "to confirm which you prefer.",
        subject="Server interview",
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.SCHEDULING


# ----- an invitation to interview put as a yes-or-no question is the arranging's start


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tre, thanks for applying for Shift Lead at Pinewood Grocers. We'd love to interview "
        "you! Are you still interested? Reply Y or N.",
        "Thanks for your application. We would like to invite you to interview for the cashier "
        "role - are you still available?",
        "Hi Tre, thanks for applying! We'd love to interview\nyou for Shift Lead. Does next "
        "week suit?",
    ],
)
def test_an_invitation_to_interview_asked_as_a_question_is_scheduling(text):
    thread = a_thread(ME, tz=TZ, start="2026-11-02 14:00").from_recruiter(
        "Pinewood Grocers Hiring <hiring@pinewoodgrocers.example>", text, subject="Interview invite"
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.SCHEDULING


def test_an_application_receipt_with_a_question_stays_applied():
    thread = a_thread(ME, tz=TZ, start="2026-11-02 14:00").from_recruiter(
        "Pinewood Grocers Hiring <hiring@pinewoodgrocers.example>",
        "Thanks for applying for Shift Lead at Pinewood Grocers. If we would like to interview "
        "you, we will contact you. Did you know you can track your application in the app?",
        subject="We received your application",
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.APPLIED


# ----- a domain that leaves the middle of the employer's name out


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        (
            "Heartland Electrical JATC <apprenticeship@heartlandjatc.example>",
            "Heartland Electrical JATC",
        ),
        ("North Star Electrical JATC <info@northstarjatc.example>", "North Star Electrical JATC"),
        (
            "Granite Peak Construction Company <jobs@granitepeakcompany.example>",
            "Granite Peak Construction Company",
        ),
    ],
)
def test_a_domain_leaving_middle_words_out_still_names_the_employer(sender, company):
    thread = a_thread(ME, tz=TZ, start="2026-10-01 08:30").from_recruiter(
        sender,
        "Your oral interview is scheduled for Tuesday, October 13, 2026 at 9:40 AM. Business "
        "casual.",
        subject="Notice of interview",
    )
    assert thread_facts(thread.build(), ME, ZONE).company == company


def test_a_domain_that_is_a_different_name_keeps_its_own():
    thread = a_thread(ME, tz=TZ, start="2026-10-01 08:30").from_recruiter(
        "Heartland Payroll Services <notices@heartlandjatc.example>",
        "Your oral interview is scheduled for Tuesday, October 13, 2026 at 9:40 AM.",
        subject="Notice of interview",
    )
    assert thread_facts(thread.build(), ME, ZONE).company != "Heartland Payroll Services"


# ----- the recruiter asking how the interview went asks the candidate something


@pytest.mark.parametrize(
    "question",
    [
        "How did it go?? Rosa said she'd give us an answer by end of day Friday.",
        "Hey! How was the interview? Rosa mentioned she'd decide by Friday.",
        "how'd it go with Rosa? she'll decide by friday",
    ],
)
def test_how_did_it_go_asks_the_candidate(question):
    thread = (
        a_thread(ME, tz=TZ, start="2026-09-14 11:00", subject="Submitted! ICU - St. Anselm")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "Good news - you're officially submitted to the ICU contract at St. Anselm Medical "
            "Center. I sent your updated resume, skills checklist and both references.",
        )
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "The unit manager wants a phone interview with you tomorrow (Wed 9/16) between 10 "
            "and 11 AM your time. She'll call your cell.",
            at="2026-09-15 14:20",
        )
        .from_me("yes that works", at="2026-09-15 15:02")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>", question, at="2026-09-16 13:45"
        )
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.employer_messages[-1].asks_candidate


def test_news_of_how_the_day_went_asks_nothing():
    thread = (
        a_thread(ME, tz=TZ, start="2026-09-14 11:00", subject="Submitted! ICU - St. Anselm")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "Good news - you're officially submitted to the ICU contract at St. Anselm Medical "
            "Center. I sent your updated resume, skills checklist and both references.",
        )
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "The unit manager wants a phone interview with you tomorrow (Wed 9/16) between 10 "
            "and 11 AM your time. She'll call your cell.",
            at="2026-09-15 14:20",
        )
        .from_me("yes that works", at="2026-09-15 15:02")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "Rosa said it went well and she'll give us an answer by end of day Friday.",
            at="2026-09-16 13:45",
        )
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert not facts.employer_messages[-1].asks_candidate


# ----- an agency relaying its client's offer


@pytest.mark.parametrize(
    "news",
    [
        "You got it!! St. Anselm offered you the ICU contract: 13 weeks, nights, start 10/12.",
        "Great news - the hospital has offered you the position. Full package attached.",
        "They offered you the assignment! Let me know by noon Monday if you accept.",
    ],
)
def test_a_clients_offer_relayed_by_the_agency_is_an_offer(news):
    thread = (
        a_thread(ME, tz=TZ, start="2026-09-14 11:00", subject="Submitted! ICU - St. Anselm")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "Good news - you're officially submitted to the ICU contract at St. Anselm Medical "
            "Center. I sent your updated resume, skills checklist and both references.",
        )
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "The unit manager wants a phone interview with you tomorrow (Tue 9/15) between 10 "
            "and 11 AM your time. She'll call your cell.",
        )
        .from_me("yes that works")
        .from_recruiter("Tyler Voss <tyler.voss@summitlinestaffing.example>", news)
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is Stage.OFFER


def test_a_chance_offered_is_no_job_offer():
    thread = (
        a_thread(ME, tz=TZ, start="2026-09-14 11:00", subject="Submitted! ICU - St. Anselm")
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "Good news - you're officially submitted to the ICU contract at St. Anselm Medical "
            "Center. I sent your updated resume, skills checklist and both references.",
        )
        .from_recruiter(
            "Tyler Voss <tyler.voss@summitlinestaffing.example>",
            "The manager offered you the chance to interview on Wednesday at 10am - does that "
            "work?",
        )
    )
    assert thread_facts(thread.build(), ME, ZONE).stage is not Stage.OFFER


# ----- hospitality's practical round is a round of the interview


@pytest.mark.parametrize(
    "text",
    [
        "Lucy, good to meet you earlier. As discussed, come back this evening at 6 for a "
        "two-hour trial shift. Ask for Hannah.",
        "Thanks for today. We'd like you to do a paid trial on Saturday at 11am - 3 hours.",
        "Great meeting you. The next step is a follow shift with our GM, Friday at 4pm.",
    ],
)
def test_a_trial_shift_after_the_interview_is_the_next_round(text):
    thread = (
        a_thread(ME, tz=TZ, start="2026-07-15 10:00", subject="Waiting staff - interview")
        .from_recruiter(
            "Oliver Grant <hello@grangebrasserie.example>",
            "Could you come in for an interview on Friday 17 July at 3pm? It takes about half an "
            "hour.",
        )
        .from_me("Yes, Friday at 3pm suits me.", at="2026-07-15 11:30")
        .from_recruiter("Oliver Grant <hello@grangebrasserie.example>", text, at="2026-07-17 16:10")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start > local("2026-07-17 16:10")


def test_a_clinical_trial_visit_is_no_trial_shift():
    thread = a_thread(ME, tz=TZ, start="2026-07-15 10:00").from_recruiter(
        "Study Team <study@lakesideresearch.example>",
        "Thank you for your interest in our sleep study. Your screening visit is Friday 17 July "
        "at 3pm; the trial lasts eight weeks.",
        subject="Screening visit",
    )
    assert not thread_facts(thread.build(), ME, ZONE).detection.interview


# ----- the reader on the panel that scores the applicants


@pytest.mark.parametrize(
    "text",
    [
        "Committee members, attached is the schedule for Saturday's applicant interviews. "
        "Applicants will be asked a series of standard questions. After they leave, each "
        "Committee member will give them a numeric score.",
        "Panel - six applicants on Thursday, 20 minutes each. Please score them on the rubric "
        "before the next one comes in.",
    ],
)
def test_a_panel_members_schedule_is_the_hiring_side(text):
    thread = a_thread(ME, tz=TZ, start="2026-11-09 15:00").from_recruiter(
        "Linda Soto <training@cascadejatc.example>",
        text,
        subject="Applicant interviews Saturday 11/14 - schedule attached",
        to=("JATC Committee <committee@cascadejatc.example>",),
    )
    assert not thread_facts(thread.build(), ME, ZONE).detection.interview


def test_the_candidates_own_score_stays_their_interview():
    thread = a_thread(ME, tz=TZ, start="2026-10-01 08:30").from_recruiter(
        "Heartland Electrical JATC <apprenticeship@heartlandjatc.example>",
        "Your oral interview with the JATC Committee is scheduled for Tuesday, October 13, 2026 "
        "at 9:40 AM. Upon completion of the interview, each committee member will give you an "
        "interview score.",
        subject="Notice of interview",
    )
    assert thread_facts(thread.build(), ME, ZONE).detection.interview
