"""Whole processes from open-source recruitment systems' own candidate email templates.

probe10's growth of the real-wording corpus (prism_recruitment: PRiSM's application, interview
availability, arrangements, offer and rejection templates; laravel_hr_manager: an HR manager's
interview invitation) found these readings; each is written here in other words than the
corpus's threads, with recall guards (the owner's real process in similar words is still read
right, and someone else's is still not the owner's).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.parse import parse_message
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

LONDON = "Europe/London"
UK = ZoneInfo(LONDON)
ME = "ines.carvalho@example.com"
HR = "Talent Team <talent@fernleigh-trust.example.org>"
POLICY = Policy(timezone=LONDON)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UK)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def one(text: str, subject: str = "Your application", start: str = "2026-06-01 10:00"):
    return a_thread(ME, subject=subject, tz=LONDON, start=start).from_employer(HR, text, at=start)


# ----- the accepting words said of the reader: the employer asking, not the owner hiring


OFFER_ASKED = (
    "Dear Ines,\n\nThe panel has recommended you for the Finance Analyst post. Kindly reply to "
    "say you're happy to accept the terms of the offer attached, so that we can prepare your "
    "contract.\n\nTalent Team"
)


def test_an_offer_whose_acceptance_is_asked_of_the_reader_is_an_offer():
    facts, stage, advice = read(one(OFFER_ASKED), "2026-06-01T15:00:00")
    assert facts.interview
    assert stage is Stage.OFFER
    assert advice.action is Action.OFFER


def test_the_owners_own_acceptance_under_it_is_still_hers():
    thread = one(OFFER_ASKED).from_me(
        "Dear Talent Team,\n\nThank you, I am happy to accept the offer and can start on 1 "
        "August.\n\nInes",
        at="2026-06-02 09:00",
    )
    facts, stage, _ = read(thread, "2026-06-02T12:00:00")
    assert facts.interview
    assert stage is Stage.OFFER


def flagged(me: str, sender: str, to: str, subject: str, body: str) -> bool:
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Tue, 02 Jun 2026 10:15:00 +0100\r\nMessage-ID: <probe10@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], me, UK).detection.interview


def test_a_candidate_accepting_the_owners_offer_is_still_not_her_process():  # look-alike
    assert not flagged(
        "ines.carvalho@fernleigh-trust.example.org",
        "Sam Okafor <sam.okafor@example.net>",
        "Ines Carvalho <ines.carvalho@fernleigh-trust.example.org>",
        "Re: Finance Analyst",
        "Hi Ines,\n\nI'm happy to accept the offer. I can start on 1 August.\n\nSam",
    )


# ----- attendance to confirm, asked through a link or a button, asks a reply


BOOKED = (
    "Dear Ines,\n\nYour interview is booked for Tuesday 9 June 2026 at 9:30 at our Leeds "
    "office.\n\n"
)


def test_a_stated_time_with_attendance_to_confirm_asks_a_reply():
    thread = one(BOOKED + "Use the button below to confirm that you can attend.\n\nTalent Team")
    _, stage, advice = read(thread, "2026-06-01T15:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


def test_attendance_already_confirmed_asks_nothing():  # recall guard
    thread = one("Dear Ines,\n\nThank you for confirming your attendance. " + BOOKED[13:])
    _, stage, advice = read(thread, "2026-06-01T15:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


# ----- a rejection said outright of the reader's application


def test_your_application_rejected_in_plain_words_is_a_rejection():
    thread = one(
        "Dear Ines,\n\nThe shortlist for the Payroll Officer vacancy is now complete and "
        "your application was rejected at this stage.\n\nHR Desk"
    )
    facts, stage, advice = read(thread, "2026-06-01T15:00:00")
    assert facts.interview
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_a_rejection_put_as_a_condition_is_none():  # recall guard
    thread = one(
        "Dear Ines,\n\nThank you for your application for the Payroll Officer vacancy. If "
        "your application is rejected, you may apply again after six months.\n\nHR Desk"
    )
    _, stage, _ = read(thread, "2026-06-01T15:00:00")
    assert stage is Stage.APPLIED


def test_a_leave_application_rejected_is_no_job():  # look-alike
    assert not flagged(
        ME,
        "Leave Desk <leave@fernleigh-trust.example.org>",
        f"Ines Carvalho <{ME}>",
        "Leave request",
        "Dear Ines,\n\nYour leave application has been rejected by your line manager.",
    )


# ----- the thanks for applying in the verb's bare form


def test_thanks_for_apply_is_an_application_confirmation():
    thread = one(
        "Hello Ines,\n\nThanks for apply for the Store Manager vacancy at Brookfield Retail. "
        "Our team will go through your profile.\n\nBrookfield Retail"
    )
    facts, stage, _ = read(thread, "2026-06-01T15:00:00")
    assert facts.interview
    assert stage is Stage.APPLIED


def test_a_link_for_apply_is_no_application():  # look-alike
    assert not flagged(
        ME,
        "Jobs Near You <alerts@jobsnearyou.example>",
        f"Ines Carvalho <{ME}>",
        "New jobs near you",
        "Store Manager - Brookfield Retail - Leeds\n\nClick the link below for apply.",
    )
