"""The reader's application named as what was not considered, not progressed: a "no".

A public-service screening answer: "Your application for the above post was not considered,
as it did not include certified copies of your qualifications" after the reader applied. The
refusal readers know puts the reader's application first and the negated verb of going on
after it, in the passive, with nothing after the verb ("was not considered", "has not been
progressed", "will not be taken forward"): the reading of a verb of going on followed by
"you" or "forward" never met it, so the thread stayed "applied" with "wait". A warning of
what an incomplete application would come to ("if your application is incomplete it will
not be considered", "applications received late will not be considered") decides nothing,
and neither does an application not considered yet.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ZONE_NAME = "Africa/Johannesburg"
ZONE = ZoneInfo(ZONE_NAME)
POLICY = Policy(timezone=ZONE_NAME)
OFFICE = "Recruitment Office <recruitment@harbourworks-dept.example>"
APPLICATION = (
    "Good day,\n\nPlease find attached my application form and CV for the post of Records "
    "Clerk (ref HW/27/031).\n\nKind regards,\nLerato"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def answered(answer: str):
    builder = (
        a_thread(subject="Application: Records Clerk (ref HW/27/031)", tz=ZONE_NAME)
        .from_me(APPLICATION, at="2027-02-01 09:00")
        .from_recruiter(OFFICE, answer, at="2027-02-22 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-02-22 12:00"), POLICY)


@pytest.mark.parametrize(
    "answer",
    [
        "Dear Ms Dube,\n\nYour application for the above post was not considered, as it did not "
        "include a signed application form. You are welcome to apply for future posts.\n\n"
        "Recruitment Office",
        "Dear Lerato,\n\nThank you for applying. Your application for the Records Clerk post "
        "has not been progressed, because the post requires a valid driving licence.\n\n"
        "Recruitment Office",
        "Dear Lerato,\n\nWe write about the Records Clerk post. Your application could not be "
        "considered as it arrived after the closing date.\n\nRecruitment Office",
    ],
)
def test_the_application_named_as_not_considered_is_a_no(answer: str) -> None:
    facts, advice = answered(answer)
    assert (facts.stage, advice.action) == (Stage.REJECTED, Action.CLOSED)


@pytest.mark.parametrize(
    "answer",
    [
        "Dear Lerato,\n\nThank you for your application. Please send certified copies of your "
        "qualifications by Friday: if your application is incomplete on the closing date it "
        "will not be considered.\n\nRecruitment Office",
        "Dear Lerato,\n\nWe have received your application and it is being considered by the "
        "panel. Applications received after the closing date will not be considered.\n\n"
        "Recruitment Office",
        "Dear Lerato,\n\nYour application has not been considered yet: the panel meets on "
        "Friday and we will write to you after it.\n\nRecruitment Office",
    ],
)
def test_a_warning_of_what_would_not_be_considered_decides_nothing(answer: str) -> None:
    facts, advice = answered(answer)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED
