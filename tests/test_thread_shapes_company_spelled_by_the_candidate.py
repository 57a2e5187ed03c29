"""The employer's name as the candidate spells it, where the employer never does (campus).

A supervisor who signs with a first name writes from juniperhollow.example; the student's own
mail says "the Research Assistant internship at Juniper Hollow". The name is the one the
label squashes, as the employer's own spelling would be ("Juniper Hollow", not
"Juniperhollow"), and a possessive ends it ("Corvan Energy's co-op rotations").
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ZONE = ZoneInfo("America/New_York")


def company(sender: str, mine: str, theirs: str) -> str | None:
    builder = (
        a_thread(subject="Internship interview", tz="America/New_York")
        .from_me(mine, at="2027-03-01 09:00", to=sender)
        .from_recruiter(sender, theirs, at="2027-03-02 10:00")
    )
    return thread_facts(builder.build(), ME, ZONE).company


@pytest.mark.parametrize(
    ("sender", "mine", "expected"),
    [
        (
            "Jo Marsh <jo@juniperhollow.example>",
            "Dear Dr. Marsh,\nI am applying for the Research Assistant internship at Juniper "
            "Hollow and would welcome an interview.",
            "Juniper Hollow",
        ),
        (
            "Sam Ito <sito@eastsidevet.example>",
            "Hi Dr. Ito,\nI was matched with Eastside Animal Vet through my program and would "
            "like to arrange an interview.",
            "Eastside Animal Vet",
        ),
    ],
)
def test_the_candidates_spelling_names_the_employer(sender, mine, expected):
    theirs = "Thanks for writing. Could you come in for an interview on Friday at 2pm?\nJo"
    assert company(sender, mine, theirs) == expected


def test_a_possessive_ends_the_name():
    assert (
        company(
            "Ray Dunn <rdunn@corvanenergy.example>",
            "Dear Mr. Dunn,\nI enjoyed hearing about Corvan Energy's co-op rotations and would "
            "like to interview for the spring term.",
            "Thanks for writing. Could you come in for an interview on Friday at 2pm?\nRay",
        )
        == "Corvan Energy"
    )


def test_the_employers_own_spelling_still_wins():
    assert (
        company(
            "Jo Marsh <jo@quillfern.example>",
            "Dear Dr. Marsh,\nI would welcome an interview for the internship at Quillfern.",
            "Could you come in for an interview on Friday at 2pm?\nJo Marsh\nQuill Fern Press",
        )
        == "Quill Fern Press"
    )


def test_another_company_the_candidate_names_is_not_taken():
    assert (
        company(
            "Jo Marsh <jo@quillfern.example>",
            "Dear Dr. Marsh,\nI interned at Brightwater Studio last summer and would welcome an "
            "interview.",
            "Could you come in for an interview on Friday at 2pm?\nJo",
        )
        == "Quillfern"
    )
