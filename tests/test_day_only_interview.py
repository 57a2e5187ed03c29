"""An interview fixed to a day with no clock time ("your interview will take place on
Thursday, 4 March"): the thread's interview over that working day, flagged inferred, and
every sentence about it naming the day only. The clock is pinned: `now` is passed in."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.parse import read_thread
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from storage.models import DraftKind, ThreadRecord
from tests.builders import ME, a_thread
from worker.drafts import compose_text

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Janet Reyes <janet@brightwater.example>"
SUBJECT = "Your interview visit to Brightwater"
MARCH_4 = date(2027, 3, 4)
DEV = Path(__file__).resolve().parent / "corpus" / "real" / "dev"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def facts_of(builder):
    return thread_facts(builder.build(), ME, ZONE)


def invited(text: str, when: str = "2027-02-15 10:00"):
    return a_thread(subject=SUBJECT, tz=LONDON).from_recruiter(RECRUITER, text, at=when)


STATED = (
    "I'm the administrative assistant for the department, and I'll be organizing your trip "
    "for your interview on Thursday, March 4."
)


# --------------------------------------------------------------------------- the timeline


@pytest.mark.parametrize(
    "text",
    [
        STATED,
        "Your interview will take place on Thursday, 4 March. Please bring photo ID.",
        "The assessment day is on Thursday 4 March; the programme follows nearer the time.",
        "We have reserved Thursday, March 4, 2027 for your interview day.",
    ],
)
def test_a_day_the_employer_states_is_the_interview_over_that_working_day(text):
    result = facts_of(invited(text))

    assert result.stage is Stage.SCHEDULED
    assert result.interview_time_inferred  # the hours are Afterview's, not the thread's
    assert (result.interview_start, result.interview_end) == (
        at("2027-03-04 09:00"),
        at("2027-03-04 17:00"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Would you be available for an interview on Thursday, 4 March?",
        "We can offer two windows for your campus visit: February 22-23 or March 4-5. "
        "Please let me know which you prefer.",
        "Let me know if Thursday, 4 March suits you for the interview.",
    ],
)
def test_a_day_asked_or_a_choice_of_days_is_scheduling(text):
    result = facts_of(invited(text))

    assert result.stage is Stage.SCHEDULING
    assert result.interview_start is None


def test_the_day_the_candidate_takes_of_those_offered_is_the_interview():
    offered = invited(
        "We can offer two windows for your campus visit: February 22-23 or March 4-5. "
        "Please let me know which you prefer."
    )
    result = facts_of(offered.from_me("March 4-5 would be ideal for me.", at="2027-02-15 18:00"))

    assert result.stage is Stage.SCHEDULED
    assert result.interview_time_inferred
    assert result.interview_start == at("2027-03-04 09:00")


def test_two_days_the_candidate_puts_forward_take_none():
    offered = invited("Which day suits you for the interview: Thursday 4 March or Friday 5 March?")
    result = facts_of(
        offered.from_me(
            "Thursday 4 March or Friday 5 March both work for me.", at="2027-02-15 18:00"
        )
    )

    assert result.stage is Stage.SCHEDULING
    assert result.interview_start is None


@pytest.mark.parametrize(
    "text",
    [
        # a deadline
        "Please send your portfolio by Thursday, 4 March, ahead of your interview.",
        "Please reply by Friday to confirm your interview slot.",
        # a decision date
        "Thank you for your interview. We will let you know the outcome on Thursday, 4 March.",
        "We expect to decide after the interviews, by Thursday, 4 March.",
        # the pool's day, not yet the reader's
        "Interviews for shortlisted candidates will take place on Thursday, 4 March.",
        # a start of work
        "Congratulations on your interview! Your start date is Thursday, 4 March.",
        "After your interview, the start date is Thursday, 4 March.",
        # a medical appointment
        "Your pre-employment medical appointment is on Thursday, 4 March at the clinic.",
        "Your medical appointment after the interview is on Thursday, 4 March.",
    ],
)
def test_a_deadline_a_decision_a_start_date_or_an_appointment_is_no_interview_day(text):
    result = facts_of(invited(text))

    assert result.interview_start is None or result.interview_start.date() != MARCH_4
    assert result.stage is not Stage.SCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        # looked back on (a weekday is read forward: it would be the coming one)
        "I'm just following up after your interview on Monday. We expect to make a decision "
        "by next Friday.",
        "Thanks for your patience after Monday's interview; the team is still deliberating.",
        # called off or put off, with no new day
        "Unfortunately we have to postpone tomorrow's interview as the panel is unavailable. "
        "I'll be in touch to rearrange.",
        "I'm afraid we need to cancel Thursday's interview. We'll come back to you with new "
        "dates shortly.",
    ],
)
def test_an_interview_looked_back_on_or_called_off_fixes_no_coming_day(text):
    """The lead's sentence sets 3-5 (bench/lead_sentence_sets.py) read these so when the
    day-only reading first met them on main."""
    result = facts_of(invited(text, when="2027-03-02 10:00"))

    assert result.stage is not Stage.SCHEDULED
    assert result.interview_start is None or result.interview_start < at("2027-03-02 10:00")


def test_thanks_for_an_interview_on_a_weekday_names_no_coming_day():
    result = facts_of(
        invited(
            "Thanks for taking the time to interview with us on Friday. Could you send two "
            "references?",
            when="2027-02-15 10:00",  # a Monday: "Friday" is the one before
        )
    )

    assert result.stage is not Stage.SCHEDULED


def test_a_clock_time_stated_later_wins():
    result = facts_of(
        invited(STATED).from_recruiter(
            RECRUITER,
            "Attached is your schedule for Thursday, March 4. Your day starts at 8:30 am.",
            at="2027-03-01 13:00",
        )
    )

    assert not result.interview_time_inferred
    assert result.interview_start == at("2027-03-04 08:30")


def test_a_clock_time_stated_earlier_is_kept_when_the_day_is_said_again():
    result = facts_of(
        invited("Your interview is on Thursday, 4 March at 10:30am at our office.").from_recruiter(
            RECRUITER, "A reminder of your interview on Thursday, 4 March.", at="2027-03-01 13:00"
        )
    )

    assert not result.interview_time_inferred
    assert result.interview_start == at("2027-03-04 10:30")


def test_the_candidate_unable_to_come_on_the_day_leaves_it_being_arranged():
    result = facts_of(
        invited(STATED).from_me(
            "I will not be able to attend on March 4. Could we find another date?",
            at="2027-02-16 09:00",
        )
    )

    assert result.interview_cancelled
    assert result.stage is Stage.SCHEDULING


def test_after_the_day_it_was_held_and_the_thank_you_names_days():
    result = facts_of(invited(STATED))
    now = at("2027-03-04 18:00")

    assert stage_at(result, now) is Stage.INTERVIEWED
    advice = advise(result, now, POLICY)
    assert advice.action is Action.SEND_THANK_YOU
    assert advice.reason == (
        "Your interview with Brightwater was on Thursday 4 March; a short thank-you is due "
        "by Friday 5 March."
    )


def test_a_message_on_the_day_saying_it_took_place_ends_it_then():
    result = facts_of(
        invited(STATED).from_recruiter(
            RECRUITER,
            "Thank you for coming in today, it was lovely to meet you.",
            at="2027-03-04 13:00",
        )
    )

    assert result.stage is Stage.INTERVIEWED
    assert result.interview_end == at("2027-03-04 13:00")


# --------------------------------------------------------------------------- the words


def test_the_advice_says_its_hours_are_stand_ins():
    """`Advice.day_only`: the popup shows `until` and `due` as days (the hours are Afterview's
    working-day stand-ins); a stated hour is shown as it is."""
    day_only = facts_of(invited(STATED))
    before = advise(day_only, at("2027-03-01 12:00"), POLICY)
    after = advise(day_only, at("2027-03-04 18:00"), POLICY)
    assert (before.action, before.day_only) == (Action.PREPARE, True)
    assert (after.action, after.day_only) == (Action.SEND_THANK_YOU, True)
    stated = facts_of(invited("Your interview is on Thursday, 4 March at 14:30."))
    assert stated.interview_start == at("2027-03-04 14:30")
    assert advise(stated, at("2027-03-01 12:00"), POLICY).day_only is False


def test_every_moment_counted_from_placed_hours_is_shown_as_a_day():
    """An interview known only from "thanks for coming in today" has its hours placed by
    Afterview too: the advice after it (the thank-you, then the wait) is shown by day."""
    held = facts_of(
        invited("Thanks for coming in today, it was great to meet you.", when="2027-03-04 15:00")
    )
    assert held.interview_time_inferred
    for now in ("2027-03-04 18:00", "2027-03-08 12:00"):
        advice = advise(held, at(now), POLICY)
        assert advice.until is not None and advice.day_only, (now, advice)


def test_before_the_day_prepare_names_the_day_only():
    advice = advise(facts_of(invited(STATED)), at("2027-02-20 10:00"), POLICY)

    assert advice.action is Action.PREPARE
    assert (
        advice.reason == "Your interview with Brightwater is on Thursday 4 March; prepare for it."
    )


def test_on_the_day_prepare_names_the_day_only():
    advice = advise(facts_of(invited(STATED)), at("2027-03-04 11:00"), POLICY)

    assert advice.action is Action.PREPARE
    assert advice.reason == (
        "Your interview with Brightwater is today, Thursday 4 March; prepare for it."
    )


def test_a_question_before_the_day_is_answered_first():
    thread = invited(STATED + " Could you please send me a short bio by February 22?")
    advice = advise(facts_of(thread), at("2027-02-15 17:00"), POLICY)

    assert advice.action is Action.REPLY
    assert "09:00" not in advice.reason and "17:00" not in advice.reason


def test_the_wait_after_the_day_names_it():
    result = facts_of(invited(STATED).from_me("Thank you for today!", at="2027-03-04 19:00"))
    advice = advise(result, at("2027-03-08 10:00"), POLICY)

    assert advice.action is Action.WAIT
    assert advice.reason.startswith("Your interview with Brightwater was on Thursday 4 March")


def test_the_thank_you_draft_names_the_day_and_no_hour():
    result = facts_of(invited(STATED))
    record = ThreadRecord(
        subject=SUBJECT, company="Brightwater", contact="janet@brightwater.example"
    )

    body = compose_text(
        DraftKind.THANK_YOU, result, record, LONDON, now=at("2027-03-04 18:00")
    ).body

    assert "on Thursday about" in body
    assert "09:00" not in body and "17:00" not in body


# --------------------------------------------------------------------------- real threads

FIXED = [
    ("mech2_academic/jelenazk_admin_abstract_bio_photo.mbox", "2027-02-15T17:00:00+00:00"),
    ("mech2_academic/jelenazk_admin_abstract_bio_photo.mbox", "2027-02-20T10:00:00+00:00"),
    ("mech2_academic/insidehighered_finalist_choice_of_dates.mbox", "2027-01-12T09:00:00-05:00"),
    ("candidate_shared_words/faculty_campus_visit_invitation.mbox", "2026-12-05T09:00:00-06:00"),
    (
        "residency_fellowship_interviews/program_date_reschedule_dinner_then_thanks.mbox",
        "2026-10-20T15:00:00-05:00",
    ),
    (
        "residency_fellowship_interviews/program_date_reschedule_dinner_then_thanks.mbox",
        "2026-10-22T12:00:00-05:00",
    ),
    ("quoted_one_liners/portfolio_attached_quoting_request.mbox", "2026-06-09T12:00:00+01:00"),
]


def _labels():
    with (DEV / "labels.jsonl").open(encoding="utf-8") as lines:
        return {label["path"]: label for label in map(json.loads, lines)}


@pytest.mark.parametrize(("path", "moment"), FIXED)
def test_real_threads_with_a_day_only_interview_read_as_labelled(path, moment):
    label = _labels()[path]
    (check,) = [c for c in label["checks"] if c["now"] == moment]
    now = datetime.fromisoformat(moment)
    messages = [m for m in read_thread(DEV / path) if m.date <= now]

    facts = thread_facts(messages, label["me"], ZoneInfo(label["tz"]))
    advice = advise(facts, now, Policy(timezone=label["tz"]))

    assert (stage_at(facts, now).value, advice.action.value) == (check["stage"], check["action"])
    assert "09:00" not in advice.reason and "17:00" not in advice.reason  # no invented hour


def test_a_day_with_a_slot_to_pick_is_no_interview_fixed():
    result = facts_of(
        invited(
            "Congratulations! You have been selected to interview on Thursday, 4 March. "
            "Interview slots are limited and first come, first served, so please be sure to "
            "sign up as soon as possible here: https://app.example.com/interviews/58213"
        )
    )

    assert result.stage is not Stage.SCHEDULED
    assert result.interview_start is None


def test_a_clock_time_said_with_the_day_is_never_replaced_by_working_hours():
    result = facts_of(
        invited(
            "We can reschedule your interview for Thursday, 4 March 2027 at 11:00 a.m. at our "
            "office, if that is suitable for you."
        )
    )

    assert not result.interview_time_inferred


def test_the_candidates_own_clock_time_on_a_day_takes_no_day():
    offered = invited("We can offer two interview days: Thursday, 4 March or Friday, 5 March.")
    result = facts_of(
        offered.from_me("Thursday, 4 March works well, from 2pm if I may.", at="2027-02-15 18:00")
    )

    assert not result.interview_time_inferred
