"""The talk in a go-between's letter putting the reader forward was the go-between's own.

An agency consultant's "Thanks for coming in to see me yesterday. As discussed, I've put your
CV forward to my client", a recruiter's "Thanks for the call earlier. I have passed your
details on to my client", and the reader's "thanks for your time yesterday and for sending my
details through": the meeting thanked for was the go-between's, the employer's process is at
the application, and no interview has taken place (these had been read as interviews, with a
thank-you and the wait after one advised).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

SYDNEY = "Australia/Sydney"
ZONE = ZoneInfo(SYDNEY)
AGENT = "Wren Talbot <wren.talbot@quayside-people.example>"


def thread(letter: str, reply: str | None = None):
    builder = a_thread(subject="Store Planner - next steps", tz=SYDNEY)
    builder = builder.from_recruiter(AGENT, letter, at="2027-05-11 10:20")
    if reply is not None:
        builder = builder.from_me(reply, at="2027-05-11 13:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "letter",
    [
        "Hi Alex,\n\nThanks for coming in to see me on Monday - lovely to put a face to the "
        "name. As we discussed, I've put your CV forward to my client, a homewares retailer in "
        "Alexandria, for the Store Planner job. They plan to see people the week after next. "
        "I'll be in touch once I hear.\n\nWren",
        "Hi Alex,\n\nThanks for the call earlier, great to hear what you're after. I have "
        "passed your details on to my client for the Store Planner contract and if you need "
        "anything in the meantime just give me a shout.\n\nWren",
    ],
)
def test_the_go_betweens_own_talk_then_the_reader_put_forward_is_the_application(letter):
    facts = thread(letter)
    assert facts.interview
    assert facts.stage is Stage.APPLIED


def test_the_readers_thanks_for_being_put_forward_is_no_thank_you_for_an_interview():
    facts = thread(
        "Hi Alex,\n\nThanks for coming in to see me on Monday. As we discussed, I've put your "
        "CV forward to my client for the Store Planner job.\n\nWren",
        "Hi Wren,\n\nThanks for your time on Monday and for sending my details through. "
        "Happy to wait to hear.\n\nAlex",
    )
    assert facts.stage is Stage.APPLIED


def test_the_employers_interview_told_in_a_letter_putting_the_reader_forward_took_place():
    facts = thread(
        "Hi Alex,\n\nThanks for interviewing with the client's store director yesterday - she "
        "was impressed. I've passed your references on to my client as well.\n\nWren"
    )
    assert facts.stage is Stage.INTERVIEWED
