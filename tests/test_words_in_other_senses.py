"""Hiring words in their other senses (ordinary mail, fifteenth session): a "position" held
or stood in is no post, a "take-home" exam or pay no hiring task, and someone else's "I have
accepted a job offer" no offer of the reader's.

Everyday mail from the ordinary-mail corpus's dev split (Enron) was read as interviews on
"a person in your position", a trader's "long position" (the hiring word "position" with a
time asked for: an interview being arranged), a professor's "take-home exam" in subject and
text, and a colleague's forwarded farewell ("I have accepted a job offer from ..."). These
cases are in other words than it.
"""

from __future__ import annotations

import pytest

from afterview.detect import signal_names
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

COLLEAGUE = "Priya Shah <priya@northwind.example>"


def read(subject: str, text: str, sender: str = COLLEAGUE):
    return thread_facts(a_thread(ME, subject=subject).from_recruiter(sender, text).build(), ME)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Options expiry",
            "All clearing members that carried an options position as of the close of business "
            "must be available to assist with the processing of notices. Please be available to "
            "confirm your long position by 5pm.",
            "Exchange Notices <notices@exchange.example>",
        ),
        (
            "Budget",
            "Hi Sam, I'm not in a position to approve the budget yet. Could we meet Thursday at "
            "3pm to go through it? Let me know if that works.",
            COLLEAGUE,
        ),
        (
            "Hedge book",
            "Sam, our net position on the gas book is short again. Are you available tomorrow at "
            "9am to go over the hedge positions?",
            COLLEAGUE,
        ),
    ],
)
def test_a_position_held_with_a_time_asked_is_no_interview(subject, text, sender):
    facts = read(subject, text, sender)
    assert not facts.interview
    assert "hiring_context" not in signal_names(facts.detection)


def test_a_post_named_beside_a_position_held_is_still_a_job():
    facts = read(
        "Good news",
        "Hi Sam, we are now in a position to offer you the Data Analyst position. The offer "
        "letter follows.",
    )
    assert facts.interview
    assert facts.stage is Stage.OFFER


def test_a_post_applied_for_with_a_time_asked_is_still_arranged():
    facts = read(
        "Your application",
        "Thanks for applying for the analyst position. Are you available Thursday at 3pm for a "
        "call?",
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Practice exam problems + clarifications on take-home exam",
            "Dear students, I am attaching a set of problems for your review before the "
            "take-home exam. The review session is on Thursday at 4pm.",
        ),
        (
            "Payslip",
            "Hi Sam, your take-home pay for March is attached. Let me know if anything looks off.",
        ),
    ],
)
def test_a_take_home_exam_or_pay_is_no_hiring_task(subject, text):
    facts = read(subject, text, "Prof. Lin <lin@univ.example>")
    assert not facts.interview
    assert not {"interview_wording_subject", "interview_wording_text"} & signal_names(
        facts.detection
    )


def test_a_take_home_exercise_after_an_interview_is_still_one():
    facts = read(
        "Take-home exercise",
        "Hi Sam, thanks for your time today. As discussed, here is the take-home exercise; "
        "please send it back by Monday at 5pm.",
    )
    assert facts.interview
    assert "interview_wording_subject" in signal_names(facts.detection)


def test_someone_elses_news_of_a_job_offer_accepted_is_no_offer_of_the_readers():
    facts = read(
        "Moving on",
        "Dear friends, this brief note is to let you know that I have accepted a job offer from "
        "Harvard Management Company and will be moving to Boston. Please forward this to the "
        "group.",
        "Iris Mack <iris.mack@example.net>",
    )
    assert not facts.interview
    assert "offer_wording" not in signal_names(facts.detection)


def test_an_offer_made_to_the_reader_beside_the_writers_own_news_stays_an_offer():
    facts = read(
        "Offer",
        "Hi Sam, I've received the offer approval from finance, so we are pleased to offer you "
        "the Data Analyst position. The offer letter is attached.",
    )
    assert facts.interview
    assert facts.stage is Stage.OFFER


def test_the_readers_own_acceptance_is_still_theirs():
    thread = (
        a_thread(ME, subject="Offer - Data Analyst")
        .from_recruiter(COLLEAGUE, "Hi Sam, we are pleased to offer you the Data Analyst role.")
        .from_me("Thank you! I have accepted the offer and signed the letter.")
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.interview
    assert facts.stage is Stage.OFFER


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Witness interview",
            "Sam, HR is looking into the complaint and would like a witness interview with you "
            "on Thursday at 11am.",
        ),
        (
            "Disciplinary interview",
            "Dear Sam, you are required to attend a disciplinary interview on Monday 15 June at "
            "10am with your line manager. You may bring a colleague.",
        ),
    ],
)
def test_an_inquirys_interview_at_work_is_no_job_interview(subject, text):
    # a job seeker is often still employed: their employer's inquiries interview them too
    facts = read(subject, text, "HR Team <hr@northwind.example>")
    assert not facts.interview


