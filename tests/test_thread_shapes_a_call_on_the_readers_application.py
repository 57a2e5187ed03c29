"""The employer's first word on the reader's application asking them for a call: the reader's
own process, a screening call being arranged.

"We got your application and would love to talk more with you. Do you have time for a phone
call tomorrow or Wednesday? What's the best number to reach you?" names no job title the
books know (the subject only says "Your application - Dietary Aide"), and "We'd like to move
you forward to a conversation with the design team. What does your week look like? It's a
45-minute video call" asks for the time in words no book held: both had been read as no
process at all, or as the application still waiting. The application the letter answers is
the job named. Not a call asked about anything else ("do you have time for a call about the
renewal?"), nor a letter on the reader's application that asks no call.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
MANAGER = "Dee Marlow <dmarlow@pinecrest-care.example>"


def first_letter(text: str, subject: str = "Your application - Housekeeping Aide"):
    builder = a_thread(subject=subject, tz=CHICAGO)
    builder = builder.from_recruiter(MANAGER, text, at="2027-05-03 16:30")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam! This is Dee, the housekeeping supervisor at Pinecrest. We got your "
        "application and would love to talk more with you. Do you have time for a phone call "
        "Thursday or Friday? What's the best number to reach you?\n\nDee",
        "Hi Sam,\n\nThanks for your application. We'd like to move you forward to a "
        "conversation with the team. What does your week look like? It's a 30-minute video "
        "call.\n\nDee",
    ],
)
def test_a_call_asked_on_the_readers_application_arranges_it(text):
    facts = first_letter(text)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING
    assert facts.employer_messages[-1].asks_candidate


def test_a_call_about_something_else_is_no_process():
    text = (
        "Hi Sam,\n\nYour policy comes up for renewal next month and I'd love to go through the "
        "options with you. Do you have time for a phone call Thursday or Friday?\n\nDee"
    )
    assert not first_letter(text, subject="Your home insurance renewal").interview


def test_a_letter_on_the_application_asking_no_call_arranges_nothing():
    text = (
        "Hi Sam,\n\nWe got your application, thank you. Could you send us a copy of your food "
        "handler's certificate? We review applications every Friday.\n\nDee"
    )
    assert first_letter(text).stage is not Stage.SCHEDULING
