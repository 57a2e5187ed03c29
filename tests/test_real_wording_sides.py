"""Whose process a thread is, and which single messages belong to one, in other people's words.

The second growth of the real-wording corpus (hiring-side notifications, the owner inviting
and giving feedback to candidates, referrals, admissions and research interviews, replies
read alone) found these rules; each is written here as a person would write the mail.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CT = "America/Chicago"
CENTRAL = ZoneInfo(CT)
ME = "rosa.delgado@finchwater.example"
CANDIDATE = "Ethan Cole <ethan.cole@example.net>"
RECRUITER = "Jessica Moore <jessica.moore@ironleaf.example>"
POLICY = Policy(timezone=CT)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CENTRAL)


def read(builder, now: str, me: str = ME):
    facts = thread_facts(builder.build(), me)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def alone(builder, me: str = ME) -> bool:
    """The last message of the thread, read by itself: part of the owner's own process?"""
    return detect_interview(builder.build()[-1:], me).interview


def owner_invites(subject: str = "Interview invitation for Operations Coordinator"):
    return a_thread(ME, subject=subject, tz=CT, start="2026-04-06 10:00").from_me(
        "Dear Ethan,\n\nThank you for your application. We would like to invite you to an "
        "interview on Tuesday, April 14 at 11:00 AM.\n\nRosa Delgado, Talent Partner",
        to=(CANDIDATE,),
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you for the invitation to interview. I am pleased to confirm I will attend the "
        "interview on Tuesday, April 14 at 11:00 AM.",
        "Thank you for considering me. I have recently accepted another offer, so I must "
        "respectfully withdraw from the process.",
        "Thank you again for letting me know. Could you share feedback on my interview so I "
        "can improve?",
    ],
)
def test_a_candidate_writing_to_the_user_about_their_own_application_makes_the_user_hiring(
    reply,
):
    thread = owner_invites().from_recruiter(CANDIDATE, reply, at="2026-04-06 18:00")
    facts, _, advice = read(thread, "2026-04-07 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE
    assert not alone(thread)  # the candidate's message alone says the same


def test_the_owner_thanking_a_candidate_for_coming_in_is_the_hiring_side():
    thread = a_thread(ME, subject="Thanks for coming in today", tz=CT, start="2026-04-15 16:30")
    thread.from_me(
        "Hi Ravi,\n\nThanks for coming in today - the team enjoyed the conversation. We're "
        "meeting two more candidates this week and expect to make a decision by Friday, "
        "April 24.\n\nGlen",
        to=("Ravi Menon <ravi.menon@example.com>",),
    )
    facts, _, advice = read(thread, "2026-04-15 18:00")
    assert not facts.interview
    assert advice.action is Action.NONE  # never "send a thank-you" to a hiring manager


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Candidate for Data Scientist: Camille Yamamoto",
            "Hi Alex,\n\nSharing Camille Yamamoto's resume for the Data Scientist opening. "
            "Could you take a look and let me know whether you'd like to interview them?",
        ),
        (
            "Arjun Schmidt - QA Engineer candidate",
            "Hi Alex,\n\nArjun can do Wednesday at 3:30pm CT for the hiring manager interview. "
            "Does that work for you?",
        ),
        (
            "Resume for the Data Engineer opening",
            "Hi Deepa, I've asked recruiting to reach out to her for a screening call this week.",
        ),
    ],
)
def test_a_candidate_named_in_the_third_person_is_someone_elses_application(subject, text):
    me = "alex.morgan@example.com"
    thread = a_thread(me, subject=subject, tz=CT, start="2026-11-02 09:00").from_recruiter(
        "Marcus Ahmed <marcus.ahmed@prismlabs.example>", text
    )
    facts, _, advice = read(thread, "2026-11-02 12:00", me=me)
    assert not facts.interview
    assert advice.action is Action.NONE


