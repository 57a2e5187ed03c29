"""Mail in hiring words that is not about the owner's own job, read one message at a time.

The eighth growth of the real-wording corpus (app reviews, API app registrations, deploy and
crash alerts, tenant screening, car offers, referrals, references the owner gives, benefits
enrollment, school conferences, booking tools) found these rules; each is written here in
other words than the corpus's, as a person would write the mail. Real job mail that shares
the words stays an interview.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import a_thread, read_alone

CT = "America/Chicago"
ME = "nadia.haddad@example.com"
SENDER = "Notifications <notify@corvane.example>"


def alone(text: str, subject: str = "Update", sender: str = SENDER) -> bool:
    """One message to the owner, read by itself: part of her own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=CT)


# ----- an "application" with a machine name is software, not a job application


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your application has been approved",
            "Hi Nadia, good news: your application orders-sync-worker has been approved. You "
            "can now call the Inventory API in production.",
        ),
        (
            "We received your application",
            'Thank you for your application "garden-sensor-hub". Our partner team reviews '
            "every request and will get back to you within 3 business days.",
        ),
        (
            "Deployed: application shop-frontend-prod v12",
            "Release v12 of your application shop-frontend-prod is live. Last commit: 'Move "
            "the interview booking form to its own page' by nadia.haddad.",
        ),
    ],
)
def test_an_application_named_like_software_is_no_job_application(subject, text):
    assert not alone(text, subject)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Application received",
            "Dear Nadia, thank you for your application REQ-2026-114 for the Data Engineer "
            "position at Corvane. Our recruiting team will review it and get back to you "
            "within two weeks.",
        ),
        (
            "Your application",
            "Hi Nadia, thank you for your application for the Back-End Developer role. We "
            "would like to invite you to a 45-minute technical interview next week.",
        ),
        (
            "Your application",
            "Dear Nadia, thank you for interviewing for the Analyst role. We have decided to "
            "move in a different direction and will not be moving forward with your application.",
        ),
    ],
)
def test_a_job_application_with_a_code_or_hyphenated_title_stays_a_job(subject, text):
    assert alone(text, subject)


# ----- a rental application: a lease and a move-in, not a job


def test_a_landlord_approving_an_application_with_a_lease_is_no_job():
    text = (
        "Hi Nadia, the owners were happy with everything and approved your application for "
        "9 Alder Road, Flat 2. I'll email the lease agreement tonight, and your move-in "
        "date is March 1."
    )
    assert not alone(text, "Alder Road", sender="Tom Reyes <tom.reyes@example.net>")


# ----- someone referred the reader: she is the candidate, not the referrer


def test_a_recruiter_writing_to_the_person_who_was_referred_is_her_process():
    text = (
        "Hi Nadia, Omar Reyes referred you for our Data Engineer opening and we'd love to "
        "chat. Could you do a 30-minute call on Tuesday or Wednesday afternoon? Please send "
        "a couple of times that suit you."
    )
    assert alone(text, "Your referral for Data Engineer", sender="Jess Lin <jess@corvane.example>")


def test_thanks_to_the_owner_for_referring_someone_stays_interviewer_duty():
    text = (
        "Hi Nadia, thanks for your referral! I've added Omar Reyes to the Data Engineer "
        "pipeline and will set up a first interview with him next week."
    )
    assert not alone(text, "Your referral: Omar Reyes", sender="Jess Lin <jess@corvane.example>")


def test_the_owner_answering_the_recruiter_who_says_she_was_referred_keeps_the_thread_hers():
    thread = a_thread(
        ME, subject="Your referral for Data Engineer", tz=CT, start="2026-05-04 09:00"
    )
    thread.from_recruiter(
        "Jess Lin <jess@corvane.example>",
        "Hi Nadia, Omar Reyes referred you for our Data Engineer opening. Would you have 30 "
        "minutes for a first call this week? Send me a few times that work.",
    )
    thread.from_me("Hi Jess, thanks for reaching out! Thursday after 1 pm or Friday morning works.")
    assert detect_interview(thread.build(), ME).interview
