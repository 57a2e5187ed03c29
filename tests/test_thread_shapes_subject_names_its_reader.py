"""An answer under an interview subject that names the one it is written to, read alone
(shapes_message_recall).

"Re: Interview Reschedule Request - Daniel Kim - UX Designer", from the employer to Daniel
Kim: the candidate wrote the subject with their own name, so the employer's answer under it,
however short ("No problem - Thursday at 2 it is."), is about the reader's own interview
(`addressed_to_the_candidate`). An interviewer is written to of someone else's interview (the
subject names a third person), and a candidate writing to the interviewer is the writer the
subject names. Judged by the retro first looks (bench/retro_edits/subject_names_its_reader.py).
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview, signal_names
from tests.builders import a_thread, read_alone

READER = "Noor Haddad <noor.haddad@example.com>"
READER_EMAIL = "noor.haddad@example.com"
EMPLOYER = "Lena Brooks (Kestrel Freight) <lena.brooks@kestrelfreight.example>"
SHORT = "No problem - Thursday at 2 it is. Same video link as before."


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Interview Reschedule Request - Noor Haddad - Planning Analyst",
        "Re: Request to move my interview - Noor Haddad",
        "RE: Interview availability (Noor Haddad)",
    ],
)
def test_the_employers_answer_under_the_readers_named_interview_is_the_readers(subject):
    assert read_alone(READER_EMAIL, SHORT, subject=subject, sender=EMPLOYER, to=(READER,))


def test_an_interviewer_written_to_of_someone_elses_interview_is_not_the_candidate():
    # the owner interviews: the subject names the candidate, not the owner
    assert not read_alone(
        "sam.ortiz@kestrelfreight.example",
        SHORT,
        subject="Re: Interview Reschedule Request - Noor Haddad - Planning Analyst",
        sender=EMPLOYER,
        to=("Sam Ortiz <sam.ortiz@kestrelfreight.example>",),
    )


def test_the_named_candidate_writing_is_not_the_reader_named():
    # the owner hiring: the candidate named in the subject writes to them
    thread = a_thread("sam.ortiz@kestrelfreight.example").from_recruiter(
        READER,
        SHORT,
        subject="Re: Interview Reschedule Request - Noor Haddad - Planning Analyst",
        to=("Sam Ortiz <sam.ortiz@kestrelfreight.example>",),
    )
    detection = detect_interview(thread.build(), "sam.ortiz@kestrelfreight.example")
    assert "addressed_to_the_candidate" not in signal_names(detection)


def test_a_subject_naming_the_reader_of_something_else_stays_as_it_was():
    # a podcast's host writing to its guest: no interview of the reader's process
    assert not read_alone(
        READER_EMAIL,
        "Great - see you in the studio on Thursday at 2.",
        subject="Re: Podcast interview with Noor Haddad - episode 41",
        sender="Mo Reed <mo@thedispatchpodcast.example>",
        to=(READER,),
    )
