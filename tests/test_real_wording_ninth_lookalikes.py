"""Everyday mail in application and interview words that is not the owner's own job, read alone.

The ninth growth of the real-wording corpus (passport and licence notices, utility
connections, helpdesk acknowledgements, cloud mailers' bounces, sprint ceremonies, Webex
invitations, paid research sessions, press requests, job boards' alerts, interview-advice
newsletters) found these rules; each is written here in other words than the corpus's, as a
person would write the mail. Real job mail that shares the words stays an interview.
"""

from __future__ import annotations

import pytest

from tests.builders import read_alone

TZ = "Europe/London"
ME = "rowan.ellis@example.com"
NETWORK = "New Connections <connections@westgrid.example>"
RECRUITER = "Imogen Shaw <imogen.shaw@talent.example>"


def alone(text: str, subject: str, sender: str | None = NETWORK, **fields) -> bool:
    """One message, read by itself: part of the owner's own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=TZ, **fields)


# ----- a household's supply applied for and offered: a connection, new service, not a job


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Application received - ref WG-20417",
            "Dear Rowan, thank you for your application for a new gas connection at 3 Mill Lane. "
            "Our design team will review your application and contact you within 10 working days "
            "to arrange a site survey.",
        ),
        (
            "Connection offer - Unit 4, Brook Yard",
            "Dear Rowan, we are pleased to offer you a connection for the supply to Unit 4, Brook "
            "Yard, at a cost of GBP 1,950. Please accept the offer by 30 June.",
        ),
        (
            "Re: New service application - 12 Orchard Close",
            "Hi Rowan, I'd like to meet you on site on Thursday at 9:00 to see where the meter "
            "cabinet will go. Would that time work for you?",
        ),
    ],
)
def test_a_supply_applied_for_or_offered_is_no_job(subject, text):
    assert not alone(text, subject)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Application received",
            "Dear Rowan, thank you for your application for the Grid Connections Engineer role. "
            "We would like to invite you to a 30-minute phone interview next week.",
        ),
        (
            "Your offer",
            "Dear Rowan, we are delighted to offer you the Connections Coordinator position. "
            "Please let us know by Friday whether you accept.",
        ),
        (
            "Your application",
            "Hi Rowan, thank you for applying to Connections Academy. We would like to invite you "
            "to interview for the Maths Teacher opening on Tuesday at 10:00.",
        ),
    ],
)
def test_a_job_about_connections_stays_a_job(subject, text):
    assert alone(text, subject, sender=RECRUITER)


# ----- an interview headed by the piece it is for is a reporter's or a producer's


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Interview request: a feature on night-shift nurses",
        "Re: Interview - Sunday segment on urban beekeeping",
    ],
)
def test_the_owners_answer_under_an_interview_for_a_piece_is_no_job(subject):
    text = "Sure, Tuesday at 4 works for me. Call my mobile."
    assert not alone(text, subject, sender=None, to=["Priya Bose <priya@citydesk.example>"])


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Interview request: Story Producer",
        "Re: Interview - Feature Writer",
    ],
)
def test_the_owners_answer_under_a_jobs_interview_stays_a_job(subject):
    text = "Sure, Tuesday at 4 works for me. Call my mobile."
    assert alone(text, subject, sender=None, to=["Priya Bose <priya@citydesk.example>"])
