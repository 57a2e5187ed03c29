"""What a process is for, read from the letter's own words (shapes_not_a_job).

An application, interview, offer or selection whose object is named in common words and is
no job ("your application for an allotment plot", "shortlisted for a semester exchange", "the
offer of a campsite pitch") is some other process's, whichever domain it comes from: no list
of those domains is needed. A job's process names a job, a stage or a time, or the employer
by its name, or nothing at all ("your interview on Tuesday"), and keeps being read as one.
Judged by the retro first looks (bench/retro_edits/process_for_another_thing.py).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)


def detection(subject: str, sender: str, text: str, reply: str | None = None):
    builder = a_thread(subject=subject, tz=LONDON).from_recruiter(
        sender, text, at="2027-03-02 11:00"
    )
    if reply:
        builder = builder.from_me(reply, at="2027-03-03 09:00")
    return thread_facts(builder.build(), ME, ZONE).detection


# each read as a job interview before: a process's words, and no word of the domain known
@pytest.mark.parametrize(
    ("subject", "sender", "text"),
    [
        (
            "Allotment interview",
            "Rowan Hill Allotments <plots@rowanhill.example.org>",
            "Thank you for your application for an allotment plot. The committee would like "
            "to interview you on Tuesday 9 March at 18:00 at the pavilion. Please confirm you "
            "can attend.",
        ),
        (
            "Your mooring application",
            "Harbour Office <moorings@kestrelharbour.example>",
            "Thanks for applying for a swinging mooring this season. You have been "
            "shortlisted, and the harbourmaster would like to interview you on Thursday 11 "
            "March at 14:00. Does that time work for you?",
        ),
        (
            "Audition and interview",
            "Cantus Choir <secretary@cantuschoir.example>",
            "Thank you for your application to join the choir. We'd like to invite you to an "
            "interview with our music director on Monday 8 March at 19:30. Please reply to "
            "confirm.",
        ),
        (
            "Community hall booking - interview",
            "Parish Office <office@stmarks.example.org>",
            "We received your application for weekly use of the community hall. Before we "
            "approve it, we would like to interview you briefly on Wednesday 10 March at "
            "17:00. Let us know if that works.",
        ),
        (
            "Exchange semester - next steps",
            "Study Abroad Office <abroad@uni.example.ac.uk>",
            "You have been shortlisted for a semester exchange in Kyoto. We would like to "
            "interview you on Friday 12 March at 10:00 on Teams. Please confirm your "
            "attendance.",
        ),
        (
            "Your booking",
            "District Office <district@scouts.example>",
            "We are pleased to confirm the offer of a campsite pitch for your troop. Please "
            "accept the offer by Friday 12 March.",
        ),
    ],
)
def test_a_process_for_something_that_is_no_job_is_not_a_job_interview(subject, sender, text):
    found = detection(subject, sender, text)
    assert not found.interview
    assert "not_a_job" in found.signals


# a job's process: its job named (over a line break too), a check or a stage, a time, the
# employer's name, or nothing named at all
@pytest.mark.parametrize(
    ("subject", "sender", "text"),
    [
        (
            "Interview",
            "Tanya <tanya@riversidegrill.example>",
            "Hi, we got your application for the line cook\nposition - could you come in for "
            "a quick interview on Tuesday 9 March at 11:00?",
        ),
        (
            "Interview",
            "Hiring <hiring@ridgeway.example>",
            "Thanks for applying to be a framing carpenter with Ridgeway. You are shortlisted "
            "for an interview on Tuesday 9 March at 11:00. Please confirm.",
        ),
        (
            "Your interview",
            "Dana Lowe <dana@northwind.example>",
            "Hi, your interview on Tuesday 9 March at 11:00 is confirmed. Please bring ID. We "
            "look forward to meeting you.",
        ),
        (
            "Your application",
            "Recruiting <jobs@northwind.example>",
            "Thank you for your application to Northwind. We would like to invite you to an "
            "interview on Tuesday 9 March at 11:00. Please confirm.",
        ),
        (
            "Next steps",
            "Recruiting <jobs@northwind.example>",
            "Following your interview, you have been selected for a background check before "
            "we make our offer. Please complete the form by Friday.",
        ),
        (
            "Interview invitation",
            "Recruiting <jobs@northwind.example>",
            "Thank you for applying for the night shift at our Leeds depot. We would like to "
            "invite you to an interview on Tuesday 9 March at 11:00. Please confirm.",
        ),
        (
            "Interview",
            "Recruiting <jobs@northwind.example>",
            "We'd like to set up an interview for next week. Are you available Tuesday 9 March "
            "at 11:00 for a video interview with the hiring manager?",
        ),
        (
            "Internal vacancy",
            "People Team <people@northwind.example>",
            "Thanks for your application for a transfer to the Leeds branch. The branch "
            "manager would like to interview you on Tuesday 9 March at 11:00.",
        ),
        (
            "Interview invitation",
            "Recruiting <jobs@northwind.example>",
            "Thank you for your application for our store in Leeds. We would like to invite "
            "you to an interview on Tuesday 9 March at 11:00. Please confirm.",
        ),
        (
            "Vacation scheme",
            "Graduate Recruitment <graduates@northwind.example>",
            "Thank you for applying to the vacation scheme. You have been shortlisted for an "
            "interview on Tuesday 9 March at 11:00.",
        ),
        (
            "Offer",
            "People Team <people@northwind.example>",
            "Following your interview on Tuesday, please find enclosed our offer of "
            "appointment and terms and conditions.",
        ),
    ],
)
def test_a_jobs_process_stays_a_job_interview(subject, sender, text):
    assert detection(subject, sender, text).interview


# a work sent in under its own title: the process judges the work
@pytest.mark.parametrize(
    ("subject", "sender", "text"),
    [
        (
            "Your BuildConf submission",
            "BuildConf Programme <cfp@buildconf.example>",
            'Thank you for submitting "Rust on tiny sensors" to BuildConf 2027. The committee '
            "would like to interview you on Tuesday 9 March at 15:00 before the final "
            "decision. Please confirm.",
        ),
        (
            "Mural commission shortlist",
            "Arts Council <commissions@artscouncil.example.org>",
            'Your proposal "Rivers Under the Road" has been shortlisted. We would like to '
            "invite you to an interview with the selection panel on Thursday 11 March at "
            "14:00.",
        ),
    ],
)
def test_a_titled_work_sent_in_is_not_a_job_interview(subject, sender, text):
    found = detection(subject, sender, text)
    assert not found.interview
    assert "not_a_job" in found.signals


# an employer's template quoting the job's title
@pytest.mark.parametrize(
    "text",
    [
        'Your application "Store Associate - Leeds" has been received. We would like to '
        "invite you to an interview on Tuesday 9 March at 11:00. Please confirm.",
        'Thank you for submitting your application for the "Data Analyst" position. We '
        "would like to invite you to an interview on Tuesday 9 March at 11:00.",
    ],
)
def test_a_job_title_in_quotation_marks_stays_a_job_interview(text):
    assert detection("Application received", "Recruiting <jobs@northwind.example>", text).interview


# the reader's own people met with them: a school's, an accelerator's, a co-op's meeting
@pytest.mark.parametrize(
    ("subject", "sender", "text"),
    [
        (
            "Invitation to interview",
            "Seedhouse <team@seedhouse.example>",
            "Thanks for your application. We would like to invite you and your cofounder to "
            "a 20-minute video interview on Thursday 11 March at 14:00. Please confirm the "
            "time.",
        ),
        (
            "Informal interview",
            "Riverside Music School <office@riversidemusic.example>",
            "Thank you for your enquiry. We would like to meet you and your daughter on "
            "Tuesday 9 March at 16:00 for an informal interview with the head of strings.",
        ),
    ],
)
def test_the_readers_own_people_at_the_meeting_is_not_a_job_interview(subject, sender, text):
    found = detection(subject, sender, text)
    assert not found.interview
    assert "not_a_job" in found.signals


# an employer speaking of the reader's family: cover, relocation, a welcome
@pytest.mark.parametrize(
    "text",
    [
        "Following your interview on Tuesday, we are delighted to offer you the Data Analyst "
        "role. Our health plan covers you and your family from day one; please call us to "
        "discuss.",
        "Your final interview is confirmed for Tuesday 9 March at 11:00 in Denver. We will "
        "arrange relocation support for you and your family if an offer follows.",
        "Following your interview on Tuesday, we are delighted to offer you the Data Analyst "
        "role. We look forward to welcoming you and your family to Denver; call me with any "
        "questions.",
    ],
)
def test_the_readers_family_in_an_employers_letter_stays_a_job_interview(text):
    assert detection("Your interview", "Recruiting <jobs@northwind.example>", text).interview
