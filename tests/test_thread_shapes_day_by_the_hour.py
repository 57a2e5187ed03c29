"""The hour to be there by, said right after the occasion's day (reread).

West African and South Asian invitations put the time to come as "by" ("you have been
scheduled for an interview on Thursday, 14th October 2027 by 9:00am", "report at our office
on Monday 4 October by 10.30am"): a clock time said right after the day of the occasion is
that occasion's time, not a deadline to answer by, when the sentence speaks of coming to it
(an interview, reporting, attending). A "by" after a verb of answering or doing ("confirm by
5pm", "must be completed on Friday by 5pm") or after another deadline stays a deadline.
Judged by the retro first looks (bench/retro_edits/day_by_the_hour.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ACCRA = "Africa/Accra"
ZONE = ZoneInfo(ACCRA)
HR = "Human Resources - Okyeame Foods <recruitment@okyeamefoods.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(text: str):
    builder = a_thread(subject="Invitation for Interview - Sales Officer", tz=ACCRA)
    builder.from_recruiter(HR, text, at="2027-10-07 09:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ama,\n\nFollowing your application for the role of Sales Officer, you have been "
        "scheduled for an interview at our Tema office on Thursday, 14th October 2027 by "
        "9:00am.\n\nKindly acknowledge receipt of this mail.",
        "Dear Ama,\n\nYou are invited for an interview for the Sales Officer position. Please "
        "report at our head office on 14th October, 2027 by 9am prompt with your credentials.",
    ],
)
def test_the_hour_after_the_day_is_the_interviews(text):
    facts = read(text)
    assert facts.interview_start == at("2027-10-14 09:00")
    assert facts.stage is Stage.SCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        # the deadline to answer, after a verb of answering
        "Dear Ama,\n\nYou have been shortlisted for an interview for the Sales Officer role. "
        "Kindly confirm your availability by 5pm on Friday 8th October 2027 and we will send "
        "the date.",
        # a day that is itself a deadline
        "Dear Ama,\n\nYou have been shortlisted for an interview for the Sales Officer role. "
        "Please send your certificates no later than Friday 8th October 2027 by 4pm.",
        # a take-home task's deadline, said the same way: no occasion to come to
        "Dear Ama,\n\nYou have been shortlisted for an interview for the Sales Officer role. "
        "Before it, the written exercise attached must be completed on Friday 8th October "
        "2027 by 5pm.",
    ],
)
def test_a_deadline_sets_no_interview(text):
    facts = read(text)
    assert facts.interview_start is None
