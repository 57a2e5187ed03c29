"""'Position' that is a holding or a standing, not a post (ordinary mail, fifteenth session).

Everyday mail from the ordinary-mail corpus's dev split (Enron) was read as interviews on
"a person in your position", a trader's "long position": the hiring word "position" with a
time asked for is an interview being arranged. These cases are in other words than it.
"""

from __future__ import annotations

import pytest

from afterview.detect import signal_names
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

COLLEAGUE = "Priya Shah <priya@northwind.example>"


def read(subject: str, text: str, sender: str = COLLEAGUE):
    return thread_facts(a_thread(ME, subject=subject).from_recruiter(sender, text).build(), ME)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Options expiry",
            "All clearing members that carried an options position as of the close of business "
            "must be available to assist with the processing of notices. Please be available to "
            "confirm your long position by 5pm.",
            "Exchange Notices <notices@exchange.example>",
        ),
        (
            "Budget",
            "Hi Sam, I'm not in a position to approve the budget yet. Could we meet Thursday at "
            "3pm to go through it? Let me know if that works.",
            COLLEAGUE,
        ),
        (
            "Hedge book",
            "Sam, our net position on the gas book is short again. Are you available tomorrow at "
            "9am to go over the hedge positions?",
            COLLEAGUE,
        ),
    ],
)
def test_a_position_held_with_a_time_asked_is_no_interview(subject, text, sender):
    facts = read(subject, text, sender)
    assert not facts.interview
    assert "hiring_context" not in signal_names(facts.detection)


def test_a_post_named_beside_a_position_held_is_still_a_job():
    facts = read(
        "Good news",
        "Hi Sam, we are now in a position to offer you the Data Analyst position. The offer "
        "letter follows.",
    )
    assert facts.interview
    assert facts.stage is Stage.OFFER


def test_a_post_applied_for_with_a_time_asked_is_still_arranged():
    facts = read(
        "Your application",
        "Thanks for applying for the analyst position. Are you available Thursday at 3pm for a "
        "call?",
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING
