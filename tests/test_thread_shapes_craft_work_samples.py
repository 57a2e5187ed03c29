"""A work sample named by its craft, with the job beside it, is a step of the process.

The creative trades name the test they set by the craft: a studio's "design exercise" or
"design challenge", a games studio's "art test", a newsroom's "editing test". Where the job is
named beside it (a hiring word in the body, or a job title as one part of the subject:
"Edit test - Features Writer"), the mail is the reader's process, as a "take-home assignment"
is; a community's weekly design challenge, a school's art test or a team's design exercise
names no job and stays out. Judged by the creative batch's first look (dev family
creative_holdback held back).
"""

from __future__ import annotations

import pytest

from tests.builders import ME, read_alone

STUDIO = "Ines Barros <ines@fernhollow.example>"


@pytest.mark.parametrize(
    "subject, text",
    [
        (
            "Motion Designer - design exercise",
            "The next step is a short design exercise: a ten-second logo sting for a made-up "
            "brand. We'd love to see it by Friday.",
        ),
        (
            "Junior Level Designer",
            "We'd like you to take our art test; the brief is attached and there's no rush "
            "this week.",
        ),
        (
            "Next step",
            "Thanks for applying for the copy desk role. The next step is our editing test, "
            "which takes about an hour at home.",
        ),
    ],
)
def test_a_craft_sample_set_for_a_job_is_the_process(subject, text):
    assert read_alone(ME, text, subject=subject, sender=STUDIO)


@pytest.mark.parametrize(
    "subject",
    ["Re: Edit test - Features Writer", "Re: Art test - Junior Level Designer"],
)
def test_the_sample_handed_in_under_such_a_subject_is_the_process(subject):
    # the candidate's own short answer: only the subject says what it belongs to
    assert read_alone(ME, "Attached is my completed test. Thanks for the extra day.",
                      subject=subject)  # fmt: skip


@pytest.mark.parametrize(
    "subject, text",
    [
        # a community's challenge: no job anywhere
        (
            "Weekly design challenge: a weather app",
            "This week's design challenge: a weather app for kids. Post your shots by Sunday "
            "and we'll feature our favourites.",
        ),
        # a school's art test
        (
            "Year 9 art test on Thursday",
            "A reminder that the Year 9 art test is on Thursday. Please make sure your child "
            "brings pencils and an eraser.",
        ),
        # a team's own exercise at work
        (
            "Offsite: design exercise",
            "For Thursday's offsite the team will run a design exercise on the checkout flow. "
            "Bring your laptop.",
        ),
    ],
)
def test_a_craft_sample_naming_no_job_stays_out(subject, text):
    assert not read_alone(ME, text, subject=subject, sender=STUDIO)
