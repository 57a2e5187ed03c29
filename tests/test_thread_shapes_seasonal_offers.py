"""Seasonal offers named by the season, the staff or the papers, not by a post (seasonal).

Camps, resorts, parks, tax offices and ships take people on for a season: the offer says
"hire you for the coming season", "have you on our summer staff", "your letter of
employment", "your staff agreement is attached" rather than "offer you the position". Found
by the seasonal batch's first look (tests/corpus/real/dev/seasonal_*); wording here is
invented.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
POLICY = Policy(timezone=DENVER)
RECRUITER = "Rosa Kemp <rosa@highmeadow.example>"
INVITED = (
    "Thanks for applying to High Meadow. Your phone interview is confirmed for Tuesday, "
    "March 3, 2026 at 10:00 AM Mountain. We'll call the number on your application."
)


def after(text: str):
    builder = (
        a_thread(subject="High Meadow summer jobs", tz=DENVER)
        .from_recruiter(RECRUITER, INVITED, at="2026-02-24 11:00")
        .from_recruiter(RECRUITER, text, at="2026-03-06 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, datetime(2026, 3, 6, 12, 0, tzinfo=ZONE), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        # (this one was read as an offer before the reading too: kept as the season form)
        "Thanks for coming in. The shop will hire you for the ski season once you finish "
        "the rental tech course in November.",
        "We would be glad to have you on our summer crew at the lake this year. Arrival is June 2.",
        "Please find attached your Letter of Employment for the Dining Room Server post. Sign "
        "it and send it back by March 20.",
        "Great talking on Tuesday. Your staff contract is attached; please sign and return it "
        "within two weeks.",
    ],
)
def test_a_seasonal_offer_is_an_offer(text: str) -> None:
    facts, advice = after(text)
    assert facts.stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    "text",
    [
        # the season named, no hiring: a status note
        "We're still interviewing for the coming ski season and will be in touch next week.",
        # a staff agreement asked of someone not yet hired: no "your ... is"
        "Returning staff sign a staff agreement each spring; we'll be in touch next week "
        "about your application.",
    ],
)
def test_seasonal_words_alone_offer_nothing(text: str) -> None:
    facts, advice = after(text)
    assert facts.stage is not Stage.OFFER


def test_a_wedding_booking_is_not_a_job_offer() -> None:
    # a client hiring the owner's services for a season is no employer's offer
    builder = a_thread(subject="Photos for our big day", tz=DENVER).from_recruiter(
        "Lena Ortiz <lena.ortiz@example.com>",
        "We loved your portfolio! We'd like to book you for our June wedding. Are you free "
        "on June 13?",
        at="2026-03-06 09:00",
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is not Stage.OFFER
