"""The employer's letter about the reader's interview, read from its shape (shapes7).

A letter whose subject and text both name the reader's interview ("Invitation to interview -
Warehouse Supervisor", "Selection interview: Library Assistant"), neither a decision nor a word
that the interview took place, in a thread that had reached no further than the application:
the interview is being arranged, whatever words invite to it, ask a time or hand a link.
Judged by the retro first looks (bench/retro_edits/interview_letter.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Dana Reyes <dana.reyes@tessaline.example>"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def first_letter(subject: str, text: str, *, bulk: bool = False):
    builder = a_thread(subject=subject, tz=LONDON).from_recruiter(
        RECRUITER, text, at="2027-03-02 10:00"
    )
    if bulk:
        builder = builder.bulk()
    return thread_facts(builder.build(), ME, ZONE)


# no arranging words the books know: only the letter's subject and text name the interview
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Invitation to interview - Warehouse Supervisor",
            "Dear Sam,\n\nFollowing your application for the Warehouse Supervisor post, the "
            "panel has shortlisted you for interview. Joining instructions and your slot will "
            "follow from our office.\n\nDana Reyes\nTessaline Foods",
        ),
        (
            "Selection interview: Library Assistant",
            "Dear Sam,\n\nYour application has been passed to the hiring panel and you are "
            "invited to a selection interview. Sign up for one of the open sessions through "
            "the candidate portal: https://portal.tessaline.example/s/88\n\nDana Reyes",
        ),
        (
            "Tessaline Foods - panel interview for Payroll Clerk",
            "Hello Sam,\n\nGood news: the hiring manager has picked your application for the "
            "Payroll Clerk role and you will interview with the finance panel. Our coordinator "
            "is putting the diary together now.\n\nDana",
        ),
        (
            "You've been chosen to interview with Tessaline Foods",
            "Hi Sam,\n\nCongratulations, you have been chosen to interview for the Stock "
            "Controller opening. Grab a slot on the booking page before they fill up: "
            "https://book.tessaline.example/c/4\n\nThe Tessaline recruiting team",
        ),
    ],
)
def test_a_letter_naming_the_readers_interview_starts_the_arranging(subject, text):
    facts = first_letter(subject, text)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULING


def test_after_an_application_receipt_too():
    builder = (
        a_thread(subject="Application received - Payroll Clerk", tz=LONDON)
        .from_recruiter(
            RECRUITER,
            "Dear Sam,\n\nThank you for applying for the Payroll Clerk role at Tessaline "
            "Foods. We will review your application shortly.\n\nDana Reyes",
            at="2027-02-20 09:00",
        )
        .from_recruiter(
            RECRUITER,
            "Dear Sam,\n\nThe panel has shortlisted you for interview for the Payroll Clerk "
            "role. Joining instructions and your slot will follow from our office.\n\nDana",
            at="2027-03-02 10:00",
            subject="Invitation to interview - Payroll Clerk",
        )
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULING
    assert advise(facts, at("2027-03-03 12:00"), POLICY).action.value == "wait"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # the interview said of whoever gets through, or as a condition
        (
            "Next steps: the interview process at Tessaline",
            "Dear Sam,\n\nThank you for applying for the Payroll Clerk role. Applications "
            "close on 30 March; shortlisted candidates will be invited to interview in "
            "April.\n\nDana Reyes",
        ),
        (
            "Payroll Clerk application and interview dates",
            "Dear Sam,\n\nThank you for your application for the Payroll Clerk role. If you "
            "are selected for interview, we will contact you by email.\n\nDana Reyes",
        ),
        (
            "Your application and our interview timetable",
            "Dear Sam,\n\nThank you for applying. Should the panel wish to interview you, "
            "Dana will write with a time.\n\nTessaline Foods",
        ),
        # a test or a take-home handed, whose subject names no interview
        (
            "Invitation: online coding test",
            "Hi Sam,\n\nAs the next step for the Junior Developer role, please complete our "
            "online coding test within five days: https://tests.tessaline.example/t/1\n\nDana",
        ),
        (
            "Take-home exercise - Data Analyst",
            "Hi Sam,\n\nThanks for your application. Here is the take-home exercise for the "
            "interview process; please send it back within a week.\n\nDana",
        ),
    ],
)
def test_look_alikes_stay_at_the_application(subject, text):
    assert first_letter(subject, text).stage is Stage.APPLIED


def test_a_letter_after_the_interview_is_not_an_invitation():
    facts = first_letter(
        "Your interview with Tessaline Foods",
        "Hi Sam,\n\nThanks for interviewing with us on Tuesday. The team is meeting this week "
        "and we will be in touch by Friday.\n\nDana",
    )
    assert facts.stage is Stage.INTERVIEWED


def test_list_mail_about_interviews_is_not_one():
    facts = first_letter(
        "Invitation to interview - Warehouse Supervisor",
        "Dear Sam,\n\nFollowing your application for the Warehouse Supervisor post, the "
        "panel has shortlisted you for interview. Joining instructions will follow.\n\nDana",
        bulk=True,
    )
    assert facts.stage is not Stage.SCHEDULING


# The letter handing a link to act on, before the interview's time is known, awaits the
# reader's answer (bench/retro_edits/invitation_awaits_answer.py).
PORTAL = (
    "Dear Sam,\n\nYour application has been passed to the hiring panel and you are invited to a "
    "selection interview. Sign up for one of the open sessions through the candidate portal: "
    "https://portal.tessaline.example/s/88\n\nDana Reyes"
)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Selection interview: Library Assistant", PORTAL),
        (
            "Video interview - Payroll Clerk",
            "Hi Sam,\n\nThe Payroll Clerk team would like to get to know you with a short video "
            "interview. Everything you need is here: https://video.tessaline.example/r/5\n\nDana",
        ),
    ],
)
def test_a_letter_handing_a_link_awaits_the_readers_answer(subject, text):
    facts = first_letter(subject, text)
    assert facts.stage is Stage.SCHEDULING
    assert facts.employer_messages[-1].asks_candidate
    assert advise(facts, at("2027-03-03 12:00"), POLICY).action.value == "reply"


def test_once_the_reader_answered_the_arranging_waits():
    builder = (
        a_thread(subject="Selection interview: Library Assistant", tz=LONDON)
        .from_recruiter(RECRUITER, PORTAL, at="2027-03-02 10:00")
        .from_me("Thanks Dana, I have signed up for a session.", at="2027-03-02 15:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert advise(facts, at("2027-03-03 12:00"), POLICY).action.value == "wait"


@pytest.mark.parametrize(
    ("subject", "text", "action"),
    [
        # no link handed: the employer is to write with the slot
        (
            "Invitation to interview - Warehouse Supervisor",
            "Dear Sam,\n\nFollowing your application for the Warehouse Supervisor post, the "
            "panel has shortlisted you for interview. Joining instructions and your slot will "
            "follow from our office.\n\nDana Reyes",
            "wait",
        ),
        # the reader's own answer came in
        (
            "Thanks for responding to Panel interview - Payroll Clerk",
            "Your response to Panel interview - Payroll Clerk has been submitted. You can review "
            "your response here: https://poll.tessaline.example/p/3",
            "wait",
        ),
        # the time is known: the link is the way there
        (
            "Interview confirmed - Payroll Clerk",
            "Hi Sam,\n\nYour interview is confirmed for Tuesday 9 March 2027 at 10:00 at our "
            "Leeds office. Directions: https://tessaline.example/leeds\n\nDana",
            "prepare",
        ),
    ],
)
def test_letters_that_owe_the_reader_nothing_to_answer(subject, text, action):
    facts = first_letter(subject, text)
    assert not facts.employer_messages[-1].asks_candidate
    assert advise(facts, at("2027-03-03 12:00"), POLICY).action.value == action


def test_an_earlier_rounds_calendar_invitation_asks_nothing():
    # A thread whose interview is a later round: the first round's invitation, with its
    # meeting link, puts its own time and owes no answer (the merge's review: the generated
    # mail's calendar invitations had been read as asking, and the advice at their time as
    # "reply" instead of "prepare").
    builder = (
        a_thread(subject="Payroll Clerk - next steps", tz=LONDON)
        .from_recruiter(
            RECRUITER,
            "Invitation: Sam <> Dana | Payroll Clerk interview @ Tue 9 Mar 2027 10:00 - 11:00\n\n"
            "Joining info: https://meet.tessaline.example/abc-defg",
            subject="Invitation: Sam <> Dana | Payroll Clerk interview @ Tue 9 Mar 2027",
            at="2027-03-02 10:00",
        )
        .with_invite("2027-03-09 10:00", "2027-03-09 11:00", summary="Payroll Clerk interview")
        .from_me("Thank you for your time today, Dana.", at="2027-03-09 15:00")
        .from_recruiter(
            RECRUITER,
            "Your final interview is confirmed for Tuesday 16 March 2027 at 14:00 at our Leeds "
            "office.",
            at="2027-03-10 10:00",
        )
    )
    messages = builder.build()
    first_round = thread_facts(messages[:1], ME, ZONE)
    assert not first_round.employer_messages[0].asks_candidate
    assert advise(first_round, at("2027-03-03 12:00"), POLICY).action.value == "prepare"
    whole = thread_facts(messages, ME, ZONE)
    assert not whole.employer_messages[0].asks_candidate
