"""Taken on, in an owner's plain words, in the letter that looks back on the meeting.

"Thanks for applying ... and for coming in last week. We'd like to hire you for the upcoming
season" is an offer, as is "Great meeting you yesterday - we'd love to have you on as a line
cook": the letter itself says the meeting is behind them, in everyday words ("for coming in",
"great meeting you") that the reading of a taking-on had not known, so the thread stayed at the
application. Not a step of the process ("we'd love to have you in for a trial shift"), nor
a taking-on under a condition.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
OWNER = "Rita Vance <rita@copperkettle.example>"


def one_letter(subject: str, text: str):
    builder = a_thread(subject=subject, tz=CHICAGO)
    builder = builder.from_recruiter(OWNER, text, at="2027-04-06 10:30")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThanks for applying for our seasonal Line Cook listing and for coming in "
        "last week. We'd like to hire you for the summer season, starting May 3. Please reply "
        "to let us know if that works.\n\nRita",
        "Hi Sam,\n\nGreat meeting you yesterday. We'd love to have you on as a line cook for "
        "the summer - I'll email you the start date once the menu is set.\n\nRita",
    ],
)
def test_taken_on_in_the_letter_that_looks_back_on_the_meeting(text):
    facts = one_letter("Line Cook - summer season", text)
    assert facts.stage is Stage.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # a step of the process
        "Hi Sam,\n\nGreat meeting you yesterday. We'd love to have you on for a trial shift "
        "on Saturday - does 4pm work?\n\nRita",
        # under a condition
        "Hi Sam,\n\nThanks for coming in last week. If the owners sign off on a second cook, "
        "we'd like to hire you for the summer.\n\nRita",
    ],
)
def test_a_step_or_a_condition_is_no_taking_on(text):
    facts = one_letter("Line Cook - summer season", text)
    assert facts.stage is not Stage.OFFER
