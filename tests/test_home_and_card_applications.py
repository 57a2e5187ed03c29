"""Applications that are no job's, in the mail of someone looking for one: a flat or a house
applied for by its address, a credit card applied for and approved. People move and open
accounts while they look for work; a landlord's "we received your application" and a bank's
"your application has been approved" must not become an employer's. Beside each, a job's
letter using the same words (a bank hiring, an office at a street address) stays a job's.
All wording here is invented; every clock is pinned."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

TZ = "America/Chicago"
CHICAGO = ZoneInfo(TZ)
ME = "avery.lang@example.com"
NOW = datetime(2026, 6, 12, 12, 0, tzinfo=CHICAGO)


def read(sender: str, subject: str, body: str):
    thread = a_thread(ME, subject=subject, tz=TZ, start="2026-06-10 09:30")
    return thread_facts(thread.from_recruiter(sender, body).build(), ME, CHICAGO)


LETTING = "Harbour Realty <rentals@harbourrealty.example>"
BANK = "Northstar Bank <alerts@northstarbank.example>"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (  # a home applied for by its address, in the text
            LETTING,
            "Your application",
            "Hi Avery,\n\nThanks for your application for 88 Harbour Road. We'll review all "
            "applications after the open home on Saturday and expect to decide by Monday.",
        ),
        (  # and in the subject, with a unit's number
            LETTING,
            "Application received - Unit 4, 17 Lindon Avenue",
            "Hi Avery,\n\nWe have received your application and will be in touch once the "
            "owner has reviewed it. Most decisions are made within three working days.",
        ),
        (  # a home offered by its landlord
            "CityNest Lettings <lettings@citynest.example>",
            "Application outcome",
            "Dear Avery,\n\nWe are pleased to tell you that your application has been "
            "successful and the landlord would like to offer you the tenancy starting 1 July. "
            "Please let us know by Wednesday whether you accept.",
        ),
        (  # a card applied for by its name
            BANK,
            "We've received your application",
            "Hi Avery,\n\nThanks for applying for the Northstar Rewards Visa card. We've "
            "received your application and will let you know our decision within 7-10 "
            "business days.",
        ),
        (  # and approved, in the words only a lender uses
            BANK,
            "Congratulations - you're approved!",
            "Hi Avery,\n\nGood news! Your application has been approved. Your new card will "
            "arrive in 7-10 days, and your credit limit is $3,000.",
        ),
    ],
)
def test_a_home_or_a_card_applied_for_is_no_job(sender, subject, body):
    facts = read(sender, subject, body)
    assert not facts.detection.interview, facts.detection.signals
    assert stage_at(facts, NOW).value == "none"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (  # a bank hiring for its card department
            "Northstar Bank Talent <careers@northstarbank.example>",
            "Thank you for applying",
            "Hi Avery,\n\nThanks for applying for the Card Services Associate role at "
            "Northstar Bank. We've received your application and the hiring team will review "
            "it this week.",
        ),
        (  # an office at a street address, the job named
            "Ridgeview Property Management <hr@ridgeviewpm.example>",
            "Application received - Leasing Consultant",
            "Hi Avery,\n\nWe received your application for the Leasing Consultant position "
            "at our 12 Birch Lane office. We'll be in touch next week.",
        ),
        (  # an interview at a street address
            "Birch Lane Coffee <hello@birchlanecoffee.example>",
            "Interview - Barista",
            "Hi Avery,\n\nThanks for your application. Can you come for an interview at "
            "12 Birch Lane on Tuesday at 10am?",
        ),
        (  # an offer with a company card
            "Northstar Bank <hr@northstarbank.example>",
            "Your offer from Northstar Bank",
            "Hi Avery,\n\nWe're pleased to offer you the position of Branch Teller. You'll "
            "receive a corporate credit card and your new laptop on your first day. Please "
            "sign the offer letter by Friday.",
        ),
    ],
)
def test_a_jobs_letter_with_the_same_words_stays_a_job(sender, subject, body):
    assert read(sender, subject, body).detection.interview
