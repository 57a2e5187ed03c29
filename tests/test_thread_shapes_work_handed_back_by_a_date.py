"""Work to be handed back by a date is asked of the reader: reply; handing it in answers.

DESIGN rule 2: the employer's latest message asks the reader something and the reader has
not answered -> `reply`. A test or exercise sent with the date the work is to come back by
("please return it by Tuesday", "submit your files by Wednesday", "they'd like it back by
the 21st") is such an ask, as "the due date is Monday" already is; and the reader's answer
with the work is a reply, not the one follow-up (DESIGN rule 5's reading of a message after
the thank-you window). Judged by the creative batch's first look (creative_holdback held back).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

NEW_YORK = "America/New_York"
ZONE = ZoneInfo(NEW_YORK)
POLICY = Policy(timezone=NEW_YORK)
EDITOR = "Maya Lund <maya@harborlightmag.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def facts_after(text: str):
    thread = (
        a_thread(subject="Staff Writer interview", tz=NEW_YORK)
        .from_recruiter(
            EDITOR,
            "Thank you for interviewing with us for the Staff Writer position on Monday.",
            at="2027-02-24 16:00",
        )
        .from_recruiter(EDITOR, text, at="2027-03-01 09:00")
    )
    return thread_facts(thread.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Attached is our writing test: edit the story and pitch two ideas. Please return it "
        "by Thursday at 10am.",
        "The art test brief is attached. We need it back by Wednesday, 6 PM.",
        "Here is the design exercise we mentioned. Send us your prototype link by Monday.",
        "The studio has sent over a short test for you; they'd like it back by Friday.",
    ],
)
def test_work_to_hand_back_by_a_date_asks_the_reader(text):
    facts = facts_after(text)
    assert facts.employer_messages[-1].asks_candidate
    assert advise(facts, at("2027-03-01 12:00"), POLICY).action is Action.REPLY


@pytest.mark.parametrize(
    "text",
    [
        # the employer's own promise
        "Thanks for taking the writing test. We'll return your marked test by Friday.",
        # the work came in
        "Thanks for submitting your test - we'll send the team's notes by Friday.",
        # a test named, no work handed to the reader
        "The panel liked your art test a lot and will meet on Thursday to compare notes.",
    ],
)
def test_no_work_handed_back_asks_nothing(text):
    assert not facts_after(text).employer_messages[-1].asks_candidate


def test_the_work_handed_in_after_an_interview_is_no_follow_up():
    thread = (
        a_thread(subject="Staff Writer - edit test", tz=NEW_YORK)
        .from_recruiter(
            EDITOR,
            "Thanks again for the phone interview on Monday. Attached is our edit test; "
            "please return it by Friday, March 5 at noon. We'll be in touch by March 12.",
            at="2027-03-03 09:00",
        )
        .from_me("Here is my completed test. Thank you!", at="2027-03-04 20:00")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    # March 12 + 2 business days is March 16: the one follow-up is still to send after it
    assert advise(facts, at("2027-03-17 10:00"), POLICY).action is Action.FOLLOW_UP
