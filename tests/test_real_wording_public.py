"""Readings widened by the public-sector batch (university searches, school districts, councils,
health and civil service): each case in invented words of the shape the batch showed, beside
look-alikes that must stay unread."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.parse import parse_message
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CENTRAL = ZoneInfo("America/Chicago")
ME = "ines.halvard@example.com"
INES = f"Ines Halvard <{ME}>"
PANEL = "Rupert Voss <rvoss@brightwater-college.example>"
APPLICANT = "Colm Adair <colm.adair@example.org>"


def mail(number: int, sender: str, to: str, at: datetime, subject: str, body: str):
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@public-batch.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@public-batch.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2027, 3, day, hour, tzinfo=CENTRAL)


# ----------------------------------------- the owner inviting someone else to an interview


@pytest.mark.parametrize(
    "body",
    [
        "On behalf of the search committee, I am pleased to invite you to campus for an "
        "interview for the Lecturer in Music position. Would March 18 or March 25 suit you?",
        "I'd like to invite you to our office for a second interview with the director. Are "
        "you free next Tuesday afternoon?",
        "We would like to invite you for an interview for the Senior Librarian post on "
        "Thursday 18 March at 2pm. Please let me know that you can attend.",
    ],
)
def test_the_owner_inviting_the_one_written_to_an_interview_is_the_hiring_side(body):
    first = mail(1, INES, APPLICANT, at(8), "Lecturer in Music search", f"Dear Colm,\n\n{body}")
    answer = mail(
        2, APPLICANT, INES, at(8, 15), "Re: Lecturer in Music search", "Thank you - the 18th works."
    )
    assert not thread_facts([first, answer], ME, CENTRAL).interview


def test_the_same_invitation_to_the_owner_is_her_interview():
    body = (
        "Dear Ines,\n\nOn behalf of the search committee, I am pleased to invite you to campus "
        "for an interview for the Lecturer in Music position. Would March 18 or March 25 suit you?"
    )
    facts = thread_facts([mail(1, PANEL, INES, at(8), "Next steps", body)], ME, CENTRAL)
    assert facts.interview


# ------------------------------------------------------ the post given in public-sector words


def interviewed_then(body: str):
    invite = mail(
        1,
        PANEL,
        INES,
        at(1),
        "Policy Adviser - interview",
        "Dear Ines,\n\nThank you for your application. We would like to invite you to an interview "
        "on Thursday 4 March at 10:00 am. Please confirm you can attend.",
    )
    yes = mail(2, INES, PANEL, at(1, 15), "Re: Policy Adviser - interview", "I confirm, thank you.")
    news = mail(3, PANEL, INES, at(15), "Policy Adviser - outcome", f"Dear Ines,\n\n{body}")
    return thread_facts([invite, yes, news], ME, CENTRAL)


@pytest.mark.parametrize(
    "body",
    [
        "I am pleased to advise that you have been identified as the preferred candidate for "
        "the Policy Adviser role. This is subject to a security clearance.",
        "Following the panel's deliberations you are the preferred applicant for this vacancy, "
        "subject to satisfactory referee reports.",
    ],
)
def test_the_reader_named_the_preferred_applicant_is_offered_the_post(body):
    facts = interviewed_then(body)
    assert stage_at(facts, at(16)) is Stage.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Mr Dunne has recommended you for the Policy Adviser post. Your employment is "
        "contingent upon approval by the Board at its March 22 meeting and a background check.",
        "Your employment with the county will be conditional on a satisfactory medical and "
        "references; HR will send the paperwork this week.",
    ],
)
def test_the_readers_employment_made_conditional_is_an_offer(body):
    facts = interviewed_then(body)
    assert stage_at(facts, at(16)) is Stage.OFFER


@pytest.mark.parametrize(
    "body",
    [
        # someone else named, or a condition on any offer still to come
        "Thank you for interviewing. The panel has identified a preferred candidate and we will "
        "let you know if anything changes.",
        "Your employment history and references will be checked if you reach the final stage.",
    ],
)
def test_a_preferred_candidate_elsewhere_or_a_future_conditional_offer_is_no_offer(body):
    facts = interviewed_then(body)
    assert stage_at(facts, at(16)) is not Stage.OFFER


# ----------------------------------- an itinerary's clock in the sentence after its date


def test_the_days_clock_in_the_sentence_after_its_date_is_that_days():
    invite = mail(
        1,
        PANEL,
        INES,
        at(1),
        "On-site interview - Archivist",
        "Dear Ines,\n\nWe are delighted to invite you for an on-site interview. Your visit is "
        "planned for Monday, March 15. The day will start with coffee in the director's office "
        "at 9:30 a.m. and finish by 3 p.m. Please let us know that this date suits you.",
    )
    yes = mail(2, INES, PANEL, at(1, 16), "Re: On-site interview - Archivist", "That suits me.")
    facts = thread_facts([invite, yes], ME, CENTRAL)
    assert facts.interview_start == datetime(2027, 3, 15, 9, 30, tzinfo=CENTRAL)
    assert stage_at(facts, at(2)) is Stage.SCHEDULED


def test_a_day_beginning_with_no_date_before_it_gives_no_time():
    facts = thread_facts(
        [
            mail(
                1,
                PANEL,
                INES,
                at(1),
                "Archivist - interview",
                "Dear Ines,\n\nWe would like to invite you for an interview. The day will begin "
                "at 9:30 a.m. Which dates next week would suit you?",
            )
        ],
        ME,
        CENTRAL,
    )
    assert facts.interview_start is None


def test_a_hiring_committee_inviting_the_reader_to_interview_is_the_readers_interview():
    # The committee named as the sender's authority, the invitation to the reader: not the
    # panel's own meeting (which the reader would sit on).
    thread = a_thread(
        "rowan.ellis@example.com",
        subject="Archivist position",
        tz="America/New_York",
        start="2026-05-01 10:00",
    )
    thread.from_recruiter(
        "Ines Varga <ivarga@northfield.example>",
        "Dear Rowan,\n\nOn behalf of the hiring committee, I am pleased to invite you to an "
        "interview for the Archivist position on Tuesday, May 12 at 2:00 PM in room 204 of "
        "the Main Library. Please confirm that this time suits you.\n\nDr. Ines Varga",
    )
    facts = thread_facts(thread.build(), "rowan.ellis@example.com", ZoneInfo("America/New_York"))
    assert facts.detection.interview
    assert facts.stage is Stage.SCHEDULED


def test_a_hiring_committee_meeting_for_its_members_stays_the_panels():
    thread = a_thread(
        "rowan.ellis@example.com",
        subject="Archivist search",
        tz="America/New_York",
        start="2026-05-01 10:00",
    )
    thread.from_recruiter(
        "Ines Varga <ivarga@northfield.example>",
        "Hi all,\n\nThe hiring committee will meet on Tuesday, May 12 at 2:00 PM in room 204 "
        "to go over the three finalists' interviews. Please bring your notes.\n\nInes",
    )
    facts = thread_facts(thread.build(), "rowan.ellis@example.com", ZoneInfo("America/New_York"))
    assert not facts.detection.interview
