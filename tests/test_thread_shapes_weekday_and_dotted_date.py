"""A weekday written before a day.month(.year) date, as continental European mail writes it.

"by Friday 26.03.2027", "until Tuesday, 6.4." name that date; the weekday only confirms it. Read
as the weekday alone it becomes the next such weekday, often a week too early (europe). The
weekday was already read before the other date forms ("Friday 26 March", "Fri 3/26"); the dotted
form is the same shape.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from afterview import when
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CET = timezone(timedelta(hours=1))
SENT = datetime(2027, 3, 15, 10, 0, tzinfo=CET)  # a Monday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Please confirm. We plan to take our decision by Friday 26.03.2027.", date(2027, 3, 26)),
        ("You will hear from us by Thursday, 25.03.2027 at the latest.", date(2027, 3, 25)),
        ("We will let you know the outcome before Wed 24.03.27.", date(2027, 3, 24)),
        ("We expect to inform all applicants until Tuesday 30.3.", date(2027, 3, 30)),
    ],
)
def test_the_dotted_date_after_a_weekday_is_the_decision_date(text: str, day: date) -> None:
    found = when.decision_by(text, SENT)
    assert found is not None and found.date() == day


def test_a_thread_carries_the_dotted_decision_date() -> None:
    builder = a_thread(
        subject="Final interview - Logistics Planner", tz="Europe/Amsterdam"
    ).from_recruiter(
        "Noor Bakker <noor@polderfreight.example>",
        "The last interview is on Friday 19.03.2027 at 09:00 via Teams. Please confirm. We "
        "expect to take the final decision by Friday 26.03.2027.",
        at="2027-03-15 10:00",
    )
    facts = thread_facts(builder.build(), ME, UTC)
    stated = [m.decision_by for m in facts.employer_messages if m.decision_by is not None]
    assert stated and max(stated).date() == date(2027, 3, 26)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # guards: the forms that were read already stay as they were
        ("We will let you know by Friday.", date(2027, 3, 19)),
        ("You will hear from us by Friday 26 March.", date(2027, 3, 26)),
        ("We will get back to you by 26.03.2027.", date(2027, 3, 26)),
        ("We will get back to you by Fri 3/26.", date(2027, 3, 26)),
    ],
)
def test_other_date_forms_read_as_before(text: str, day: date) -> None:
    found = when.decision_by(text, SENT)
    assert found is not None and found.date() == day
