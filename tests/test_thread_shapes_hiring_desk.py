"""A letter from an employer's hiring desk, read from who sends it (shapes: missed threads).

Whatever its wording, a person's letter whose sender signs as an employer's hiring desk by its
display name ("Brightmoor Foods Recruiting", "Fairhaven Partners Graduate Recruitment", "Orchid
Labs Careers") is part of a job process: the reader is in that desk's process. Not a desk that
recruits no employees (students, study participants, volunteers), nor a school's careers
service, nor a newsletter. Judged by the retro first looks (bench/retro_edits/hiring_desk.py).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)


def read(sender: str, subject: str, text: str, reply: str = "", **fields):
    builder = a_thread(subject=subject, tz=LONDON).from_recruiter(
        sender, text, at="2027-03-02 11:00", **fields
    )
    if reply:
        builder = builder.from_me(reply, at="2027-03-02 18:00")
    messages = builder.build()
    return detect_interview(messages, ME), thread_facts(messages, ME, ZONE)


# no phrase of the books says "job process" in these: the desk signing them does
@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (
            "Brightmoor Foods Recruiting <people-noreply@brightmoor.example>",
            "Your details are with Brightmoor Foods",
            "Hi Sam,\n\nJonah Reyes has put your name forward for the Stock Controller opening, "
            "and your details are now with our team. We will review them and come back to you "
            "about next steps.\n\nBrightmoor Foods Recruiting",
        ),
        (
            "Fairhaven Partners Graduate Recruitment <grads@fairhaven.example>",
            "Selection Day - Fairhaven Partners",
            "Dear Sam,\n\nWell done on reaching the last stage of our 2027 Analyst Programme. "
            "We would like you to join us at our Leeds office for a day of group exercises and "
            "a conversation with one of our directors. Please let us know by return that you "
            "can come.",
        ),
        (
            "Orchid Labs Careers <team@orchidlabs.example>",
            "Platform Engineer - your repository",
            "Hi Sam,\n\nPlease build the small feature described in the repository we shared "
            "with you and send us the link by Thursday 4 March.\n\nOrchid Labs Careers",
        ),
        (
            "Westfold Talent Acquisition <noreply@westfold.example>",
            "Keeping your details on file",
            "Hi Sam,\n\nTo keep considering you for the Planner role and similar roles this "
            "year we need your permission to hold your details. Please confirm with the link "
            "below by 9 March.",
        ),
    ],
)
def test_a_letter_from_a_hiring_desk_is_a_job_thread(sender, subject, text):
    detection, facts = read(sender, subject, text)
    assert detection.interview
    assert "hiring_desk" in detection.signals
    assert facts.stage is not Stage.NONE


def test_the_same_letter_from_a_person_is_read_by_its_words_alone():
    # the desk is what decides: Jonah's note, signed by no desk, names only a job
    detection, _ = read(
        "Jonah Reyes <jonah@brightmoor.example>",
        "Your details are with Brightmoor Foods",
        "Hi Sam,\n\nI have put your name forward for the Stock Controller opening, and your "
        "details are now with the team. They will come back to you.",
    )
    assert "hiring_desk" not in detection.signals


@pytest.mark.parametrize(
    ("sender", "subject", "text", "fields"),
    [
        # a university's student recruitment: an open day for applicants to a degree
        (
            "Greywell University Student Recruitment <study@greywell.example>",
            "Your applicant day",
            "Dear Sam,\n\nWe'd like to invite you to our applicant day on Saturday 13 March, "
            "with a campus tour and a talk from the course team. Please confirm your place.",
            {},
        ),
        # a study recruiting participants
        (
            "Hollis Lab Participant Recruitment <studies@hollis.example>",
            "Booking your session",
            "Hi Sam,\n\nThanks for signing up. Could you tell us which afternoon next week "
            "suits you for the 45-minute session? You will receive a voucher afterwards.",
            {},
        ),
        # a school's careers service booking a practice conversation
        (
            "Careers Service <careers@northdale.example>",
            "Your practice session",
            "Hi Sam,\n\nYour practice session with one of our advisers is on Tuesday 9 March "
            "at 14:00 in the Student Hub.",
            {},
        ),
        # a volunteers' recruitment team
        (
            "Riverside Food Bank Volunteer Recruitment <help@riversidefb.example>",
            "Saturday shifts",
            "Hi Sam,\n\nThanks for offering to help on Saturdays. Could you come in for a "
            "short induction on Saturday 6 March at 10:00?",
            {},
        ),
        # a desk's newsletter
        (
            "Kinsale Group Careers <careers-news@kinsale.example>",
            "This month at Kinsale",
            "Hi Sam,\n\nMeet the people behind our new Galway site and read what our "
            "apprentices got up to this spring.",
            {"is_bulk": True},
        ),
    ],
)
def test_desks_that_hire_no_one_and_newsletters_stay_out(sender, subject, text, fields):
    detection, facts = read(sender, subject, text, **fields)
    assert "hiring_desk" not in detection.signals
    assert not detection.interview
    assert facts.stage is Stage.NONE