@pytest.mark.parametrize(
    ("subject", "text", "reply_alone_too"),
    [
        (
            "Interview request for my thesis",
            "Dear Dr. Ward, I am writing to request an interview with you for my thesis project. "
            "I am a graduate student in the Department of History.",
            True,
        ),
        (
            "Research interview request: local climate budgeting",
            "Dear Mr Blake, I am currently conducting research on how councils set budgets. "
            "Interviews would take about half an hour; please fill in the consent form.",
            True,
        ),
        (
            "Kellmont MBA alumni interview",
            "Hi Sophie, the admissions office has asked me to conduct your alumni interview. "
            "Would you be free for coffee next week?",
            True,
        ),
        (
            "Interview scheduled: Omar Haddad for Product Designer",
            "Hi Dana, you are a designated panelist for the following interview. Give Feedback: "
            "you can only add your feedback after the interview time has passed.",
            False,  # the owner's reply alone still reads as an interview's (its subject
            # names a person, not a side)
        ),
    ],
)
def test_interviews_that_are_not_the_users_job_interview_are_not_interview_threads(
    subject, text, reply_alone_too
):
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-04-20 11:00")
    thread.from_recruiter("Someone <someone@elsewhere.example>", text)
    thread.from_me("Happy to help. Thursday at 2:00 PM works for me.", at="2026-04-20 15:00")
    facts, _, advice = read(thread, "2026-04-21 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE
    if reply_alone_too:
        assert not alone(thread)  # the owner's reply, under that subject, is not one either


def counter_proposal():
    me = "samir.haddad@example.net"
    return me, (
        a_thread(me, subject="Phone interview - QA Supervisor", tz=CT, start="2026-04-14 09:30")
        .from_recruiter(
            RECRUITER,
            "Hi Samir, we'd like to set up a 30-minute phone interview on Thursday, April 16 at "
            "9:00 AM CT. Does that work for you?",
        )
        .from_me(
            "Hi Jessica, I'm on shift Thursday morning. Would Friday, April 17 at 10:00 AM CT "
            "or any time Monday work instead?",
            at="2026-04-14 12:00",
        )
        .from_recruiter(
            RECRUITER,
            "No problem - Friday, April 17 at 10:00 AM CT works. Mark will call you.",
            at="2026-04-14 15:00",
        )
    )


def test_the_employer_saying_the_candidates_time_works_settles_the_interview():
    me, thread = counter_proposal()
    facts, stage, advice = read(thread, "2026-04-15 09:00", me=me)
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-04-17 10:00")
    assert advice.action is Action.PREPARE
    assert alone(thread, me)  # the confirmation alone is part of the process


def test_the_candidate_taking_a_time_in_a_hiring_thread_is_part_of_it_alone():
    me = "fatima.zahra@northgate.example"
    subject = "Your internal application - Claims Analytics Lead"
    thread = (
        a_thread(me, subject=subject, tz=CT, start="2026-04-13 10:00")
        .from_recruiter(
            "Ollie Grant <ollie.grant@northgate.example>",
            "Hi Fatima, could you do a 30-minute call on Wednesday at 3?",
        )
        .from_me("Yes, Wednesday at 3 works - thank you!", at="2026-04-13 12:00")
    )
    assert alone(thread, me)
    sales = (
        a_thread(me, subject="Recap: our call + next steps", tz=CT, start="2026-04-13 10:00")
        .from_recruiter("Tyler <tyler@pipelineforge.example>", "Does Monday at 10 work?")
        .from_me("Monday the 4th at 10 works - please add Dr. Patel.", at="2026-04-13 12:00")
    )
    assert not alone(sales, me)  # the same words outside a hiring process's thread


def test_a_note_naming_the_role_in_its_text_is_part_of_the_process_alone():
    me = "camille.roux@example.com"
    thread = a_thread(me, subject="Thank you for today", tz=CT, start="2026-01-30 17:00")
    thread.from_me(
        "Hi Alison,\n\nThank you for organising today - I really enjoyed meeting the team. "
        "Hearing about the planning made me even more excited about the Merchandising Lead role.",
        to=("Alison Park <alison.park@pinecrest.example>",),
    )
    assert alone(thread, me)


def test_an_employer_asking_for_professional_references_is_part_of_the_process_alone():
    me = "keisha.morgan@example.net"
    thread = a_thread(me, subject="Re: Thank you for today", tz=CT, start="2026-03-06 09:00")
    thread.from_recruiter(
        "Dominic Ferreira <dominic@brambleandfinch.example>",
        "Hi Keisha, thanks for the note, we enjoyed meeting you too. Could you send me names "
        "and contact details for two professional references?",
    )
    assert alone(thread, me)
