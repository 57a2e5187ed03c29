"""The team enjoying what the reader sent, before anyone met: the application read, no
interview held.

"Thanks for taking the time to answer our application questions. The team enjoyed your
portfolio and we'd like to move you forward to a conversation with the design team" had been
read as thanks after an interview ("the team enjoyed" is the employer's usual word after one),
so the thread stood as interviewed before any interview took place. What the team enjoys here
is the portfolio, the CV, the answers: papers. The team enjoying the reader's company ("the
team enjoyed meeting you") still says it took place.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

TORONTO = "America/Toronto"
ZONE = ZoneInfo(TORONTO)
RECRUITER = "Iris Vale <iris.vale@northlight-studio.example>"


def letter_after_applying(text: str):
    builder = a_thread(subject="Your application: Motion Designer", tz=TORONTO)
    builder = builder.from_recruiter(RECRUITER, text, at="2027-04-05 11:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThank you for applying for the Motion Designer role and for answering our "
        "questions. The team enjoyed your portfolio and we will be in touch about next steps "
        "within two weeks.\n\nIris",
        "Hi Sam,\n\nThank you for applying and for sending your reel. Everyone enjoyed your "
        "showreel, and we will be in touch about next steps within two weeks.\n\nIris",
    ],
)
def test_the_papers_enjoyed_are_no_interview_held(text):
    facts = letter_after_applying(text)
    assert facts.interview
    assert facts.stage is Stage.APPLIED


def test_the_team_enjoying_meeting_the_reader_still_says_it_took_place():
    text = (
        "Hi Sam,\n\nThe team enjoyed meeting you yesterday and we will be in touch about next "
        "steps within two weeks.\n\nIris"
    )
    assert letter_after_applying(text).stage is Stage.INTERVIEWED
