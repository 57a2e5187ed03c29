"""The quick gates in front of costly patterns answer exactly what the patterns answer.

Detection and the timeline run a regular expression only where a cheap look says it can
match (a word it must begin with, found by `str.find`; a subject's ASCII lower case; the
clock time a message was already found to say). Each gate is checked here against the
pattern run the plain way, over wording built from the words the patterns look for (so
the matches, near-misses and case variants are common, not one in a million)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from afterview import company, detect, timeline, when
from afterview.literals import matches_from

PIECES = (
    "thank", "Thanks", "grateful", "appreciate", "appreciated", "apprecia", "for", "meeting",
    "meet", "met", "speaking", "talk", "the conversation", "visit", "looking forward", "will",
    "upcoming", "enjoyed", "loved", "great", "pleasure", "nice", "good", "wonderful", "lovely",
    "getting to know", "interviewing", "connecting", "with", "to", "you", "your", "Interview",
    "INTERVIEW", "screen", "Panel", "debrief", "Debriefs", "accepted", "Declined", "booked",
    "Cancelled", "rescheduled", "completed", "submitted", "round", "Feedback", "Rohan Das",
    "Omar Haddad", "for Product Designer", "-", ":", " : ", "?", "? yes", "?no", "? n/a", "yes",
    "no", ".", "!", "\n", "\t", "  ", "2pm", "2 pm", "14:00", "3.30", "noon", "midday", "on",
    "Tuesday, March 10", "at", "10:00 AM PT", "K", "\u212a", "\u017f", "\u0130nterview", "é",
    "athank", "xgood", "goodness", "'s", "’", "is", "now set", "all set", "has been", "we'll",
    "call", "you're", "booked", "moved", "this", "tomorrow", "works", "would work", "suits",
    "3", "10:30", "\u0663", "pm", "est", "Acme", "Acme Corp", "Co", "GmbH", "S.A", "Inc",
    "Müller & Söhne GmbH", "Re:", "Fwd:", "RE :", "candidate", "Candidate for", "Engineer",
    "engineers", "Data Engineer", "engineering", "reengineer", "lead", "leader", "QA", "sre",
    "head", "ahead", "vp", "VP,", "x", "3rd",
)  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=24).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=24
).map("".join)
GATES = settings(max_examples=600, deadline=None)


@GATES
@given(TEXT)
@example("٣ pm works")
def test_matches_from_literals_are_the_matches_of_a_full_scan(text: str):
    low = text.lower()
    for pattern, literals in (
        (detect._THANKS_FOR_MEETING, detect._THANKS_WORDS),
        (detect._ENJOYED_MEETING, detect._ENJOYING_WORDS),
        (detect._TIME_SETTLED, detect._SETTLING_WORDS),
        (detect._TIME_WORKS, detect._TIME_WORKS_STARTS),
        (re.compile(r"\b(?:thank|you)\b"), ("thank", "you")),  # matches that touch
        (re.compile(r"(?<![a-z])(?:good|goodness|nice)"), ("good", "nice")),  # one in another
    ):
        if pattern is detect._TIME_WORKS and not low.isascii():
            # its \d is any script's digit ("٣ pm works"), which no list of starts can hold:
            # `_time_works` scans such texts whole (the test below checks it does)
            continue
        expected = [m.span() for m in pattern.finditer(low)]
        assert [m.span() for m in matches_from(pattern, low, literals)] == expected


@GATES
@given(TEXT)
def test_a_subject_may_name_a_candidate_exactly_when_the_cue_pattern_says(subject: str):
    assert detect._may_name_a_candidate(subject) == (detect._NAME_CUE.search(subject) is not None)


def _thanks_for_meeting_scanning_everything(text_low: str) -> bool:
    # the same reading of each thanks, found by trying the pattern at every character
    return any(
        detect._thanks_for_a_meeting_held(text_low, m)
        for m in detect._THANKS_FOR_MEETING.finditer(text_low)
    )


@GATES
@given(TEXT)
@example("٣ pm works")  # another script's digit: the gate's starts cannot list it
def test_a_time_said_to_work_is_found_as_the_pattern_finds_it(text: str):
    low = text.lower()
    assert detect._time_works(low) == (detect._TIME_WORKS.search(low) is not None)


@GATES
@given(TEXT)
def test_a_legal_form_gate_lets_every_legal_name_through(subject: str):
    if not company._has_legal_form(subject):
        assert company._SUBJECT_LEGAL_NAME.search(subject) is None


@GATES
@given(TEXT)
def test_a_role_word_is_found_as_a_whole_word_as_the_word_list_finds_it(text: str):
    words = re.findall(r"[a-z]+", text.lower())  # how role words were read before
    assert company._has_role_word(text) == (not company.ROLE_WORDS.isdisjoint(words))


@GATES
@given(TEXT)
def test_a_subject_is_read_as_its_text_without_reply_prefixes(subject: str):
    low = subject.lower()
    stripped, groups = detect._read_subject(low)
    assert (stripped, groups) == detect._read_subject(detect.strip_reply_prefix(low))


@GATES
@given(TEXT)
def test_thanks_for_a_meeting_read_from_the_first_thanking_word(text: str):
    low = text.lower()
    assert detect._thanks_for_meeting(low) == _thanks_for_meeting_scanning_everything(low)


@GATES
@given(TEXT)
def test_enjoyed_meeting_read_from_the_first_enjoying_word(text: str):
    low = text.lower()
    assert detect._enjoyed_meeting(low) == (detect._ENJOYED_MEETING.search(low) is not None)


@GATES
@given(TEXT)
def test_echoed_answers_are_removed_only_where_one_ends(text: str):
    low = text.lower()
    if not timeline._ECHOED_ANSWER_END.search(low):
        assert timeline._ECHOED_ANSWER.sub("", low) == low


@GATES
@given(TEXT)
def test_text_saying_no_clock_time_has_no_interview_time(text: str):
    low = text.lower()
    if not when.mentions_a_time(low, hours=True):
        assert when.find_times_lower(low, datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) == []


def test_the_gates_see_the_wording_they_guard():
    """The gates on the few texts each pattern exists for (so the properties above are not
    passing on texts nothing matches)."""
    assert detect._may_name_a_candidate("Interview scheduled: Omar Haddad for Product Designer")
    assert not detect._may_name_a_candidate("Interview for Product Designer")
    assert detect._thanks_for_meeting("thanks so much for meeting with me yesterday.")
    assert not detect._thanks_for_meeting("thanks - looking forward to meeting you tuesday.")
    assert detect._enjoyed_meeting("we all really enjoyed getting to know you")
    assert detect._time_settled("your interview is now set for tuesday")
    assert not detect._time_settled("this is the set list for the show")
    assert not detect._enjoyed_meeting("good morning, meeting rooms are booked")
    assert when.mentions_a_time("tuesday, march 10 at 2pm")
    assert timeline._ECHOED_ANSWER_END.search("are you able to work weekends? yes")


def test_a_time_settled_under_a_label_before_it():
    # "Booked - Thursday 2:30pm ...": the settling word as a label, the time after it
    assert detect._time_settled("booked - thursday 2:30pm with the team lead")
    assert detect._time_settled("hi sam, confirmed: monday, june 8 at 9am in room 4")
    assert not detect._time_settled("sorry, i'm booked solid this week")
    assert not detect._time_settled("we confirmed receipt of your documents")
