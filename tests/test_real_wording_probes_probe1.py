"""Interviews arranged by mail, as recruiters word them: probes on arranging and its time.

Each thread is written as a recruiter or candidate writes; Date headers carry the offset
of their day, and the owner's zone is given to `thread_facts`.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.parse import parse_message
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
ME = "sam.rivera@example.com"
HANNAH = "Hannah Price <hannah.price@northgate.example>"
DANA = "Dana Cole <dana@meridianlabs.example>"
POLICY = Policy(timezone="Europe/London")


def mail(number: int, sender: str, sent: datetime, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: {ME}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: <{number}@arranging.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@arranging.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


def london(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def test_an_interview_with_our_research_director_is_a_job_interview():
    # "our research" named the study of a user-research invitation; here it names the
    # department of the person the candidate meets, in New York, 10am ET = 14:00 in London
    # the week the UK's clocks have gone back and New York's not yet
    sent = datetime(2026, 10, 20, 9, 0, tzinfo=NEW_YORK)
    body = (
        "Hi Sam,\n\nThis confirms your interview on Thursday 29 October at 10am ET with our "
        "research director.\n\nDana"
    )
    messages = [parse_message(mail(1, DANA, sent, "Interview - Research Associate", body))]
    facts = thread_facts(messages, ME, LONDON)
    now = london("2026-10-21 09:00")
    assert facts.interview
    assert facts.interview_start == london("2026-10-29 14:00")
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert advise(facts, now, POLICY).action is Action.PREPARE


def test_an_interview_cancelled_as_the_hiring_manager_is_unwell_is_still_the_candidates():
    # "as the hiring manager" gives the employer's reason here, not the reader's role
    subject = "Interview - Marketing Executive"
    messages = [
        parse_message(
            mail(
                1,
                HANNAH,
                london("2026-10-05 09:00"),
                subject,
                "Hi Sam,\n\nConfirming your interview for the Marketing Executive role on "
                "Friday 9th October at 11:00.\n\nBest,\nHannah",
            )
        ),
        parse_message(
            mail(
                2,
                HANNAH,
                london("2026-10-08 16:00"),
                f"Re: {subject}",
                "Hi Sam,\n\nUnfortunately we need to cancel tomorrow's interview as the hiring "
                "manager is unwell. I'm so sorry for the short notice - we'll be in touch to "
                "rearrange as soon as we can.\n\nHannah",
            )
        ),
    ]
    facts = thread_facts(messages, ME, LONDON)
    now = london("2026-10-09 15:00")  # after the cancelled time: no thank-you is due
    assert facts.interview and facts.interview_cancelled
    assert stage_at(facts, now) is Stage.SCHEDULING
    assert advise(facts, now, POLICY).action is Action.WAIT


def test_other_times_offered_instead_of_the_coming_interview_unsettle_it():
    # the employer re-offers before the set time; at the old time no thank-you is due and
    # the question is still open
    subject = "Interview - HR Advisor"
    messages = [
        parse_message(
            mail(
                1,
                HANNAH,
                london("2026-10-05 09:00"),
                subject,
                "Hi Sam,\n\nConfirming your interview on Friday 9th October at 11:00.\n\nHannah",
            )
        ),
        parse_message(
            mail(
                2,
                HANNAH,
                london("2026-10-07 15:00"),
                f"Re: {subject}",
                "Hi Sam,\n\nI'm very sorry but the panel is no longer available on Friday. "
                "Could you do Monday 12th at 11:00 or Tuesday 13th at 15:00 instead?\n\nHannah",
            )
        ),
    ]
    facts = thread_facts(messages, ME, LONDON)
    for now in (london("2026-10-07 16:00"), london("2026-10-09 13:00")):
        assert stage_at(facts, now) is Stage.SCHEDULING
        assert advise(facts, now, POLICY).action is Action.REPLY


BERLIN = ZoneInfo("Europe/Berlin")


def test_i_can_confirm_your_interview_states_its_time_in_the_writers_zone():
    # written in London ("UK time"), read by an owner in Berlin: 14:30 UK is 15:30 there.
    # Unread as a confirmation, "your interview on" dated an interview held a week before
    body = (
        "Hi Sam,\n\nThanks for your time on the phone. I can confirm your interview on "
        "Tuesday 10th November at 14:30 UK time on Teams.\n\nHannah"
    )
    sent = london("2026-11-03 10:00")
    messages = [parse_message(mail(1, HANNAH, sent, "Interview - UX Researcher", body))]
    facts = thread_facts(messages, ME, BERLIN)
    now = datetime(2026, 11, 4, 9, 0, tzinfo=BERLIN)
    assert facts.interview_start == datetime(2026, 11, 10, 15, 30, tzinfo=BERLIN)
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert advise(facts, now, Policy(timezone="Europe/Berlin")).action is Action.PREPARE


def test_an_ats_asking_to_submit_availability_for_the_onsite_is_scheduling():
    # Greenhouse's availability request: "your onsite" names the interview to come
    greenhouse = "Tidewell Recruiting <no-reply@us.greenhouse-mail.io>"
    sent = datetime(2026, 10, 22, 10, 0, tzinfo=NEW_YORK)
    body = (
        "Hi Sam,\n\nThanks for your interest in Tidewell! We'd like to schedule your onsite "
        "interview for the Product Manager role. Please submit your availability using the "
        "link below:\n\nhttps://app.greenhouse.io/availability/abc123\n\nThanks,\n"
        "Tidewell Recruiting"
    )
    subject = "Tidewell - Please submit your availability"
    facts = thread_facts([parse_message(mail(1, greenhouse, sent, subject, body))], ME, NEW_YORK)
    now = datetime(2026, 10, 23, 9, 0, tzinfo=NEW_YORK)
    assert facts.interview_start is None
    assert stage_at(facts, now) is Stage.SCHEDULING
    assert advise(facts, now, Policy(timezone="America/New_York")).action is Action.REPLY


def test_how_about_another_time_instead_asks_the_candidate():
    # the candidate asked to move the interview; the employer's "how about ... instead?"
    # puts a new time to them: theirs to answer
    subject = "Interview confirmation - Data Analyst"
    messages = [
        parse_message(
            mail(
                1,
                HANNAH,
                london("2026-10-12 09:00"),
                subject,
                "Hi Sam,\n\nThis is to confirm your interview for the Data Analyst role on "
                "Thursday 22 October at 14:00 at our Leeds office.\n\nBest,\nHannah",
            )
        ),
        parse_message(
            mail(
                2,
                f"Sam Rivera <{ME}>",
                london("2026-10-19 08:30"),
                f"Re: {subject}",
                "Hi Hannah,\n\nI'm really sorry, but something has come up on Thursday. Would "
                "it be possible to move the interview to next week?\n\nSam",
            )
        ),
        parse_message(
            mail(
                3,
                HANNAH,
                london("2026-10-19 11:00"),
                f"Re: {subject}",
                "Hi Sam,\n\nNo problem at all. How about Tuesday 27th October at 14:00 "
                "instead?\n\nHannah",
            )
        ),
    ]
    facts = thread_facts(messages, ME, LONDON)
    now = london("2026-10-19 11:30")
    assert stage_at(facts, now) is Stage.SCHEDULING
    assert advise(facts, now, POLICY).action is Action.REPLY


@pytest.mark.parametrize(
    ("ending", "asks"),
    [
        ("Please let me know if you are able to attend.", True),
        ("Please let me know if you can attend.", True),
        ("Please let me know if you are unable to attend.", False),
    ],
)
def test_let_me_know_if_you_are_able_to_attend_asks(ending, asks):
    # one time stated, the candidate asked whether they can come: stated, still to answer
    body = (
        "Dear Sam,\n\nFurther to your first interview, we would like to invite you back for a "
        f"second interview on Wednesday 21st October at 14.00. {ending}\n\nKind regards,\nHannah"
    )
    sent = london("2026-10-12 09:00")
    messages = [parse_message(mail(1, HANNAH, sent, "Second interview - Buyer", body))]
    facts = thread_facts(messages, ME, LONDON)
    now = london("2026-10-12 12:00")
    assert facts.interview_start == london("2026-10-21 14:00")
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert (advise(facts, now, POLICY).action is Action.REPLY) is asks


def test_a_bookings_confirmation_with_windows_zone_names_is_the_places_wall_clock():
    # Microsoft Bookings prints the zone's standard offset all year: in British summer time
    # "10:00 - 10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London" is 10:00 in London
    body = (
        "Your booking is confirmed\n\nGraduate Scheme Interview\nThursday, 22 October 2026\n"
        "10:00 - 10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nStaff: Nina Clarke\n\n"
        "Join Microsoft Teams Meeting\n\nManage booking\nIf you need to cancel or change your "
        "booking, select Manage booking.\n"
    )
    bookings = "Halden Bank Careers <bookings@haldenbank.example>"
    subject = "Booking confirmed: Graduate Scheme Interview with Halden Bank"
    sent = london("2026-10-13 09:00")
    facts = thread_facts([parse_message(mail(1, bookings, sent, subject, body))], ME, LONDON)
    now = london("2026-10-14 09:00")
    assert facts.interview_start == london("2026-10-22 10:00")
    assert facts.interview_end == london("2026-10-22 10:30")
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert advise(facts, now, POLICY).action is Action.PREPARE


def test_a_list_of_slots_under_could_you_do_any_of_the_following_is_scheduling():
    # an application acknowledged, then slots offered in UK formats: being arranged, not
    # only applied
    body = (
        "Hi Sam,\n\nThanks for applying for the Operations Analyst role. We'd like to invite "
        "you to a first interview with our team. Could you do any of the following?\n\n"
        "- Tuesday 13th October, 10:00-11:00\n- Wednesday 14th October, 14:30-15:30\n"
        "- Thursday 15th October, 2.30pm-3.30pm\n\nKind regards,\nHannah"
    )
    subject = "Interview - Operations Analyst, Northgate"
    sent = london("2026-10-07 10:12")
    facts = thread_facts([parse_message(mail(1, HANNAH, sent, subject, body))], ME, LONDON)
    now = london("2026-10-07 11:00")
    assert facts.interview_start is None
    assert stage_at(facts, now) is Stage.SCHEDULING
    assert advise(facts, now, POLICY).action is Action.REPLY


def test_an_invitation_to_an_online_interview_at_one_time_is_stated_in_its_zone():
    # written in Berlin, read in London: 09:00 CET is 08:00 there; the one time set by the
    # employer, its confirmation asked
    body = (
        "Dear Sam,\n\nWe are pleased to invite you to an online interview on Thursday 5 "
        "November at 09:00 CET. Please confirm whether this time suits you.\n\nBest regards,\n"
        "Lena Vogt"
    )
    sent = datetime(2026, 11, 2, 9, 0, tzinfo=BERLIN)
    lena = "Lena Vogt <lena@brandtwerke.example>"
    messages = [parse_message(mail(1, lena, sent, "Interview - Supply Chain Analyst", body))]
    facts = thread_facts(messages, ME, LONDON)
    now = london("2026-11-02 12:00")
    assert facts.interview_start == london("2026-11-05 08:00")
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert advise(facts, now, POLICY).action is Action.REPLY
