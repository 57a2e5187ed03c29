"""Candidate-side ATS and recruiter mail, in other people's words (dev's fifth growth).

The fifth growth of the real-wording corpus (HRHandle, HiBob, Tribepad, Teamtailor, Oracle and
Dayforce self-scheduling, hourly hiring, ...) found these rules; each is written here as a
person would write the mail, in wording other than the corpus's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

LONDON = "Europe/London"
UK = ZoneInfo(LONDON)
ME = "sam.ellery@example.com"
RECRUITER = "Ana Pereira <ana.pereira@dockside-freight.example>"
POLICY = Policy(timezone=LONDON)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UK)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def applied():
    return a_thread(
        ME, subject="Your application: Freight Analyst", tz=LONDON, start="2026-11-02 09:00"
    ).from_recruiter(
        RECRUITER,
        "Dear Sam,\n\nThank you for applying for the Freight Analyst role. We have "
        "received your application.\n\nAna",
    )


# ----- a decision said in a sentence


@pytest.mark.parametrize(
    "decision",
    [
        "After looking at your answers, we cannot take your application any further.",
        "We are not able to move you forward in the process for this vacancy.",
        "We have chosen to proceed with a different applicant for this vacancy.",
        "After much thought we opted to go ahead with another person for the role.",
        "The vacancy has now been filled, and we are closing the process.",
    ],
)
def test_a_decline_said_in_its_own_words_closes_the_application(decision):
    thread = applied().from_recruiter(
        RECRUITER,
        f"Dear Sam,\n\nThank you for your interest in Dockside Freight. {decision}"
        "\n\nKind regards,\nAna",
        subject="An update on your application",
        at="2026-11-09 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-10T09:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED
    assert detect_interview(thread.build()[-1:], ME).interview


def test_a_decline_promised_only_if_it_happens_is_not_one():
    thread = applied().from_recruiter(
        RECRUITER,
        "Dear Sam,\n\nWe are still reviewing applications. If we are unable to move "
        "your application forward, we will tell you by email.\n\nAna",
        at="2026-11-04 10:00",
    )
    _, stage, _ = read(thread, "2026-11-05T09:00:00")
    assert stage is Stage.APPLIED


# ----- a block of details states the time


def test_labelled_date_and_time_lines_state_the_interview():
    thread = applied().from_recruiter(
        RECRUITER,
        "Hi Sam,\n\nGood news - the panel would like to meet you.\n\n"
        "  Date: Monday 9 November 2026\n  Time: 15:30 (UK time)\n  Place: 3 Dock Road, Hull\n\n"
        "Ana",
        subject="Next stage - Freight Analyst",
        at="2026-11-04 11:00",
    )
    facts, stage, advice = read(thread, "2026-11-06T09:00:00")
    assert facts.interview_start == datetime(2026, 11, 9, 15, 30, tzinfo=UK)
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_labelled_lines_offering_two_days_are_a_choice_not_a_time():
    thread = applied().from_recruiter(
        RECRUITER,
        "Hi Sam,\n\nWe'd like to meet you. Please tell us which suits:\n\n"
        "  Date: Monday 9 November 2026, Time: 15:30\n  Date: Tuesday 10 November 2026, "
        "Time: 10:00\n\nAna",
        subject="Next stage - Freight Analyst",
        at="2026-11-04 11:00",
    )
    facts, _, _ = read(thread, "2026-11-05T09:00:00")
    assert facts.interview_start is None


# ----- a moved time: the old one is struck


def test_the_previous_time_line_of_a_moved_interview_is_not_the_interview():
    thread = (
        applied()
        .from_recruiter(
            RECRUITER,
            "Hi Sam,\n\nYour interview is confirmed for Thursday 12 November 2026 at 09:00.\n\nAna",
            subject="Interview - Freight Analyst",
            at="2026-11-04 11:00",
        )
        .from_recruiter(
            RECRUITER,
            "Hi Sam,\n\nYour appointment has been moved.\n\n"
            "  New time: Friday 13 November 2026 at 11:00\n"
            "  Previous time: Thursday 12 November 2026 at 09:00\n\nAna",
            subject="Interview moved - Freight Analyst",
            at="2026-11-06 11:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-12T12:00:00")
    assert facts.interview_start == datetime(2026, 11, 13, 11, 0, tzinfo=UK)
    assert stage is Stage.SCHEDULED and advice.action is Action.PREPARE


# ----- asked to choose a new time


def confirmed():
    return applied().from_recruiter(
        RECRUITER,
        "Hi Sam,\n\nYour interview is confirmed for Thursday 12 November 2026 at 14:00.\n\nAna",
        subject="Interview - Freight Analyst",
        at="2026-11-04 11:00",
    )


def test_the_employer_asking_to_choose_a_new_time_reopens_scheduling():
    thread = confirmed().from_recruiter(
        RECRUITER,
        "Hi Sam,\n\nOne of the panel is now away that day, sorry. Please use the "
        "portal to choose a new time for your interview.\n\nAna",
        at="2026-11-09 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-12T16:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_new_time_offered_only_if_needed_keeps_the_interview():
    thread = confirmed().from_recruiter(
        RECRUITER,
        "Hi Sam,\n\nA reminder of Thursday at 14:00. If you can't make it, please "
        "choose a new time in the portal.\n\nAna",
        at="2026-11-10 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-11T09:00:00")
    assert facts.interview_start == datetime(2026, 11, 12, 14, 0, tzinfo=UK)
    assert stage is Stage.SCHEDULED


# ----- the employer behind a platform's no-reply


def test_a_platform_no_reply_address_names_the_employer_by_its_display_name():
    thread = a_thread(
        ME, subject="Schedule your interview: Freight Analyst", tz=LONDON, start="2026-11-02 09:00"
    ).message(
        "Dockside Freight Careers <no-reply@talentcloudmail.example>",
        "Dear Sam,\n\nThank you for your application for Freight Analyst. Please sign in to "
        "our career site to choose a time for your interview.",
    )
    facts, _, _ = read(thread, "2026-11-03T09:00:00")
    assert facts.company == "Dockside Freight"


# ----- an invitation to choose one of the employer's slots


@pytest.mark.parametrize(
    "invitation",
    [
        "We'd like to meet you: please choose one of the open slots on our careers portal.",
        "Sign in to the portal and select one of the available times for a first conversation.",
        "Please pick a day and time from the available times using the link below.",
        "Sign in to our career site and select one of the available\ntimes for your interview.",
    ],
)
def test_an_invitation_to_choose_a_slot_is_scheduling_and_asks(invitation):
    thread = applied().from_recruiter(
        RECRUITER, f"Dear Sam,\n\n{invitation}\n\nAna", subject="Next step", at="2026-11-04 10:00"
    )
    _, stage, advice = read(thread, "2026-11-05T09:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_choosing_the_colour_of_a_hoodie_is_not_choosing_a_slot():
    thread = applied().from_recruiter(
        RECRUITER,
        "Dear Sam,\n\nWe're still reviewing applications. Meanwhile, choose one of "
        "the available sizes for the welcome hoodie we send every applicant.\n\nAna",
        at="2026-11-04 10:00",
    )
    _, stage, _ = read(thread, "2026-11-05T09:00:00")
    assert stage is Stage.APPLIED


def test_the_candidate_saying_which_slot_they_booked_sets_the_interview():
    thread = (
        applied()
        .from_recruiter(
            RECRUITER,
            "Dear Sam,\n\nPlease select a time for your interview using the link below.\n\nAna",
            subject="Interview - Freight Analyst",
            at="2026-11-04 10:00",
        )
        .from_me(
            "Hi Ana,\n\nThanks - I've booked Thursday at 10:30 through the link.\n\nSam",
            at="2026-11-04 12:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-05T09:00:00")
    assert facts.interview_start == datetime(2026, 11, 5, 10, 30, tzinfo=UK)
    assert stage is Stage.SCHEDULED and advice.action is Action.PREPARE


# ----- the employer asking for something in "we'd like you to ..."


def test_we_would_like_you_to_do_something_asks_the_candidate():
    thread = applied().from_recruiter(
        RECRUITER,
        "Dear Sam,\n\nBefore the next stage we'd like you to answer a few short "
        "questions about route planning.\n\nAna",
        at="2026-11-04 10:00",
    )
    _, _, advice = read(thread, "2026-11-05T09:00:00")
    assert advice.action is Action.REPLY


# ----- assessment platforms


def test_an_assessment_platform_inviting_to_a_test_is_hiring_mail_read_alone():
    thread = a_thread(
        ME, subject="Invitation: Numerical Reasoning Test", tz=LONDON, start="2026-11-02 09:00"
    ).message(
        "Dockside Freight via Mercer | Mettl <no-reply@mettl.com>",
        "Dear Sam,\n\nDockside Freight has invited you to take the Numerical Reasoning Test "
        "(40 minutes). The link is open until Friday.\n\n[Start test]",
    )
    assert detect_interview(thread.build(), ME).interview


# ----- a role in the subject's name position


def test_a_role_where_a_candidate_name_would_be_is_not_someone_else_when_the_reader_is_addressed():
    thread = a_thread(
        ME,
        subject="Interview confirmed: Dog Groomer - Maple Pets",
        tz=LONDON,
        start="2026-11-02 09:00",
    ).message(
        "Maple Pets <no-reply@hiringplatform.example>",
        "Hi Sam,\n\nYour interview is confirmed for Tuesday 10 November 2026 at 09:00. Ask for "
        "Lou at the counter.",
    )
    assert detect_interview(thread.build(), ME).interview


def test_a_candidate_named_in_the_subject_and_the_body_stays_someone_else():
    thread = a_thread(
        ME,
        subject="Interview confirmed: Tom Reilly - Support Worker",
        tz=LONDON,
        start="2026-11-02 09:00",
    ).message(
        "Scheduling <no-reply@hiringplatform.example>",
        "Hi Sam,\n\nTom Reilly has confirmed your interview with him on Tuesday 10 November "
        "2026 at 09:00.",
    )
    assert not detect_interview(thread.build(), ME).interview


# ----- "your application" said to be somewhere: an acknowledgement


@pytest.mark.parametrize(
    "where",
    [
        "Your application is now with the warehouse team, who will look at it this week.",
        "Your application has been passed to the hiring manager for review.",
        "Your application is in review and we will write once a decision is made.",
        "We are glad you applied; your\napplication is now with our hiring team.",
    ],
)
def test_your_application_said_to_be_with_someone_acknowledges_it(where):
    thread = a_thread(
        ME, subject="Referral: Freight Analyst", tz=LONDON, start="2026-11-02 09:00"
    ).message(
        "Dockside Freight People Team <people@dockside-freight.example>",
        f"Hi Sam,\n\nJo Kerr put your name forward. {where}\n\nPeople Team",
    )
    assert detect_interview(thread.build(), ME).interview


def test_your_application_for_a_library_card_stays_a_look_alike():
    thread = a_thread(ME, subject="Library card", tz=LONDON, start="2026-11-02 09:00").message(
        "City Library <library@city.example>",
        "Hi Sam,\n\nYour library card application is with the front desk; collect it Friday.",
    )
    assert not detect_interview(thread.build(), ME).interview


# ----- a recruiter putting the reader forward


@pytest.mark.parametrize(
    "news",
    [
        "I've submitted your CV to Dockside Freight for the analyst opening.",
        "We have forwarded your profile to the client this morning.",
    ],
)
def test_a_recruiter_putting_the_reader_forward_is_part_of_their_process(news):
    thread = a_thread(ME, subject="Analyst opening", tz=LONDON, start="2026-11-02 09:00").message(
        "Priya Shah <priya@harbourline-search.example>",
        f"Hi Sam,\n\nGood to speak earlier. {news} I'll be in touch when I hear back.\n\nPriya",
    )
    assert detect_interview(thread.build(), ME).interview
