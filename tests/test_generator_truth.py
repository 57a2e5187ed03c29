"""The generator's own table of DESIGN.md's policy: the truth `afterview eval` scores against.

One test per rule, on builder facts, with the dates worked out by hand; none of this calls
`afterview.policy`, which is what the truth is independent of.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from afterview.model import Action
from gmail_sandbox.expected_advice import business_days_after, expected_advice
from tests.builders.facts import an_application, an_interview_thread, not_an_interview

# Tuesday 10 March 2026, 14:00 UTC
TUESDAY_2PM = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def test_not_an_interview_gets_none():
    assert expected_advice(not_an_interview().build(), TUESDAY_2PM).action is Action.NONE


def test_rule_1_rejection_closes_and_an_offer_after_it_wins():
    rejected = an_interview_thread().interviewed(TUESDAY_2PM).rejected(TUESDAY_2PM + DAY)
    assert expected_advice(rejected.build(), TUESDAY_2PM + 2 * DAY).action is Action.CLOSED
    offered = rejected.offered(TUESDAY_2PM + 3 * DAY)
    assert expected_advice(offered.build(), TUESDAY_2PM + 4 * DAY).action is Action.OFFER


def test_rule_2_an_unanswered_question_wants_a_reply_until_answered():
    asked = an_interview_thread().interviewed(TUESDAY_2PM).employer_asked(TUESDAY_2PM + DAY)
    assert expected_advice(asked.build(), TUESDAY_2PM + 2 * DAY).action is Action.REPLY
    answered = asked.candidate_wrote(TUESDAY_2PM + DAY + HOUR)
    assert expected_advice(answered.build(), TUESDAY_2PM + 2 * DAY).action is not Action.REPLY


def test_rule_3_prepare_before_the_interview_and_wait_while_it_is_arranged():
    booked = an_interview_thread().interview_booked(TUESDAY_2PM)
    advice = expected_advice(booked.build(), TUESDAY_2PM - DAY)
    assert (advice.action, advice.until) == (Action.PREPARE, TUESDAY_2PM)
    proposed = an_interview_thread().employer_proposed_times(TUESDAY_2PM - 2 * DAY)
    answered = proposed.candidate_wrote(TUESDAY_2PM - DAY)
    assert expected_advice(answered.build(), TUESDAY_2PM).action is Action.WAIT


def test_rule_3_an_application_waits_thirty_days_then_moves_on():
    applied = an_application(at=TUESDAY_2PM)
    assert expected_advice(applied.build(), TUESDAY_2PM + 29 * DAY).action is Action.WAIT
    assert expected_advice(applied.build(), TUESDAY_2PM + 30 * DAY).action is Action.MOVE_ON


def test_rule_4_thank_you_within_48_hours_of_the_end_unless_written():
    interviewed = an_interview_thread().interviewed(TUESDAY_2PM, minutes=60)
    end = TUESDAY_2PM + HOUR
    advice = expected_advice(interviewed.build(), end + 47 * HOUR)
    assert (advice.action, advice.until) == (Action.SEND_THANK_YOU, end + 48 * HOUR)
    thanked = interviewed.thank_you(end + 3 * HOUR)
    assert expected_advice(thanked.build(), end + 5 * HOUR).action is Action.WAIT


def test_rule_5_a_stated_date_plus_two_business_days():
    # "by Friday 13 March" (end of that day) + 2 business days = Tuesday 17 March 23:59
    friday_end = datetime(2026, 3, 13, 23, 59, tzinfo=UTC)
    stated = (
        an_interview_thread()
        .interviewed(TUESDAY_2PM)
        .thank_you(TUESDAY_2PM + 4 * HOUR)
        .employer_said(TUESDAY_2PM + DAY, decision_by=friday_end)
    )
    advice = expected_advice(stated.build(), TUESDAY_2PM + 3 * DAY)
    assert advice == type(advice)(Action.WAIT, datetime(2026, 3, 17, 23, 59, tzinfo=UTC))
    assert expected_advice(stated.build(), advice.until + HOUR).action is Action.FOLLOW_UP


def test_rule_5_without_a_date_ten_business_days_after_the_interview():
    thanked = an_interview_thread().interviewed(TUESDAY_2PM).thank_you(TUESDAY_2PM + 4 * HOUR)
    advice = expected_advice(thanked.build(), TUESDAY_2PM + 3 * DAY)
    # interview ended Tue 10 March 15:00; ten business days later: Tue 24 March 15:00
    assert advice.until == datetime(2026, 3, 24, 15, 0, tzinfo=UTC)


def test_rules_6_and_7_one_follow_up_then_seven_business_days_then_move_on():
    thanked = an_interview_thread().interviewed(TUESDAY_2PM).thank_you(TUESDAY_2PM + 4 * HOUR)
    assert expected_advice(thanked.build(), TUESDAY_2PM + 15 * DAY).action is Action.FOLLOW_UP
    followed = thanked.follow_up(TUESDAY_2PM + 15 * DAY)  # Wednesday 25 March
    advice = expected_advice(followed.build(), TUESDAY_2PM + 16 * DAY)
    assert (advice.action, advice.until) == (Action.WAIT, TUESDAY_2PM + 24 * DAY)  # 3 April
    assert expected_advice(followed.build(), TUESDAY_2PM + 24 * DAY).action is Action.MOVE_ON


def test_rule_7_thirty_silent_days_after_the_interview_move_on():
    thanked = an_interview_thread().interviewed(TUESDAY_2PM).thank_you(TUESDAY_2PM + 4 * HOUR)
    assert expected_advice(thanked.build(), TUESDAY_2PM + 31 * DAY).action is Action.MOVE_ON


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (datetime(2026, 3, 13, 9, tzinfo=UTC), 1, datetime(2026, 3, 16, 9, tzinfo=UTC)),  # Fri
        (datetime(2026, 3, 14, 9, tzinfo=UTC), 1, datetime(2026, 3, 16, 9, tzinfo=UTC)),  # Sat
        (datetime(2026, 3, 11, 9, tzinfo=UTC), 3, datetime(2026, 3, 16, 9, tzinfo=UTC)),  # Wed
        (datetime(2026, 3, 10, 9, tzinfo=UTC), 10, datetime(2026, 3, 24, 9, tzinfo=UTC)),
    ],
)
def test_business_days_skip_weekends(start, count, expected):
    assert business_days_after(start, count) == expected
