"""Whole processes pieced together from career-advice sample emails, under plain subjects.

probe9's growth of the real-wording corpus (career_sample_processes: an application follow-up,
a call offered, the thank-you, the employer's "we hope to decide by", the candidate's status
check-in, the rejection) found these readings; each is written here in other words than the
corpus's threads, with recall guards (the owner's real process in similar words is still read
right).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

NEW_YORK = "America/New_York"
ET = ZoneInfo(NEW_YORK)
ME = "june.whitlock@example.com"
RECRUITER = "Omar Castell <omar.castell@brackenhill.example>"
POLICY = Policy(timezone=NEW_YORK)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ET)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


# ----- the one check-in: a question the candidate already answered asks nothing any more


def met_and_thanked():
    """One stated time to confirm, confirmed, met, thanked: the employer's 'please confirm'
    was answered weeks before the candidate's later note."""
    return (
        a_thread(ME, subject="Your visit", tz=NEW_YORK, start="2026-03-02 09:00")
        .from_employer(
            RECRUITER,
            "Hi June,\n\nWe'd like you to come in and meet the team on Thursday, March 5 at "
            "2:00 p.m. at our office. Please confirm you can make it.\n\nOmar",
            at="2026-03-02 09:00",
        )
        .from_me(
            "Hi Omar,\n\nI confirm Thursday at 2:00 p.m. See you then.\n\nJune",
            at="2026-03-02 11:00",
        )
        .from_me(
            "Hi Omar,\n\nThank you for meeting with me today, I enjoyed learning about the "
            "team.\n\nJune",
            at="2026-03-05 17:00",
        )
    )


def test_a_status_question_weeks_after_the_answered_invite_is_the_one_check_in():
    thread = met_and_thanked().from_me(
        "Hi Omar,\n\nI hope your week is going well. Would you have a sense of when the team "
        "expects to make its choice? I remain very keen on the role.\n\nJune",
        at="2026-03-23 10:00",
    )
    facts, stage, advice = read(thread, "2026-03-23T15:00:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def test_before_the_status_question_the_follow_up_is_due():  # recall guard
    facts, stage, advice = read(met_and_thanked(), "2026-03-23T09:00:00")
    assert advice.action is Action.FOLLOW_UP


def test_an_answer_to_a_fresh_question_is_still_no_check_in():  # recall guard
    thread = (
        met_and_thanked()
        .from_employer(
            RECRUITER,
            "Hi June,\n\nCould you send us the names of two references?\n\nOmar",
            at="2026-03-09 10:00",
        )
        .from_me(
            "Hi Omar,\n\nOf course: Dana Ruiz (dana.ruiz@example.org) and Lee Park "
            "(lee.park@example.org).\n\nJune",
            at="2026-03-09 15:00",
        )
    )
    facts, stage, advice = read(thread, "2026-03-24T09:00:00")
    assert advice.action is Action.FOLLOW_UP


# ----- a time put as a question with "a.m." / "p.m." inside it is still a question of time


def applied_then(employer_text: str):
    return (
        a_thread(ME, subject="Checking in", tz=NEW_YORK, start="2026-03-02 09:00")
        .from_me(
            "Dear Mr. Castell,\n\nI applied for the Buyer position last week and wanted to make "
            "sure my application reached you.\n\nJune Whitlock",
            at="2026-03-02 09:00",
        )
        .from_employer(RECRUITER, employer_text, at="2026-03-03 11:00")
    )


def test_a_call_offered_at_a_pm_time_as_a_question_is_being_arranged():
    facts, stage, advice = read(
        applied_then(
            "Hi June,\n\nIt arrived, thanks. Could we do a short call on Tuesday, March 10 at "
            "3:30 p.m.?\n\nOmar"
        ),
        "2026-03-03T15:00:00",
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_talk_offered_at_an_a_m_time_with_its_zone_is_being_arranged():
    facts, stage, advice = read(
        applied_then(
            "Hi June,\n\nGot it. Can you talk Wednesday, March 11 at 9 a.m. Eastern?\n\nOmar"
        ),
        "2026-03-03T15:00:00",
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_stated_a_m_time_then_a_separate_question_stays_scheduled():  # recall guard
    facts, stage, advice = read(
        applied_then(
            "Hi June,\n\nThanks. Your call with me is booked for Wednesday, March 11 at 9 a.m. "
            "Can you send me your portfolio before then?\n\nOmar"
        ),
        "2026-03-03T15:00:00",
    )
    assert stage is Stage.SCHEDULED


# ----- an offer named as "our offer for the <job> role", and the employer accepting a counter


def offer_thread(offer_text: str):
    return a_thread(
        ME, subject="Following our call", tz=NEW_YORK, start="2026-05-11 16:00"
    ).from_employer(RECRUITER, offer_text, at="2026-05-11 16:00")


OFFER = (
    "Hi June,\n\nAttached is our offer for the Senior Buyer position: $71,000 base, starting "
    "Monday, June 1. Let me know by Friday whether you'd like to go ahead.\n\nOmar"
)


def test_our_offer_for_the_named_job_is_an_offer():
    facts, stage, advice = read(offer_thread(OFFER), "2026-05-11T18:00:00")
    assert facts.interview
    assert stage is Stage.OFFER
    assert advice.action is Action.OFFER


def test_the_employer_accepting_the_candidates_counter_is_no_candidate_voice():
    thread = (
        offer_thread(OFFER)
        .from_me(
            "Hi Omar,\n\nThanks so much. Would you be able to move the base to $76,000?\n\nJune",
            at="2026-05-12 09:00",
        )
        .from_employer(
            RECRUITER,
            "Hi June,\n\nGood news: we're pleased to accept your counter-proposal, so the base "
            "will be $76,000.\n\nOmar",
            at="2026-05-13 10:00",
        )
    )
    facts, stage, advice = read(thread, "2026-05-13T12:00:00")
    assert facts.interview
    assert stage is Stage.OFFER


def test_the_candidate_accepting_is_still_the_candidate():  # recall guard
    thread = offer_thread(OFFER).from_me(
        "Hi Omar,\n\nI'm pleased to accept your offer and look forward to June 1.\n\nJune",
        at="2026-05-12 09:00",
    )
    facts, stage, advice = read(thread, "2026-05-12T12:00:00")
    assert facts.interview
    assert stage is Stage.OFFER


def test_our_offer_for_a_house_is_no_job_offer():  # look-alike: no job named
    thread = a_thread(
        ME, subject="Elm Street", tz=NEW_YORK, start="2026-05-11 16:00"
    ).from_employer(
        "Ben Ortiz <ben.ortiz@hollis-realty.example>",
        "Hi June,\n\nAttached is our offer for the house on Elm Street: $410,000, closing "
        "Monday, June 1. Let me know by Friday whether the sellers accept.\n\nBen",
        at="2026-05-11 16:00",
    )
    facts, stage, advice = read(thread, "2026-05-11T18:00:00")
    assert not facts.interview
