"""Patterns rewritten for speed, and the gates put in front of others, answer exactly what the
plain patterns answer (the branch `speed4`, docs/benchmarks.md "Cheaper scans for the same
answers"): the sentence splitter written as literal alternatives, the time cues found without
the noon/midday alternation, dates looked for at two-letter word starts, the candidate's
booking verbs and the reply prefixes company naming takes off.

Each is checked against the pattern as it was, over wording built from the words the patterns
look for (hypothesis), and on the texts each exists for."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview import company, detect, when
from tests.test_reading_gates import PIECES

MORE = (
    "I've booked", "i have picked", "just chosen", "selected", "reserved", "taken the slot on",
    "grabbed the", "i", "tomorrow", "Monday", "the 2 PM slot on", "\n\n", "\n \n", "afternoon",
    "2 in the afternoon", "12 noon", "noonoon", "middaymidday", "5 o'clock", "4 p.m.", "2h15",
    "Updated invitation:", "Invitation:", "New Event:", "Accepted:", "Confirmed :", "Reminder:",
    "TR:", "SV:", "Wg:", "re [2]:", "Fw:", "\u00a0", "up", "co", "ac", "ne", "in", "march 10th",
    "10 march", "3/12", "12.03.2025", "2025-03-12", "today", "tonight", "this friday", "next",
    "coming", "sept", "thurs", "the 14th", "at", "and", "our", "so", "was", "dec", "jan", "aug",
    "apr", "oct", "nov", "feb", "jul", "jun", "may", "sat", "sun", "wed", "tue", "mon", "fri",
)  # fmt: skip
WORDS = PIECES + MORE
TEXT = st.lists(st.sampled_from(WORDS), max_size=24).map(" ".join) | st.lists(
    st.sampled_from(WORDS), max_size=24
).map("".join)
SAME = settings(max_examples=800, deadline=None)

# The patterns as they were written before.
_SENTENCE_ENDS_BEFORE = re.compile(r"([.!?]|\n\s*\n)")
_DATE_BEFORE = re.compile(rf"\b(?=[\d{when._DATE_FIRST_CHARACTERS}])(?:{when._DATE_FORMS})")


@SAME
@given(TEXT)
def test_sentences_are_split_where_they_were(text: str):
    low = text.lower()
    assert detect._SENTENCE_ENDS.split(low) == _SENTENCE_ENDS_BEFORE.split(low)


@SAME
@given(TEXT)
def test_time_cues_start_where_the_full_cue_pattern_finds_them(text: str):
    low = text.lower()
    assert when._time_cue_starts(low) == [m.start() for m in when._TIME_CUE.finditer(low)]


@SAME
@given(TEXT)
def test_an_ascii_text_has_the_digit_time_cues_of_the_unicode_pattern(text: str):
    low = text.lower()
    cues = [m.span() for m in when._digit_time_cue(low).finditer(low)]
    assert cues == [m.span() for m in when._DIGIT_TIME_CUE.finditer(low)]
    ascii_only = low.encode("ascii", "ignore").decode()
    cues = [m.span() for m in when._ASCII_DIGIT_TIME_CUE.finditer(ascii_only)]
    assert cues == [m.span() for m in when._DIGIT_TIME_CUE.finditer(ascii_only)]


@SAME
@given(TEXT)
def test_dates_are_the_dates_found_at_every_word(text: str):
    low = text.lower()
    expected = [(m.span(), m.groupdict()) for m in _DATE_BEFORE.finditer(low)]
    assert [(m.span(), m.groupdict()) for m in when._DATE.finditer(low)] == expected


@SAME
@given(TEXT)
def test_a_booked_time_is_read_where_the_pattern_finds_one(text: str):
    low = text.lower()
    assert detect._booked_a_time(low) == (detect._BOOKED_A_TIME.search(low) is not None)


@SAME
@given(TEXT)
def test_reply_prefixes_come_off_as_the_pattern_takes_them(subject: str):
    assert company._without_reply_prefix(subject) == company._REPLY_PREFIX.sub("", subject)


def test_the_rewrites_see_the_wording_they_are_for():
    """On the texts each exists for (so the properties above do not pass on texts nothing
    matches)."""
    assert detect._booked_a_time("i've booked thursday at 10:30 through the link")
    assert not detect._booked_a_time("i have booked a flight home")
    assert detect.questions_in("hi.\nwould 2pm\nwork? thanks\n\nare you free?") == [
        "would 2pm work?",
        "are you free?",  # a blank line ends "thanks"
    ]
    assert when._time_cue_starts("at noon, or 2 in the afternoon, or 4pm") == [3, 12, 35]
    sent = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert [t.start.hour for t in when.find_times_lower("tuesday, march 10 at 2pm", sent)] == [14]
    assert company._without_reply_prefix("Updated invitation: Re: Interview") == "Interview"
    assert company._without_reply_prefix("Interview: Data Engineer") == "Interview: Data Engineer"
    assert company._without_reply_prefix("\u0130nvitation: x") == company._REPLY_PREFIX.sub(
        "", "\u0130nvitation: x"
    )
