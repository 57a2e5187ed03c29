"""Whole threads read on the wrong side: a job thread not seen as the owner's own process, or
someone else's process (a deal, an approval) read as the owner's.

The fourteenth session's nine batches (notes, ATS, status, public, selections, one-liners,
informal, health, Asia and Latin America) found these shapes across several families at once;
each is written here in other words than the corpus's, as a person would write the mail.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import ME, a_thread

TZ = "America/Chicago"
BUYER = "Lena Marsh <lena.marsh@harrowdental.example>"
SUPPLIER = "Owen Pike <owen.pike@cedarprint.example>"


def interview(thread) -> bool:
    return detect_interview(thread.build(), ME).interview


# ----- a deal's proposal or quotation: the follow-ups, thanks and declines of a sale


@pytest.mark.parametrize(
    ("subject", "mine", "theirs"),
    [
        (
            "Proposal - cleaning contract for Harrow Dental",
            "Thank you for meeting with me on Tuesday. Attached is our proposal for nightly "
            "cleaning of your three surgeries. I'm following up to see whether you have had a "
            "chance to look at it.",
            "Thank you for the effort you put into the proposal. We have decided to stay with our "
            "current provider, but we appreciate your interest in working with Harrow Dental.",
        ),
        (
            "Request for quote - 2,000 flyers",
            "Just following up on my request for a quote for 2,000 flyers. Any update?",
            "Sorry for the wait: our quote is attached, valid until the end of the month.",
        ),
    ],
)
def test_a_proposal_or_a_quote_is_no_job(subject, mine, theirs):
    thread = (
        a_thread(subject=subject, tz=TZ)
        .from_me(mine, at="2027-03-01 09:00")
        .from_recruiter(BUYER if "Proposal" in subject else SUPPLIER, theirs, at="2027-03-08 10:00")
        .from_me(
            "Thank you for your time. After comparing the bids, we have decided to accept "
            "another offer.",
            at="2027-03-09 12:00",
        )
    )
    assert not interview(thread)


def test_a_job_proposed_in_the_subject_stays_a_job():
    thread = a_thread(subject="Proposal for the Office Manager role", tz=TZ).from_recruiter(
        BUYER,
        "Thanks for coming in yesterday. We'd like to offer you the Office Manager position "
        "at $52,000. Could you let us know by Friday?",
        at="2027-03-08 10:00",
    )
    assert interview(thread)
