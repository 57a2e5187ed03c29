"""A short answer under a step of a job's process named with the job's title, read alone
(shapes_message_recall).

"Re: Take-home task - Junior Data Engineer": a step of the process (a take-home, a coding
challenge, a trial shift), then the job's title last after a dash. A person's answer there,
however short ("Either is fine - just note your assumptions."), is the job's conversation
(`job_subject_reply`). Judged by the retro first looks
(bench/retro_edits/interview_step_of_a_titled_job.py).
"""

from __future__ import annotations

import pytest

from tests.builders import ME, read_alone

EMPLOYER = "Tom Reyes <tom.reyes@ridgewayapps.example>"
SHORT = "Either is fine - just note your assumptions."


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Take-home task - Junior Data Engineer",
        "Re: Coding challenge - Mobile Developer",
        "Re: Trial shift - Line Cook",
        "Re: Technical assessment - QA Analyst",
    ],
)
def test_an_answer_under_a_step_of_a_titled_job_is_the_jobs(subject):
    assert read_alone(ME, SHORT, subject=subject, sender=EMPLOYER)


@pytest.mark.parametrize(
    "subject",
    [
        # interviews that are no hiring step, whatever title follows
        "Re: Mock interview - Product Manager",
        "Re: Stay interview - Senior Analyst",
        "Re: Exit interview - Support Engineer",
        "Re: Podcast interview - Staff Engineer",
        # a step with no title after it
        "Re: Take-home task - thoughts",
    ],
)
def test_look_alike_subjects_stay_as_they_were(subject):
    assert not read_alone(ME, SHORT, subject=subject, sender=EMPLOYER)
