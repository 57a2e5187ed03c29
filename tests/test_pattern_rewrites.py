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

from afterview import company, detect, timeline, when
from afterview.literals import matches_from
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
# the question splitter's look-arounds before its dot: tried at every character (7x slower)
# (and, since the health growth, no dot between two digits: "at 5.30pm?" is one question)
_QUESTION_ENDS_BEFORE = re.compile(
    r"((?!(?<=\d)\.\d)(?!(?<=\b[ap])\.m\.)"
    r"(?!(?<=\b[ap]\.m)\.(?:[ \t]*\?|[ \t]+(?![ \t])(?!(?:can|could|would|will|do|does|did"
    r"|are|is|please|may|might|should|shall|what|when|where|which|who|how|why|if|and|i|we"
    r"|you|let|thanks|thank)\b)[^.!?\n]{0,30}\?))"
    r"\.|!|\?|\n\s*\n)"
)
# Wording for the patterns tried from their literals and the gates before them (the eleventh
# session's speed work): their verbs, objects and negations, and the question's a.m. / p.m.
GATED = (
    "a.m.", "p.m.", "a.m.?", " a.m. ", "p.m. ?", "?", ".", "can", "would you", "ok", "not",
    "n't", "won't", "cannot", "no longer", "unable to", "moving", "take", "progress", "forward",
    "further", "your application", "to the next stage", "chosen", "selected", "for interview",
    "about the", "story", "article", "feedback", "on the", "candidates", "invite you to",
    "inviting you for", "an", "interview", "like to interview you", "shortlisted", "complete",
    "record", "the video interview", "your answers", "by friday", "before", "it", "yet to",
    "not yet", "has not been", "completed", "confirm", "let us know", "advise", "tell me",
    "whether", "that", "this", "time", "works", "suits", "would suit", "is convenient",
    # the twelfth session's: how it went, the meeting looked back on, the reader taken on
    "how did", "how was", "how", "the interview go", "everything", "today", "hope", "it went",
    "went well", "hope your call went", "following your", "after our", "since the", "call",
    "for meeting with", "you have been selected", "you were chosen", "you", "hire you",
    "appoint you", "want you!", "wants you.", "you selected for the post", "as", "role",
    # the health growth's: a British clock's dot ("at 5.30pm?")
    "5.30pm?", "5", "30", "at 4.", "9.",
)  # fmt: skip
GATED_TEXT = st.lists(st.sampled_from(WORDS + GATED), max_size=24).map(" ".join) | st.lists(
    st.sampled_from(WORDS + GATED), max_size=24
).map("".join)
_DATE_BEFORE = re.compile(rf"\b(?=[\d{when._DATE_FIRST_CHARACTERS}])(?:{when._DATE_FORMS})")


@SAME
@given(TEXT)
def test_sentences_are_split_where_they_were(text: str):
    low = text.lower()
    assert detect._SENTENCE_ENDS.split(low) == _SENTENCE_ENDS_BEFORE.split(low)


@SAME
@given(GATED_TEXT)
def test_questions_end_where_they_did(text: str):
    low = text.lower()
    assert detect._QUESTION_ENDS.split(low) == _QUESTION_ENDS_BEFORE.split(low)


# (pattern, the literals it is now tried from): each match begins with one of them
_TRIED_FROM = (
    (detect._INVITES_THE_READER, detect._INVITES_STARTS),
    (detect._RECORD_BY_A_DATE, detect._RECORD_STARTS),
    (detect._STILL_TO_RECORD, ("yet", "not", "interview")),
    (timeline._CONFIRM_IT_SUITS, timeline._CONFIRM_STARTS),
    (timeline._HOW_IT_WENT, ("how",)),
    (timeline._HOPE_IT_WENT, ("hope",)),
    (timeline._AFTER_THE_MEETING, timeline._AFTER_THE_MEETING_STARTS),
    (timeline._TAKEN_ON, timeline._TAKEN_ON_STARTS),
)
# (pattern, the test now put before it): no match where the test fails
_GATED_BY = (
    (detect._NOT_TAKEN_ON, detect._negated),
    (detect._NOT_CHOSEN, detect._negated),
    (detect._ABOUT_A_PIECE, lambda low: "story" in low or "article" in low),
    (detect._FEEDBACK_ON_CANDIDATES, lambda low: "feedback" in low),
    (detect._GOOD_TO_MEET_THEN, lambda low: any(word in low for word in detect._GOOD_WORDS)),
)


