"""Candidate-side messages read alone: dev's seventh growth (issue 9's message-level target).

Offers answered and closed, decisions answered, interest restated, a screening call offered,
a candidate moving their own interview. Each rule came from a miss of the seventh growth's
families and is written here in other wording than the corpus's.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview, signal_names
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import a_thread

CT = "America/Chicago"
ME = "rosa.lindgren@example.com"
EMPLOYER = "Dev Malhotra (Quayside Freight) <dev.malhotra@quayside-freight.example>"


def read_alone(subject: str, text: str, *, from_me: bool = False, me: str = ME):
    """One message, read by itself."""
    thread = a_thread(me, subject=subject, tz=CT, start="2026-07-06 09:00")
    if from_me:
        thread.message(me, text, subject=subject, to=EMPLOYER)
    else:
        thread.from_recruiter(EMPLOYER, text, subject=subject)
    return detect_interview(thread.build(), me)


def alone(subject: str, text: str, *, from_me: bool = False) -> bool:
    return read_alone(subject, text, from_me=from_me).interview


# ----- an offer named by the subject: "Offer - <role>", "Your offer from <company>"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Offer - Yard Coordinator",
        "RE: Job offer: Yard Coordinator",
        "Re: Your offer from Quayside",
    ],
)
def test_a_short_answer_under_an_offer_subject_is_the_readers(subject):
    assert alone(subject, "Sounds good, Rosa - Thursday the 16th is fine. Speak then.\n\nDev")


@pytest.mark.parametrize(
    ("subject", "bulk"),
    [("Special offer: 30% off all summer tees", True), ("Re: Offer - garden bench", False)],
)
def test_a_shop_or_a_sale_offer_is_no_job_offer(subject, bulk):
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-07-06 09:00").from_recruiter(
        EMPLOYER, "Thanks, I can collect it on Saturday morning.", subject=subject, is_bulk=bulk
    )
    assert not detect_interview(thread.build(), ME).interview


# ----- the employer writing after the offer was accepted


def test_an_accepted_offer_and_a_first_day_are_an_offer():
    detection = read_alone(
        "Getting ready for August",
        "Hi Rosa,\n\nWe're delighted you've accepted our offer! Your first day is Monday 3 August; "
        "please bring your passport for the right-to-work check.\n\nDev",
    )
    assert "offer_wording" in signal_names(detection), detection
    assert detection.interview


# ----- the candidate accepting or taking back an acceptance in other words


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Malhotra,\n\nI write to confirm my acceptance of the Yard Coordinator post on "
        "the terms in your letter of 2 July.\n\nRosa Lindgren",
        "Dear Dev,\n\nI am sorry to say that I must withdraw my acceptance: a family matter keeps "
        "me in Gothenburg this year.\n\nRosa",
    ],
)
def test_the_candidate_accepting_or_taking_back_an_acceptance_decides(text):
    detection = read_alone("Re: Your letter", text, from_me=True)
    assert "candidate_decides" in signal_names(detection), detection
    assert detection.interview


# ----- the candidate answering a decision


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, thanks for telling me, and no hard feelings. Please keep me in mind for future "
        "openings on the logistics side.\n\nRosa",
        "Thank you for the call earlier. I'd be glad to be considered for future roles at Quayside."
        "\n\nBest, Rosa",
    ],
)
def test_the_candidate_answering_a_decision_is_their_process(text):
    detection = read_alone("Re: Update", text, from_me=True)
    assert "candidate_after_decision" in signal_names(detection), detection
    assert detection.interview


def test_keeping_a_friend_in_mind_is_no_process():
    assert not alone("Re: Drinks", "Ha, keep me in mind for the next pub quiz!", from_me=True)


# ----- the candidate restating their interest while following up


def test_a_follow_up_restating_interest_is_the_candidates():
    text = "Hi Dev, just checking in on where things stand - I'm still very keen on the post."
    detection = read_alone("Re: Thanks for coming in on Monday", text, from_me=True)
    assert "candidate_own_process" in signal_names(detection), detection
    assert detection.interview


# ----- a screening call offered: "hear about your background"


def test_a_call_to_hear_about_the_readers_background_is_a_screen():
    text = (
        "Hi Rosa, thanks for your note about the Yard Coordinator vacancy. I'd love a quick call "
        "to hear more about your background. When suits you this week?\n\nDev"
    )
    detection = read_alone("Yard Coordinator", text)
    assert "interview_wording_text" in signal_names(detection), detection
    assert detection.interview


# ----- the employer closing the reader's application


def test_the_employer_closing_the_readers_application_is_their_process():
    detection = read_alone(
        "Re: Update from me", "Understood, Rosa - I've withdrawn your application. All the best!"
    )
    assert "application_confirmation" in signal_names(detection), detection
    assert detection.interview


# ----- "I regret to inform you" in the candidate's own mail is no employer's voice


def test_the_candidate_regretting_to_inform_is_not_the_employer():
    text = (
        "Dear Dev,\n\nI regret to inform you that I have come down with flu, and I will need to "
        "reschedule our interview on Thursday. I apologise for the short notice.\n\nRosa"
    )
    detection = read_alone("Interview on Thursday", text, from_me=True)
    assert "owner_hiring_side" not in signal_names(detection), detection
    assert detection.interview


# ----- a job title wrapped over a line break is still a title


def test_a_role_named_across_a_line_break_names_a_job():
    text = (
        "Dear Dev,\n\nThanks for taking the time to meet with me this morning. I enjoyed hearing "
        "about the Yard\nCoordinator role and the new cross-dock.\n\nRosa"
    )
    detection = read_alone("Thanks for today", text, from_me=True)
    assert "hiring_context" in signal_names(detection), detection
    assert detection.interview


# ----- the candidate asking to move a coming interview reopens it


def scheduled_then(candidate_text: str):
    return (
        a_thread(ME, subject="Interview: Yard Coordinator", tz=CT)
        .from_recruiter(
            EMPLOYER,
            "Hi Rosa, you're confirmed for your interview on Thursday, July 9 at 10:00 AM CT.",
            at="2026-07-06 09:00",
        )
        .from_me(candidate_text, at="2026-07-07 18:00")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dev, I'm so sorry - I've been called into a site audit on Thursday. Could we "
        "reschedule to early next week?",
        "Hi Dev, any chance we could push to Friday instead? Something came up at work.",
    ],
)
def test_the_candidate_asking_to_move_a_coming_interview_reopens_scheduling(text):
    result = thread_facts(scheduled_then(text).build(), ME)
    assert result.stage is Stage.SCHEDULING


def test_the_employer_naming_the_new_time_settles_it_again():
    thread = scheduled_then(
        "Hi Dev, could we reschedule to early next week? I'm called into an audit."
    ).from_recruiter(
        EMPLOYER, "No problem - Monday, July 13 at 2:00 PM CT then.", at="2026-07-08 09:00"
    )
    result = thread_facts(thread.build(), ME)
    assert result.stage is Stage.SCHEDULED
    assert result.interview_start is not None and result.interview_start.day == 13


def test_a_thank_you_mentioning_availability_after_the_interview_keeps_it_interviewed():
    thread = (
        a_thread(ME, subject="Interview: Yard Coordinator", tz=CT)
        .from_recruiter(
            EMPLOYER,
            "Hi Rosa, you're confirmed for your interview on Thursday, July 9 at 10:00 AM CT.",
            at="2026-07-06 09:00",
        )
        .from_me(
            "Thank you for your time today, Dev. I'm happy to share my availability for a "
            "second round whenever useful.",
            at="2026-07-09 15:00",
        )
    )
    assert thread_facts(thread.build(), ME).stage is Stage.INTERVIEWED


# ----- the owner signing as a recruiter at their own organisation runs the hiring

RECRUITER_OWNER = "priya.shah@northwind.example"


def owner_answers_a_candidate(me: str, signature: str):
    return (
        a_thread(me, subject="Interview - Data Analyst", tz=CT, start="2026-07-06 09:00")
        .from_recruiter(
            EMPLOYER,
            "Hi Priya, so sorry - something came up on Wednesday. Could we do Thursday instead?",
        )
        .from_me(f"No problem - Thursday at 3pm works, invite to follow.\n\n{signature}")
    )


@pytest.mark.parametrize(
    "signature",
    ["Priya Shah\nSenior Recruiter | Northwind", "Priya Shah\nTalent Acquisition, Northwind"],
)
def test_the_owner_signing_as_a_recruiter_is_the_hiring_side(signature):
    thread = owner_answers_a_candidate(RECRUITER_OWNER, signature)
    detection = detect_interview(thread.build(), RECRUITER_OWNER)
    assert "owner_hiring_side" in signal_names(detection), detection
    assert not detection.interview


@pytest.mark.parametrize(
    ("me", "signature"),
    [
        # a recruiter looking for a job, from a personal address
        ("priya.shah@example.com", "Priya Shah\nSenior Recruiter | Northwind"),
        # signing with another organisation than the one written from
        (RECRUITER_OWNER, "Priya Shah\nSenior Recruiter | Eastbrook Staffing"),
    ],
)
def test_a_recruiter_title_of_no_organisation_of_the_owners_is_still_a_candidate(me, signature):
    thread = owner_answers_a_candidate(me, signature)
    detection = detect_interview(thread.build(), me)
    assert "owner_hiring_side" not in signal_names(detection), detection
    assert detection.interview


def test_the_candidate_greeting_the_recruiting_team_is_not_signing_as_one():
    text = "Dear Recruitment Team,\n\nThursday at 3pm works for me.\n\nRosa"
    detection = read_alone("Re: Interview - Data Analyst", text, from_me=True)
    assert "owner_hiring_side" not in signal_names(detection), detection
    assert detection.interview
