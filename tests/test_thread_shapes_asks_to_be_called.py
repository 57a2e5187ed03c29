"""The employer's first answer to the reader's approach asking them to ring: the call is being
arranged, and it is the reader's to make.

"Got your CV thanks. Give me a ring Monday morning on 07700 900321 and we'll have a chat about
it" names no interview, no slot and none of the arranging phrases the books know; it had been
read as the application still waiting, with nothing owed. Not the usual offer to help ("if you
have any questions, give me a call", "feel free to call me on ..."), which asks nothing.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
OWNER = "Gareth Lyle <gareth@lyle-joinery.example>"


def answer_to_an_approach(text: str):
    builder = a_thread(subject="Application - Apprentice Joiner", tz=LONDON)
    builder = builder.from_me(
        "Hi Gareth,\n\nI'd like to apply for an apprenticeship as a joiner, if you are taking "
        "anyone on this year. My CV is attached.\n\nThanks,\nSam",
        at="2027-03-01 18:00",
    )
    builder = builder.from_recruiter(OWNER, text, at="2027-03-02 19:30")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam, got your CV thanks. Give me a ring Monday morning on 07700 900456 and we'll "
        "have a chat about it.\n\nGareth",
        "Sam,\n\nThanks for getting in touch. Give us a call at the workshop on 0161 496 0777 "
        "this week and we can talk it through.\n\nGareth",
        "Hi Sam,\n\nI tried you earlier. Please call me back on 07700 900456 when you get a "
        "minute - I'd like to set up a time for you to come and see the workshop.\n\nGareth",
    ],
)
def test_an_employer_asking_the_reader_to_ring_arranges_a_call_the_reader_owes(text):
    facts = answer_to_an_approach(text)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING
    assert facts.employer_messages[-1].asks_candidate


@pytest.mark.parametrize(
    "text",
    [
        # the usual offer to help: nothing asked
        "Hi Sam,\n\nThanks for your CV. We're not taking anyone on until September, but I'll "
        "keep it on file. If you have any questions, give me a call.\n\nGareth",
        "Hi Sam,\n\nThanks for your CV, I'll have a look this week and be in touch. Feel free "
        "to call me on 07700 900456 in the meantime.\n\nGareth",
        # a call for later, should something come up
        "Hi Sam,\n\nThanks for your CV, I'll pass it to the foreman and be in touch next week. "
        "Call me if anything changes on your side.\n\nGareth",
    ],
)
def test_an_offer_to_help_on_the_phone_asks_nothing(text):
    facts = answer_to_an_approach(text)
    assert facts.stage is not Stage.SCHEDULING
    assert not facts.employer_messages[-1].asks_candidate