def test_a_job_whose_title_begins_with_an_inquirys_word_is_still_one():
    facts = read(
        "Interview - Investigative Analyst",
        "Hi Sam, thanks for applying for the Investigative Analyst role. Could you do an "
        "interview on Monday at 10am?",
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (  # its interviewing workshop
            "Interview skills workshop - Wednesday 6pm",
            "Come to our interviewing workshop on Wednesday at 6pm in room 210: tips on "
            "interviewing, answering tough questions and following up. Bring a copy of your CV.",
            "Careers Service <careers@univ.example>",
        ),
        (  # its fair, where many employers recruit
            "Career fair next Thursday",
            "Hi Sam, over 60 employers will be recruiting at the Spring Career Fair next "
            "Thursday from 11am to 3pm in the Student Union. Bring copies of your resume and be "
            "ready for on-the-spot interviews.",
            "Career Center <careers@univ.example>",
        ),
    ],
)
def test_a_careers_offices_workshop_or_fair_is_no_interview(subject, text, sender):
    facts = read(subject, text, sender)
    assert not facts.interview
    assert "marketing" in signal_names(facts.detection)


def test_a_careers_office_relaying_an_employers_interview_is_still_one():
    facts = read(
        "Your on-campus interview with Deloitte",
        "Hi Sam, Deloitte has invited you to a first-round interview on campus on Tuesday 10 "
        "March at 2pm in the Career Center, room 4. Please confirm by replying to this email.",
        "Careers Service <careers@univ.example>",
    )
    assert facts.interview


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Condolences",
            "Dear Sam, on behalf of everyone at Infinite Energy I would like to offer my deepest "
            "sympathies to you and your family.",
        ),
        (
            "New service",
            "We are pleased to offer back-up childcare for children from six weeks to twelve "
            "years. Register by Friday at 5pm.",
        ),
    ],
)
def test_an_offer_of_anything_but_to_the_reader_is_no_job_offer(subject, text):
    facts = read(subject, text, "Dana Lowe <dana@infinite.example>")
    assert not facts.interview
    assert "offer_wording" not in signal_names(facts.detection)


def test_an_offer_made_to_the_reader_in_the_same_words_is_one():
    facts = read("Good news", "Hi Sam, we'd like to offer you the job! Can you start on 1 March?")
    assert facts.interview
    assert facts.stage is Stage.OFFER


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Project update",
            "Hi Sam, to speed up the migration we hired consultants from Charles River to help "
            "us. I'll let you know the decision on the budget by Friday.",
        ),
        (
            "Coaching news",
            "Big news from the athletics department: we have hired one of the top assistant "
            "coaches in the nation. Season tickets are on sale now.",
        ),
    ],
)
def test_a_hire_of_anyone_else_told_is_no_rejection(subject, text):
    facts = read(subject, text, "Dana Lowe <dana@northwind.example>")
    assert not facts.interview
    assert "rejection_wording" not in signal_names(facts.detection)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, thank you for interviewing with us. Unfortunately we have hired a candidate "
        "whose experience more closely matches the role.",
        "Hi Sam, I wanted to let you know we have hired another candidate for the position. "
        "Thank you for your time.",
    ],
)
def test_someone_else_hired_for_the_readers_job_is_still_a_rejection(text):
    facts = read("Your application", text)
    assert facts.stage is Stage.REJECTED


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Quick update",
            "Hi Sam, a quick update since we last met: the board approved the budget and I'll "
            "follow up with you next week with the decision on the vendor.",
            COLLEAGUE,
        ),
        (
            "Moving",
            "Hi all, a lot has happened since we last talked! We're moving to Denver in June. "
            "I'll let you know our new address.",
            "Jo Park <jo.park@example.net>",
        ),
    ],
)
def test_news_since_any_meeting_is_no_interview_behind_it(subject, text, sender):
    facts = read(subject, text, sender)
    assert not facts.interview
    assert "interview_happened" not in signal_names(facts.detection)


def test_news_since_a_call_about_the_readers_application_is_still_after_one():
    facts = read(
        "Update on your application",
        "Hi Sam, a quick update since our call: we're still deciding and I'll let you know by "
        "Friday.",
    )
    assert facts.interview
    assert "interview_happened" in signal_names(facts.detection)


# ----- an application to a club, an election, a school or a students' society: no employer's

