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
from tests.builders import ME, a_thread, read_alone

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


# ----- someone else taken on, named by the job ("we're going with a more experienced cook")

INTERVIEWED = "Thanks for coming in to meet the team on Monday, April 5."


@pytest.mark.parametrize(
    "text",
    [
        "We've decided to go with a more experienced cook for the weekend line. Thanks again "
        "for your time.",
        "The team is going with another designer who has more packaging work under her belt.",
        "In the end we went with an internal assistant who already knows the accounts.",
    ],
)
def test_someone_else_taken_on_by_job_title_closes_the_thread(text):
    thread = (
        a_thread(subject=SUBJECT, tz=TZ)
        .from_recruiter(OWNER, INTERVIEWED + " We'll be in touch this week.", at="2027-04-05 17:00")
        .from_recruiter(OWNER, text, at="2027-04-09 11:00")
    )
    assert thread_facts(thread.build(), ME, ZoneInfo(TZ)).stage is Stage.REJECTED


@pytest.mark.parametrize(
    "text",
    [
        # a seller choosing an estate agent, a band choosing a producer: no job of the reader's
        "Thanks for the valuation. We've decided to go with another agent to sell the house.",
        "Loved your demo, but for the EP we're going with another producer this time.",
    ],
)
def test_someone_else_chosen_for_no_job_is_no_application(text):
    assert not read_alone(ME, text, subject="Our decision", sender=OWNER, tz=TZ)
