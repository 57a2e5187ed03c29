"""The owner's own process through waits, chasers, decisions and offers (dev's eleventh growth).

The eleventh growth of the real-wording corpus (a university's non-selection letters, HR letter
packs, delay notices, UK recruiters' chasers, career centres' offer letters) found these rules;
each is written here as a person would write the mail, in wording other than the corpus's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CHICAGO = "America/Chicago"
CT = ZoneInfo(CHICAGO)
ME = "rosa.delgado@example.com"
MANAGER = "Ivan Petrov <ivan.petrov@birchline-press.example>"
POLICY = Policy(timezone=CHICAGO)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def interviewed():
    """Interviewed on Tuesday 6 October at 10:00, thanked the same afternoon."""
    return (
        a_thread(ME, subject="Interview - Copy Editor", tz=CHICAGO, start="2026-10-01 09:00")
        .from_employer(
            MANAGER,
            "Hi Rosa,\n\nThis confirms your interview for the Copy Editor role on Tuesday, "
            "October 6 at 10:00 a.m. at our office.\n\nIvan",
        )
        .from_me(
            "Hi Ivan,\n\nThank you for meeting with me this morning about the Copy Editor role."
            "\n\nRosa",
            at="2026-10-06 15:00",
        )
    )


# ----- the post given to someone else, said of the post


@pytest.mark.parametrize(
    "decision",
    [
        "The Copy Editor post was given to a different applicant, who has since accepted it.",
        "I wanted to let you know the job has been offered to and accepted by someone else.",
        "Another applicant has accepted our offer for this role.",
        "The role went to an internal candidate in the end.",
    ],
)
def test_the_post_given_to_someone_else_closes_the_process(decision):
    thread = interviewed().from_employer(
        MANAGER,
        f"Dear Rosa,\n\nThank you for your time with us. {decision} I wish you every success."
        "\n\nIvan",
        subject="Copy Editor",
        at="2026-10-15 11:00",
    )
    facts, stage, advice = read(thread, "2026-10-15T12:00:00")
    assert stage is Stage.REJECTED
    assert advice.action is Action.CLOSED


def test_an_offer_still_to_be_accepted_by_the_reader_is_no_decline():
    thread = interviewed().from_employer(
        MANAGER,
        "Dear Rosa,\n\nThe role has been offered to you, pending references - please let me "
        "know if you accept by Friday.\n\nIvan",
        subject="Copy Editor",
        at="2026-10-15 11:00",
    )
    facts, stage, advice = read(thread, "2026-10-15T12:00:00")
    assert stage is not Stage.REJECTED


# ----- more time, counted from the message that asks for it


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I'm afraid it may take us a further two weeks or so before I can let you know.", "10-22"),
        ("We should have news in another couple of weeks, and I will keep you informed.", "10-22"),
        ("The panel needs an extra three days to reach a conclusion.", None),
        ("It will take us an additional 5 business days to reach a conclusion.", "10-15"),
    ],
)
def test_more_time_asked_for_is_a_decision_date(sentence, expected):
    thread = interviewed().from_employer(
        MANAGER,
        f"Dear Rosa,\n\nSorry for the slow progress on the Copy Editor role. {sentence}\n\nIvan",
        at="2026-10-08 09:00",
    )
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    if expected is None:
        assert stated is None  # a count with no word for when it runs from ("needs"): none
    else:
        assert stated is not None and stated.date().isoformat() == f"2026-{expected}"


# ----- a count from the interview, said before it


@pytest.mark.parametrize(
    "promise",
    [
        "You will hear from us within 5 business days of your interview.",
        "We aim to let every candidate know the outcome within a week after the interview.",
    ],
)
def test_a_count_from_the_interview_runs_from_the_interview(promise):
    thread = a_thread(ME, subject="Interview - Copy Editor", tz=CHICAGO, start="2026-10-01 09:00")
    thread.from_employer(
        MANAGER,
        "Hi Rosa,\n\nThis confirms your interview for the Copy Editor role on Thursday, "
        f"October 8 at 10:00 a.m. at our office. {promise}\n\nIvan",
    )
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == "2026-10-15"
    # the wait runs to the stated date (+2 business days), not from the confirmation
    facts, stage, advice = read(thread, "2026-10-16T12:00:00")
    assert advice.action is Action.WAIT


def test_a_count_with_no_interview_time_still_runs_from_the_message():
    thread = a_thread(ME, subject="Your application", tz=CHICAGO, start="2026-10-01 09:00")
    thread.from_employer(
        MANAGER,
        "Hi Rosa,\n\nThanks for interviewing with us. We will be in touch within 5 business days "
        "of your interview.\n\nIvan",
    )
    stated = thread_facts(thread.build(), ME).employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == "2026-10-08"


# ----- the candidate's check-in naming an interview that took place


def applied_then_still_reviewing():
    return a_thread(ME, subject="Copy Editor", tz=CHICAGO, start="2026-10-01 09:00").from_employer(
        MANAGER,
        "Hi Rosa,\n\nThank you for your patience. Your application is still under review and "
        "we hope to have an update soon.\n\nIvan",
    )


@pytest.mark.parametrize(
    "check_in",
    [
        "I'm checking in about the Copy Editor interview I had with Ivan and Priya - any news?",
        "Just following up - it has been two weeks since my interview, and I remain keen.",
        "I wanted to follow up regarding my interview last Tuesday for the Copy Editor role.",
    ],
)
def test_a_check_in_naming_a_past_interview_shows_it_took_place(check_in):
    thread = applied_then_still_reviewing().from_me(f"Hi Ivan,\n\n{check_in}\n\nRosa")
    facts, stage, advice = read(thread, "2026-10-03T12:00:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT  # the check-in is the one follow-up: wait on it


def test_a_check_in_about_an_interview_to_come_is_no_evidence():
    thread = applied_then_still_reviewing().from_me(
        "Hi Ivan,\n\nI'm following up to ask whether an interview will be scheduled for the "
        "Copy Editor role.\n\nRosa"
    )
    facts, stage, advice = read(thread, "2026-10-03T12:00:00")
    assert stage is Stage.APPLIED


def test_after_my_interview_may_be_ahead():
    # the lead's probe in fresh words: asked for days, the candidate answers and looks ahead
    thread = (
        a_thread(ME, subject="Copy Editor application", tz=CHICAGO, start="2026-10-01 09:00")
        .from_employer(
            MANAGER,
            "Hi Rosa,\n\nThanks for applying. We'd like to set up an interview - which days "
            "next week suit you?\n\nIvan",
        )
        .from_me(
            "Hi Ivan,\n\nAny afternoon next week works. Could we talk about the salary range "
            "after my interview with the team?\n\nRosa"
        )
    )
    facts, stage, advice = read(thread, "2026-10-14T12:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT


# ----- the candidate answering an offer, in the offer's own words


@pytest.mark.parametrize(
    "answer",
    [
        "Many thanks for your offer for the position of Copy Editor. After careful thought I "
        "must decline, as I have accepted a role closer to home.",
        "Thank you for your offer for the position of Copy Editor at Birchline Press. I am "
        "delighted to accept and look forward to starting on November 2.",
    ],
)
def test_answering_your_offer_for_the_position_is_the_candidates_voice(answer):
    from tests.builders import read_alone

    assert read_alone(
        ME, f"Dear Ivan,\n\n{answer}\n\nRosa", subject="Re: Offer - Copy Editor", to=(MANAGER,)
    )


def test_the_employer_making_the_offer_still_speaks_as_the_employer():
    from tests.builders import read_alone

    # the owner as the hiring manager, extending the offer: their own side, not their process
    assert not read_alone(
        ME,
        "Dear Tom,\n\nFollowing your interview, I am pleased to confirm our offer for the "
        "position of Copy Editor at Birchline Press.\n\nRosa",
        subject="Offer - Copy Editor",
        to=("Tom Baker <tom.baker@gmail.com>",),
    )


# ----- job titles with a grade, and the advising professions


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Thanks - Careers Counsellor", "Careers Counsellor III"),
        ("Thank you for today", "Financial Adviser 2"),
        ("Thank you for Tuesday", "Reference Librarian II"),
    ],
)
def test_a_thank_you_naming_a_graded_title_is_the_candidates_process(subject, title):
    from tests.builders import read_alone

    assert read_alone(
        ME,
        f"Dear Ms. Okafor,\n\nThank you for taking the time to meet me. I enjoyed hearing about "
        f"the {title} role and the plans for next year.\n\nRosa",
        subject=subject,
        to=(MANAGER,),
    )


# ----- a domain that shortens the name to its initials


@pytest.mark.parametrize(
    ("sender", "signature", "expected"),
    [
        (
            "Maria Lopez <maria.lopez@lakeside-fcu.example>",
            "Maria Lopez\nTalent Partner, Lakeside Federal Credit Union",
            "Lakeside Federal Credit Union",
        ),
        (
            "Owen Hart <o.hart@pinebrookhs.example>",
            "Owen Hart\nPrincipal, Pinebrook High School",
            "Pinebrook High School",
        ),
    ],
)
def test_a_domain_with_the_names_initials_takes_the_name_the_mail_spells(
    sender, signature, expected
):
    thread = a_thread(ME, subject="Next steps", tz=CHICAGO, start="2026-10-01 09:00")
    thread.from_employer(
        sender,
        "Hi Rosa,\n\nThanks again for your application for the Copy Editor role. Could you "
        f"send me your availability for an interview next week?\n\n{signature}",
    )
    assert thread_facts(thread.build(), ME).company == expected


# ----- the employer saying the interviews are done


@pytest.mark.parametrize(
    "update",
    [
        "Quick update: we have now finished the final round of interviews, and the panel meets "
        "on Monday to decide.",
        "The interviews have all concluded and the hiring team is comparing notes this week.",
    ],
)
def test_interviews_said_to_be_done_mean_the_candidate_was_interviewed(update):
    thread = applied_then_still_reviewing().from_employer(
        MANAGER, f"Hi Rosa,\n\n{update}\n\nIvan", at="2026-10-05 10:00"
    )
    facts, stage, advice = read(thread, "2026-10-08T12:00:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def test_interviews_to_be_done_later_are_not_done():
    thread = applied_then_still_reviewing().from_employer(
        MANAGER,
        "Hi Rosa,\n\nOnce we have completed the interviews, we will contact the shortlisted "
        "applicants.\n\nIvan",
        at="2026-10-05 10:00",
    )
    facts, stage, advice = read(thread, "2026-10-06T12:00:00")
    assert stage is Stage.APPLIED
