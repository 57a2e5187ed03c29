"""Whole processes in vendors' printed templates (dev's eleventh growth, dev11a).

The eleventh growth (Loxo, Comeet, Recright, Hireology and HR letter templates) found these
rules; each is written here as a person would write the mail, in wording other than the
corpus's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread, read_alone

DENVER = "America/Denver"
MT = ZoneInfo(DENVER)
ME = "lucia.ferrante@example.com"
HR = "Owen Pratt <owen.pratt@tallgrass-energy.example>"
POLICY = Policy(timezone=DENVER)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def interviewed():
    return a_thread(
        ME, subject="Interview - Grid Analyst", tz=DENVER, start="2026-11-02 09:00"
    ).from_recruiter(
        HR,
        "Hi Lucia,\n\nThis confirms your interview for the Grid Analyst role on Wednesday, "
        "November 4 at 2:00 PM at our Golden office.\n\nOwen",
    )


# ----- the decision told as someone else chosen for the post


@pytest.mark.parametrize(
    "decision",
    [
        "After a lot of thought the panel has appointed another applicant to the post.",
        "We have now picked a candidate for the analyst opening and wanted you to know.",
        "We have completed our selection of the candidate for this vacancy.",
        "The team has identified the person whose background best fits the team's needs.",
    ],
)
def test_someone_else_chosen_for_the_post_closes_the_process(decision):
    thread = interviewed().from_recruiter(
        HR,
        f"Dear Lucia,\n\nThank you for coming in to talk with us. {decision} We wish you "
        "every success.\n\nOwen",
        subject="Grid Analyst",
        at="2026-11-12 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-12T12:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "news",
    [
        "We have selected the candidates for the final round, and you are one of them.",
        "You have been selected for the final round; a calendar invitation follows.",
        "We have picked a time for your second interview: Monday at 10 AM.",
        "If we have chosen another applicant by then, we will of course let you know.",
        # the lead's probe in fresh words: one candidate chosen for the next round is news
        "We have selected one candidate from each region for the final interview, and I'm "
        "happy to say it's you.",
        "We have chosen a candidate from every office to meet the board - congratulations!",
    ],
)
def test_being_chosen_or_a_promise_is_not_a_rejection(news):
    thread = interviewed().from_recruiter(
        HR, f"Dear Lucia,\n\n{news}\n\nOwen", subject="Grid Analyst", at="2026-11-06 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-06T12:00:00")
    assert stage is not Stage.REJECTED
    assert detect_interview(thread.build(), ME).interview


# ----- an interview the reader records alone, by a deadline


def recorded_invite(text: str):
    return a_thread(
        ME, subject="Your recorded interview - Grid Analyst", tz=DENVER, start="2026-11-02 09:00"
    ).from_recruiter(HR, f"Hi Lucia,\n\n{text}\n\nTallgrass Energy Talent")


@pytest.mark.parametrize(
    "text",
    [
        "Tallgrass Energy would like to invite you to a recorded interview for the Grid Analyst "
        "role. Please record your answers before Monday, November 9.",
        "The next step for the Grid Analyst role is a short recorded interview. You can take "
        "it whenever suits you; please finish it by Friday 6 November.",
    ],
)
def test_an_interview_to_record_by_a_date_is_the_readers_to_do(text):
    facts, stage, advice = read(recorded_invite(text), "2026-11-02T12:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_reminder_that_the_recording_is_still_to_do_asks_again():
    thread = (
        recorded_invite(
            "Please record your answers to the Grid Analyst interview questions by Monday, "
            "November 9."
        )
        .from_me("Thanks, I'll do it this week.", at="2026-11-02 13:00")
        .from_recruiter(
            HR,
            "Hi Lucia, a quick nudge: you have yet to start your recorded interview for the "
            "Grid Analyst role. It closes on Monday.",
            at="2026-11-06 09:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-06T12:00:00")
    assert advice.action is Action.REPLY


def test_the_recording_received_means_the_interview_took_place():
    thread = recorded_invite(
        "Please record your answers to the Grid Analyst interview questions by Monday, November 9."
    ).from_recruiter(
        HR,
        "Hi Lucia, all done - your responses for the Grid Analyst role have been submitted to "
        "the hiring team, who will be in touch.",
        subject="Recorded interview received",
        at="2026-11-05 20:00",
    )
    facts, stage, advice = read(thread, "2026-11-06T10:00:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def test_an_application_form_due_by_a_date_is_not_an_interview_to_record():
    thread = a_thread(
        ME, subject="Your application - Grid Analyst", tz=DENVER, start="2026-11-02 09:00"
    ).from_recruiter(
        HR,
        "Hi Lucia,\n\nThank you for applying for the Grid Analyst role. Please complete the "
        "equal opportunities form by Friday.\n\nOwen",
    )
    facts, stage, advice = read(thread, "2026-11-02T12:00:00")
    assert stage is Stage.APPLIED


# ----- the owner's own words about the interview they share with the employer


@pytest.mark.parametrize(
    "text",
    [
        "Hi Owen, would it be possible to push our interview on Thursday into next week? A "
        "deadline at work has landed on me. Monday or Tuesday afternoon would suit.",
        "Hello, I'm afraid I'm unwell and can't make our scheduled interview tomorrow. Could "
        "we find another day?",
    ],
)
def test_the_owner_moving_our_interview_is_her_own_process(text):
    assert read_alone(
        ME, text, subject="Change of plan", to="owen.pratt@tallgrass-energy.example", tz=DENVER
    )


def test_a_hiring_manager_moving_our_interview_is_not_the_owners_process():
    assert not read_alone(
        ME,
        "Hi Sam, thanks for applying to the Grid Analyst role. Something has come up on my "
        "side - could we move our interview to Friday at 10? Apologies for the shuffle.",
        subject="Our interview",
        to="sam.okafor@example.net",
        tz=DENVER,
    )


# ----- a hiring tool telling the owner to record another person's interview


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Record the outcome for Daniel Osei - Barista",
            "Your 2:00 PM interview with Daniel Osei has ended. Record whether he attended "
            "and your recommendation in the hiring portal.",
        ),
        (
            "Attendance for Mei Tanaka",
            "The interview for the Store Associate role was scheduled for 11:00 today. Please "
            "mark the applicant as attended or as a no-show.",
        ),
    ],
)
def test_a_tool_asking_for_another_persons_interview_outcome_is_hiring_side(subject, text):
    assert not read_alone(
        ME, text, subject=subject, sender="Hiring Portal <noreply@hireology.com>", tz=DENVER
    )


# ----- a recruiter's approach that says it noticed the reader, with no question mark


@pytest.mark.parametrize(
    "text",
    [
        "Hi Lucia, your experience with grid modelling caught my attention while I was looking "
        "for power-systems people. Reply with a couple of times that suit you for a short call "
        "about a senior analyst role at Crestline Utilities.",
        "Hi Lucia, I was impressed by the work you did at Front Range Power and think the "
        "analyst opening at Crestline Utilities would interest you. Send me a few times for a "
        "quick call.",
    ],
)
def test_a_recruiter_who_noticed_the_reader_and_asks_for_times_is_her_process(text):
    assert read_alone(
        ME,
        text,
        subject="Analyst opening at Crestline Utilities",
        sender="Tom Vance <tom@vancesearch.example>",
        tz=DENVER,
    )


def test_a_sales_pitch_that_noticed_the_reader_names_no_job():
    # the lead's probe in fresh words: "hiring" agencies to resell, no role or position named
    assert not read_alone(
        ME,
        "Hi Lucia, your profile caught my attention - we're hiring agencies to resell our "
        "CRM. Interested in a 15-minute demo this week?",
        subject="Quick question",
        sender="Jo Reyes <jo@saasly.example>",
        tz=DENVER,
    )
