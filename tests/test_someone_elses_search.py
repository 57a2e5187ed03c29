"""Someone close to the reader writing about a search that is not the reader's: a parent
asking for tips on their daughter's interview at the reader's company, a relative forwarding
a job ad ("worth applying?"). Beside each, a private person who does hire the reader, or
recruits them, in the same words. All wording here is invented; every clock is pinned."""

from __future__ import annotations

import pytest

from tests.builders import read_alone

ME = "avery.lang@example.com"


def flagged(sender: str, subject: str, body: str) -> bool:
    return read_alone(ME, body, subject=subject, sender=sender, start="2026-06-10 09:30")


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Ruth Hale <ruth.hale@gmail.com>",
            "My daughter's interview",
            "Hi Avery,\n\nMy daughter Lily has an interview for a summer internship at your "
            "company next Tuesday. Any tips on what the hiring manager looks for? She'd be "
            "grateful for a quick call if you have time.\n\nRuth",
        ),
        (
            "Mum <lang.family@gmail.com>",
            "Fwd: Job posting you might like",
            "Avery, saw this and thought of you - they're hiring a Senior Data Analyst and the "
            "deadline is Friday. Worth applying?\n\nMum",
        ),
    ],
)
def test_someone_elses_interview_or_a_job_ad_passed_on_is_not_the_readers(sender, subject, body):
    assert not flagged(sender, subject, body)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (  # a household hiring the reader, its child named
            "Ruth Hale <ruth.hale@gmail.com>",
            "Nanny position - interview",
            "Hi Avery,\n\nThanks for applying for the nanny position. My daughter Lily is three "
            "and loves the park. We'd like to interview you at our home on Tuesday at 10am - "
            "does that work?\n\nRuth",
        ),
        (  # an independent recruiter on her own mailbox
            "Dana Cole <dana.cole.recruits@gmail.com>",
            "Senior Data Analyst - Northwind",
            "Hi Avery,\n\nThanks for sending your resume. I've submitted your profile to "
            "Northwind for the Senior Data Analyst role and the hiring manager would like to "
            "interview you on Thursday at 2pm. Does that work?\n\nDana",
        ),
    ],
)
def test_a_private_person_hiring_or_recruiting_the_reader_stays_theirs(sender, subject, body):
    assert flagged(sender, subject, body)
