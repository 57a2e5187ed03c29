"""The words the generator writes mean what its truth says they mean."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

import pytest

from gmail_sandbox import templates as T
from gmail_sandbox.wording import (
    MONTHS,
    TZ,
    WEEKDAYS,
    ZONES,
    decision_phrase,
    interview_time_phrase,
)
from tests.generator_builders import calendar_parts, mailbox, parsed, resolve, sent_at

MONDAY = datetime(2026, 3, 9, 10, 30, tzinfo=TZ["America/New_York"])


@pytest.mark.parametrize("day", range(5))
def test_each_stated_timeline_resolves_as_documented(day):
    sent = MONDAY + timedelta(days=day)
    rng = Random(day)
    phrases = set()
    for _ in range(300):
        phrase, resolved = decision_phrase(sent, rng)
        phrases.add(phrase)
        assert resolved == resolve(phrase, sent.date()), phrase
        assert resolved > sent.date()
    assert len(phrases) >= 8


def test_interview_times_name_the_day_and_a_zone_unless_the_reader_shares_it():
    rng = Random(1)
    for zone_key in ZONES:
        tz = TZ[zone_key]
        for offset_hours in (20, 30, 70, 150):
            sent = datetime(2026, 3, 9, 9, 5, tzinfo=tz)
            start = (sent + timedelta(hours=offset_hours)).replace(minute=30)
            for same_zone in (True, False):
                for _ in range(20):
                    phrase = interview_time_phrase(start, sent, zone_key, same_zone, rng)
                    _check_phrase(phrase, start, sent, zone_key, same_zone)


def _check_phrase(phrase: str, start: datetime, sent: datetime, zone_key: str, same: bool):
    days_ahead = (start.date() - sent.date()).days
    if phrase.startswith("today"):
        assert days_ahead == 0
    elif phrase.startswith("tomorrow"):
        assert days_ahead == 1
    elif phrase.startswith("this "):
        assert WEEKDAYS[start.weekday()] in phrase and days_ahead < 7
    else:
        assert str(start.day) in phrase
        month_words = (
            MONTHS[start.month][:3],
            f"{start.month}/{start.day}",
            f"-{start.month:02d}-",
        )
        assert any(word in phrase for word in month_words), phrase
    if not same:
        words = {ZONES[zone_key][0], ZONES[zone_key][1], start.tzname()}
        assert any(word in phrase for word in words), phrase
    assert "30" in phrase  # the minutes are always written


@pytest.fixture(scope="module")
def thousand():
    return [(thread, [parsed(raw) for raw in thread.messages]) for thread in mailbox(1000, 11)]


def test_a_time_proposed_in_prose_and_accepted_is_the_interview(thousand):
    """'Would Tuesday at 2pm PT work?' answered 'that works', with no invitation at all."""
    found = 0
    for thread, texts in thousand:
        proposals = [m for m in texts if any(p.split("{")[0] in _text(m) for p in PROPOSE_STARTS)]
        if not proposals or any(calendar_parts(m) for m in texts):
            continue
        truth = thread.truth.facts
        if truth.interview_start is None or thread.truth.stage not in ("scheduled", "interviewed"):
            continue
        assert truth.candidate_messages, thread.key  # the candidate's answer fixed it
        found += 1
    assert found >= 5


def test_thanks_for_coming_in_today_is_sent_on_the_interview_day(thousand):
    seen = 0
    for thread, messages in thousand:
        end = thread.truth.facts.interview_end
        for message in messages:
            text = _text(message)
            if (
                "coming in today" in text
                or "having you in today" in text
                or "with us today!" in text
            ):
                sent = sent_at(message)
                assert end is not None and sent.astimezone(end.tzinfo).date() == end.date()
                assert sent > end
                seen += 1
    assert seen >= 3


def test_every_situation_is_written_several_ways(thousand):
    tables = {
        "confirmations": T.CONFIRM_TEXT,
        "thank-you notes": T.THANK_YOU,
        "follow-ups": T.FOLLOW_UP,
        "rejections": T.REJECTION,
        "slot lists": T.ASK_SLOTS,
    }
    text = " ".join(_text(m) for _, messages in thousand for m in messages)
    for name, templates in tables.items():
        used = sum(1 for t in templates if _opening(t) in text)
        assert used >= 3, f"{name}: only {used} of {len(templates)} templates seen"


def test_hiring_side_threads_are_not_the_users_interviews(thousand):
    hiring = [t for t, _ in thousand if t.truth.kind == "hiring_side"]
    assert hiring
    assert not any(t.truth.interview for t in hiring)


PROPOSE_STARTS = tuple(p.split("{phrase}")[0] for p in T.PROPOSE_TIME)


def _opening(template: str) -> str:
    """The literal words before the template's first placeholder (at least a few)."""
    head = template.split("{")[0].strip()
    return head if len(head) >= 12 else template.split("}")[-1].strip()[:30]


def _text(message) -> str:
    parts = []
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return " ".join(" ".join(parts).split())
