"""Shapes of a whole thread (shapes1): the reader taking a time someone offered them about a
job is an interview being set, however the subject and the offer are worded.

Judged by a "retro first look" (bench/retro_first_look.py): applied to the code as it stood
before each batch of dev families landed, on wording it had not read.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.detect import signal_names
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
FOUNDER = "Maya Brandt <maya@quillworks.example>"
# a job named (the reader's profile, a role) and times offered in a way no proposal reads
SLOTS_FOR_THE_ROLE = (
    "Hi, thanks for your interest in the platform engineer role. The team is free "
    "Mon 13/04 11:00 hrs or Tue 14/04 10:30 hrs."
)


def read(builder):
    return thread_facts(builder.build(), ME, ZONE)


def a_job_and_slots(subject: str = "Quillworks"):
    return a_thread(subject=subject, tz=LONDON).from_recruiter(
        FOUNDER, SLOTS_FOR_THE_ROLE, at="2027-03-01 09:00"
    )


def test_the_reader_taking_a_slot_offered_for_a_job_is_an_interview_thread():
    facts = read(
        a_job_and_slots().from_me("Mon 13/04 at 11:00 hrs works for me.", at="2027-03-01 12:00")
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == datetime(2027, 4, 13, 11, 0, tzinfo=ZONE)


def test_the_reader_answering_without_taking_a_time_is_an_interview_being_arranged():
    # the rules alone do not read it (no time taken, no interview said); the message model's
    # second reading does: slots offered about a named role are a hiring process's
    facts = read(a_job_and_slots().from_me("Thanks, noted.", at="2027-03-01 12:00"))
    assert facts.interview
    assert "second_reading" in signal_names(facts.detection)
    assert facts.interview_start is None  # no time was taken


def test_the_offer_alone_is_an_interview_being_arranged():
    facts = read(a_job_and_slots())
    assert facts.interview
    assert "second_reading" in signal_names(facts.detection)


def test_a_time_taken_with_no_job_named_stays_a_meeting():
    builder = (
        a_thread(subject="Catch up", tz=LONDON)
        .from_recruiter(
            FOUNDER,
            "Lovely to see you at the conference. Coffee on Tuesday?",
            at="2027-03-01 09:00",
        )
        .from_me("Tuesday at 3pm works for me, see you then.", at="2027-03-01 12:00")
    )
    assert not read(builder).interview


def test_the_reader_giving_a_reference_is_not_their_interview():
    builder = (
        a_thread(subject="Reference request for Sam Lee", tz=LONDON)
        .from_recruiter(
            FOUNDER,
            "Sam Lee has listed you as a reference for the Platform Engineer position. Could "
            "you complete a short reference form?",
            at="2027-03-01 09:00",
        )
        .from_me(
            "Happy to help - could we speak by phone instead? I am free Thursday after 2pm.",
            at="2027-03-01 12:00",
        )
        .from_recruiter(
            FOUNDER, "Thanks! Thursday at 2:30pm works, I will call you.", at="2027-03-02 09:00"
        )
    )
    assert not read(builder).interview


def test_the_reader_taking_a_time_on_the_hiring_side_is_not_theirs():
    builder = (
        a_thread(subject="Platform Engineer application", tz=LONDON)
        .from_recruiter(
            "Sam Lee <sam.lee@example.net>",
            "Thank you for considering my application for the Platform Engineer role. I am "
            "available for an interview on Tuesday or Wednesday.",
            at="2027-03-01 09:00",
        )
        .from_me("Thanks for applying! Tuesday at 3pm works for us.", at="2027-03-01 12:00")
    )
    assert not read(builder).interview