@SAME
@given(GATED_TEXT)
def test_patterns_tried_from_their_literals_find_what_they_found(text: str):
    low = text.lower()
    for pattern, starts in _TRIED_FROM:
        found = [m.span() for m in matches_from(pattern, low, starts)]
        assert found == [m.span() for m in pattern.finditer(low)], pattern.pattern[:40]


@SAME
@given(GATED_TEXT)
def test_the_gates_before_patterns_pass_every_text_they_match(text: str):
    low = text.lower()
    for pattern, gate in _GATED_BY:
        assert pattern.search(low) is None or gate(low), pattern.pattern[:40]


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


def _normalise_before(low: str) -> str:
    """`detect.normalise` as it was: each word made a str, then joined."""
    if "\u2019" in low:
        low = low.replace("\u2019", "'")
    words = low.encode("utf-8", "replace").translate(detect._WORD_BYTES).decode().split()
    padded = " " + " ".join(words) + " "
    if " thank" in padded and (
        " again " in padded
        or " much " in padded
        or " a lot " in padded
        or " many thanks " in padded
    ):
        for filler, plain in detect._THANKS_FILLERS:
            if filler in padded:
                padded = padded.replace(filler, plain)
    if " for apply " in padded:
        padded = padded.replace(" thank you for apply ", " thank you for applying ").replace(
            " thanks for apply ", " thanks for applying "
        )
    return padded


# Spaces beyond ASCII part words in a str, not in bytes: kept apart by `normalise`
SPACES = (
    "\u00a0",
    "\u2003",
    "\u3000",
    "\u0085",
    "\x1c",
    "\u2028",
    "caf\u00e9",
    "\u2019s",
    "\ud800",
)


@SAME
@given(st.lists(st.sampled_from(WORDS + SPACES), max_size=24).map("".join))
def test_normalised_text_has_the_words_it_had(text: str):
    low = text.lower()
    assert detect.normalise(low) == _normalise_before(low)


# Subjects naming someone, and wording beside them, for the gates before the name patterns
NAMED = (
    "Interview:", "Screen booked:", "Panel", "debrief", "Jane Doe", "Omar Haddad", "Rohan Das",
    "for", "Product Designer", "-", "(", "Feedback", "feedback about", "Status for",
    "Outcome of", "RESULTS on", "attendance", "accepted", "has declined", "final round", "to",
    "you", "interview", "interviewing", ":", "Re:", "\u017ftatus for", "Status for Jane Doe",
    "Outcome of Omar Haddad", "RESULTS on Rohan Das", "result for Jane Doe",
    "Attendance for Omar Haddad", "feedback about Jane Doe", "Interview: Jane Doe for QA",
    "Panel booked: Omar Haddad - QA", "invited to interview Rohan Das for QA",
)  # fmt: skip


@SAME
@given(st.lists(st.sampled_from(NAMED + MORE), max_size=12).map(" ".join))
def test_the_name_patterns_are_tried_wherever_they_match(subject: str):
    low = subject.lower() if subject.isascii() else None
    for pattern, words in detect._SUBJECT_NAMES_A_CANDIDATE:
        if words and low is not None and pattern.search(subject):
            assert any(word in low for word in words), pattern.pattern[:40]


