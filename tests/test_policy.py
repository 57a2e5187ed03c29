"""The advice policy, rule by rule, as DESIGN.md states it ("The policy").

One thread for most tests: an interview with Acme on Tuesday 10 March 2026, 14:00-15:00
UTC, with Jane Doe (jane@acme.example) as the recruiter.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import CONSERVATIVE, STANDARD, Policy, advise
from tests.builders.facts import an_application, an_interview_thread, not_an_interview


def march(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def april(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 4, day, hour, minute, tzinfo=UTC)


INTERVIEW = march(10, 14)  # Tuesday
INTERVIEW_END = march(10, 15)
interviewed = an_interview_thread(company="Acme").interviewed(at=INTERVIEW, minutes=60)
thanked = interviewed.thank_you(at=march(10, 18))


def one_sentence(reason: str) -> bool:
    return reason.endswith(".") and ". " not in reason and "\n" not in reason


# --- 0. Not an interview ------------------------------------------------------------------


def test_a_thread_that_is_not_about_an_interview_gets_no_advice():
    advice = advise(not_an_interview().build(), now=march(12))

    assert advice.action is Action.NONE
    assert advice.until is None
    assert one_sentence(advice.reason)


# --- 1. Rejection and offer ---------------------------------------------------------------


def test_a_rejection_closes_the_thread():
    facts = thanked.rejected(at=march(20, 11)).build()

    advice = advise(facts, now=march(23))

    assert advice.action is Action.CLOSED
    assert advice.until is None
    assert "Acme told you on Friday 20 March" in advice.reason
    assert one_sentence(advice.reason)


def test_a_rejection_after_the_interview_means_no_follow_up_ever():
    # Weeks after the interview a follow-up would otherwise be due; the rejection wins.
    facts = thanked.rejected(at=march(11, 11)).build()

    for now in (march(25), april(3), april(20)):
        assert advise(facts, now=now).action is Action.CLOSED


def test_a_rejection_known_only_from_the_stage_closes_the_thread():
    facts = thanked.at_stage(Stage.REJECTED).build()

    advice = advise(facts, now=march(25))

    assert advice.action is Action.CLOSED
    assert advice.reason.startswith("Acme told you that they are not moving forward")


def test_an_offer_is_an_offer():
    facts = thanked.offered(at=march(16, 10)).build()

    advice = advise(facts, now=march(16, 12))

    assert advice.action is Action.OFFER
    assert advice.until is None
    assert "Acme made you an offer on Monday 16 March" in advice.reason


def test_an_offer_after_a_rejection_for_another_role_is_an_offer():
    facts = thanked.rejected(at=march(13)).offered(at=march(20)).build()

    assert advise(facts, now=march(21)).action is Action.OFFER
    # ... but a rejection after an offer (an offer withdrawn) closes it.
    withdrawn = thanked.offered(at=march(13)).rejected(at=march(20)).build()
    assert advise(withdrawn, now=march(21)).action is Action.CLOSED


def test_the_candidate_withdrawing_closes_the_thread():
    facts = thanked.withdrew(at=march(13, 9)).build()

    advice = advise(facts, now=march(16))
    assert advice.action is Action.CLOSED
    assert "You told Acme on Friday 13 March that you are withdrawing" in advice.reason
    # declining the offer closes it too; an offer made after the withdrawal reopens it
    declined = thanked.offered(at=march(13)).withdrew(at=march(16)).build()
    assert advise(declined, now=march(17)).action is Action.CLOSED
    won_back = thanked.withdrew(at=march(13)).offered(at=march(16)).build()
    assert advise(won_back, now=march(17)).action is Action.OFFER


def test_an_offer_the_candidate_accepted_asks_for_nothing_more():
    facts = thanked.offered(at=march(13, 9)).accepted_offer(at=march(16, 10)).build()

    advice = advise(facts, now=march(16, 12))
    assert advice.action is Action.OFFER
    assert "You accepted the offer from Acme on Monday 16 March" in advice.reason
    # the employer's welcome afterwards restates the offer: it stays answered
    welcomed = (
        thanked.offered(at=march(13)).accepted_offer(at=march(16)).offered(at=march(17)).build()
    )
    assert "You accepted the offer" in advise(welcomed, now=march(18)).reason
    # an acceptance before any offer (of the interview time, say) answers no offer
    early = thanked.accepted_offer(at=march(12)).offered(at=march(13)).build()
    assert "made you an offer" in advise(early, now=march(14)).reason


# --- 2. The employer asked something ------------------------------------------------------


def test_an_unanswered_question_from_the_employer_needs_a_reply():
    facts = thanked.employer_asked(at=march(12, 9, 30)).build()

    advice = advise(facts, now=march(12, 11))

    assert advice.action is Action.REPLY
    assert advice.until is None
    assert advice.contact == "jane@acme.example"
    assert advice.reason == (
        "Acme asked you something on Thursday 12 March at 09:30 and you have not answered "
        "yet; reply to Jane Doe (jane@acme.example)."
    )


def test_reply_beats_preparing_and_the_thank_you():
    booked = an_interview_thread().interview_booked(at=march(20, 10))
    before_interview = booked.employer_asked(at=march(12)).build()
    in_thank_you_window = interviewed.employer_asked(at=march(10, 16)).build()

    assert advise(before_interview, now=march(13)).action is Action.REPLY
    assert advise(in_thank_you_window, now=march(10, 17)).action is Action.REPLY


def test_reply_beats_a_due_follow_up_but_not_a_rejection():
    asked_late = thanked.employer_asked(at=march(12)).build()
    asked_then_rejected = thanked.employer_asked(at=march(12)).rejected(at=march(13)).build()

    assert advise(asked_late, now=april(2)).action is Action.REPLY
    assert advise(asked_then_rejected, now=march(14)).action is Action.CLOSED


def test_once_answered_the_question_no_longer_needs_a_reply():
    facts = thanked.employer_asked(at=march(12, 9, 30)).candidate_wrote(at=march(12, 10)).build()

    advice = advise(facts, now=march(12, 11))

    assert advice.action is Action.WAIT
    # The employer's question restarted the wait: 10 business days after it.
    assert advice.until == march(26, 9, 30)


def test_a_question_from_a_no_reply_address_is_answered_to_a_person():
    facts = thanked.employer_asked(at=march(12), sender="no-reply@greenhouse.example").build()

    advice = advise(facts, now=march(12, 11))

    assert advice.action is Action.REPLY
    assert advice.contact == "jane@acme.example"


# --- 3. Before the interview, while arranging it, after applying --------------------------


def test_an_interview_ahead_means_prepare_until_it_starts():
    facts = an_interview_thread().interview_booked(at=march(10, 14)).build()

    advice = advise(facts, now=march(6))

    assert advice.action is Action.PREPARE
    assert advice.until == INTERVIEW
    assert advice.reason == (
        "Your interview with Acme is on Tuesday 10 March at 14:00; prepare for it."
    )


def test_during_the_interview_prepare_lasts_until_it_ends():
    facts = an_interview_thread().interview_booked(at=INTERVIEW).build()

    advice = advise(facts, now=march(10, 14, 30))

    assert advice.action is Action.PREPARE
    assert advice.until == INTERVIEW_END
    assert "until 15:00 on Tuesday 10 March" in advice.reason


def test_while_the_interview_is_arranged_and_you_answered_last_it_is_their_turn():
    facts = (
        an_interview_thread()
        .employer_proposed_times(at=march(2, 10))
        .candidate_wrote(at=march(2, 12))
        .build()
    )

    advice = advise(facts, now=march(4))

    assert advice.action is Action.WAIT
    assert advice.until is None
    assert advice.reason == (
        "You answered Acme about the interview on Monday 2 March; it is their turn to "
        "confirm a time."
    )


def test_a_cancelled_interview_being_rearranged_is_their_turn_after_you_answer():
    facts = (
        an_interview_thread()
        .interview_booked(at=march(10, 14))
        .interview_cancelled()
        .employer_proposed_times(at=march(9))
        .candidate_wrote(at=march(9, 11))
        .build()
    )

    advice = advise(facts, now=march(10, 15))

    assert advice.action is Action.WAIT
    assert advice.until is None


def test_an_application_waits_thirty_days_then_moves_on():
    facts = an_application(company="Acme", at=march(2, 10)).build()

    waiting = advise(facts, now=march(20))
    assert waiting.action is Action.WAIT
    assert waiting.until == april(1, 10)
    assert waiting.reason == (
        "Your application to Acme started on Monday 2 March; give them until Wednesday "
        "1 April to answer before moving on."
    )
    assert advise(facts, now=april(1, 9, 59)).action is Action.WAIT

    moved_on = advise(facts, now=april(1, 10))
    assert moved_on.action is Action.MOVE_ON
    assert moved_on.until is None
    assert "30 days" in moved_on.reason


# --- 4. The thank-you window --------------------------------------------------------------


def test_23_hours_after_the_interview_a_thank_you_is_due():
    advice = advise(interviewed.build(), now=INTERVIEW_END + timedelta(hours=23))

    assert advice.action is Action.SEND_THANK_YOU
    assert advice.due == march(11, 15)
    assert advice.until == march(12, 15)
    assert advice.reason == (
        "Your interview with Acme ended on Tuesday 10 March at 15:00; a short thank-you is "
        "due by Wednesday 11 March at 15:00."
    )


def test_25_hours_after_the_interview_a_thank_you_is_late_but_still_allowed():
    advice = advise(interviewed.build(), now=INTERVIEW_END + timedelta(hours=25))

    assert advice.action is Action.SEND_THANK_YOU
    assert advice.until == march(12, 15)
    assert "was due by Wednesday 11 March at 15:00" in advice.reason
    assert "until Thursday 12 March at 15:00" in advice.reason


def test_the_thank_you_names_the_person_to_thank():
    advice = advise(interviewed.build(), now=INTERVIEW_END + timedelta(hours=2))

    assert advice.action is Action.SEND_THANK_YOU
    assert advice.contact == "jane@acme.example"


def test_a_thank_you_with_only_a_no_reply_address_names_no_one():
    facts = (
        an_interview_thread(recruiter=None)
        .employer_said(at=march(2), sender="no-reply@greenhouse.example")
        .interviewed(at=INTERVIEW)
        .build()
    )

    advice = advise(facts, now=INTERVIEW_END + timedelta(hours=2))

    assert advice.action is Action.SEND_THANK_YOU
    assert advice.contact is None


@pytest.mark.parametrize("hours_after", [48, 49])
def test_from_48_hours_after_the_interview_the_window_has_lapsed_silently(hours_after):
    advice = advise(interviewed.build(), now=INTERVIEW_END + timedelta(hours=hours_after))

    assert advice.action is Action.WAIT
    assert advice.until == march(24, 15)  # 10 business days after the interview
    assert "thank" not in advice.reason


def test_once_the_thank_you_is_sent_you_wait():
    advice = advise(thanked.build(), now=march(10, 19))

    assert advice.action is Action.WAIT


# --- 5. Waiting ---------------------------------------------------------------------------


def test_a_decision_date_on_a_friday_gives_them_until_the_tuesday():
    facts = thanked.employer_said(at=march(11, 10), decision_by=march(13, 17)).build()

    advice = advise(facts, now=march(12))

    assert advice.action is Action.WAIT
    assert advice.until == march(17, 17)
    assert advice.reason == (
        "Acme said they would decide by Friday 13 March; give them until Tuesday 17 March "
        "before checking in."
    )


def test_a_decision_date_on_a_thursday_gives_them_until_the_monday():
    facts = thanked.employer_said(at=march(11, 10), decision_by=march(19, 17)).build()

    advice = advise(facts, now=march(12))

    assert advice.until == march(23, 17)
    assert "decide by Thursday 19 March" in advice.reason
    assert "until Monday 23 March" in advice.reason


def test_the_latest_stated_decision_date_counts():
    facts = (
        thanked.employer_said(at=march(11), decision_by=march(13, 17))
        .employer_said(at=march(13, 16), decision_by=march(20, 17))
        .build()
    )

    assert advise(facts, now=march(16)).until == march(24, 17)


def test_with_no_timeline_the_wait_is_ten_business_days_across_the_weekends():
    advice = advise(thanked.build(), now=march(12))

    assert advice.action is Action.WAIT
    assert advice.until == march(24, 15)
    assert advice.reason == (
        "Your interview with Acme was on Tuesday 10 March and silence is normal; give them "
        "until Tuesday 24 March before checking in."
    )


def test_a_later_message_from_the_employer_moves_the_wait():
    facts = thanked.employer_said(at=march(16, 10)).build()  # a Monday, no date given

    advice = advise(facts, now=march(25))

    assert advice.action is Action.WAIT
    assert advice.until == march(30, 10)
    assert advice.reason == (
        "Acme last wrote on Monday 16 March; give them until Monday 30 March before checking in."
    )


def test_an_update_after_a_stated_date_moves_the_wait_no_earlier_than_the_date():
    stated = thanked.employer_said(at=march(11), decision_by=march(27, 17))
    update_soon = stated.employer_said(at=march(12)).build()  # +10 business days: 26 March
    update_late = stated.employer_said(at=march(25)).build()  # +10 business days: 8 April

    assert advise(update_soon, now=march(13)).until == march(31, 17)
    assert advise(update_late, now=march(26)).until == april(8)


def test_a_decision_date_already_past_at_the_interview_is_ignored():
    facts = (
        an_interview_thread()
        .employer_said(at=march(2), decision_by=march(6, 17))  # about the first round
        .interviewed(at=INTERVIEW)
        .thank_you(at=march(10, 18))
        .build()
    )

    assert advise(facts, now=march(12)).until == march(24, 15)


def test_a_message_after_the_thank_you_window_is_the_follow_up():
    facts = interviewed.candidate_wrote(at=march(13, 10)).build()  # 67 hours after

    advice = advise(facts, now=march(16))

    assert advice.action is Action.WAIT
    assert advice.until == march(24, 15)  # the ordinary wait is longer than 7 days after it
    assert "You followed up with Acme on Friday 13 March" in advice.reason


def test_a_message_inside_the_window_is_the_thank_you_whatever_it_says():
    facts = interviewed.candidate_wrote(at=march(11, 9)).build()

    assert advise(facts, now=march(25)).action is Action.FOLLOW_UP


# --- 6. The one follow-up -----------------------------------------------------------------


def test_when_the_wait_is_over_follow_up_once_in_writing():
    advice = advise(thanked.build(), now=march(24, 15))

    assert advice.action is Action.FOLLOW_UP
    assert advice.contact == "jane@acme.example"
    assert advice.until == april(9, 15)  # 30 days after the interview: then move on
    assert advice.reason == (
        "10 business days have passed since your interview with Acme on Tuesday 10 March "
        "without news; send Jane Doe (jane@acme.example) one brief, polite written "
        "check-in (no calls)."
    )


def test_when_the_stated_date_has_passed_follow_up_once():
    facts = thanked.employer_said(at=march(11, 10), decision_by=march(13, 17)).build()

    advice = advise(facts, now=march(18))

    assert advice.action is Action.FOLLOW_UP
    assert advice.until == april(10, 10)  # 30 days after their last message
    assert advice.reason.startswith(
        "Acme said they would decide by Friday 13 March and no decision has reached you since; "
    )


def test_the_follow_up_goes_to_the_recruiter_who_wrote_last():
    facts = (
        thanked.employer_said(at=march(11), sender="bob@acme.example")
        .employer_said(at=march(12), sender="no-reply@acme.example")
        .build()
    )

    advice = advise(facts, now=april(1))

    assert advice.action is Action.FOLLOW_UP
    assert advice.contact == "bob@acme.example"


def test_with_only_a_no_reply_address_there_is_no_follow_up_but_moving_on():
    facts = (
        an_interview_thread(recruiter=None)
        .employer_said(at=march(2), sender="no-reply@greenhouse.example")
        .interviewed(at=INTERVIEW)
        .thank_you(at=march(10, 18))
        .build()
    )

    assert advise(facts, now=march(23)).action is Action.WAIT
    advice = advise(facts, now=march(24, 15))
    assert advice.action is Action.MOVE_ON
    assert advice.contact is None
    assert "no person at Acme to write to" in advice.reason


def test_the_conservative_policy_moves_on_instead_of_following_up():
    waiting = advise(thanked.build(), now=march(12), policy=CONSERVATIVE)
    assert waiting.action is Action.WAIT
    assert waiting.until == march(24, 15)
    assert "checking in" not in waiting.reason

    advice = advise(thanked.build(), now=march(24, 15), policy=CONSERVATIVE)
    assert advice.action is Action.MOVE_ON
    assert advice.until is None
    assert "since your interview with Acme on Tuesday 10 March" in advice.reason


def test_a_long_stated_timeline_still_leaves_room_for_the_one_follow_up():
    # The employer's date ends the wait after the 30 days; the check-in is still offered.
    facts = thanked.employer_said(at=march(11), decision_by=april(10, 17)).build()

    advice = advise(facts, now=april(14, 17))

    assert advice.action is Action.FOLLOW_UP
    assert advice.until == april(23, 17)  # 7 business days after the wait ended


# --- 7. After the follow-up, and the long silence -----------------------------------------


def test_after_the_follow_up_wait_seven_business_days_then_move_on():
    facts = thanked.follow_up(at=march(25, 10)).build()

    waiting = advise(facts, now=march(26))
    assert waiting.action is Action.WAIT
    assert waiting.until == april(3, 10)
    assert waiting.reason == (
        "You followed up with Acme on Wednesday 25 March; give them until Friday 3 April "
        "to answer, then move on."
    )

    moved_on = advise(facts, now=april(3, 10))
    assert moved_on.action is Action.MOVE_ON
    assert moved_on.until is None
    assert "followed up with Acme on Wednesday 25 March" in moved_on.reason


def test_a_follow_up_sent_before_the_wait_ended_is_the_one_follow_up():
    facts = thanked.follow_up(at=march(17, 10)).build()  # the wait ran to 24 March

    waiting = advise(facts, now=march(18))
    assert waiting.action is Action.WAIT
    assert waiting.until == march(26, 10)

    for now in (march(26, 10), april(2), april(30)):
        assert advise(facts, now=now).action is Action.MOVE_ON


def test_an_answer_to_the_follow_up_restarts_the_wait_but_never_a_second_follow_up():
    facts = thanked.follow_up(at=march(25)).employer_said(at=march(26, 12)).build()

    waiting = advise(facts, now=april(6))
    assert waiting.action is Action.WAIT
    assert waiting.until == april(9, 12)  # 10 business days after their answer

    moved_on = advise(facts, now=april(9, 12))
    assert moved_on.action is Action.MOVE_ON
    assert "already followed up once" in moved_on.reason


def test_thirty_days_of_silence_after_the_interview_means_move_on():
    just_before = advise(thanked.build(), now=april(9, 14, 59))
    assert just_before.action is Action.FOLLOW_UP

    advice = advise(thanked.build(), now=april(9, 15))
    assert advice.action is Action.MOVE_ON
    assert advice.until is None
    assert advice.reason == (
        "30 days have passed since your interview with Acme on Tuesday 10 March without "
        "news; assume it did not work out and keep applying."
    )


# --- wording ------------------------------------------------------------------------------


def test_dates_in_reasons_are_on_the_users_clock():
    new_york = Policy(timezone="America/New_York")

    advice = advise(interviewed.build(), now=march(10, 20), policy=new_york)

    assert "ended on Tuesday 10 March at 11:00" in advice.reason
    assert advice.until == march(12, 15)  # the same instant, handed out in UTC


def test_business_days_are_counted_on_the_users_calendar():
    # Friday 22:00 in New York is already Saturday 02:00 in UTC.
    friday_night = datetime(2026, 3, 14, 2, tzinfo=UTC)
    facts = an_interview_thread().interviewed(at=friday_night).thank_you(at=march(14, 9))
    new_york = Policy(timezone="America/New_York")

    on_their_clock = advise(facts.build(), now=march(16), policy=new_york)
    on_utc = advise(facts.build(), now=march(16))

    assert on_their_clock.until == datetime(2026, 3, 28, 3, tzinfo=UTC)  # Friday 23:00 there
    assert "was on Friday 13 March" in on_their_clock.reason
    assert "until Friday 27 March before" in on_their_clock.reason
    assert on_utc.until == datetime(2026, 3, 27, 3, tzinfo=UTC)  # Saturday + 10 = Friday
    assert "was on Saturday 14 March" in on_utc.reason


def test_without_a_company_the_reason_says_the_employer():
    facts = an_interview_thread(company=None).interview_booked(at=INTERVIEW).build()

    assert "with the employer" in advise(facts, now=march(9)).reason
    rejected = an_interview_thread(company=None).rejected(at=march(9)).build()
    assert advise(rejected, now=march(9, 12)).reason.startswith("The employer told you")


def test_a_date_in_another_year_carries_the_year():
    facts = an_interview_thread().interviewed(at=datetime(2025, 12, 30, 14, tzinfo=UTC))

    advice = advise(facts.build(), now=datetime(2026, 1, 2, tzinfo=UTC))

    assert "Tuesday 30 December 2025" in advice.reason
    assert "until Tuesday 13 January before" in advice.reason  # this year: no year


def test_now_must_carry_a_timezone():
    with pytest.raises(ValueError, match="timezone-aware"):
        advise(thanked.build(), now=datetime(2026, 3, 12))


def test_standard_is_the_default_policy():
    assert advise(thanked.build(), now=march(24, 15)) == advise(
        thanked.build(), now=march(24, 15), policy=STANDARD
    )


# --- threads with missing or odd dates ----------------------------------------------------


def test_with_no_interview_time_known_the_wait_runs_from_the_employers_last_word():
    thread = an_interview_thread().at_stage(Stage.INTERVIEWED).employer_said(at=march(11, 10))

    assert advise(thread.build(), now=march(12)).until == march(25, 10)
    assert advise(thread.build(), now=march(25, 10)).action is Action.FOLLOW_UP
    # Without a known interview time, writing after their last word is the follow-up.
    followed_up = thread.candidate_wrote(at=march(26)).build()
    assert advise(followed_up, now=march(27)).reason.startswith(
        "You followed up with Acme on Thursday 26 March"
    )


def test_with_nothing_dated_there_is_nothing_to_time():
    advice = advise(an_interview_thread().at_stage(Stage.INTERVIEWED).build(), now=march(12))

    assert advice.action is Action.WAIT
    assert advice.until is None
    assert "Acme" in advice.reason


def test_an_application_without_dates_waits_without_an_end():
    advice = advise(an_application(company="Acme").build(), now=march(12))

    assert advice.action is Action.WAIT
    assert advice.until is None


def test_thirty_days_after_the_employers_last_word_also_means_move_on():
    facts = thanked.employer_said(at=march(16, 10)).build()

    advice = advise(facts, now=april(15, 10))

    assert advice.action is Action.MOVE_ON
    assert advice.reason.startswith("30 days have passed since Acme last wrote on Monday 16 March")


def test_an_interview_start_without_an_end_lasts_an_hour():
    facts = an_interview_thread().interviewed(at=INTERVIEW, minutes=None).build()

    advice = advise(facts, now=march(10, 16))

    assert advice.action is Action.SEND_THANK_YOU
    assert advice.due == march(11, 15)


def test_naive_datetimes_in_the_facts_are_read_as_utc():
    naive = an_interview_thread().interviewed(at=datetime(2026, 3, 10, 14)).build()

    assert advise(naive, now=march(11)) == advise(interviewed.build(), now=march(11))


def test_facts_in_other_zones_give_the_same_advice():
    paris = ZoneInfo("Europe/Paris")
    in_paris = (
        an_interview_thread()
        .interviewed(at=INTERVIEW.astimezone(paris))
        .thank_you(at=march(10, 18).astimezone(paris))
        .build()
    )

    for now in (march(12), march(25), april(10)):
        assert advise(in_paris, now=now) == advise(thanked.build(), now=now)


def test_dates_at_the_end_of_the_calendar_give_a_wait_that_says_so():
    facts = an_interview_thread().interviewed(at=datetime(9999, 12, 31, 20, tzinfo=UTC))

    advice = advise(facts.build(), now=datetime(9999, 12, 31, 23, tzinfo=UTC))

    assert advice.action is Action.WAIT
    assert advice.until is None
    assert "out of range" in advice.reason


def test_a_follow_up_worded_message_before_the_interview_is_not_the_follow_up():
    facts = (
        an_interview_thread()
        .follow_up(at=march(2))  # chasing the application
        .interviewed(at=INTERVIEW)
        .thank_you(at=march(10, 18))
        .build()
    )

    assert advise(facts, now=march(25)).action is Action.FOLLOW_UP


def test_a_question_in_the_invite_is_settled_once_the_interview_has_taken_place():
    facts = an_interview_thread().employer_asked(at=march(5)).interviewed(at=INTERVIEW).build()

    before = advise(facts, now=march(6))
    assert before.action is Action.REPLY
    assert before.until == INTERVIEW_END  # then the interview has answered it

    assert advise(facts, now=INTERVIEW_END).action is Action.SEND_THANK_YOU


# --- business days on the user's country's calendar -----------------------------------------
# An interview on Thursday 18 December 2025, 14:00-15:00 UTC, thanked the same evening: ten
# business days counting weekends only end on New Year's Day.
december = an_interview_thread(company="Acme").interviewed(
    at=datetime(2025, 12, 18, 14, tzinfo=UTC)
)
december_thanked = december.thank_you(at=datetime(2025, 12, 18, 18, tzinfo=UTC)).build()
IN_DECEMBER = datetime(2025, 12, 22, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("country", "until", "day"),
    [
        (None, datetime(2026, 1, 1, 15, tzinfo=UTC), "Thursday 1 January 2026"),
        ("US", datetime(2026, 1, 5, 15, tzinfo=UTC), "Monday 5 January 2026"),
        ("FR", datetime(2026, 1, 5, 15, tzinfo=UTC), "Monday 5 January 2026"),
        ("GB", datetime(2026, 1, 6, 15, tzinfo=UTC), "Tuesday 6 January 2026"),
        ("DE", datetime(2026, 1, 6, 15, tzinfo=UTC), "Tuesday 6 January 2026"),
    ],
)
def test_the_wait_skips_the_users_public_holidays(country, until, day):
    advice = advise(december_thanked, now=IN_DECEMBER, policy=Policy(country=country))

    assert advice.action is Action.WAIT
    assert advice.until == until
    assert advice.reason == (
        "Your interview with Acme was on Thursday 18 December and silence is normal; give "
        f"them until {day} before checking in."
    )


@pytest.mark.parametrize(
    ("country", "until"),
    [
        (None, datetime(2025, 12, 24, 17, tzinfo=UTC)),  # weekends only: Christmas Eve
        ("DE", datetime(2025, 12, 24, 17, tzinfo=UTC)),  # a working day in Germany
        ("US", datetime(2025, 12, 24, 17, tzinfo=UTC)),
        ("CZ", datetime(2025, 12, 29, 17, tzinfo=UTC)),  # 24-26 December are holidays there
    ],
)
def test_a_stated_date_plus_the_grace_skips_holidays_where_there_are_some(country, until):
    # "We will decide by Monday 22 December": two business days of grace after it.
    facts = december.thank_you(at=datetime(2025, 12, 18, 18, tzinfo=UTC)).employer_said(
        at=datetime(2025, 12, 19, 10, tzinfo=UTC),
        decision_by=datetime(2025, 12, 22, 17, tzinfo=UTC),
    )

    advice = advise(facts.build(), now=IN_DECEMBER, policy=Policy(country=country))

    assert advice.action is Action.WAIT
    assert advice.until == until


def test_the_follow_up_comes_after_the_holidays_in_the_users_zone():
    # New York: the interview ended at 10:00 local; ten business days skip Christmas and
    # New Year's Day, so the check-in is due on Monday 5 January at 10:00 local time.
    new_york = Policy(timezone="America/New_York", country="US")

    waiting = advise(december_thanked, now=datetime(2026, 1, 1, 16, tzinfo=UTC), policy=new_york)
    due = advise(december_thanked, now=datetime(2026, 1, 5, 15, tzinfo=UTC), policy=new_york)

    assert waiting.action is Action.WAIT
    assert waiting.until == datetime(2026, 1, 5, 10, tzinfo=ZoneInfo("America/New_York"))
    assert "give them until Monday 5 January before checking in" in waiting.reason
    assert due.action is Action.FOLLOW_UP
