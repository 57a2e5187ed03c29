"""A clock time after "by" that is the time to be there, not a deadline (abroad).

West African, South Asian and Gulf office English give the interview's time as the hour to
arrive by: "you are to come for an interview on Thursday, 4th March 2027 by 9:00am", "kindly
report at the venue by 10.30 am on 18/01/2027". Read as a reply-by deadline the thread had
no interview time and stayed "being arranged". A "by <clock>" right after the day it is on,
or after a word for getting there (report, arrive, reach, be present), in a sentence that
asks no reply, states the occasion; "confirm by 5pm on Friday" stays a deadline.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LAGOS = "Africa/Lagos"
ZONE = ZoneInfo(LAGOS)
POLICY = Policy(timezone=LAGOS)
HR = "Adaeze Okonkwo <adaeze@palmgrove.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def invited(text: str):
    builder = a_thread(subject="Interview: Accounts Officer", tz=LAGOS).from_recruiter(
        HR, text, at="2027-03-01 09:00"
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-02 12:00"), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        "Following your application for the Accounts Officer role, you are invited for an "
        "interview at our office, 22 Marina Road, Lagos on Thursday, 4th March 2027 by "
        "9:00am. Please come with your credentials.",
        "You have been shortlisted for the Accounts Officer role. Kindly report at our head "
        "office by 9.30 am on 04/03/2027 for your interview with the panel.",
        "Your interview for the Accounts Officer role has been fixed. Kindly be at our office "
        "on Thursday 4 March 2027 by 10am and ask for Mrs Okonkwo.",
    ],
)
def test_the_hour_to_be_there_is_the_interviews_time(text):
    facts, advice = invited(text)
    assert facts.interview_start is not None
    assert facts.interview_start.date().isoformat() == "2027-03-04"
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    "text",
    [
        # a reply asked by a time: the deadline, no occasion
        "Thank you for applying for the Accounts Officer role. Kindly confirm your interest "
        "by 5:00pm on Thursday, 4th March 2027 so that we can schedule an interview.",
        "Please send your availability for an interview next week on Thursday, 4th March "
        "2027 by 5pm.",
    ],
)
def test_a_reply_asked_by_a_time_stays_a_deadline(text):
    facts, _ = invited(text)
    assert facts.interview_start is None
