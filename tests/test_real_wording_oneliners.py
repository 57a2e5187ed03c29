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
