"""A stretch of a day offered to choose in: "Could we do a quick call Thursday? Any time after
2pm works for me", "any time between 2pm and 5pm", "Any chance you could come by Thursday
instead? I'm around from 2 to 5", "Free for a quick call Thursday? Anytime after 1 works".

Said as a statement, the first hour of the stretch had been read as the time set: the
interview "on Thursday at 14:00", to prepare for, before the reader had chosen anything. It
is a time being arranged; the reader's time inside the stretch sets it ("Thursday at 3pm
works great" is 15:00), and a time outside it, another day or a question back, leaves it to
the employer.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from afterview.when import find_times
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
ASKED_AT, ANSWERED_AT = "2027-03-01 10:00", "2027-03-01 12:00"
AFTER_THE_ASK = datetime(2027, 3, 1, 11, 0, tzinfo=ZONE)
AFTER_THE_ANSWER = datetime(2027, 3, 1, 13, 0, tzinfo=ZONE)
AFTER = (
    "Hi Sam, thanks for applying for the Office Coordinator role. Could we do a quick phone "
    "call Thursday? Any time after 2pm works for me.\nDee"
)
BETWEEN = (
    "Hi Sam, thanks for applying for the Office Coordinator role. Could we do a quick phone "
    "call Thursday? Any time between 2pm and 5pm works for me.\nDee"
)
AROUND = (
    "Hey Sam - saw you had to cancel today, no worries. Any chance you could come by Thursday "
    "instead? I'm around from 2 to 5.\nDee"
)
BARE_AFTER = (
    "Hey Sam, saw your application for the coordinator role. Free for a quick call Thursday? "
    "Anytime after 1 works on my end.\nDee"
)
FROM_TEN = (
    "Hi Sam, thanks for applying for the Office Coordinator role. I'm free for a call on "
    "Thursday, March 4, anytime after 10:00 am.\nDee"
)


def thread(offer: str, answer: str | None = None):
    builder = a_thread(subject="Office Coordinator", tz=CHICAGO)
    builder = builder.from_recruiter("Dee Marlow <dee@pinecrest-care.example>", offer, at=ASKED_AT)
    if answer is not None:
        builder = builder.from_me(answer, at=ANSWERED_AT)
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize("offer", [AFTER, BETWEEN, AROUND, BARE_AFTER, FROM_TEN])
def test_a_stretch_offered_is_a_time_being_arranged(offer):
    facts = thread(offer)
    assert stage_at(facts, AFTER_THE_ASK) is Stage.SCHEDULING
    assert facts.interview_start is None


@pytest.mark.parametrize(
    ("offer", "answer", "hour", "minute"),
    [
        (AFTER, "Hi Dee, Thursday at 3pm works great. Talk then!\nSam", 15, 0),
        (BETWEEN, "Hi Dee, Thursday at 4pm works for me.\nSam", 16, 0),
        (
            AROUND,
            "Hi Dee, yes! Thursday at 3 works for me. Thank you for understanding.\nSam",
            15,
            0,
        ),
        (BARE_AFTER, "Hi Dee, thanks for reaching out! Thursday at 2 works great.\nSam", 14, 0),
        (FROM_TEN, "Hi Dee, 11:30 am on Thursday works for me.\nSam", 11, 30),
    ],
)
def test_the_readers_time_inside_the_stretch_sets_the_interview(offer, answer, hour, minute):
    facts = thread(offer, answer)
    assert stage_at(facts, AFTER_THE_ANSWER) is Stage.SCHEDULED
    assert facts.interview_start == datetime(2027, 3, 4, hour, minute, tzinfo=ZONE)


@pytest.mark.parametrize(
    "answer",
    [
        "Hi Dee, Wednesday at 3pm works for me.\nSam",
        "Hi Dee, could we do Friday at 3pm instead?\nSam",
        "Hi Dee, Thursday at 11am works for me.\nSam",
    ],
)
def test_a_time_outside_the_stretch_is_left_to_the_employer(answer):
    facts = thread(AFTER, answer)
    assert stage_at(facts, AFTER_THE_ANSWER) is Stage.SCHEDULING
    assert facts.interview_start is None


@pytest.mark.parametrize(
    "text",
    [
        "Our pension vests any time after 5 years of service, as the handbook says.",
        "On Monday the office was quiet. Call me any time after 6 years from now, ha.",
    ],
)
def test_any_time_after_a_number_of_something_is_no_stretch(text):
    assert find_times(text, datetime(2027, 3, 1, 10, 0, tzinfo=ZONE)) == []


@pytest.mark.parametrize(
    ("offer", "answer", "start"),
    [
        (
            "My calendar is open Wednesday 1-5pm ET if you'd like to set up a call.",
            "Wednesday at 2:30pm works great.",
            datetime(2027, 3, 3, 14, 30, tzinfo=ZONE),
        ),
        (
            "Would sometime between 9 and 11 on Friday work for a quick call?",
            "Friday at 10 works for me.",
            datetime(2027, 3, 5, 10, 0, tzinfo=ZONE),
        ),
        (
            "I'm flexible on Thursday after 3pm, just let me know a time.",
            "Thursday at 4pm works.",
            datetime(2027, 3, 4, 16, 0, tzinfo=ZONE),
        ),
        (
            "Any time before noon on Friday works for a call.",
            "Friday at 10am works for me.",
            datetime(2027, 3, 5, 10, 0, tzinfo=ZONE),
        ),
        # the hour alone, inside a stretch open at one end ("3 works" is 15:00, not 14:00)
        (
            "Could we do a quick phone call Thursday? Any time after 2pm works for me.",
            "3 works for me.",
            datetime(2027, 3, 4, 15, 0, tzinfo=ZONE),
        ),
        (
            "Could we do a quick phone call Friday? Any time before noon works for me.",
            "10 works for me.",
            datetime(2027, 3, 5, 10, 0, tzinfo=ZONE),
        ),
        (
            "I'm free for a call on Thursday, available after 3pm.",
            "Thursday at 4pm works for me.",
            datetime(2027, 3, 4, 16, 0, tzinfo=ZONE),
        ),
        (
            "I'm around most of Thursday afternoon, from 1 onwards - just give me a time.",
            "Thursday at 2 works for me.",
            datetime(2027, 3, 4, 14, 0, tzinfo=ZONE),
        ),
        (
            "How does Thursday look for you? I could do anywhere from 10 to 4.",
            "Thursday at 11 works for me.",
            datetime(2027, 3, 4, 11, 0, tzinfo=ZONE),
        ),
    ],
)
def test_stretches_said_in_other_words_are_offered_then_taken(offer, answer, start):
    """Each had been read as its first (or, for "before noon", its last) hour set, before
    the reader chose, or as no time at all."""
    text = f"Hi Sam,\n\nThanks for applying for the Office Coordinator role. {offer}\n\nDee"
    facts = thread(text)
    assert stage_at(facts, AFTER_THE_ASK) is Stage.SCHEDULING
    assert facts.interview_start is None
    facts = thread(text, f"Hi Dee,\n\n{answer}\n\nSam")
    assert stage_at(facts, AFTER_THE_ANSWER) is Stage.SCHEDULED
    assert facts.interview_start == start


def test_a_time_after_a_stretch_that_ends_before_it_is_not_taken():
    text = "Hi Sam,\n\nThanks for applying. Any time before noon on Friday works for a call.\n\nDee"
    facts = thread(text, "Hi Dee,\n\nFriday at 3pm works for me.\n\nSam")
    assert stage_at(facts, AFTER_THE_ANSWER) is Stage.SCHEDULING


def test_counts_beside_a_day_are_no_stretch():
    sent = datetime(2027, 3, 1, 10, 0, tzinfo=ZONE)
    assert find_times("We saw between 9 and 11 on Friday, more than last week.", sent) == []
    assert find_times("We hired between 2 and 4 on Monday alone.", sent) == []
    assert find_times("From 5 onwards the price rises on Monday.", sent) == []


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Budget review",
            "Hi Sam,\n\nMy calendar is open Wednesday 1-5pm if you want to go over the Q3 "
            "budget.\n\nDee",
        ),
        ("Coffee?", "Hi Sam, any time after 2pm on Thursday works for coffee - let me know!\nDee"),
        (
            "Quarterly planning",
            "Hi all, I have availability Tuesday from 10am-12pm or Wednesday from 2-4pm for the "
            "planning session.\nDee",
        ),
    ],
)
def test_a_stretch_offered_for_anything_else_is_no_process(subject, text):
    builder = a_thread(subject=subject, tz=CHICAGO)
    builder = builder.from_recruiter("Dee Marlow <dee@pinecrest-care.example>", text, at=ASKED_AT)
    assert not thread_facts(builder.build(), ME, ZONE).interview
