"""A further round asked in a senior process's words is an interview (shapes_message_recall).

"We'd like you to come back for a final meeting with our chair on Tuesday at 2:00", "they'd
like you back for a final round": the reader asked to return, for a meeting the hiring names.
Not a customer asked to come back ("come back for a second visit to the showroom").
"""

from __future__ import annotations

import pytest

from tests.builders import read_alone

ME = "ada.reyes@example.com"
EMPLOYER = "Lior Tan <lior.tan@ashcombe.example>"


@pytest.mark.parametrize(
    "text",
    [
        "We'd like you to come back for a final meeting with Ruth Kell (our chair) on Tuesday "
        "at 2:00. Please confirm you can attend.",
        "The directors would like you back for a final conversation on Tuesday at 2:00. Can you "
        "make it?",
        "Ruth would like to have you back for a second conversation on Tuesday at 2:00 - please "
        "confirm.",
    ],
)
def test_asked_back_for_a_further_round_is_the_readers_interview(text):
    assert read_alone(ME, text, subject="Chief Operating Officer - next meeting", sender=EMPLOYER)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for visiting the showroom! Come back for a second look at the sofas on Tuesday "
        "at 2:00 - the sale runs all week.",
        "Great session today. Come back for a second workshop on Tuesday at 2:00?",
    ],
)
def test_a_customer_asked_back_is_no_interview(text):
    assert not read_alone(ME, text, subject="Your visit", sender=EMPLOYER)
