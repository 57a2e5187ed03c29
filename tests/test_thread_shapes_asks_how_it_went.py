"""The person between the reader and the employer asking how the interview went (shapes7).

An agency's recruiter or a coordinator writing after the interview "How did it go?" or "Hope
this morning went well - send me your impressions": the interview took place (even when its
time was never read), and the reader owes them an answer before the thank-you. A hiring
tool's survey from an address no one reads asks nothing. Judged by the retro first looks
(bench/retro_edits/asks_how_it_went.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
POLICY = Policy(timezone=CHICAGO)
AGENT = "Priya Raman <priya@bridgewell-talent.example>"
SUBMITTED = (
    "Hi Sam,\n\nGood talking earlier. I've put your profile forward to Corvane Foods for the "
    "Plant Accountant opening and will let you know when I hear back.\n\nPriya"
)
CONFIRMED = (
    "Hi Sam,\n\nGood news - Corvane Foods would like to meet you.\n\n  Date: Tuesday, March 9, "
    "2027\n  Time: 10:00 AM - 11:00 AM CT\n  Location: 41 Mill Road, Peoria\n\nPriya"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str, *, sender: str = AGENT, with_time: bool = True):
    builder = a_thread(subject="Plant Accountant - Corvane Foods", tz=CHICAGO).from_recruiter(
        AGENT, SUBMITTED, at="2027-03-01 16:00"
    )
    if with_time:
        builder = builder.from_recruiter(AGENT, CONFIRMED, at="2027-03-04 11:00")
    builder = builder.from_recruiter(sender, text, at="2027-03-09 14:30")
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-09 15:00"), POLICY)


ASKED = [
    "Hi Sam,\n\nHow did the interview go? Tell me what the panel asked and how you felt about "
    "the role.\n\nPriya",
    "How did it go?? Their controller said she'd have an answer for us by Friday.",
    "Hope today went well, Sam! Let me know your thoughts on the team when you get a moment."
    "\n\nPriya",
    # no question: good wishes and a request
    "Hope the interview went well, Sam! Send me a few lines on the panel when you are home."
    "\n\nPriya",
    "Hope this afternoon went well. Call me once you're out, even from the car park.",
]


@pytest.mark.parametrize("text", ASKED)
def test_asked_how_it_went_the_reader_answers_first(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.INTERVIEWED
    assert facts.employer_messages[-1].asks_candidate
    assert advice.action.value == "reply"


@pytest.mark.parametrize("text", ASKED)
def test_it_tells_the_interview_took_place_when_its_time_was_not_read(text):
    facts, _ = after_the_interview(text, with_time=False)
    assert facts.stage is Stage.INTERVIEWED


def test_good_wishes_alone_ask_nothing():
    facts, advice = after_the_interview("Hope it went well! Speak soon.\n\nPriya")
    assert facts.stage is Stage.INTERVIEWED
    assert not facts.employer_messages[-1].asks_candidate
    assert advice.action.value == "send_thank_you"


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # a hiring tool's survey, from an address no one reads
        (
            "How was your interview with Corvane Foods? Rate your experience from 1 to 5: "
            "https://survey.example/c/7",
            "Corvane Foods <no-reply@greenhouse.io>",
        ),
        # how something else went
        ("Hi Sam, how was your weekend? The client will call me tomorrow.\n\nPriya", AGENT),
    ],
)
def test_look_alikes_tell_nothing_of_the_interview(text, sender):
    facts, _ = after_the_interview(text, sender=sender, with_time=False)
    assert facts.stage is not Stage.INTERVIEWED


def test_before_the_interview_it_is_not_held():
    builder = (
        a_thread(subject="Plant Accountant - Corvane Foods", tz=CHICAGO)
        .from_recruiter(AGENT, SUBMITTED, at="2027-03-01 16:00")
        .from_recruiter(AGENT, CONFIRMED, at="2027-03-04 11:00")
        .from_recruiter(
            AGENT, "How did the prep call go? Anything you need from me?", at="2027-03-05 09:00"
        )
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULED
