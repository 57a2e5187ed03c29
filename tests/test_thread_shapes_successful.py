"""The reader told they have been successful, with the meeting behind them (reread).

British and Irish letters take the reader on as "you have been successful" ("we are pleased to
tell you that you have been successful in your application for the post of ...", "Great news -
you've been successful! Here are the details of your placement"): an offer, as "you have been
selected" is (`timeline._takes_the_reader_on`); not success at a step of the process ("you have
been successful at the sift stage"), nor under a condition ("we will let you know whether you
have been successful"), nor a letter that says no. Judged by the retro first looks
(bench/retro_edits/successful.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
HR = "People Team <people@marrowgate.example>"
INVITED = (
    "Thank you for applying for the Site Coordinator role. Your interview is confirmed for "
    "Tuesday 9 March 2027 at 10:00 at our Leeds office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Site Coordinator", tz=LONDON)
        .from_recruiter(HR, INVITED, at="2027-03-02 11:00")
        .from_recruiter(HR, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-12 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam,\n\nFurther to your recent interview, I am delighted to tell you that you "
        "have been successful in your application for the post of Site Coordinator.\n\nA "
        "contract will follow by post.",
        "Hi Sam,\n\nGreat news - you've been successful! The details of your contract are "
        "below; please reply to confirm.",
    ],
)
def test_successful_after_the_meeting_is_an_offer(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # success at a step: the process goes on
        "Dear Sam,\n\nThank you for attending the interview. You have been successful at this "
        "stage and we would like to invite you to a second interview.",
        "Dear Sam,\n\nFollowing your interview, you have been successful in progressing to "
        "the final round.",
        # a condition, not a decision
        "Dear Sam,\n\nThank you for attending the interview. We will write by Friday to let "
        "you know whether you have been successful.",
        # a letter that says no
        "Dear Sam,\n\nThank you for attending the interview. Unfortunately you have not been "
        "successful on this occasion.",
    ],
)
def test_success_at_a_step_or_in_doubt_is_no_offer(text):
    facts, _ = after_the_interview(text)
    assert facts.stage is not Stage.OFFER
