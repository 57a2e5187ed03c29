"""An occasion's time set out as labelled lines, whatever the occasion is called (reread).

A letter that sets out when the reader is to come as labelled lines ("Date: ... / Time: ...",
"Starts: ... / Finishes: ...") states the occasion: an assessment, a selection day or a test
held at a set time is as set as an interview, also in a letter that speaks of the reader's
application while telling them they are shortlisted or invited now. A start line and an end
line on different days are one occasion from the first to the second, not a choice. Judged by
the retro first looks (bench/retro_edits/labelled_occasion.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DUBLIN = "Europe/Dublin"
ZONE = ZoneInfo(DUBLIN)
POLICY = Policy(timezone=DUBLIN)
RECRUITER = "Orla Kenny <careers@brackenfield.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


# the process so far: a telephone interview, set and held
SCREEN = (
    "Thank you for applying for the Trainee Surveyor programme. Your telephone interview is "
    "booked for Tuesday 27 April 2027 at 10:00."
)
SCREEN_AT = "2027-04-27 10:00"


def read(text: str, now: str = "2027-05-03 12:00"):
    builder = (
        a_thread(subject="Trainee Surveyor programme", tz=DUBLIN)
        .from_recruiter(RECRUITER, SCREEN, at="2027-04-20 10:00")
        .from_recruiter(RECRUITER, text, at="2027-05-03 10:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at(now), POLICY)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # an application letter that shortlists the reader for a timed test
        (
            "Thank you for your application for the Trainee Surveyor programme. You have been "
            "shortlisted for the next stage, a numerical reasoning test at our Cork office.\n\n"
            "Date : Tuesday, 11 May 2027\nTime : 2:00 pm - 3:30 pm\n\n"
            "Kindly acknowledge this email.",
            "2027-05-11 14:00",
        ),
        # a selection day over two days, set out as its start and its finish
        (
            "Congratulations on getting through your telephone interview! We would like to "
            "invite you to our selection days in Galway:\n\n  Starts : Monday 17 May 2027, 9.30am\n"
            "  Finishes : Tuesday 18 May 2027, 12.30pm\n  Venue : Quay House, Galway\n\n"
            "Please let us know by Friday 7 May whether you can come.",
            "2027-05-17 09:30",
        ),
        (
            "We are pleased to invite you to our assessment centre.\n\nStart: Wednesday 19 "
            "May 2027 at 10:00\nEnd: Thursday 20 May 2027 at 15:00\n\nReply to confirm.",
            "2027-05-19 10:00",
        ),
    ],
)
def test_a_labelled_occasion_is_set(text, start):
    facts, advice = read(text)
    assert facts.interview_start == at(start)
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


def test_start_and_finish_lines_span_the_occasion():
    facts, _ = read(
        "Congratulations on getting through your telephone interview! We would like to "
        "invite you to our selection days in Galway:\n\n"
        "Starts : Monday 17 May 2027, 9.30am\nFinishes : Tuesday 18 May 2027, 12.30pm\n\n"
        "Please let us know whether you can come."
    )
    assert facts.interview_end == at("2027-05-18 12:30")


@pytest.mark.parametrize(
    "text",
    [
        # an application receipt: its "Date:" is when the application was sent
        "Thank you for your application for the Trainee Surveyor programme.\n\n"
        "Date: Monday 3 May 2027, 09:12\nReference: TS-2207\n\nWe will be in touch.",
        # shortlisting said of whoever gets through, not of the reader
        "Thank you for your application. If you are shortlisted, the test will be held:\n\n"
        "Date : Tuesday, 11 May 2027\nTime : 2:00 pm\n",
        # two start lines: a choice of sittings, not one occasion
        "Thank you for your application. You have been shortlisted for a test.\n\n"
        "Starts: Tuesday 11 May 2027 at 10:00\nStarts: Thursday 13 May 2027 at 14:00\n\n"
        "Which sitting suits you?",
    ],
)
def test_look_alikes_set_nothing(text):
    facts, _ = read(text)
    assert facts.interview_start == at(SCREEN_AT)
