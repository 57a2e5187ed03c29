"""A remote team's paid work sample read as a step of the hiring (remote).

Distributed employers try a candidate on a piece of real work before an offer and name it by
what it is to the reader: "a short paid test job", "a sample project", "a trial task", "the
test project". Said with the job beside it, or with the pay for it, it is a take-home by
another name; a build's test job or a tutorial's sample project is no one's.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ZONE = ZoneInfo("Europe/Lisbon")
FOUNDER = "Marta Reis <marta@quayside.example>"


def read(text: str, subject: str = "Next step"):
    thread = a_thread(subject=subject, tz="Europe/Lisbon").from_recruiter(
        FOUNDER, text, at="2027-04-05 10:00"
    )
    return thread_facts(thread.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        # the pay for it says whose it is
        "Thanks for the call yesterday. The next thing we do with the people we liked is a "
        "short test job: translate two of our help articles. We pay EUR 120 for it, whatever "
        "the time it takes.",
        "Great talking on Monday. Could you take on a small trial task this week? It's about "
        "three hours, paid at USD 40/hour; send it back by Thursday.",
        # the job beside it
        "We liked your portfolio. Next is a sample project (we'll pay USD 150): a 5-email "
        "onboarding sequence for a made-up app, by Monday.",
    ],
)
def test_a_paid_or_named_work_sample_is_a_step_of_the_hiring(text):
    assert read(text).interview


@pytest.mark.parametrize(
    "text",
    [
        # a build's test job
        "The nightly test job failed again on the main branch; can you take a look at the "
        "flaky integration suite before Friday?",
        # a tutorial's sample project
        "To get started, download the sample project from the docs and run it locally. The "
        "trial task list in the app shows what to try first.",
        # a freelancer's own paid session, no job named
        "Thanks for the invoice. We paid for the sample project last week; the next "
        "milestone is the full site.",
    ],
)
def test_the_same_words_for_no_ones_hiring_stay_unflagged(text):
    assert not read(text, subject="Build status").interview
