"""Short messages inside whole hiring threads, read over the thread.

The oneliners batch of the real-wording corpus (one-line confirmations, "running late",
"Received, thank you", status answers from an agency) found these rules; each is written here
in other words than the corpus's. Look-alikes sharing the words stay as they were.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import advise
from afterview.timeline import thread_facts
from tests.builders import a_thread

PT = "America/Los_Angeles"
ME = "marta.quell@example.com"
RECRUITER = "Idris Vance <idris.vance@tollbridge.example>"


def test_a_time_asked_with_its_length_and_taken_ends_when_that_length_is_over():
    thread = a_thread(ME, subject="Chat with our design lead", tz=PT, start="2026-04-06 09:00")
    thread.from_recruiter(
        RECRUITER,
        "Hi Marta,\n\nCould you do Thursday 9 April at 11am for a 20-minute phone call with "
        "our design lead?\n\nIdris",
    )
    thread.from_me("Thursday at 11 is great, thanks!", at="2026-04-06 10:30")
    facts = thread_facts(thread.build(), ME, ZoneInfo(PT))
    start = datetime(2026, 4, 9, 11, tzinfo=ZoneInfo(PT))
    assert facts.interview_start == start
    assert facts.interview_end == start + timedelta(minutes=20)
    advice = advise(facts, datetime(2026, 4, 9, 11, 40, tzinfo=ZoneInfo(PT)))
    assert facts.stage is Stage.SCHEDULED
    assert advice.action is Action.SEND_THANK_YOU


AGENT = "Corin Hale <corin@brightpathstaffing.example>"
CANDIDATE = "Marta Quell <marta.quell@example.com>"


def _agency_answers(answer: str):
    thread = a_thread(ME, subject="Quick question", tz=PT, start="2026-05-12 09:00")
    thread.from_me(
        "Hi Corin, has the hospital got back to you about my application for the ward clerk "
        "job? I haven't heard anything yet.\n\nMarta"
    )
    thread.from_recruiter(AGENT, answer, at="2026-05-12 09:40")
    thread.from_me("Great, thank you!", at="2026-05-12 09:45")
    return thread_facts(thread.build(), ME, ZoneInfo(PT))


def test_the_reader_told_they_are_selected_for_an_interview_with_times_to_come_is_being_arranged():
    facts = _agency_answers(
        "Good news - you have been shortlisted for an interview with the hospital. Their "
        "scheduler will be in touch with some times next week.\n\nCorin"
    )
    assert facts.stage is Stage.SCHEDULING
    assert advise(facts, datetime(2026, 5, 12, 12, tzinfo=ZoneInfo(PT))).action is Action.WAIT


def test_selection_for_an_interview_said_as_a_condition_is_still_only_the_application():
    facts = _agency_answers(
        "Not yet - they are still reading applications. If you are selected for an interview, "
        "their scheduler will be in touch with some times.\n\nCorin"
    )
    assert facts.stage is Stage.APPLIED
