"""Readings the lead fixed in the eighth session, each from a probe thread written afresh
(not from any corpus thread), each seen failing first; beside each, the look-alike it must
not take in."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.parse import parse_message
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts

EASTERN = ZoneInfo("America/New_York")
ME = "alex.morgan@example.com"


def read_alone(sender: str, subject: str, body: str, to: str = ME):
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Mon, 09 Mar 2026 10:12:00 -0400\r\nMessage-ID: <lead8@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], ME, EASTERN)


# ----- an agency's client is the employer: "the client has shortlisted you" is a job's


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nGood news: the client has asked to meet you for a first interview for "
        "the Payroll Officer role. Could you do Thursday at 2pm or Friday at 10am?\n\nSam",
        "Hi Alex, the client has shortlisted you and would like an interview next week. "
        "Let me know which afternoons suit you.",
    ],
)
def test_an_agencys_client_inviting_the_reader_to_interview_is_the_readers_process(body):
    facts = read_alone("Sam Ortiz <sam@keystone-recruit.example>", "Payroll Officer", body)
    assert facts.interview


@pytest.mark.parametrize(
    "body",
    [
        'The client has ended the contract "Weekly bookkeeping". Leave feedback for the '
        "client to close it out.",
        'Your hourly contract "Podcast editing" has started. The client has invited you to '
        "the workroom; you can begin logging hours.",
    ],
)
def test_a_freelance_marketplaces_contract_mail_is_still_no_job_interview(body):
    facts = read_alone("Upwork <donotreply@upwork.com>", "Contract update", body)
    assert not facts.interview


# ----- whole threads: arranging a time (probe threads written afresh)

SYDNEY = ZoneInfo("Australia/Sydney")
KOLKATA = ZoneInfo("Asia/Kolkata")
DANA = "Dana Wells <dana.wells@halden.example>"
ALEX = f"Alex Morgan <{ME}>"


def thread(zone: ZoneInfo, *mails: tuple[str, str, str, str]):
    """(sender, local time "YYYY-MM-DD HH:MM" in `zone`, subject, body) oldest first."""
    messages = []
    for number, (sender, sent, subject, body) in enumerate(mails, start=1):
        at = datetime.fromisoformat(sent).replace(tzinfo=zone)
        raw = (
            f"From: {sender}\r\nTo: {DANA if sender == ALEX else ALEX}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(at)}\r\nMessage-ID: <{number}@lead8.example>\r\n"
            + (f"In-Reply-To: <{number - 1}@lead8.example>\r\n" if number > 1 else "")
            + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            + body.replace("\n", "\r\n")
        ).encode()
        messages.append(parse_message(raw))
    return thread_facts(messages, ME, zone)


def at(zone: ZoneInfo, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


@pytest.mark.parametrize(
    ("written", "zone", "meant"),
    [
        ("on 17-03-2026 at 11:00 AM IST", KOLKATA, "2026-03-17 11:00"),  # India's HR systems
        ("on 17-Mar-2026 at 11:00 AM", KOLKATA, "2026-03-17 11:00"),
        ("on Thursday 05-03-2026 at 15:30", KOLKATA, "2026-03-05 15:30"),  # day first there
        ("on 03-19-2026 at 3:30 PM", ZoneInfo("America/New_York"), "2026-03-19 15:30"),
    ],
)
def test_dates_written_with_hyphens_and_a_whole_year_give_the_interview_its_day(
    written, zone, meant
):
    facts = thread(
        zone,
        (DANA, "2026-03-02 09:00", "Interview Schedule - Operations Analyst",
         f"Dear Alex,\n\nYour interview is scheduled {written} via Microsoft Teams.\n\nDana"),
    )  # fmt: skip
    assert facts.interview_start == at(zone, meant)


def test_office_hours_and_a_range_are_not_read_as_a_hyphenated_date():
    zone = ZoneInfo("America/New_York")
    facts = thread(
        zone,
        (DANA, "2026-03-02 09:00", "Interview - Operations Analyst",
         "Hi Alex,\n\nWe're open 9-5 on weekdays. Your interview is confirmed for Thursday "
         "at 2-3pm.\n\nDana"),
    )  # fmt: skip
    assert facts.interview_start == at(zone, "2026-03-05 14:00")


@pytest.mark.parametrize(
    "wish",
    [
        "We'd love to meet you on Tuesday 17 March at 10am at our Surry Hills office.",
        "The hiring manager would like to meet with you on Tuesday 17 March at 10am.",
    ],
)
def test_a_time_stated_as_the_employers_wish_and_agreed_to_is_the_interview(wish):
    facts = thread(
        SYDNEY,
        (DANA, "2026-03-10 09:00", "Operations Analyst - Halden",
         f"Hi Alex,\n\nThanks for applying. {wish}\n\nBest,\nDana"),
        (ALEX, "2026-03-10 11:00", "Re: Operations Analyst - Halden",
         "Hi Dana,\n\nThat works for me - I'll see you then. Thank you!\n\nAlex"),
    )  # fmt: skip
    policy = Policy(timezone="Australia/Sydney")
    before, evening = at(SYDNEY, "2026-03-12 12:00"), at(SYDNEY, "2026-03-17 18:00")
    assert facts.interview_start == at(SYDNEY, "2026-03-17 10:00")
    assert stage_at(facts, before) is Stage.SCHEDULED
    assert advise(facts, before, policy).action is Action.PREPARE
    assert advise(facts, evening, policy).action is Action.SEND_THANK_YOU


def test_a_time_that_does_not_suit_said_without_reschedule_unsettles_it():
    facts = thread(
        SYDNEY,
        (DANA, "2026-03-10 09:00", "Operations Analyst - Halden",
         "Hi Alex,\n\nYour interview is scheduled for Tuesday 17 March at 10am.\n\nDana"),
        (ALEX, "2026-03-10 11:00", "Re: Operations Analyst - Halden",
         "Hi Dana,\n\nThank you! Unfortunately I can't make Tuesday morning - could we do "
         "Wednesday 18 March instead, any time after 1pm?\n\nAlex"),
    )  # fmt: skip
    now = at(SYDNEY, "2026-03-12 12:00")
    assert stage_at(facts, now) is Stage.SCHEDULING
    assert advise(facts, now, Policy(timezone="Australia/Sydney")).action is Action.WAIT


def test_running_late_on_the_day_leaves_the_interview_where_it_was():
    facts = thread(
        SYDNEY,
        (DANA, "2026-03-10 09:00", "Interview confirmed - Operations Analyst",
         "Hi Alex,\n\nYour interview is confirmed for Tuesday 17 March at 10am.\n\nDana"),
        (ALEX, "2026-03-17 09:40", "Re: Interview confirmed - Operations Analyst",
         "Hi Dana, so sorry - my train is delayed and I can't make it by 10. I should be "
         "there by 10:20 instead, if that still works?\n\nAlex"),
    )  # fmt: skip
    evening = at(SYDNEY, "2026-03-17 18:00")
    assert stage_at(facts, evening) is Stage.INTERVIEWED
    assert advise(facts, evening, Policy(timezone="Australia/Sydney")).action is (
        Action.SEND_THANK_YOU
    )


def test_a_vendors_sales_meeting_is_no_interview():
    facts = read_alone(
        "Kim Tran <kim@acme-software.example>",
        "Acme demo",
        "Hi Alex,\n\nThanks for your interest in Acme. Our account executive would like to "
        "meet with you on Thursday 12 March at 2pm to walk you through the platform.\n\nKim",
    )
    assert not facts.interview


@pytest.mark.parametrize(
    "body",
    [
        "Your final interview is on Friday 13 March at 2pm. Priya will walk you through the "
        "product first, then you'll work through a short case study together.",
        "We'd like to invite you to a second interview. Please prepare a 15-minute product "
        "demo of our platform as if presenting to a customer.",
        "Thanks for your interest in the Line Cook role! Your trial shift is on Saturday at "
        "4pm - please bring non-slip shoes.",
    ],
)
def test_demos_and_trials_inside_a_hiring_process_are_no_sales_mail(body):
    detection = read_alone(DANA, "Next steps - Halden", f"Hi Alex,\n\n{body}\n\nDana").detection
    assert "marketing" not in detection.signals


# ----- the reader invited to interview, with no job named


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Next steps - Halden", "We'd like to invite you to a second interview."),
        (
            "Following up",
            "Thanks for your time on the phone yesterday. We'd like to invite you in for an "
            "interview with the team next week - what days work for you?",
        ),
        ("Halden", "Good news: we have shortlisted you for a panel interview."),
    ],
)
def test_an_invitation_to_interview_says_the_reader_is_the_candidate(subject, body):
    assert read_alone(DANA, subject, f"Hi Alex,\n\n{body}\n\nDana").interview


@pytest.mark.parametrize(
    "body",
    [
        "You have been selected for an interview as part of the National Household Survey. "
        "An interviewer will visit next week.",
        "We'd like to invite you for an interview on our podcast, The Build, to talk about "
        "your open-source work.",
        "As a valued customer, we'd like to invite you to a short interview with our product "
        "team. As a thank-you you'll receive a $25 voucher.",
    ],
)
def test_surveys_podcasts_and_customer_research_inviting_in_the_same_words_stay_out(body):
    sender = "Jo Park <jo.park@northwind-media.example>"
    assert not read_alone(sender, "An invitation", f"Hi Alex,\n\n{body}\n\nJo").interview


# ----- an interview the employer's note dates in the past: no thank-you still due

NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("said", "ended"),
    [
        ("Thanks again for interviewing with us last week.", "2026-02-27 17:00"),
        ("Thank you for taking the time to interview with us on February 24.", "2026-02-24 17:00"),
        ("Thank you for interviewing with us on 2/25.", "2026-02-25 17:00"),
    ],
)
def test_an_interview_said_to_be_days_ago_asks_for_no_thank_you(said, ended):
    facts = thread(
        NEW_YORK,
        (DANA, "2026-03-02 16:00", "Operations Analyst - update",
         f"Hi Alex,\n\n{said} We're still reviewing candidates and will be in touch soon.\n\n"
         "Dana"),
    )  # fmt: skip
    now = at(NEW_YORK, "2026-03-02 18:00")
    assert facts.interview_end == at(NEW_YORK, ended)
    assert stage_at(facts, now) is Stage.INTERVIEWED
    assert advise(facts, now, Policy(timezone="America/New_York")).action is Action.WAIT


def test_thanks_for_coming_in_today_still_asks_for_the_thank_you():
    facts = thread(
        NEW_YORK,
        (DANA, "2026-03-02 16:00", "Operations Analyst",
         "Hi Alex,\n\nThank you for coming in today - on February 24 we opened the role and "
         "you are one of our last interviews.\n\nDana"),
    )  # fmt: skip
    now = at(NEW_YORK, "2026-03-02 18:00")
    assert advise(facts, now, Policy(timezone="America/New_York")).action is (Action.SEND_THANK_YOU)


# ----- the employer's name


def test_a_job_title_after_applying_to_gives_way_to_the_employer_after_at():
    facts = read_alone(
        "Workday <haldenfoods@myworkday.com>",
        "Application received: Operations Analyst",
        "Dear Alex, thank you for applying to Operations Analyst at Halden. Your application "
        "is under review.",
    )
    assert facts.company == "Halden Foods"


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("Mark Jennings\nHead of Operations | Halden Foods", "Halden Foods"),
        ("Jo\nOffice Manager, Riverside Dental", "Riverside Dental"),
    ],
)
def test_a_hiring_manager_at_a_personal_address_signs_with_the_employer(signature, company):
    facts = read_alone(
        "Mark Jennings <mark.jennings.ops@gmail.com>",
        "Interview - Operations Analyst",
        f"Hi Alex, could you do a call on Thursday at 2pm?\n\n{signature}",
    )
    assert facts.company == company


def test_an_onsite_itinerary_is_the_interview_from_its_first_session_to_its_last():
    facts = thread(
        NEW_YORK,
        (DANA, "2026-03-09 09:00", "Onsite itinerary - Operations Analyst",
         "Hi Alex,\n\nHere is your interview itinerary for Thursday, March 12:\n\n"
         "9:30 AM - 10:15 AM: Mark Jennings, Head of Operations\n"
         "10:15 AM - 11:00 AM: Priya Nair, Senior Analyst\n"
         "12:00 PM - 1:00 PM: Lunch with the team\n\nPlease arrive at 9:15.\n\nDana"),
    )  # fmt: skip
    policy = Policy(timezone="America/New_York")
    assert facts.interview_start == at(NEW_YORK, "2026-03-12 09:30")
    assert facts.interview_end == at(NEW_YORK, "2026-03-12 13:00")
    assert advise(facts, at(NEW_YORK, "2026-03-12 11:30"), policy).action is Action.PREPARE
    assert advise(facts, at(NEW_YORK, "2026-03-12 17:00"), policy).action is (Action.SEND_THANK_YOU)


def test_a_flights_itinerary_is_no_interview():
    facts = read_alone(
        "Skyway Airlines <itinerary@skyway.example>",
        "Your itinerary for Thursday, March 12",
        "Your itinerary for Thursday, March 12:\n9:30 AM - 11:45 AM: SW 212 New York (JFK) to "
        "Chicago (ORD)\nPlease arrive at the gate 30 minutes before departure.",
    )
    assert not facts.interview


# ----- the candidate accepting the offer


@pytest.mark.parametrize(
    ("answer", "accepted"),
    [
        ("I'm thrilled to accept the offer! I've signed the letter and attached it.", True),
        ("I would like to formally accept your offer of the Operations Analyst role.", True),
        ("Please find attached the signed offer letter.", True),
        ("Before I accept the offer, could we talk about the start date?", False),
        ("Thank you! I'd like a few days to think it over before I accept.", False),
        ("Thank you so much, but I must decline the offer.", False),
    ],
)
def test_the_candidates_answer_to_an_offer_says_whether_it_was_taken(answer, accepted):
    facts = thread(
        NEW_YORK,
        (DANA, "2026-03-02 16:00", "Offer - Operations Analyst",
         "Hi Alex,\n\nI'm delighted to offer you the position of Operations Analyst. Please "
         "let us know by Friday, March 6.\n\nDana"),
        (ALEX, "2026-03-04 10:00", "Re: Offer - Operations Analyst", f"Hi Dana,\n\n{answer}"),
    )  # fmt: skip
    assert facts.candidate_messages[-1].accepts_offer is accepted
    reason = advise(facts, at(NEW_YORK, "2026-03-05 10:00"), Policy()).reason
    assert ("You accepted the offer" in reason) is accepted


def test_an_offers_start_date_agreed_to_is_no_interview_time():
    facts = thread(
        KOLKATA,
        (DANA, "2026-03-09 11:00", "Interview - Senior QA Engineer",
         "Dear Alex,\n\nYour interview is scheduled on 17-03-2026 at 14:30 at our Pune office."
         "\n\nDana"),
        (ALEX, "2026-03-09 19:00", "Re: Interview - Senior QA Engineer",
         "Dear Dana,\n\nI confirm my availability for the interview on 17/03 at 14:30.\n\nAlex"),
        (DANA, "2026-03-20 16:00", "Offer Letter - Senior QA Engineer",
         "Dear Alex,\n\nWe are delighted to offer you the position of Senior QA Engineer. We "
         "would like you to start work on 04-05-2026 at 09:30. Please report to Meera Joshi for "
         "orientation. If this date is not acceptable, please contact me immediately.\n\nDana"),
        (ALEX, "2026-03-23 10:00", "Re: Offer Letter - Senior QA Engineer",
         "Dear Dana,\n\nThank you very much. I am happy to accept the offer. My notice period "
         "is 30 days, so 04-05-2026 works for me.\n\nAlex"),
    )  # fmt: skip
    assert facts.interview_start == at(KOLKATA, "2026-03-17 14:30")
