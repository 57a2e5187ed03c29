"""Probe messages that share a job search's words but are no step of the owner's own process
(a green-card interview notice, a landlord's viewing, a manager's 1:1 about candidates), read
alone as single-message precision reads them; each was flagged before its fix. Beside each,
messages of the owner's real process in the same words, which must stay flagged."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts

ME = "sam.rivera@example.com"
SAM = f"Sam Rivera <{ME}>"
CENTRAL = ZoneInfo("America/Chicago")
DANA = "Dana Cole <dana.cole@acme.example>"
INVITE = (
    "Hi Sam,\n\nThanks for applying to the Backend Engineer role at Acme. We'd like to schedule "
    "a 45-minute phone interview with the hiring manager. Please let me know your availability "
    "this week, and whether you will need visa sponsorship.\n\nDana"
)


def flagged(sender: str, subject: str, body: str, to: str = ME) -> bool:
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Tue, 10 Mar 2026 09:00:00 -0500\r\nMessage-ID: <probe3@x.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], ME, CENTRAL).detection.interview


def quoted(text: str) -> str:
    lines = "\n".join(f"> {line}" for line in text.split("\n"))
    return f"\n\nOn Mon, Mar 9, 2026 at 10:00 AM Dana Cole <dana.cole@acme.example> wrote:\n{lines}"


def test_an_interview_about_an_application_for_permanent_residence_is_no_job():
    assert not flagged(
        "USCIS <uscis@dhs.example>",
        "Interview Notice - Form I-485",
        "You are scheduled for an interview regarding your Application to Register Permanent "
        "Residence (Form I-485) on April 2, 2026 at 9:00 AM. Bring this notice and all "
        "original documents.",
    )


@pytest.mark.parametrize("status", ["permanent residence", "citizenship", "asylum"])
def test_an_immigration_application_told_as_the_right_to_work_keeps_the_job(status):
    # the candidate answering the sponsorship question, the recruiter's invite quoted below
    assert flagged(
        SAM,
        "Re: Interview - Backend Engineer at Acme",
        f"Hi Dana,\n\nTuesday afternoon works. On sponsorship: I applied for {status} last "
        "year and hold an EAD, so I won't need sponsorship.\n\nSam" + quoted(INVITE),
        to=DANA,
    )
    # the recruiter's answer, read alone
    assert flagged(
        DANA,
        "Re: Interview - Backend Engineer at Acme",
        "Hi Sam,\n\nThanks - I've put you down for Tuesday at 2pm for the phone interview. "
        f"Noted that you applied for {status} and are authorized to work.\n\nDana",
    )


def test_a_landlord_answering_an_enquiry_about_a_home_is_no_job():
    assert not flagged(
        "Mark Ellis <mark.ellis@rentals.example>",
        "Re: 2BR apartment on Elm St",
        "Hi Sam,\n\nThanks for your interest in the apartment. I can show it Saturday at 11am "
        "or Sunday at 2pm - which works for you? Please bring proof of income and "
        "references.\n\nMark",
    )


@pytest.mark.parametrize(
    "job", ["Apartment Manager position", "Property Management Assistant role", "Unit Clerk job"]
)
def test_a_job_whose_title_begins_with_a_home_stays_the_owners(job):
    assert flagged(
        "Leasing Office <hiring@parkviewapts.example>",
        f"Your application - {job}",
        f"Hi Sam,\n\nThanks for your interest in the {job} at Parkview. I can meet you "
        "Saturday at 11am or Sunday at 2pm for an interview - which works for you? Please "
        "bring your resume and references.\n\nMark",
    )


def test_a_managers_one_to_one_about_the_candidates_feedback_is_the_hiring_sides():
    assert not flagged(
        "Priya Shah <priya.shah@mycorp.example>",
        "1:1 this week",
        "Hi Sam,\n\nCan we move our 1:1 to Thursday at 2pm? I want to go over your Q1 goals "
        "and the interview loop feedback for the two backend candidates.\n\nPriya",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the employer telling the candidate of the others: no feedback on them asked
        "We're meeting two other candidates this week and will have feedback for you by "
        "Friday. Could you also send over two references?",
        "Thanks again for interviewing with us. We're gathering the team's feedback and "
        "will be in touch about next steps by Friday.",
    ],
)
def test_feedback_for_the_candidate_after_an_interview_stays_the_owners(text):
    assert flagged(DANA, "Re: Interview - Backend Engineer at Acme", f"Hi Sam,\n\n{text}\n\nDana")


LENA = "Lena Ortiz <lena@devtalkpodcast.example>"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        # the host, read alone: the recording studio's link names a podcast
        (
            LENA,
            "Hi Sam,\n\nYou're all set for Tuesday at 2pm CT. I'll send a Riverside link for "
            "the recording an hour before. Looking forward to the interview!\n\nLena",
        ),
        # the owner's thanks to the host, read alone
        (
            SAM,
            "Hi Lena,\n\nThanks so much for having me on the show - I really enjoyed the "
            "conversation.\n\nSam",
        ),
    ],
)
def test_a_shows_guest_before_and_after_the_recording_is_no_job(sender, body):
    assert not flagged(sender, "Re: DevTalk interview", body, to=ME if sender == LENA else LENA)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Dana,\n\nThank you for having me in today to talk about the Production Assistant "
        "role on the show. I'd love to be on the show's crew this season.\n\nSam",
        "Hi Dana,\n\nThanks for the interview this morning - I'm excited about the chance to "
        "join the team on your show as a researcher.\n\nSam",
    ],
)
def test_a_candidates_thanks_for_a_job_on_a_show_stays_the_owners(body):
    assert flagged(SAM, "Re: Interview - Production Assistant", body, to=DANA)


def test_a_benefits_renewal_interview_is_no_job():
    assert not flagged(
        "State Health <noreply@health.state.example>",
        "Action needed: renewal interview",
        "We need to speak with you to renew your health coverage. Please call to schedule your "
        "renewal interview by March 31, or your coverage may end.",
    )
    assert not flagged(
        "County Human Services <dhs@county.example>",
        "Appointment notice",
        "Your Medicaid interview is scheduled for March 19 at 10:30 AM by phone. A caseworker "
        "will call you. If you cannot attend, call to reschedule.",
    )


@pytest.mark.parametrize(
    "job",
    ["Medicaid Eligibility Specialist", "Medicare Advisor", "Contract Renewal Manager"],
)
def test_a_job_titled_by_a_benefit_keeps_its_interview(job):
    assert flagged(
        "County Human Services <hr@county.example>",
        "Interview invitation",
        f"Dear Sam,\n\nThank you for applying. We would like to invite you to a {job} "
        "interview on Tuesday, March 17 at 10:00 AM. Please confirm your attendance.\n\nHR",
    )


def test_feedback_gathered_from_the_panel_is_told_to_the_candidate():
    # an employer's "from the panel" is its interviewers', told to the one interviewed
    assert flagged(
        DANA,
        "Re: Interview - Backend Engineer at Acme",
        "Hi Sam,\n\nThanks again for interviewing with us. We're gathering feedback from the "
        "panel and will be in touch about next steps by Friday.\n\nDana",
    )


def test_the_owner_agreeing_to_talk_about_a_reporters_story_is_no_job():
    assert not flagged(
        SAM,
        "Re: Interview request",
        "Hi Tom, happy to talk about the story. Thursday at 3pm works.\n\nSam",
        to="Tom Baker <tbaker@citynews.example>",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Hi Dana, happy to talk more about the Story Artist role. Thursday at 3pm works.\n\nSam",
        "Hi Dana, Thursday at 3pm works. I'll bring the writing sample for the article "
        "editor position.\n\nSam",
    ],
)
def test_a_job_titled_by_a_piece_keeps_the_owners_reply(body):
    assert flagged(SAM, "Re: Interview request", body, to=DANA)


def test_interviewing_training_required_of_a_new_hiring_manager_is_the_hiring_sides():
    assert not flagged(
        "L&D <learning@mycorp.example>",
        "Required: Structured interviewing training",
        "Hi Sam, as a new hiring manager you're required to complete Structured Interviewing "
        "101 by March 31. Enroll in Workday Learning.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Your interview for the Training Coordinator role is confirmed for Tuesday at 10am.",
        "Thanks for applying to the Learning & Development Specialist role. We'd like to set "
        "up an interview with the training team - are you available Thursday at 2pm?",
    ],
)
def test_a_training_jobs_interview_stays_the_owners(text):
    assert flagged(DANA, "Interview - Training Coordinator", f"Hi Sam,\n\n{text}\n\nDana")