def test_the_rewrites_see_the_wording_they_are_for():
    """On the texts each exists for (so the properties above do not pass on texts nothing
    matches)."""
    assert detect._booked_a_time("i've booked thursday at 10:30 through the link")
    assert not detect._booked_a_time("i have booked a flight home")
    assert detect.questions_in("hi.\nwould 2pm\nwork? thanks\n\nare you free?") == (
        "would 2pm work?",
        "are you free?",  # a blank line ends "thanks"
    )
    # "a.m." ends no sentence, and ends a question only when its last words follow it
    assert detect.questions_in("is 9 a.m. ok? see you at 10 a.m. thanks") == ("is 9 a.m. ok?",)
    assert detect.questions_in("could we meet at 10 a.m. on friday?") == (
        "could we meet at 10 a.m. on friday?",
    )
    assert when._time_cue_starts("at noon, or 2 in the afternoon, or 4pm") == [3, 12, 35]
    sent = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert [t.start.hour for t in when.find_times_lower("tuesday, march 10 at 2pm", sent)] == [14]
    assert company._without_reply_prefix("Updated invitation: Re: Interview") == "Interview"
    assert company._without_reply_prefix("Interview: Data Engineer") == "Interview: Data Engineer"
    assert company._without_reply_prefix("\u0130nvitation: x") == company._REPLY_PREFIX.sub(
        "", "\u0130nvitation: x"
    )
    assert detect.normalise("caf\u00e9\u00a0au  lait\n") == " caf\u00e9 au lait "
    assert detect._candidate_names_in("Feedback for: Jane Doe") == ()
    assert detect._candidate_names_in("Interview: Jane Doe - Barista") == (("jane", "doe"),)
    assert detect._candidate_names_in("Update the interview status for Jasmine Carter") == (
        ("jasmine", "carter"),
    )


# The twelfth session's review: the candidate's hope to join looked for from where its ending
# may begin, the "I" or "me" then looked for before it (was one pattern tried from every "I");
# the owner's third-person words tried from their literals ("X's CV" as a look-behind).
_HOPES_TO_JOIN_BEFORE = re.compile(
    r"\b(?:i|me)\b[^.!?\n]{0,60}?(?:" + detect._HOPES_TO_JOIN.pattern + ")"
)
_THIRD_PERSON_BEFORE = re.compile(
    detect._THIRD_PERSON_CANDIDATE_OF_OWNER.pattern.replace("(?<=\\w)'s", "\\w's")
)
HOPES_WORDS = (
    "i", "me", "I'd", "we", "you", "to", "be", "become a", "part of it", "part of this",
    "your team", "the team", "join", "joining your sales team", "you join", "work", "on your",
    "aid", "help with", "your decision", "love to take the next step", "ready to",
    "forward to hearing about the next steps", ".", "!", "?", "\n", ",", "really", "x" * 30,
    "him", "her", "his", "them", "bring", "back", "in", "forward", "interview", "screen",
    "maria's", "'s", "cv", "resume", "candidacy", "schedule", "advance", "move",
)  # fmt: skip
HOPES_TEXT = st.lists(st.sampled_from(HOPES_WORDS), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(HOPES_WORDS), max_size=30
).map("".join)


@SAME
@given(HOPES_TEXT)
def test_the_hope_to_join_found_from_its_ending_is_the_pattern_as_it_was(text: str):
    low = text.lower()
    assert detect._hopes_to_join(low) == (_HOPES_TO_JOIN_BEFORE.search(low) is not None)


@SAME
@given(HOPES_TEXT)
def test_the_owners_third_person_words_tried_from_their_literals_are_found_as_before(text):
    low = text.lower()
    found = matches_from(detect._THIRD_PERSON_CANDIDATE_OF_OWNER, low, detect._THIRD_PERSON_STARTS)
    assert (next(found, None) is not None) == (_THIRD_PERSON_BEFORE.search(low) is not None)


