"""The first letter about the reader's interview that asks them for a time, whatever its
subject: the interview is being arranged.

"We would like to get to know you in a short telephone interview. Please let us know when you
can be reached on Thursday or Friday" names no slot and uses none of the arranging phrases the
books know, in a letter whose subject names only the application; it had been read as the
application still waiting. Not a precondition ("before we book an interview, please answer
three questions"), nor an interview said as a condition ("if you are selected for interview
we will contact you. In the meantime, let us know when you can send two references"). So too
a number asked for where the reader can be reached ("kindly provide us with a telephone number
where you can be reached in the coming days"): a call is being arranged.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
RECRUITER = "Mira Castell <mira.castell@halvorsen-pumps.example>"


def first_letter(text: str):
    builder = a_thread(subject="Your application: Field Service Engineer", tz=LONDON)
    builder = builder.from_recruiter(RECRUITER, text, at="2027-03-02 10:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam,\n\nthank you for your application and your interest in Halvorsen Pumps.\n\n"
        "We would like to get to know you in a short video interview (about 30 minutes). "
        "Please let us know when you can be reached on Wednesday or Thursday this week.\n\n"
        "Kind regards\nMira Castell",
        "Hello Sam,\n\nThanks for applying. The team enjoyed your CV and would like to set up "
        "a first interview with our service manager. Please send me a few times that suit "
        "you next week.\n\nMira",
        "Dear Sam,\n\nWe have reviewed your application and would like to meet you for an "
        "interview at our Leeds depot. Kindly let us know your availability over the coming "
        "days.\n\nBest regards,\nMira Castell",
    ],
)
def test_a_first_letter_asking_a_time_for_the_readers_interview_arranges_it(text):
    facts = first_letter(text)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    "text",
    [
        # a precondition: the interview comes after the answers
        "Dear Sam,\n\nThank you for your application. Before we book an interview, we'd like "
        "you to answer three short questions. Let us know when you have done it.\n\nMira",
        # said as a condition
        "Dear Sam,\n\nThank you for applying. If you are selected for interview we will "
        "contact you. In the meantime, let us know when you can send two references.\n\nMira",
    ],
)
def test_an_interview_to_come_after_something_else_is_not_arranged_yet(text):
    facts = first_letter(text)
    assert facts.stage is not Stage.SCHEDULING


def test_asked_where_the_reader_can_be_reached_a_call_is_being_arranged():
    # no interview named: the number asked for is the call's
    facts = first_letter(
        "Dear Sam,\n\nWith reference to your application for the above post, kindly provide "
        "us with a telephone number where you can be reached in the coming days.\n\nBest "
        "regards,\nRecruitment Unit"
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


def test_the_number_only_said_of_a_call_to_come_asks_nothing():
    facts = first_letter(
        "Dear Sam,\n\nThank you for your application for the above post. Shortlisted "
        "applicants will be called on the number where they can be reached; we will not "
        "write to the others.\n\nRecruitment Unit"
    )
    assert facts.stage is not Stage.SCHEDULING
