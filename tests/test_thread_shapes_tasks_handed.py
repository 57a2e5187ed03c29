"""A task handed to the reader (a test, a challenge, a take-home) is asked of them: reply.

DESIGN rule 2: the employer's latest message asks the reader something (availability,
documents, a question) and the reader has not answered -> `reply`. Work to hand in is such
an ask, whatever the wording, when the message says how to do it or by when; a notice that
the work came in asks nothing more. Judged by the retro first look (bench/retro_edits/
hands_a_task.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Tom Richter <tom@ridgewayapps.example>"
ATS = "Fjell Outdoor <noreply@hire.toggl.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def advice_after(sender: str, text: str, now: str = "2027-03-02 12:00"):
    thread = a_thread(subject="Junior Developer - next step", tz=LONDON).from_recruiter(
        sender, text, at="2027-03-01 09:00"
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    return facts, advise(facts, at(now), POLICY)


@pytest.mark.parametrize(
    "sender, text",
    [
        (
            ATS,
            "Thank you for applying for Marketing Specialist. The first step of our hiring "
            "process is a short skills test (about 20 minutes). Take it here: "
            "https://hire.toggl.example/t/fjell-mkt\n\nWe look forward to seeing your results!",
        ),
        (
            RECRUITER,
            "As promised after our phone screen, here's the take-home assignment. It should "
            "take 4-6 hours; the due date is Monday morning (March 8, 9:00 am).",
        ),
        (
            ATS,
            "Tessellate has invited you to a code challenge as part of your application for "
            "Senior Frontend Engineer. Please upload your solution within 5 days.",
        ),
        (
            ATS,
            "You now have access to the Tessellate code challenge. When you are done, upload "
            "a .zip file of your solution here: [Upload solution]",
        ),
        (
            ATS,
            "This is a friendly note that your video interview for the Graduate Analyst "
            "programme is waiting for you. Start your interview: https://app.example/i/5521",
        ),
    ],
)
def test_a_task_handed_to_the_reader_asks_them(sender, text):
    facts, advice = advice_after(sender, text)
    assert facts.employer_messages[-1].asks_candidate
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    "text",
    [
        # the work came in: nothing more is asked
        "Your solution to the Tessellate code challenge was uploaded successfully. "
        "Tessellate has been notified.",
        "Thanks for submitting the challenge! Our reviewers will look at it this week and "
        "we'll get back to you by Friday 12 March with next steps.",
        # a task named, but nothing handed to do
        "We were impressed with your take-home assignment and the team is now reviewing "
        "the other candidates.",
        # a live video interview set: prepare for it, nothing owed now
        "Your video interview with Dana is confirmed for Tuesday 9 March at 10:00. "
        "Join here: https://meet.example/dana",
    ],
)
def test_a_task_received_or_only_named_asks_nothing(text):
    facts, _ = advice_after(RECRUITER, text)
    assert not facts.employer_messages[-1].asks_candidate


def test_the_task_handed_in_is_an_answer():
    thread = (
        a_thread(subject="Take-home assignment", tz=LONDON)
        .from_recruiter(
            RECRUITER,
            "Here's the take-home assignment; the due date is Monday morning (March 8).",
            at="2027-03-01 09:00",
        )
        .from_me("Submitted: https://git.example/me/takehome. Thanks!", at="2027-03-05 20:00")
    )
    facts = thread_facts(thread.build(), ME, ZONE)
    assert advise(facts, at("2027-03-06 12:00"), POLICY).action is not Action.REPLY