# The gates' strings found by the phrase walk (`detect.LITERAL_CUES`): inside words, beside
# punctuation and line breaks, inside the thanking fillers `normalise` rewrites, and in
# subjects under reply prefixes.
CUE_STRINGS = tuple(string for strings in detect.LITERAL_CUES.values() for string in strings)
CUE_TEXT = st.lists(
    st.sampled_from(
        CUE_STRINGS
        + tuple(filler for pair in detect._THANKS_FILLERS for filler in pair)
        + ("another", "best of luck", "thank you for apply", "take home", "’", "re: ", "Fwd:",
           "-", "(", ")", ".", "\n", "\t", " ", "  ", "é", "much", "again", "a lot", "ing", "s")
    ),
    max_size=16,
).map("".join)  # fmt: skip


@SAME
@given(CUE_TEXT, CUE_TEXT)
def test_a_text_holding_a_gates_string_has_its_group(subject: str, text: str):
    subject_low, text_low = subject.lower(), text.lower()
    body_groups = detect.BOOK.groups_in(detect.normalise(text_low))
    subject_groups = detect._read_subject(subject_low)[1]
    for group, strings in detect.LITERAL_CUES.items():
        if any(string in text_low for string in strings):
            assert group in body_groups, (group, text_low)
    for group in detect._READING_CUES:
        if any(string in f"{subject_low}\n{text_low}" for string in detect.LITERAL_CUES[group]):
            assert group in body_groups or group in subject_groups, (group, subject_low, text_low)


SUBJECT_NOUNS = st.lists(
    st.sampled_from(
        detect._ROLE_NOUNS + detect._CANDIDATES_NOUNS
        + ("ROLE", "Position", "Re:", "-", " ", "s", "x", "CVs", "Résumés", "poſition", "K", "é")
    ),
    max_size=10,
).map("".join)  # fmt: skip


@SAME
@given(SUBJECT_NOUNS)
def test_a_subjects_job_nouns_are_found_as_the_patterns_find_them(subject: str):
    assert detect._subject_names(subject, detect._ROLE_NOUNS, detect._A_ROLE_NOUN) == bool(
        detect._A_ROLE_NOUN.search(subject)
    )
    assert detect._subject_names(
        subject, detect._CANDIDATES_NOUNS, detect._THE_JOBS_CANDIDATES
    ) == bool(detect._THE_JOBS_CANDIDATES.search(subject))


# Patterns that look at the first letters of the words a lazy gap may end on before trying the
# words (`detect._THANKS_FOR_MEETING`): the same matches as each pattern without those
# look-aheads, on text built from their words (and from two other such patterns', which gained
# nothing from it).
FIRST_LETTERS = re.compile(r"\(\?=\[[a-z]+\]\)")
LOOKED_AHEAD = (detect._THANKS_FOR_MEETING,)
GAP_TEXT = st.lists(
    st.sampled_from(
        ("thank", "thanks", "grateful", "appreciated", " you for ", " the ", "meet", "meeting",
         "met", "speaking", "spoke", "talk", "chatted", "interview", "conversation", "visiting",
         "coming in", "came in", "hosting me", "having me", "showing me", "on the phone",
         "on the call", "time you spent", "time spent", "our", "your", "phone", "video",
         "call", "joining", "us for the", "panel", "attending", "assessment", "superday",
         "trial", "day", "shift", "complete", "record", "answer", "take", "finish", "submit",
         "questions", "answers", "responses", "it", "them", "by", "before", "no later than",
         "friday", "tomorrow", "end", "3", "please", "kindly", "contact", "reply to", "to",
         "arrange", "schedule", "set up", "book", "for", "an", "a", "time", "date", "slot",
         "appointment", "suitable", "convenient", "-", ".", ". ", "!", "?", ";", ":", "\n",
         " ", "  ", "x", "é", "s", "z")
    ),
    max_size=28,
).map("".join)  # fmt: skip


@SAME
@given(GAP_TEXT)
def test_first_letters_looked_at_change_no_match(text: str):
    for pattern in LOOKED_AHEAD:
        assert FIRST_LETTERS.search(pattern.pattern), pattern.pattern[:60]
        plain = re.compile(FIRST_LETTERS.sub("", pattern.pattern))
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], pattern.pattern[:60]
