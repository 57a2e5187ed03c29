"""Whole processes in vendors' printed templates (dev's eleventh growth, dev11a).

The eleventh growth (Loxo, Comeet, Recright, Hireology and HR letter templates) found these
rules; each is written here as a person would write the mail, in wording other than the
corpus's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

DENVER = "America/Denver"
MT = ZoneInfo(DENVER)
ME = "lucia.ferrante@example.com"
HR = "Owen Pratt <owen.pratt@tallgrass-energy.example>"
POLICY = Policy(timezone=DENVER)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def interviewed():
    return a_thread(
        ME, subject="Interview - Grid Analyst", tz=DENVER, start="2026-11-02 09:00"
    ).from_recruiter(
        HR,
        "Hi Lucia,\n\nThis confirms your interview for the Grid Analyst role on Wednesday, "
        "November 4 at 2:00 PM at our Golden office.\n\nOwen",
    )


# ----- the decision told as someone else chosen for the post


@pytest.mark.parametrize(
    "decision",
    [
        "After a lot of thought the panel has appointed another applicant to the post.",
        "We have now picked a candidate for the analyst opening and wanted you to know.",
        "We have completed our selection of the candidate for this vacancy.",
        "The team has identified the person whose background best fits the team's needs.",
    ],
)
def test_someone_else_chosen_for_the_post_closes_the_process(decision):
    thread = interviewed().from_recruiter(
        HR,
        f"Dear Lucia,\n\nThank you for coming in to talk with us. {decision} We wish you "
        "every success.\n\nOwen",
        subject="Grid Analyst",
        at="2026-11-12 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-12T12:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "news",
    [
        "We have selected the candidates for the final round, and you are one of them.",
        "You have been selected for the final round; a calendar invitation follows.",
        "We have picked a time for your second interview: Monday at 10 AM.",
        "If we have chosen another applicant by then, we will of course let you know.",
    ],
)
def test_being_chosen_or_a_promise_is_not_a_rejection(news):
    thread = interviewed().from_recruiter(
        HR, f"Dear Lucia,\n\n{news}\n\nOwen", subject="Grid Analyst", at="2026-11-06 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-06T12:00:00")
    assert stage is not Stage.REJECTED
    assert detect_interview(thread.build(), ME).interview
