"""The candidate saying they will be available at the time given (europe).

"I will be available on 29 April at 09:00", "I'll be available on Thursday at 10:30" answer a
time the employer stated as "I am available ..." does: the candidate takes it. Only with a time
said; a future availability with no time ("I'll be available from June") takes none.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

PRAGUE = "Europe/Prague"
ZONE = ZoneInfo(PRAGUE)
HR = "Staffing Unit <staffing@danubeagency.example>"
STATED = (
    "Dear Ms Horak, you are invited to a written exercise for the Finance Assistant post. The "
    "exercise will be sent to you on Thursday 29 April 2027 at 09:00 CEST. Kindly acknowledge "
    "receipt of this message."
)


@pytest.mark.parametrize(
    "answer",
    [
        "Dear Recruitment Unit, I acknowledge receipt and I will be available on 29 April at 9:00.",
        "Dear Recruitment Team, I acknowledge receipt. I'll be available on 29.04. at 09:00 CEST.",
    ],
)
def test_the_answer_alone_reads_as_the_candidates(answer: str) -> None:
    builder = a_thread(subject="Re: Ref. 2027/044 - written assessment", tz=PRAGUE).from_me(
        answer, to=HR, at="2027-04-20 12:00"
    )
    assert thread_facts(builder.build(), ME, ZONE).detection.interview


def test_the_stated_time_taken_is_scheduled() -> None:
    builder = (
        a_thread(subject="Finance Assistant - written exercise", tz=PRAGUE)
        .from_recruiter(HR, STATED, at="2027-04-20 10:00")
        .from_me(
            "I acknowledge receipt and I will be available on 29 April at 09:00.",
            at="2027-04-20 12:00",
        )
    )
    assert thread_facts(builder.build(), ME, ZONE).stage is Stage.SCHEDULED


def test_availability_from_a_month_is_no_time_taken() -> None:
    # guard: a notice period told, no time taken
    builder = a_thread(subject="Re: Finance Assistant - written exercise", tz=PRAGUE).from_me(
        "Thanks for the update. I will be available from June once my notice period ends.",
        to=HR,
        at="2027-04-20 12:00",
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is not Stage.SCHEDULED