CLUB = "Membership Secretary <membership@harbouryc.example>"
SCHOOL = "Anne Park <apark@oakridgeschool.example>"  # not an office that names what it does


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (  # a club's candidacy, with a reception to meet its committee
            CLUB,
            "Your candidacy for membership",
            "Dear Sam, thank you for your candidacy for membership of the Harbour Yacht Club. As "
            "part of the process, the membership committee would like to meet you at a "
            "candidates' reception on Thursday 18 June at 6pm. Are you able to attend?",
        ),
        (  # an association's election, its panel interviewing those who stand
            CLUB,
            "Your application for the National Council",
            "Dear Sam, thank you for your application to stand for the National Council. "
            "Applications close on 12 June, and the Appointments Panel will interview "
            "shortlisted applicants in the week of 22 June.",
        ),
        (  # a school's grade, in the subject
            SCHOOL,
            "Interview and visit - Theo, grade 7 applicant",
            "Dear Ms Shah, thank you for Theo's application. We'd like to invite Theo and a "
            "parent for an interview and school visit on Tuesday at 9am. Please confirm.",
        ),
        (  # a school's place, in the text
            SCHOOL,
            "Interview invitation",
            "Dear Ms Shah, thank you for applying for a Year 7 place for Theo. We would like to "
            "invite him for a short interview on Tuesday 16 June at 9am.",
        ),
        (  # a students' society choosing its committee
            "Debate Society <debate@su-clubs.example>",
            "Committee application - interview slots",
            "Hi Sam, thanks for applying to join the Debate Society committee during freshers' "
            "week! We'd love to meet you for a 10-minute interview with two current committee "
            "members. Please reply with a slot: Tuesday 6:00 or Wednesday 7:00.",
        ),
    ],
)
def test_an_application_to_no_employer_is_no_job(sender, subject, text):
    facts = read(subject, text, sender)
    assert not facts.interview
    assert "not_a_job" in signal_names(facts.detection)


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (
            "HR <hr@harbouryc.example>",
            "Membership Coordinator - interview",
            "Dear Sam, thank you for applying for the Membership Coordinator position at the "
            "Harbour Yacht Club. We would like to invite you to an interview on Thursday 18 June "
            "at 2pm. Are you able to attend?",
        ),
        (
            "HR <hr@harbouryc.example>",
            "Your candidacy for the Board Administrator role",
            "Dear Sam, thank you for your candidacy for the Board Administrator role. The panel "
            "will interview shortlisted applicants in the week of 22 June.",
        ),
        (
            SCHOOL,
            "Grade 7 Teacher - interview",
            "Dear Ms Shah, thank you for your application for the Grade 7 Teacher post. We'd "
            "like to invite you for an interview on Tuesday at 9am. Please confirm.",
        ),
        (
            SCHOOL,
            "Interview invitation",
            "Dear Ms Shah, thank you for applying for a place on our Graduate Trainee "
            "Programme. We would like to invite you to an interview on Tuesday 16 June at 9am.",
        ),
        (
            "Students' Union HR <hr@su.example>",
            "Interview - Clubs and Societies Coordinator",
            "Hi Sam, thank you for applying for the Clubs and Societies Coordinator post at the "
            "Students' Union. We'd like to invite you to interview on Tuesday at 2pm.",
        ),
    ],
)
def test_the_same_bodies_own_jobs_stay_jobs(sender, subject, text):
    assert read(subject, text, sender).interview


# ----- the reader's answer under such a subject, or a publication's, read alone

TUESDAY = "Thanks, Tuesday at 3 works for me."
SATURDAY = "Hi, Saturday at 10 works for me. My references are unchanged."


def answer(subject: str, text: str):
    return thread_facts(a_thread(ME, subject=subject).from_me(text).build(), ME)


@pytest.mark.parametrize(
    ("subject", "text", "signal"),
    [
        (
            "Re: Your candidacy for membership",
            "Thank you, I would be delighted to attend the reception on Thursday at 6pm.",
            "not_a_job",
        ),
        ("Re: Artist Spotlight interview", TUESDAY, "media_interview"),
        ("Re: Feature interview for our spring issue", TUESDAY, "media_interview"),
        ("Re: Your volunteer and befriender application", SATURDAY, "not_a_job"),
    ],
)
def test_the_readers_answer_under_a_subject_of_no_job_is_no_job(subject, text, signal):
    facts = answer(subject, text)
    assert not facts.interview
    assert signal in signal_names(facts.detection)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Phone interview", "Thanks, Tuesday at 3 works."),
        ("Re: Volunteer Services Manager application - interview", SATURDAY),
    ],
)
def test_the_same_answer_under_a_jobs_subject_stays_a_job(subject, text):
    assert answer(subject, text).interview
