"""The employer thanking the reader for the time spent with them: the interview took place.

"Thank you for spending Thursday afternoon with us and for your time with Priya, Tom and me"
(a people team's note after an afternoon of panel interviews, the role named) says the
interview happened, in everyday words; it had not been read as a job thread at all, then as an
application only.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
PEOPLE = "Maud Ellery <maud.ellery@fernbank-trust.example>"


def one_letter(text: str, subject: str = "Thank you - Volunteer Services Coordinator"):
    builder = a_thread(subject=subject, tz=LONDON)
    builder = builder.from_employer(PEOPLE, text, at="2027-03-05 11:30")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Robin,\n\nThank you for spending Thursday afternoon with us and for your time with "
        "Ade, Lou and me. We appreciated your interest in the Volunteer Services Coordinator "
        "role.\n\nThe panel will compare notes next week.\n\nKind regards,\nMaud",
        "Hi Robin - thanks so much for spending the morning with us yesterday. We'll be in "
        "touch about the Volunteer Services Coordinator position next week.\n\nMaud",
    ],
)
def test_the_time_spent_with_the_employer_named_with_the_job_was_the_interview(text):
    facts = one_letter(text)
    assert facts.interview
    assert facts.stage is Stage.INTERVIEWED


def test_an_evening_spent_with_a_charity_at_its_open_day_is_no_interview():
    facts = one_letter(
        "Dear Robin,\n\nThank you for spending the evening with us at our supporters' open "
        "day. We hope you enjoyed the tour of the gardens.\n\nMaud",
        subject="Thank you for visiting Fernbank",
    )
    assert not facts.interview
