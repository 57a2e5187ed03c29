"""The reader's own letter of application or inquiry, written straight to an employer (a
farm's job page, a café's sign, a newspaper ad): the start of a process, `applied`, before
anyone has answered. The same words for a room, a grant, a haircut stay unread. All wording
here is invented; every clock is pinned."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

TZ = "America/Chicago"
CHICAGO = ZoneInfo(TZ)
ME = "avery.lang@example.com"
NOW = datetime(2026, 6, 10, 12, 0, tzinfo=CHICAGO)


def read(subject: str, body: str, to: str = "Kevin Hollis <kevin@hollisfarm.example>"):
    thread = a_thread(ME, subject=subject, tz=TZ, start="2026-06-10 08:30")
    return thread_facts(thread.from_me(body, to=(to,)).build(), ME, CHICAGO)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "The Best Summer Job",
            "Hi,\n\nI saw the summer job on your website and I'd like to apply. I'm free most "
            "mornings and I'm happy to work weekends.\n\nAvery",
        ),
        (
            "Hello from Avery",
            "Hello,\n\nI'm writing to ask whether you have any openings for a line cook. I have "
            "two years of kitchen experience and my resume is attached.\n\nAvery",
        ),
        (
            "Your ad",
            "Hi,\n\nI'm responding to your ad for a part-time bookkeeper. I have five years of "
            "QuickBooks experience; attached is my resume.\n\nAvery",
        ),
    ],
)
def test_the_readers_own_letter_for_a_job_starts_a_process(subject, body):
    facts = read(subject, body)
    assert facts.detection.interview, facts.detection.signals
    assert stage_at(facts, NOW).value == "applied"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Saturday",
            "Hi,\n\nDo you have any openings for a haircut on Saturday morning? Any time before "
            "noon works for me.\n\nAvery",
        ),
        (
            "Erasmus application",
            "Dear Dr. Gruber,\n\nI would like to apply for an Erasmus stay in the winter "
            "semester. My transcript and CV are attached.\n\nAvery",
        ),
        (
            "Volunteering",
            "Hi,\n\nI'm responding to your ad for volunteers at the animal shelter. I can help "
            "on weekends. My CV is attached.\n\nAvery",
        ),
    ],
)
def test_the_same_words_for_no_job_stay_unread(subject, body):
    assert not read(subject, body).detection.interview
