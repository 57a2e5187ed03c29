"""Readings widened by sweep17 (the sentences of arranging an interview). Each fix is read by
the parts of its sentence: the corpus case, two paraphrases in other writers' words, and a
look-alike that must stay unread. Every clock is pinned."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.parse import parse_message
from afterview.timeline import stage_at, thread_facts

EASTERN = ZoneInfo("America/New_York")
ME = "alex.morgan@example.com"
ALEX = f"Alex Morgan <{ME}>"
PRIYA = "Priya Shah <priya.shah@northwind-labs.example>"
SUBJECT = "Data Analyst - Northwind Labs"
START = datetime(2026, 3, 2, 9, 30, tzinfo=EASTERN)  # a Monday
APPLICATION = "Hi, I'd like to apply for the Data Analyst role. My CV is attached.\nAlex Morgan"


def mail(number: int, sender: str, at: datetime, subject: str, body: str, other: str = PRIYA):
    to = other if sender == ALEX else ALEX
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@sweep17.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@sweep17.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def thread(
    *turns: tuple[str, float, str],
    subject: str = SUBJECT,
    other: str = PRIYA,
    first: str = APPLICATION,
):
    """The candidate's application (or another first message), then (sender, days after it,
    body) turns."""
    messages = [mail(1, ALEX, START, subject, first, other)]
    for number, (sender, days, body) in enumerate(turns, start=2):
        if sender != ALEX:
            body = f"Hi Alex,\n\n{body}\n\nBest regards,\n{sender.split('<')[0].strip()}"
        at = START + timedelta(days=days)
        messages.append(mail(number, sender, at, "Re: " + subject, body, other))
    return thread_facts(messages, ME, EASTERN)


SET = "Your interview is confirmed for Thursday, March 12 at 2:00 PM at our office."
OK = "Thank you, I'll be there."
THURSDAY_2PM = datetime(2026, 3, 12, 14, 0, tzinfo=EASTERN)
NOW = datetime(2026, 3, 9, 16, 0, tzinfo=EASTERN)  # Monday, before the interview


# ----- the employer says the set interview must be moved: the set time no longer stands
@pytest.mark.parametrize(
    "moved",
    [
        # Hirebee's rescheduling template (dev sweep17_employer_arranging)
        "I regret to inform you that the Thursday 2:00 PM interview we had scheduled for the\n"
        "Data Analyst position must be rescheduled. Could we change the date and time to "
        "Monday, March 16 at 11:00 AM? Please let me know if that works for you or if there "
        "is another time or date this week that you would prefer.",
        # British, the verb first
        "I'm afraid we have to rearrange your interview on Thursday, as our panel chair is now "
        "away. Would Monday 16 March at 11am suit you?",
        # American, the interview first, a passive
        "Our hiring manager had a conflict come up, so your interview on Thursday needs to be "
        "moved. Are you free Monday, March 16 at 11 AM?",
    ],
)
def test_the_employer_moving_the_set_interview_takes_its_time_off(moved):
    facts = thread((PRIYA, 1, SET), (ALEX, 1.1, OK), (PRIYA, 6.5, moved))
    assert stage_at(facts, NOW) is Stage.SCHEDULING
    assert facts.interview_cancelled or facts.interview_start != THURSDAY_2PM


def test_an_offer_to_move_it_if_needed_keeps_the_time():
    reminder = (
        "A quick reminder of Thursday. If you need to reschedule your interview, just let me know."
    )
    facts = thread((PRIYA, 1, SET), (ALEX, 1.1, OK), (PRIYA, 6.5, reminder))
    assert stage_at(facts, NOW) is Stage.SCHEDULED
    assert facts.interview_start == THURSDAY_2PM and not facts.interview_cancelled


def test_a_clinic_moving_an_appointment_is_no_interview():
    vet = "Riverbend Animal Clinic <appointments@riverbendvet.example>"
    facts = thread(
        (
            vet,
            1,
            "Thank you for requesting an appointment for Biscuit with Dr. Alvarez on March 12 at "
            "9:00 AM. Unfortunately, due to a conflict we will need to reschedule your "
            "appointment. Our next available appointment is March 13 at 11:00 AM.",
        ),
        subject="Appointment request - Biscuit",
        other=vet,
        first="Hello, could I book Biscuit in with Dr. Alvarez next week for his booster?",
    )
    assert not facts.interview


def test_a_move_already_made_to_a_stated_time_is_that_time():
    moved = "Your interview has been moved to Friday, March 13 at 10:00 AM. See you then."
    facts = thread((PRIYA, 1, SET), (ALEX, 1.1, OK), (PRIYA, 6.5, moved))
    assert stage_at(facts, NOW) is Stage.SCHEDULED
    assert facts.interview_start == datetime(2026, 3, 13, 10, 0, tzinfo=EASTERN)


# ----- one time stated, put to the candidate to confirm in a statement: scheduled, asked
@pytest.mark.parametrize(
    "invitation",
    [
        # the German employer's invitation (dev sweep17_candidate_answers)
        "We would be glad to welcome you for an interview on Friday, 13 March at 10:00 at our "
        "Hamburg office. Please confirm whether this suits you.",
        # American, "works", the date and time as a noun
        "We have set your interview for Friday, March 13 at 10:00 AM. Kindly confirm that this "
        "date and time works for you.",
        # British, let us know, convenient
        "Your interview is pencilled in for Friday 13 March at 10am in our Leeds office. Do let "
        "us know if that time is convenient.",
    ],
)
def test_one_time_put_to_confirm_is_set_and_asks(invitation):
    facts = thread((PRIYA, 7, invitation))
    now = START + timedelta(days=7, hours=3)
    assert stage_at(facts, now) is Stage.SCHEDULED
    assert facts.interview_start == datetime(2026, 3, 13, 10, 0, tzinfo=EASTERN)
    assert facts.employer_messages[-1].asks_candidate


@pytest.mark.parametrize(
    "offer",
    [
        "Would Friday, 13 March at 10:00 suit you?",  # a question
        "Please confirm whether Friday 13 March at 10:00 or Monday 16 March at 14:00 suits you.",
    ],
)
def test_a_time_asked_or_a_choice_is_still_being_arranged(offer):
    facts = thread((PRIYA, 7, offer))
    assert stage_at(facts, START + timedelta(days=7, hours=3)) is Stage.SCHEDULING


# ----- the employer taking one of the candidate's counter-times by its weekday and clock
COUNTER = (
    "I'm currently unable to make the proposed time due to a prior commitment. Would it be "
    "possible for me to interview on Thursday, March 19 at 10:00 AM or Friday, March 20 at "
    "2:00 PM?"
)
ASKED = "Would Tuesday, March 10 at 9:00 AM work for you?"


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        # dev sweep17_candidate_answers (a linking message after the nazkoltuk counter)
        ("No problem, Alex. Friday at 2:00 PM it is - see you at our office.", (20, 14)),
        # American, "let's go with"
        ("Sure thing - let's go with Thursday at 10am. I'll send the invite.", (19, 10)),
        # British, "is perfect"
        ("Friday 2pm is perfect for us, see you then.", (20, 14)),
    ],
)
def test_the_employer_taking_a_counter_time_by_its_weekday_takes_its_date(answer, start):
    # the answer comes on Wednesday 4 March: "Friday" alone would be 6 March
    facts = thread((PRIYA, 1, ASKED), (ALEX, 1.2, COUNTER), (PRIYA, 2, answer))
    day, hour = start
    assert facts.interview_start == datetime(2026, 3, day, hour, 0, tzinfo=EASTERN)


def test_a_weekday_the_candidate_never_named_keeps_its_own_date():
    facts = thread((PRIYA, 1, ASKED), (ALEX, 1.2, COUNTER), (PRIYA, 2, "Friday at 4pm it is."))
    assert facts.interview_start == datetime(2026, 3, 6, 16, 0, tzinfo=EASTERN)


# ----- "we would like to meet you ... on <day> at <time>": an invitation that states its time
@pytest.mark.parametrize(
    "invitation",
    [
        # dev sweep17_candidate_answers (the employer's invitation before the status.net
        # cancellation)
        "Thanks for applying to Halden Logistics. We would like to meet you for the Operations\n"
        "Coordinator role on Friday, March 13 at 10:00 AM at our Denver office.",
        # British, "we'd love to", the place first
        "We'd love to meet you at our Camden studio on Friday 13 March at 10am.",
        # American, "interview you", a video call
        "I would like to interview you on Friday, March 13 at 10:00 AM over Zoom.",
    ],
)
def test_an_invitation_to_meet_on_a_stated_day_sets_the_interview(invitation):
    facts = thread((PRIYA, 7, invitation))
    assert stage_at(facts, START + timedelta(days=7, hours=3)) is Stage.SCHEDULED
    assert facts.interview_start == datetime(2026, 3, 13, 10, 0, tzinfo=EASTERN)


def test_a_garden_club_wanting_to_meet_you_is_no_interview():
    club = "Sam Reed <sam@elmstreetgarden.example>"
    facts = thread(
        (club, 1, "We'd love to meet you at the community garden on Saturday, March 7 at 10am."),
        subject="Volunteering at Elm Street Garden",
        other=club,
        first="Hello, I saw your flyer and would like to help out at the garden this spring.",
    )
    assert not facts.interview
