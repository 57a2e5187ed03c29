"""The owner opening a thread with a decision about the one written to (shapes_hiring_side).

A letter that opens the conversation with a refusal or an offer, asks nothing, and says none
of a candidate's own words is the hiring side's: the owner wrote it, so the owner is the one
hiring, and the thread is recognised and given no advice. Every address here is a mailbox
provider's, so the reading of an organisation writing to a private person has nothing to go
on. A candidate opens a thread about a decision to accept, decline or withdraw, to thank for
it, or to ask about it. Judged by the retro first looks
(bench/retro_edits/owner_sends_a_decision.py).
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


def owner_opens(letter: str, answer: str, subject: str):
    builder = (
        a_thread(OWNER, subject=subject, tz=TZ)
        .from_me(letter, to=(APPLICANT,), at="2027-04-05 18:10")
        .message(APPLICANT, answer, at="2027-04-06 08:40")
    )
    return thread_facts(builder.build(), OWNER, ZONE)


@pytest.mark.parametrize(
    ("subject", "letter", "answer"),
    [
        (
            "Counter assistant position",
            "Dear Leo, many thanks for your time last week. I'm sorry to say the counter "
            "assistant position has been filled by someone with more bakery experience. I "
            "enjoyed our chat and wish you well.",
            "Thanks for letting me know, Maya. Best of luck with the new hire.",
        ),
        (
            "Job offer - counter assistant",
            "Dear Leo, I am pleased to confirm our offer of employment as counter assistant, "
            "starting Monday 3 May. Please sign the attached contract and return it by Friday "
            "23 April.",
            "Wonderful, thank you! I'll send it back tomorrow.",
        ),
        (
            "Counter assistant - next steps",
            "Hi Leo, good news: we would love you to join us as counter assistant from 3 May, "
            "25 hours a week. The offer letter is attached; please sign and return it by Friday.",
            "Thank you so much, Maya! Signed copy attached. See you on the 3rd.",
        ),
    ],
)
def test_the_owner_opening_with_a_decision_is_the_hiring_side(subject, letter, answer):
    facts = owner_opens(letter, answer, subject)
    assert not facts.interview
    assert "owner_hiring_side" in facts.detection.signals


CANDIDATE = "sam.reyes@gmail.com"
HIRING_MANAGER = "Nadia Farouk <nadia.farouk@fastmail.com>"


def candidate_opens(letter: str, answer: str, subject: str):
    builder = (
        a_thread(CANDIDATE, subject=subject, tz=TZ)
        .from_me(letter, to=(HIRING_MANAGER,), at="2027-04-05 18:10")
        .message(HIRING_MANAGER, answer, at="2027-04-06 08:40")
    )
    return thread_facts(builder.build(), CANDIDATE, ZONE)


@pytest.mark.parametrize(
    ("subject", "letter", "answer"),
    [
        # asking about the decision
        (
            "Studio Assistant role",
            "Hi Nadia, a friend mentioned that the Studio Assistant position has been filled. "
            "Is that right? I interviewed last week and hadn't heard.",
            "Hi Sam, I'm sorry, yes - we offered it to another candidate on Friday. I should "
            "have written sooner.",
        ),
        # accepting it
        (
            "Studio Assistant offer",
            "Dear Nadia, thank you for the offer of the Studio Assistant position. I am "
            "delighted to accept and look forward to starting on 3 May.",
            "Wonderful news, Sam - we're delighted you accepted our offer. Your first day is "
            "Monday 3 May at 9:00 at the studio.",
        ),
        # thanking for it, the letter signed
        (
            "Studio Assistant interview",
            "Hi Nadia, thanks again for the offer for the Studio Assistant role. The offer "
            "letter is signed and attached.",
            "Thanks Sam, we're delighted you accepted our offer. Your first day is Monday 3 May "
            "at 9:00 at the studio.",
        ),
    ],
)
def test_a_candidate_opening_about_a_decision_keeps_their_process(subject, letter, answer):
    facts = candidate_opens(letter, answer, subject)
    assert facts.interview
    assert "owner_hiring_side" not in facts.detection.signals


def test_the_decision_in_the_owners_reply_is_the_one_answered():
    # the employer's offer, then the candidate's reply carrying its words: no opening letter
    builder = (
        a_thread(CANDIDATE, subject="Studio Assistant offer", tz=TZ)
        .message(
            HIRING_MANAGER,
            "Hi Sam, we are pleased to offer you the Studio Assistant position from 3 May. "
            "The offer letter is attached.",
            at="2027-04-05 10:00",
        )
        .from_me(
            "Hi Nadia, the offer letter is signed and attached. Looking forward to the 3rd.",
            at="2027-04-05 16:30",
        )
    )
    facts = thread_facts(builder.build(), CANDIDATE, ZONE)
    assert facts.interview
    assert "owner_hiring_side" not in facts.detection.signals
