"""A club choosing its own officers is no employer's process (campus).

Student clubs recruit their "execs": an executive application, a ten-minute interview, an
"offer" of the treasurer's seat, a club officer position to accept by a webform. Those posts
are members' turns at running the club, not jobs. A club's real jobs (a swim club's
lifeguard, a golf club's general manager interviewed by its board) are named as jobs and stay
the reader's process.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import ME, a_thread


def read(subject: str, sender: str, *texts: str) -> bool:
    builder = a_thread(subject=subject, tz="America/Chicago", start="2027-02-01 17:00")
    for text in texts:
        builder.from_recruiter(sender, text)
    return detect_interview(builder.build(), ME).interview


@pytest.mark.parametrize(
    ("subject", "sender", "texts"),
    [
        (
            "Interview for Events Coordinator",
            "Hiking Club <hikingclub@students.example>",
            (
                "Thanks for applying to join the exec! Interviews are ten minutes with the "
                "current president and treasurer on Thursday at 6:30 PM in the union.",
            ),
        ),
        (
            "Your executive application",
            "Maya Ortiz <maya.ortiz@example.edu>",
            (
                "Hi! Thanks for your executive application to the Debate Club. We'd like to "
                "interview you on Monday at 5pm.",
                "Congratulations - we'd like to offer you the Outreach Lead position. Please "
                "accept by Friday so we can add you to the exec chat.",
            ),
        ),
        (
            "Photography Club officer positions - next steps",
            "Photography Club <photo.club@campus.example>",
            (
                "Interviews for club officer positions run all next week. Pick a slot on the "
                "sign-up sheet.",
            ),
        ),
    ],
)
def test_a_clubs_own_officers_are_no_job(subject, sender, texts):
    assert not read(subject, sender, *texts)


@pytest.mark.parametrize(
    ("subject", "sender", "texts"),
    [
        (
            "Lifeguard interview - Riverside Swim Club",
            "Riverside Swim Club <jobs@riversideswimclub.example>",
            (
                "Thanks for applying for the Lifeguard position. Can you come in for an "
                "interview on Tuesday at 4:00 PM?",
            ),
        ),
        (
            "General Manager - final interview",
            "Oakmont Golf Club <search@oakmontgolfclub.example>",
            (
                "The club's executive board would like to meet you for a final interview for "
                "the General Manager role on Friday at 10:00 AM.",
            ),
        ),
    ],
)
def test_a_clubs_jobs_stay_the_readers(subject, sender, texts):
    assert read(subject, sender, *texts)
