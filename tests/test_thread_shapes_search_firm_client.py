"""A search or interim firm writes about its client: the employer is the client it names,
not the firm (shapes_company).

The firm is known by its domain ("...exec", "...interim"), by the name it signs with
("Wexford Lane Search") or by calling the employer "the client" ("the client, Tamsin Water,",
"a client of ours, Ostrander Mills,", "the client is Pell & Ruiz"); its subjects set the client
apart ("Ostrander Mills - VP Sales - phone interview", "Harrowgate Trust CFO - final round"),
and "a call with Dana Obi" names a person, not the employer.
"""

from __future__ import annotations

import pytest

from afterview.company import find_company
from tests.builders import ME, a_thread


def company(sender: str, subject: str, *texts: str) -> str | None:
    thread = a_thread(ME, subject=subject)
    for text in texts:
        thread.from_recruiter(sender, text, subject=subject)
    return find_company(thread.build(), [ME])


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer"),
    [
        (
            "Ivo Park <ivo@tidewayexec.example>",
            "Tamsin Water - chief executive - meeting the chair",
            "I've passed my notes to the client, Tamsin Water, and the chair would like to meet "
            "you on Monday at 10:00.",
            "Tamsin Water",
        ),
        (
            "Ruth Lake <ruth@lakehollowinterim.example>",
            "Interim CFO - availability?",
            "Are you free from the 3rd? A client of ours, Ostrander Mills, needs an interim CFO "
            "for four months.",
            "Ostrander Mills",
        ),
        (
            "Ivo Park <ivo@tidewayexec.example>",
            "Harrowgate Trust CFO - final round",
            "The board would like you back on Thursday at 2:00 for the final round.\n\nIvo Park\n"
            "Tideway Executive Search",
            "Harrowgate Trust",
        ),
        (
            "Nell Ames <nell@wexfordlane.example>",
            "Pell & Ruiz - offer",
            "Good news: they'd like to make you an offer.\n\nNell Ames\nWexford Lane Search",
            "Pell & Ruiz",
        ),
        (
            "Moss Kerr <moss@harbourpointsearch.example>",
            "Ostrander Mills - VP Sales - phone interview",
            "They'd like a phone interview with Dana Obi, their CCO, on Wednesday at 11:00.",
            "Ostrander Mills",
        ),
    ],
)
def test_a_firm_names_its_client(sender, subject, text, employer):
    assert company(sender, subject, text) == employer


def test_the_client_named_in_a_later_answer():
    assert (
        company(
            "Cal Rook <cal@rookrecruiting.example>",
            "Opportunity - Director of Logistics",
            "Have I got a role for you! Can we talk this week?",
            "Fair question - the client is Pell & Ruiz, and the role is in Leeds.",
        )
        == "Pell & Ruiz"
    )


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer"),
    [
        # an employer writing of its own interview: its own name, whoever it meets
        (
            "Ada Lim <ada@ostrandermills.example>",
            "Ostrander Mills - interview",
            "Ostrander Mills would like to invite you to interview with Dana Obi on Monday.",
            "Ostrander Mills",
        ),
        # an employer's own client, mentioned in passing, is not the employer
        (
            "Ada Lim <ada@ostrandermills.example>",
            "Interview at Ostrander Mills",
            "You would look after the client is our motto. See you on Monday at 9:00.",
            "Ostrander Mills",
        ),
    ],
)
def test_an_employer_stays_itself(sender, subject, text, employer):
    assert company(sender, subject, text) == employer
