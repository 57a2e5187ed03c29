"""The owner's own words casting someone else as the candidate (shapes_hiring_side).

Whoever writes "your application", "your interview", "your CV" to the other person treats
them as the candidate; whoever writes "his CV", "interview her", "bring him back" speaks of a
third person as one. Said in the owner's own message, the owner is the hiring side: the
thread is recognised and given no advice, however the addresses look (here every address
is a mailbox provider's, so the reading of an organisation writing to a private person has
nothing to go on). Judged by the retro first looks
(bench/retro_edits/owner_casts_a_candidate.py).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import a_thread

TZ = "Europe/London"
ZONE = ZoneInfo(TZ)
OWNER = "maya.okafor@gmail.com"  # runs a small bakery from her own mailbox
APPLICANT = "Leo Brandt <leo.brandt@outlook.com>"
EMPLOYER = "Ruth Calloway <ruth.calloway@yahoo.com>"  # a shop owner, also on a private mailbox


def owner_opens(owner_text: str, answer: str, subject: str = "Counter assistant interview"):
    builder = (
        a_thread(OWNER, subject=subject, tz=TZ)
        .from_me(owner_text, to=(APPLICANT,), at="2027-04-05 18:10")
        .message(APPLICANT, answer, at="2027-04-06 08:40")
    )
    return thread_facts(builder.build(), OWNER, ZONE)


# the owner writing to the applicant of the applicant's own things
@pytest.mark.parametrize(
    "owner_text",
    [
        "Hi Leo, I read your application for the counter job and would love to meet. Could "
        "you come by the shop on Thursday at 3pm?",
        "Leo - thanks, I've gone through your CV. Can you do a short chat on Thursday at 3pm?",
        "Hello Leo, just to say your second interview is on Thursday at 3pm at the shop, with "
        "my business partner this time.",
        "Hi Leo, I'm sorry but I have to move your interview from Wednesday. Would Thursday at "
        "3pm suit instead?",
    ],
)
def test_the_owner_writing_of_the_applicants_own_things_is_the_hiring_side(owner_text):
    facts = owner_opens(owner_text, "Thursday at 3pm works for me, see you then.")
    assert not facts.interview
    assert "owner_hiring_side" in facts.detection.signals


# the owner writing of a third person as the candidate (to someone hiring with her)
@pytest.mark.parametrize(
    "owner_text",
    [
        "Ruth, I've attached Leo's CV ahead of Thursday. Let me know if you'd like to "
        "interview him for the weekend shifts.",
        "Ruth - she was lovely on the phone. Could you screen her on Thursday at 3pm before I "
        "decide?",
        "Morning Ruth, I think we should bring him back for a trial shift on Thursday at 3pm. "
        "Any objections?",
    ],
)
def test_the_owner_writing_of_a_third_person_as_the_candidate_is_the_hiring_side(owner_text):
    builder = (
        a_thread(OWNER, subject="Weekend shifts interview", tz=TZ)
        .from_me(owner_text, to=(EMPLOYER,), at="2027-04-05 18:10")
        .message(EMPLOYER, "Thursday at 3pm works, I'll be in.", at="2027-04-06 08:40")
    )
    facts = thread_facts(builder.build(), OWNER, ZONE)
    assert not facts.interview


# look-alikes: a candidate calls "yours" what is the employer's, thanks for "your interview",
# passes the employer's words on, or speaks of the interviewer in the third person
CANDIDATE = "sam.reyes@gmail.com"
HIRING_MANAGER = "Nadia Farouk <nadia.farouk@fastmail.com>"
INVITATION = (
    "Hi Sam, thanks for applying for the Studio Assistant role. I'd like to invite you to an "
    "interview - would Tuesday at 2pm work?"
)


def candidate_answers(answer: str, *, subject: str | None = None):
    builder = (
        a_thread(CANDIDATE, subject="Studio Assistant interview", tz=TZ)
        .message(HIRING_MANAGER, INVITATION, at="2027-04-05 10:00")
        .from_me(answer, at="2027-04-05 16:30", subject=subject)
    )
    return thread_facts(builder.build(), CANDIDATE, ZONE)


@pytest.mark.parametrize(
    "answer",
    [
        "Thank you for your interview invitation. Tuesday at 2pm works for me.",
        "Thanks for your interest in my portfolio! Tuesday at 2pm works well.",
        "Thank you for your interview offer, Tuesday at 2pm is great.",
        "Tuesday at 2pm works. I filled in your application form yesterday, so you should have "
        "my details.",
        "Tuesday at 2pm works for me. Could you check your application portal? It still shows "
        "my status as pending.",
        "Tuesday at 2pm works. Please pass my thanks to Ana - I'd love to hear her feedback on "
        "my portfolio afterwards.",
    ],
)
def test_a_candidate_calling_the_employers_things_yours_keeps_their_process(answer):
    facts = candidate_answers(answer)
    assert facts.interview
    assert "owner_hiring_side" not in facts.detection.signals


def test_a_candidate_forwarding_the_invitation_keeps_their_process():
    builder = (
        a_thread(CANDIDATE, subject="Studio Assistant interview", tz=TZ)
        .message(HIRING_MANAGER, INVITATION, at="2027-04-05 10:00")
        .from_me(
            "Mum - look! ---------- Forwarded message ---------- Hi Sam, your interview for the "
            "Studio Assistant role is on Tuesday at 2pm.",
            to=("Jo Reyes <jo.reyes@gmail.com>",),
            subject="Fwd: Studio Assistant interview",
            at="2027-04-05 16:30",
        )
    )
    facts = thread_facts(builder.build(), CANDIDATE, ZONE)
    assert facts.interview
    assert "owner_hiring_side" not in facts.detection.signals


def test_a_note_the_owner_sends_herself_keeps_her_process():
    # her own reminder, written as to someone else: the one written to is herself
    builder = (
        a_thread(CANDIDATE, subject="Studio Assistant interview", tz=TZ)
        .message(HIRING_MANAGER, INVITATION, at="2027-04-05 10:00")
        .from_me(
            "Reminder: your interview with Nadia is on Tuesday at 2pm - bring your portfolio.",
            to=(CANDIDATE,),
            at="2027-04-05 16:30",
        )
    )
    facts = thread_facts(builder.build(), CANDIDATE, ZONE)
    assert facts.interview
    assert "owner_hiring_side" not in facts.detection.signals
