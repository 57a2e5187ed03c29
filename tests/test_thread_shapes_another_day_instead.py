"""Another day put in place of the set interview, with no time yet (forum).

When the interviewer is called away or falls ill, the employer writes the way people talk:
"Dan had to leave on an emergency - would you be able to come back tomorrow instead?",
"could you come in on Monday instead? I'll confirm the time". A day asked for "instead" of the
set interview means the set time no longer holds: the interview is being arranged again
(scheduling), and the employer's question wants an answer. A clock time with it was read
already (tests/test_thread_shapes_later_times.py and others); the day alone was not.
Wording invented; judged on the forum batch (tests/corpus/real/dev/forum_*).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
POLICY = Policy(timezone=DENVER)
RECRUITER = "Paula Ortiz <paula@sagebrushclinic.example>"
SET = (
    "You are confirmed for an in-person interview for the Systems Administrator role on "
    "Thursday 11 March 2027 at 10:00 AM at 2200 Alder Road."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def on_the_day(text: str, sent: str = "2027-03-11 09:30"):
    builder = (
        a_thread(subject="Interview confirmation - Systems Administrator", tz=DENVER)
        .from_recruiter(RECRUITER, SET, at="2027-03-04 15:00")
        .from_recruiter(RECRUITER, text, at=sent)
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at(sent) + timedelta(minutes=15), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so sorry - Dan had to leave on an emergency and is out for the day. Would you be "
        "able to come back tomorrow instead? He'll reach out to set a time.",
        "Our hiring manager is out sick today. Could you come in on Monday instead? I'll "
        "confirm the time this afternoon.",
        "Something came up for the panel this morning - can we do it next week instead? I'll "
        "send a few options.",
    ],
)
def test_another_day_instead_reopens_the_arranging(text):
    facts, advice = on_the_day(text)
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    "text",
    [
        # "instead" of something else than the interview's day
        "Could you bring your portfolio tomorrow instead of emailing it? See you at 10.",
        "Would you mind parking on Elm Street instead? The lot is closed today.",
    ],
)
def test_instead_of_another_thing_keeps_the_interview(text):
    facts, advice = on_the_day(text, sent="2027-03-11 08:00")
    assert facts.stage is Stage.SCHEDULED
