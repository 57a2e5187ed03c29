"""Readings widened by sweep18 (after the interview: the candidate's thank-yous, check-ins and
withdrawals, the employer's status updates). Each case is a corpus sentence or a paraphrase of
it written the way another candidate would put it, in a thread the candidate alone has
written; beside them, look-alikes that must stay unread."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview import when
from afterview.model import Stage
from afterview.parse import parse_message
from afterview.timeline import stage_at, thread_facts

EASTERN = ZoneInfo("America/New_York")
ME = "sam.ortiz@example.com"
SAM = f"Sam Ortiz <{ME}>"
LENA = "Lena Ford <lena.ford@corbelengineering.example>"
SENT = datetime(2026, 5, 21, 9, 30, tzinfo=EASTERN)  # a Thursday
NOW = datetime(2026, 5, 22, 12, 0, tzinfo=EASTERN)


def mail(number: int, sender: str, to: str, at: datetime, subject: str, body: str):
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@sweep18.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@sweep18.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def own_thread(body: str, subject: str = "Following up", to: str = LENA, at: datetime = SENT):
    """One message the candidate wrote; nothing from the employer yet."""
    return thread_facts([mail(1, SAM, to, at, subject, f"Hi,\n\n{body}\n\nSam Ortiz")], ME, EASTERN)


# ------------------------------------------------- the interview named with its past day


@pytest.mark.parametrize(
    "body",
    [
        # the corpus sentence (universitysurvival's follow-up, the interview's day added)
        "I would like to follow up on a possible position with Corbel Engineering after my "
        "interview on May 7. I don't want to be pesky but I really am excited about the work.",
        # paraphrases: another order, a British date, the interview named with its role
        "Just checking in on the Project Engineer role - my interview with your team was on "
        "12 May and I haven't heard anything since.",
        "I am writing regarding the interview I attended for the Site Engineer post on Tuesday "
        "5 May. I remain very keen and would be grateful for an update.",
    ],
)
def test_an_interview_named_with_a_day_before_the_message_has_taken_place(body):
    facts = own_thread(body)
    assert facts.interview
    assert stage_at(facts, NOW) is Stage.INTERVIEWED


@pytest.mark.parametrize(
    "body",
    [
        # a day still ahead of the message: the interview is to come
        "Just confirming I'm looking forward to my interview on May 27 for the Project "
        "Engineer role.",
        # the past day of an interview missed and to be moved: not one that took place
        "I'm so sorry I missed my interview on May 7 for the Project Engineer role - could we "
        "reschedule it?",
    ],
)
def test_an_interview_ahead_or_missed_is_not_over(body):
    facts = own_thread(body)
    assert stage_at(facts, NOW) is not Stage.INTERVIEWED


def test_a_press_interview_with_a_past_day_stays_unread():
    facts = own_thread(
        "Following up after our interview on May 7 for your article on regional engineering "
        "firms - will the piece run this week?",
        to="Dana Hill <dana.hill@dailyledger.example>",
    )
    assert not facts.interview
    assert stage_at(facts, NOW) is Stage.NONE


# ------------------------------------------------- the employer of a thread only I wrote


@pytest.mark.parametrize(
    ("to", "body", "company"),
    [
        # the corpus case: interviewprep.cloud's thank-you template
        (
            "Neha Sharma <neha.sharma@kesarifintech.example>",
            "Thank you for taking the time to meet with me today for the Product Analyst "
            "position at Kesari Fintech. I genuinely enjoyed our conversation.",
            "Kesari Fintech",
        ),
        # paraphrases: the employer named in another turn, or not named at all
        (
            "Helen Reyes <helen.reyes@tallgrassdist.example>",
            "Thank you for meeting with me on Monday about the Regional Sales Manager opening "
            "with Tallgrass Distributors. I look forward to hearing from you.",
            "Tallgrass Distributors",
        ),
        (
            "Lena Ford <lena.ford@corbelengineering.example>",
            "Thanks again for your time yesterday - I enjoyed learning about the bridge "
            "programme and remain very interested in the role.",
            "Corbel Engineering",
        ),
    ],
)
def test_the_employer_of_a_thread_only_the_candidate_wrote_is_whom_they_write_to(to, body, company):
    facts = own_thread(body, subject="Thank you", to=to)
    assert facts.interview
    assert facts.company == company


def test_writing_from_a_mail_provider_names_no_employer():
    facts = own_thread(
        "Thank you for taking the time to speak with me yesterday about the Bookkeeper role. "
        "I enjoyed our conversation and look forward to hearing from you.",
        subject="Thank you",
        to="Pat Lowe <pat.lowe.cpa@gmail.com>",
    )
    assert facts.interview
    assert facts.company is None


# ------------------------------------------------- "this coming week" is next week

FRIDAY = datetime(2026, 11, 27, 14, 20, tzinfo=EASTERN)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the corpus sentence (a Workplace Stack Exchange poster's interviewer)
        (
            "We are still interviewing people, and I expect a decision by the end of this coming "
            "week.",
            date(2026, 12, 4),
        ),
        # paraphrases: another verb, a part of the week, British word order
        (
            "We should be able to let you know either way by the end of this coming week.",
            date(2026, 12, 4),
        ),
        (
            "The panel meets early this coming week and we'll get back to you straight after.",
            date(2026, 12, 1),
        ),
    ],
)
def test_this_coming_week_is_next_week(text, day):
    said = when.decision_by(text, FRIDAY)
    assert said is not None and said.date() == day


def test_the_coming_weeks_stay_vague():
    assert when.decision_by("We will be in touch over the coming weeks.", FRIDAY) is None


def test_a_landlord_choosing_by_this_coming_week_is_no_interview():
    landlord = "Gwen Price <gwen.price@example.net>"
    text = (
        "Hi Sam,\n\nThanks for viewing the flat on Saturday. We have a few more viewings and "
        "expect to choose a tenant by the end of this coming week.\n\nGwen"
    )
    facts = thread_facts(
        [mail(1, landlord, SAM, FRIDAY, "The flat on Elm Road", text)], ME, EASTERN
    )
    assert not facts.interview
    assert stage_at(facts, FRIDAY) is Stage.NONE
