"""A subject that names a scholarship or a bursary makes its thread the award's (campus).

"Re: Marlow Trust Scholarship - shortlisted for interview": the student's "I confirm I will
attend on Thursday" and the office's "we are pleased to offer you the award" under it are the
award's process, not a job's. A job at a scholarship office names its post ("Scholarship
Programs Coordinator - interview") and stays one.
"""

from __future__ import annotations

import pytest

from tests.builders import ME
from tests.builders.messages import read_alone

OFFICE = "Student Awards Office <awards@riverbend-univ.example>"


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Re: Marlow Trust Scholarship - shortlisted for interview",
            "Thank you. I confirm that I will attend the interview on Thursday at 10:00.",
            None,
        ),
        (
            "Re: Marlow Trust Scholarship - shortlisted for interview",
            "We are pleased to offer you the award for next year. Please sign the form by Friday.",
            OFFICE,
        ),
        (
            "Re: Whitcombe Bursary - interview panel",
            "Tuesday at 2pm works well for me, thank you.",
            None,
        ),
    ],
)
def test_answers_under_a_scholarships_subject_are_the_awards(subject, text, sender):
    assert not read_alone(ME, text, subject=subject, sender=sender)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Scholarship Programs Coordinator - interview", "Thursday at 10 works for me."),
        ("Re: Interview - Bursary Administrator role", "Tuesday at 2pm works well for me."),
    ],
)
def test_a_job_at_a_scholarship_office_stays_a_job(subject, text):
    assert read_alone(ME, text, subject=subject)
