"""Single messages read alone, in other people's words (issue 9's message-level target).

Each message of a thread is also read by itself ("would this message, read alone, be flagged
as part of the owner's own application or interview process?"). These rules came from dev's
message misses; each is written here in wording other than the corpus's.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import a_thread

CT = "America/Chicago"
ME = "mia.torres@example.com"
EMPLOYER = "Gwen Adler (Pinewood Logistics) <gwen.adler@pinewood-logistics.example>"


def alone(subject: str, text: str, *, from_me: bool = False) -> bool:
    """One message, read by itself (a reply, as its "Re:" subject says)."""
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-05-04 09:00")
    if from_me:
        thread.message(ME, text, subject=subject, to=EMPLOYER)
    else:
        thread.from_recruiter(EMPLOYER, text, subject=subject)
    return detect_interview(thread.build(), ME).interview


# ----- the employer's own panelists are not the reader's duty


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mia,\n\nOne of our panelists is out on Tuesday. Could we move your interview to "
        "Thursday at 10am instead?\n\nGwen",
        "Hi Mia, the panelists you will meet are our ops lead and two dispatchers. Your "
        "interview is at 2pm on Friday.",
    ],
)
def test_the_employers_panelists_named_to_the_candidate_do_not_make_the_reader_one(text):
    assert alone("Re: Panel interview - Dispatch Planner", text)


def test_the_reader_named_a_panelist_still_interviews_someone_else():
    text = (
        "Hi Mia, you have been added as a panelist for this interview. Please leave your "
        "notes after the session."
    )
    assert not alone("Panel interview - Dispatch Planner", text)


# ----- a subject naming the job: "interview for <role>"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Re: Interview for Night Shift Supervisor",
            "Hi Mia. Great, see you on Friday at 9! Park by the loading bay and ask for me "
            "at the front desk.\n\nGwen",
        ),
        (
            "Re: Request to move interview for Payroll Coordinator",
            "Dear Mia,\n\nNo problem at all. Tuesday 9 June at 11:00 then; I will update the "
            "invitation.",
        ),
        (
            "Re: Panel interview - Dispatch Planner",
            "Hi Mia, thanks for confirming. Talk soon.",
        ),
    ],
)
def test_a_reply_under_a_subject_naming_the_jobs_interview_is_the_readers(subject, text):
    assert alone(subject, text)


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Interview for our podcast",
        "Re: Interview for the school newspaper",
        "Re: Interview for Maple Street history project",
    ],
)
def test_an_interview_for_something_that_is_not_a_job_is_not_named_a_role(subject):
    assert not alone(subject, "Hi Mia. Great, see you on Friday at 9!")


# ----- the owner answering under "your application"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Gwen,\n\nThat works for me - see you 5/12 at 10am CT. Thanks!\n\nMia",
        "Thursday at 3pm works great, talk then.",
    ],
)
def test_the_owner_taking_a_time_under_a_subject_about_their_application(text):
    assert alone("Re: Let's chat about your application!", text, from_me=True)


def test_the_owner_taking_a_time_under_an_ordinary_subject_is_not_an_application():
    assert not alone(
        "Re: Lunch next week?", "Thursday at 3pm works great, talk then.", from_me=True
    )


# ----- the employer settling a day in passing: "see you Thursday at 10"


def test_see_you_on_a_day_settles_the_time_under_a_subject_naming_the_job():
    text = "Hi Mia, all sorted - see you tomorrow at 8:30 at the depot.\n\nGwen"
    assert alone("Re: Warehouse Supervisor - start time", text)


# ----- mail from an office that runs no job's interviews


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (
            "Graduate Admissions <grad.admissions@harlow-university.example>",
            "After your interview",
            "Dear Mia, thank you for interviewing with us this morning. Candidates will hear "
            "from the committee in March.",
        ),
        (
            "Tom Baird <volunteers@riverside-foodbank.example>",
            "Great to meet you",
            "Hi Mia, thanks for coming in on Saturday - we'd love to offer you a shift lead "
            "position on the Sunday rota.",
        ),
    ],
)
def test_mail_from_an_admissions_or_volunteer_office_is_no_job_interview(sender, subject, text):
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-05-04 09:00")
    thread.from_recruiter(sender, text)
    assert not detect_interview(thread.build(), ME).interview


# ----- the reader asked to do an interviewer's part, or thanked as one


def test_asked_to_approve_availability_for_candidates_the_reader_is_the_interviewer():
    thread = a_thread(
        ME, subject="Action needed: approve your availability for Store Manager interviews"
    )
    thread.from_recruiter(
        "Oakline Talent Team <scheduling@oakline-tools.example>",
        "Hi Mia, please approve your availability so shortlisted people can book interviews "
        "with you: https://oakline.example/avail/12",
    )
    assert not detect_interview(thread.build(), ME).interview


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mia, thanks again for your time today. I enjoyed learning more about the team and "
        "look forward to hearing about next steps.\n\nJonah",
        "Thank you for speaking with me this afternoon! Looking forward to hearing about the "
        "next steps.",
    ],
)
def test_a_candidates_thanks_to_the_owner_makes_the_owner_the_interviewer(text):
    thread = a_thread(ME, subject="Re: Office Assistant - phone interview")
    thread.from_recruiter("Jonah Price <jonah.price@example.net>", text)
    assert not detect_interview(thread.build(), ME).interview


# ----- a time fixed for the reader


def test_you_are_confirmed_for_a_time_is_said_to_the_candidate():
    text = "Perfect - you're confirmed for Tuesday at 11:00 with Orla, our engineering manager."
    assert alone("Re: Next step: a chat with Orla", text)


# ----- an HR suite's hiring module (HiBob, like Personio and Rippling)


def test_a_consent_request_from_an_hr_suites_hiring_module_is_the_candidates():
    thread = a_thread(ME, subject="Keeping your details on file - Larchmont Dental")
    thread.from_ats(
        "Hi Mia, so we can consider you for the Practice Coordinator role and similar "
        "openings, please agree to us storing your application data: "
        "https://app.hibob.example/consent/9c",
        sender="Larchmont Dental Recruiting <hiring-noreply@hibob.com>",
    )
    assert detect_interview(thread.build(), ME).interview


# ----- a recruiting event: the owner answering a recruiter met at a career fair


@pytest.mark.parametrize(
    "subject",
    ["Re: Nice to meet you at the Lakeside job fair", "Re: Spring Careers Fair follow-up"],
)
def test_the_owner_taking_a_time_under_a_subject_naming_a_job_fair(subject):
    assert alone(subject, "Hi Gwen, Friday at 2pm works. Thanks!", from_me=True)


def test_a_job_fair_named_in_passing_does_not_make_a_meeting_a_hiring_one():
    assert not alone(
        "Re: Lunch on Friday",
        "Friday at 1 works! I can tell you all about the job fair I helped run.",
        from_me=True,
    )


def test_see_you_on_a_named_day_under_a_subject_that_is_the_job():
    assert alone("Re: Payroll Clerk - moved to Monday", "Sounds good, see you Monday!\n\nGwen")


def test_see_you_tomorrow_in_an_ordinary_note_is_no_interview():
    assert not alone("Re: Book club", "Sounds good, see you tomorrow!\n\nGwen")


def test_see_you_on_a_named_day_under_a_session_subject_settles_no_interview():
    assert not alone("Re: Your CV review session", "Great, see you Saturday. Link to follow.")
