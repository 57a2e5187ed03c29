"""A set time, then a choice of other times before it: the set time no longer holds (shapes7).

The employer who had set the interview writes before it with two or more other coming times
to choose from, whether the move is theirs ("a clash has come up on our side; could we do one
of these instead of Tuesday: ...") or the reader asked for it ("Of course. Would Thursday at
9:00 or Friday at 14:30 suit?"): the thread is being arranged again, and the reader owes the
pick. Before, only a choice said with "instead" unsettled the set time. Judged by the retro
first looks (bench/retro_edits/a_choice_of_times.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

LISBON = "Europe/Lisbon"
ZONE = ZoneInfo(LISBON)
POLICY = Policy(timezone=LISBON)
RECRUITER = "Ines Carvalho <ines@tagusworks.example>"
SET = (
    "Dear Rui, we are happy to confirm your interview for the Data Engineer role on Tuesday, "
    "16 March 2027 at 10:00 at our Lisbon office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(*later: tuple[str, str, bool], now: str = "2027-03-10 18:00"):
    builder = a_thread(subject="Data Engineer interview", tz=LISBON).from_recruiter(
        RECRUITER, SET, at="2027-03-03 11:00"
    )
    for text, moment, mine in later:
        if mine:
            builder = builder.from_me(text, at=moment)
        else:
            builder = builder.from_recruiter(RECRUITER, text, at=moment)
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, stage_at(facts, at(now)), advise(facts, at(now), POLICY)


@pytest.mark.parametrize(
    "text",
    [
        # the employer's own move, the choice set out in lines
        "Dear Rui, unfortunately the panel has a conflict on the 16th, so we need to find "
        "another slot. We would like to propose the following alternatives:\n\n"
        "- Wednesday, 17 March, 15:00\n- Thursday, 18 March, 11:30\n\n"
        "If neither suits, please send me your availability.",
        # in a sentence, no "instead"
        "Hi Rui, the hiring manager is now travelling on Tuesday. Could you do Wednesday 17 "
        "March at 15:00 or Thursday 18 March at 11:30? Let me know which you prefer.",
    ],
)
def test_a_choice_of_other_times_unsettles_the_set_time(text):
    facts, stage, advice = read((text, "2027-03-10 09:00", False))
    assert facts.interview_cancelled
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_the_choice_offered_after_the_reader_asked_to_move_it():
    facts, stage, advice = read(
        (
            "Dear Ines, a family matter has come up on the morning of the 16th and I would be "
            "grateful for the chance to move our meeting. I could come in on Thursday 18 or "
            "Friday 19 March, at any time that suits you.",
            "2027-03-09 08:00",
            True,
        ),
        (
            "No problem, Rui. Would Thursday 18 March at 9:00 or Friday 19 March at 14:30 "
            "suit you?",
            "2027-03-09 15:00",
            False,
        ),
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_the_pick_from_the_choice_is_the_interview():
    facts, stage, advice = read(
        (
            "Hi Rui, the hiring manager is now travelling on Tuesday. Could you do Wednesday "
            "17 March at 15:00 or Thursday 18 March at 11:30? Let me know which you prefer.",
            "2027-03-10 09:00",
            False,
        ),
        ("Thursday 18 March at 11:30 works well for me.", "2027-03-10 12:00", True),
        ("Great, see you on Thursday 18 March at 11:30.", "2027-03-10 14:00", False),
        now="2027-03-12 12:00",
    )
    assert facts.interview_start == at("2027-03-18 11:30")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    "text",
    [
        # the set time restated among the times: a day's programme, nothing moved
        "Hi Rui, for Tuesday 16 March: 10:00 the interview with the hiring manager, 11:00 a "
        "coffee with the team. Could you let us know if you need parking?",
        # one other time, asked (not a choice; whether it moves the set time is another shape)
        "Hi Rui, would Wednesday 17 March at 15:00 work for a short call with HR beforehand?",
    ],
)
def test_the_set_time_stands_when_no_choice_replaces_it(text):
    facts, stage, _ = read((text, "2027-03-10 09:00", False))
    assert not facts.interview_cancelled
    assert facts.interview_start == at("2027-03-16 10:00")
    assert stage is Stage.SCHEDULED


def test_a_choice_after_the_interview_took_place_is_another_round():
    facts, stage, advice = read(
        (
            "Thanks for coming in on Tuesday, Rui. We'd like you to meet the CTO next: could "
            "you do Monday 22 March at 10:00 or Tuesday 23 March at 16:00?",
            "2027-03-17 09:00",
            False,
        ),
        now="2027-03-17 12:00",
    )
    assert not facts.interview_cancelled  # the first round took place; it is not called off
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY
