"""Informal hiring by people, not systems: owners, founders and small-team leads writing
from their own mailbox ("swing by Thursday", "a working interview", "we'll be going with
someone else").

The informal batch of the real-wording corpus (founders' coffees, working interviews, trial
shifts, referral intros) found these rules; each is written here in other words than the
corpus's, as a person would write the mail.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

TZ = "America/Chicago"
OWNER = "Rita Gomez <rita@gomezbakery.example>"
SUBJECT = "Bakery assistant job"


def facts(text: str, when: str = "2027-04-05 10:00"):
    thread = a_thread(subject=SUBJECT, tz=TZ).from_recruiter(OWNER, text, at=when)
    return thread_facts(thread.build(), ME, ZoneInfo(TZ))


# ----- an offer denied in the same breath is no offer


@pytest.mark.parametrize(
    "text",
    [
        "Come in for a trial morning on Thursday, April 8. A trial morning does not mean you "
        "have been hired, it's just so we can both see how it goes.",
        "We'd love you to do a paid trial day on Thursday, April 8 - it doesn't mean you're "
        "hired, but it's the last step before we decide.",
        "Please come in for a working interview on Thursday, April 8. Being invited is no "
        "guarantee of an offer of employment.",
    ],
)
def test_an_offer_said_not_to_be_made_is_no_offer(text):
    assert facts(text).stage is not Stage.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "Good news - you're hired! Can you start Monday?",
        "We'd like to offer you the job. That means you've been hired, congratulations!",
    ],
)
def test_the_offer_said_outright_stays_an_offer(text):
    assert facts(text).stage is Stage.OFFER

