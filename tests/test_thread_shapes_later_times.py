"""Shapes of the talk about the interview's time: which word about it was the last, and who
said it.

Each rule was judged by a "retro first look" (bench/retro_first_look.py): designed on the even
batches of dev families, applied to the code as it stood before each odd batch landed, on
those families' wording, it fixed moments in more than one family and broke none.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Priya Nair <priya@harbourline.example>"
SET_FOR_TUESDAY = (
    "Your interview is confirmed for Tuesday 9 March 2027 at 10:00 at our London office."
)
TUESDAY_10, THURSDAY_14 = "2027-03-09 10:00", "2027-03-11 14:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at(now), POLICY)


# -- a move told after the time was set ------------------------------------------------------


def set_then(text: str):
    return (
        a_thread(subject="Interview - Analyst", tz=LONDON)
        .from_recruiter(RECRUITER, SET_FOR_TUESDAY, at="2027-03-01 09:00")
        .from_recruiter(RECRUITER, text, at="2027-03-05 10:00")
    )


POSTPONED_TO_THURSDAY = (
    "Unfortunately the panel has had to postpone your interview. It will now be held on "
    "Thursday 11 March 2027 at 14:00, same place."
)


def test_a_move_told_with_one_new_time_holds_as_the_old_time_did():
    facts, advice = read(set_then(POSTPONED_TO_THURSDAY), "2027-03-10 12:00")
    assert facts.interview_start == at(THURSDAY_14)
    assert not facts.interview_cancelled
    assert stage_at(facts, at("2027-03-10 12:00")) is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_the_old_time_passing_is_not_an_interview_held():
    facts, advice = read(set_then(POSTPONED_TO_THURSDAY), "2027-03-09 15:00")
    assert stage_at(facts, at("2027-03-09 15:00")) is Stage.SCHEDULED
    assert advice.action is not Action.SEND_THANK_YOU


def test_a_move_asked_waits_for_the_candidates_answer():
    asked = "We need to move your interview to Thursday 11 March 2027 at 14:00. Does that work?"
    facts, advice = read(set_then(asked), "2027-03-05 12:00")
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_move_offering_a_choice_of_times_settles_none():
    choice = (
        "Unfortunately the panel has had to postpone your interview. It could now be Thursday "
        "11 March at 14:00 or Friday 12 March at 10:00."
    )
    facts, _ = read(set_then(choice), "2027-03-05 12:00")
    assert facts.interview_start != at(THURSDAY_14)


def test_a_time_said_again_without_a_move_changes_nothing():
    reminder = "Just a reminder of your interview on Tuesday 9 March 2027 at 10:00."
    facts, _ = read(set_then(reminder), "2027-03-05 12:00")
    assert facts.interview_start == at(TUESDAY_10)


MY_MOVE = (
    "Because of the rail strike I had to reschedule my interview to Thursday 11 March 2027 at "
    "14:00 on the booking page - I hope that is still fine for the panel."
)


def test_the_candidates_own_move_holds_once_the_employer_agrees():
    builder = (
        a_thread(subject="Interview - Analyst", tz=LONDON)
        .from_recruiter(RECRUITER, SET_FOR_TUESDAY, at="2027-03-01 09:00")
        .from_me(MY_MOVE, at="2027-03-05 10:00")
        .from_recruiter(RECRUITER, "Yes, all good - see you then.", at="2027-03-05 12:00")
    )
    facts, advice = read(builder, "2027-03-10 12:00")
    assert facts.interview_start == at(THURSDAY_14)
    assert advice.action is Action.PREPARE


def test_the_candidates_own_move_unanswered_is_the_employers_turn():
    builder = (
        a_thread(subject="Interview - Analyst", tz=LONDON)
        .from_recruiter(RECRUITER, SET_FOR_TUESDAY, at="2027-03-01 09:00")
        .from_me(MY_MOVE, at="2027-03-05 10:00")
    )
    facts, advice = read(builder, "2027-03-10 12:00")
    assert facts.stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT


# -- the employer's answer naming one time, after the candidate put times forward ------------


def a_window_then(answer: str):
    return (
        a_thread(subject="Coffee chat?", tz=LONDON)
        .from_recruiter(
            RECRUITER,
            "Would you be up for a short call about the analyst role next week?",
            at="2027-03-01 09:00",
        )
        .from_me(
            "Happy to. I'm free Tuesday 9 March after 1pm or Wednesday morning.",
            at="2027-03-01 12:00",
        )
        .from_recruiter(RECRUITER, answer, at="2027-03-02 09:00")
    )


def test_the_employers_answer_naming_one_time_settles_it():
    facts, advice = read(
        a_window_then("Great - Tuesday 9 March at 2pm then. I'll ring your mobile."),
        "2027-03-08 12:00",
    )
    assert facts.interview_start == at("2027-03-09 14:00")
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_and_its_passing_is_the_interview_held():
    facts, advice = read(
        a_window_then("Great - Tuesday 9 March at 2pm then. I'll ring your mobile."),
        "2027-03-09 16:00",
    )
    assert stage_at(facts, at("2027-03-09 16:00")) is Stage.INTERVIEWED
    assert advice.action is Action.SEND_THANK_YOU


def test_an_answer_asking_whether_a_time_works_settles_nothing():
    facts, advice = read(
        a_window_then("Would Tuesday 9 March at 2pm work for you?"), "2027-03-02 12:00"
    )
    assert facts.interview_start is None
    assert advice.action is Action.REPLY


def test_an_answer_offering_two_times_settles_nothing():
    facts, _ = read(
        a_window_then("I could do Tuesday 9 March at 2pm or Wednesday 10 March at 9am."),
        "2027-03-02 12:00",
    )
    assert facts.interview_start is None


def test_a_reply_subject_restating_the_first_time_is_not_a_time_put():
    builder = (
        a_thread(subject="Interview - Analyst", tz=LONDON)
        .from_recruiter(RECRUITER, SET_FOR_TUESDAY, at="2027-03-01 09:00")
        .from_me(
            "Just out - I think it went well. Please pass on my thanks.",
            at="2027-03-09 12:00",
            subject="Re: Confirmed: your interview, Tuesday 10:00",
        )
        .from_recruiter(
            RECRUITER,
            "They were impressed and will decide by Monday.",
            at="2027-03-10 12:00",
            subject="Re: Confirmed: your interview, Tuesday 10:00",
        )
    )
    facts, advice = read(builder, "2027-03-11 12:00")
    assert facts.interview_start == at(TUESDAY_10)
    assert stage_at(facts, at("2027-03-11 12:00")) is Stage.INTERVIEWED
    assert advice.action is Action.WAIT
