"""The middle of a hiring process as employers write it, read over the whole thread.

The status batch of the real-wording corpus (status updates, roles on hold, postponements,
re-engagement months later) found these rules; each is written here in other words than the
corpus's. Look-alikes sharing the words stay as they were.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import advise
from afterview.timeline import thread_facts
from tests.builders import a_thread

ET = "America/New_York"
ME = "rowan.ellis@example.com"
RECRUITER = "Tamsin Kaur <tamsin.kaur@larchfield.example>"


def _turned_down_then(later: str):
    thread = a_thread(
        ME, subject="Your application - Grants Coordinator", tz=ET, start="2026-03-02 10:00"
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Rowan,\n\nThank you for meeting the panel last week. I'm sorry to say that we "
        "won't be taking your application any further this time.\n\nTamsin",
    )
    thread.from_me("Thanks for letting me know, Tamsin.", at="2026-03-02 15:00")
    thread.from_recruiter(RECRUITER, later, at="2026-05-19 09:00")
    return thread_facts(thread.build(), ME, ZoneInfo(ET))


def test_a_turn_down_then_a_new_role_with_times_asked_for_is_being_arranged_again():
    facts = _turned_down_then(
        "Hi Rowan,\n\nA Grants Manager post has opened on the same team and I immediately "
        "thought of you. Would you have half an hour for a call with the director? Send me "
        "two or three times that suit you next week.\n\nTamsin"
    )
    assert facts.stage is Stage.SCHEDULING
    assert advise(facts, datetime(2026, 5, 19, 12, tzinfo=ZoneInfo(ET))).action is Action.REPLY


def test_a_turn_down_then_a_call_to_go_over_feedback_stays_turned_down():
    facts = _turned_down_then(
        "Hi Rowan,\n\nYou asked for feedback on your interview. Would you have half an hour "
        "for a call to go through it? Send me two or three times that suit you next week."
        "\n\nTamsin"
    )
    assert facts.stage is Stage.REJECTED
    assert advise(facts, datetime(2026, 5, 19, 12, tzinfo=ZoneInfo(ET))).action is Action.CLOSED


def _recruiter_asks(body: str):
    thread = a_thread(
        ME, subject="Your application: Operations Coordinator", tz=ET, start="2026-04-06 09:00"
    )
    thread.from_recruiter(RECRUITER, body)
    return thread_facts(thread.build(), ME, ZoneInfo(ET))


def test_a_good_time_asked_for_a_short_or_phone_call_is_a_call_being_arranged():
    for call in ("a quick phone call", "a short call", "a brief phone chat", "a phone call"):
        facts = _recruiter_asks(
            f"Hi Rowan,\n\nThank you for applying for the Operations Coordinator position. "
            f"We'd like to learn more about you: send me a good time for {call} this "
            f"week.\n\nTamsin"
        )
        assert facts.stage is Stage.SCHEDULING, call
        assert facts.employer_messages[-1].is_scheduling, call


def test_a_no_with_a_debrief_asked_for_in_the_same_letter_stays_closed():
    thread = a_thread(ME, subject="Finance Director - final round", tz=ET, start="2026-03-02 10:00")
    thread.from_recruiter(
        RECRUITER,
        "Hi Rowan,\n\nYou're confirmed for the final panel on Tuesday 10 March at 11:00.\n\nTamsin",
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Rowan,\n\nThe board liked you a great deal, but they have chosen to appoint "
        "another candidate whose sector background was closer to what they need.\n\nI'd like "
        "to do a proper debrief with you - would Thursday morning suit?\n\nTamsin",
        at="2026-03-13 09:00",
    )
    facts = thread_facts(thread.build(), ME, ZoneInfo(ET))
    assert facts.stage is Stage.REJECTED
    assert advise(facts, datetime(2026, 3, 13, 12, tzinfo=ZoneInfo(ET))).action is Action.CLOSED
