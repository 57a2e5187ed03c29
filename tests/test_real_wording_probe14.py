"""Professional tracks with their own words (probe14): a medical residency's or fellowship's
interview season, a law firm's callback and its offer or no-offer, an airline's pilot and
cabin-crew hiring. Each read wrongly before its fix; beside each, the same words about something
that is no job interview of the owner's stay unread. Every clock is pinned."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts

CHICAGO = ZoneInfo("America/Chicago")
ME = "daniel.osei@example.com"
DANIEL = f"Daniel Osei <{ME}>"


def message(sender: str, to: str, subject: str, body: str, date: str, n: int = 0) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: <probe14.{n}@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def facts(*raws: bytes, me: str = ME):
    return thread_facts([parse_message(raw) for raw in raws], me, CHICAGO)


def flagged(sender: str, subject: str, body: str, me: str = ME, to: str = DANIEL) -> bool:
    raw = message(sender, to, subject, body, "Tue, 20 Oct 2026 11:00:00 -0500")
    return facts(raw, me=me).detection.interview


def advice_at(now: str, *raws: bytes, me: str = ME) -> tuple[str, str]:
    """(stage, action) at `now`, the standard policy on Chicago's clock."""
    read = facts(*raws, me=me)
    moment = datetime.fromisoformat(now)
    advice = advise(read, moment, Policy(timezone="America/Chicago"))
    return stage_at(read, moment).value, advice.action.value


# ----- a medical residency or fellowship is a job: the programme hires its residents

COORDINATOR = "Maria Alvarez <malvarez@riversidechildrens.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # the corpus case: applied to a Pediatric Residency Program
            "Riverside Pediatrics Residency - Interview Invitation",
            "Dear Daniel Osei,\n\nThank you for applying to the Riverside Children's Hospital "
            "Pediatric Residency Program. After reviewing your application, we would like to "
            "invite you to interview with us. We have reserved Thursday, December 3, 2026 for "
            "your interview day. Please reply to this email to confirm that you will attend.",
        ),
        (  # the corpus case: a fellowship interview in the subject
            "Cardiovascular Disease Fellowship Interview Invitation",
            "Dear Dr. Osei,\n\nCongratulations on being invited to interview for the "
            "Cardiovascular Disease Fellowship at Pacific Coast Medical Center. Please reply "
            "with the date you prefer: Monday, November 16 or Thursday, November 19.",
        ),
        (  # British, a foundation post
            "Interview for your application - Foundation Year 1",
            "Dear Dr Osei, thank you for your application to the St Anne's Hospital general "
            "surgery residency programme. We are delighted to offer you an interview on "
            "Wednesday 18 November at 10:00. Kindly confirm your attendance.",
        ),
        (  # a fellowship applied for, the hospital named, an interview day offered
            "Your application - Pulmonary and Critical Care fellowship",
            "Hello Daniel, we received your application for the Pulmonary and Critical Care "
            "Medicine fellowship program and would like to schedule an interview. Are you "
            "available on December 2 or December 9?",
        ),
    ],
)
def test_a_medical_residency_or_fellowship_interview_is_a_job_interview(subject, body):
    assert flagged(COORDINATOR, subject, body)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (  # an artists' residency
            "Hollis Arts Center <residency@hollisarts.example>",
            "Summer Residency - interview",
            "Dear Daniel, thank you for applying to the Hollis Arts Center Summer Residency "
            "Program. We would like to invite you to a short interview with the selection "
            "panel about your studio practice on Tuesday, November 3 at 2 pm.",
        ),
        (  # a journalism fellowship
            "Carver Foundation <fellowships@carverfdn.example>",
            "Fellowship interview",
            "Dear Daniel, thank you for applying for the Carver Foundation Fellowship for "
            "environmental reporters. The committee would like to hold a fellowship interview "
            "with you on Thursday, November 12 at 11:00.",
        ),
    ],
)
def test_an_artists_residency_or_a_foundations_fellowship_stays_no_job(sender, subject, body):
    assert not flagged(sender, subject, body)


# ----- no offer extended is a rejection, not an offer

FIRM = "Kevin Shah <kshah@delmarross.example>"
INVITE = message(
    FIRM,
    DANIEL,
    "Delmar Ross LLP - Callback Interview",
    "Dear Daniel, we would like to invite you for a callback interview at our office on "
    "Friday, August 28 at 1:00 p.m. Please confirm whether this time works for you.",
    "Mon, 17 Aug 2026 10:00:00 -0500",
)
ACCEPT = message(
    DANIEL,
    FIRM,
    "Re: Delmar Ross LLP - Callback Interview",
    "Dear Mr. Shah, I will arrive at your office by 1:00 p.m. on Friday, August 28, 2026, "
    "for the interview.",
    "Mon, 17 Aug 2026 15:00:00 -0500",
    1,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our Hiring Committee has completed its review, and we regret that we are unable to "
        "extend you an offer for our 2027 summer associate program.",
        "After careful thought the committee is not able to extend an offer to you this year.",
        "I am sorry to say that we cannot extend you an offer of employment at this time.",
        "Unfortunately the firm will not be extending you an offer for the summer program.",
    ],
)
def test_no_offer_extended_is_a_rejection(sentence):
    no = message(
        FIRM,
        DANIEL,
        "Re: Delmar Ross LLP - Callback Interview",
        f"Dear Daniel,\n\nThank you for your interest in Delmar Ross. {sentence}\n\nKevin",
        "Wed, 16 Sep 2026 14:00:00 -0500",
        2,
    )
    got = advice_at("2026-09-16T17:00:00-05:00", INVITE, ACCEPT, no)
    assert got == ("rejected", "closed")


def test_an_offer_extended_stays_an_offer():
    yes = message(
        FIRM,
        DANIEL,
        "Re: Delmar Ross LLP - Callback Interview",
        "Dear Daniel,\n\nWe are delighted to extend you an offer for our 2027 summer associate "
        "program. We are unable to extend the response deadline beyond 45 days.\n\nKevin",
        "Wed, 16 Sep 2026 14:00:00 -0500",
        2,
    )
    got = advice_at("2026-09-16T17:00:00-05:00", INVITE, ACCEPT, yes)
    assert got == ("offer", "offer")


# ----- an invitation that leaves the date to the candidate is a time being arranged

PROGRAMME = "Rachel Donovan <rdonovan@lakeviewmed.example>"


@pytest.mark.parametrize(
    ("sender", "subject", "sentence"),
    [
        (  # the corpus cases: Thalamus's sign-up, a fellowship's choice, a pilot recruiter
            PROGRAMME,
            "Interview Invitation - Lakeview University Anesthesiology Residency",
            "Congratulations on being invited to interview for the Lakeview University "
            "Anesthesiology Residency Program. Once you've created your account, you will be "
            "able to select an interview date: click the Calendar tab and click Sign up for "
            "Interview.",
        ),
        (
            PROGRAMME,
            "Cardiovascular Disease Fellowship Interview Invitation",
            "Congratulations on being invited to interview for the Cardiovascular Disease "
            "Fellowship. We will be interviewing on Monday, November 16, Thursday, November 19 "
            "and Monday, November 30. Please reply with the date you prefer.",
        ),
        (
            "Ruth Carver <rcarver@blueridgeconnection.example>",
            "First Officer position - interview",
            "This is Ruth in Pilot Recruitment. I am writing to you today to invite you to "
            "interview for a pilot position with the company. Please return my call, or reply "
            "with a good time to reach you.",
        ),
        (  # paraphrases: a portal's date, a preferred date, the best time to call
            "Talent Team <talent@northgate.example>",
            "Your interview with Northgate",
            "We would like to interview you for the Claims Adjuster role. Please log in to the "
            "portal to choose your interview date.",
        ),
        (
            "Talent Team <talent@northgate.example>",
            "Interview - Claims Adjuster",
            "Thanks for applying for the Claims Adjuster role. We'd like to invite you to an "
            "interview; could you let us know your preferred date in the week of 9 November?",
        ),
        (
            "Talent Team <talent@northgate.example>",
            "Claims Adjuster - next step",
            "We'd like to set up a first interview for the Claims Adjuster position. Let me "
            "know the best time to call you this week.",
        ),
    ],
)
def test_a_date_left_to_the_candidate_is_scheduling_and_asks_a_reply(sender, subject, sentence):
    invite = message(
        sender, DANIEL, subject, f"Dear Daniel,\n\n{sentence}\n", "Mon, 12 Oct 2026 10:05:00 -0500"
    )
    assert advice_at("2026-10-12T15:00:00-05:00", invite) == ("scheduling", "reply")


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Dale Hurst <dale@hurstkitchens.example>",
            "Your kitchen fitting",
            "Hi Daniel, the units have arrived. Please reply with the date you prefer for the "
            "fitting, and let me know the best time to call you about the worktops.",
        ),
        (
            "Hollow Pine Podcast <hello@hollowpine.example>",
            "Guest sign-up",
            "Thanks for agreeing to be a guest! Please log in to choose your interview date "
            "for the episode, or reply with a good time to reach you.",
        ),
    ],
)
def test_the_same_date_words_outside_a_job_stay_unread(sender, subject, body):
    assert not flagged(sender, subject, body)


# ----- one stated time of a callback or a face-to-face, only to be confirmed: scheduled


@pytest.mark.parametrize(
    "sentence",
    [
        "We would like to invite you for a callback interview at our San Francisco office on "
        "Friday, October 16 at 1:00 p.m. Please confirm whether this time works for you.",
        "We would like to invite you to a face-to-face interview at our headquarters in "
        "Seattle on Friday, October 16, 2026 at 8:00 a.m. Please reply to confirm that you "
        "can attend.",
        "The partners would like to invite you to a panel interview on Friday 16 October at "
        "10:30. Kindly confirm your attendance.",
        "We'd like to invite you for a face to face interview at the Training Centre on "
        "Friday 16 October at 9am - please confirm that you can attend.",
    ],
)
def test_one_stated_time_to_confirm_is_scheduled_and_asks_a_reply(sentence):
    invite = message(
        FIRM,
        DANIEL,
        "Interview invitation",
        f"Dear Daniel,\n\n{sentence}\n",
        "Mon, 12 Oct 2026 10:00:00 -0500",
    )
    assert advice_at("2026-10-12T15:00:00-05:00", invite) == ("scheduled", "reply")


def test_an_auditions_callback_at_one_time_stays_unread():
    assert not flagged(
        "Westside Players <cast@westsideplayers.example>",
        "Callbacks - Into the Woods",
        "Hi Daniel, we would like to invite you to a callback for our spring musical on "
        "Friday, October 16 at 7:00 p.m. Please confirm whether this time works for you.",
    )


# ----- where to be and what to bring, told with the time: nothing asked


@pytest.mark.parametrize(
    "sentence",
    [
        "We would like you to present yourself at the company headquarters, 4100 Airport "
        "Parkway, Charlotte, on Friday, October 16 at 8:00 a.m. The day includes a short written "
        "test, then a short interview with two captains. Please bring your First Class "
        "Medical, your log books and letters of referral.",
        "We would like you to report to the Training Centre on Friday 16 October at 7:00am for "
        "your interview day. Please bring your passport and two forms of ID.",
        "We'd like you to attend an interview at our office on Friday, October 16 at 10:00 "
        "a.m.; please bring your logbook and licences.",
    ],
)
def test_where_to_be_and_what_to_bring_is_scheduled_and_prepare(sentence):
    told = message(
        "Ruth Carver <rcarver@blueridgeconnection.example>",
        DANIEL,
        "Re: First Officer position - interview",
        f"Hi Daniel,\n\n{sentence}\n\nRuth",
        "Thu, 8 Oct 2026 10:00:00 -0500",
    )
    invited = message(
        "Ruth Carver <rcarver@blueridgeconnection.example>",
        DANIEL,
        "First Officer position - interview",
        "Hello Daniel, this is Ruth in Pilot Recruitment. I am writing to invite you to "
        "interview for a pilot position with the company. Please return my call.",
        "Mon, 5 Oct 2026 14:00:00 -0500",
        1,
    )
    assert advice_at("2026-10-09T12:00:00-05:00", invited, told) == ("scheduled", "prepare")


def test_a_jury_summons_report_time_stays_unread():
    assert not flagged(
        "Jury Office <jury@courts.example>",
        "Your jury service",
        "Dear Daniel, we would like you to report to the jury assembly room on Friday, October "
        "16 at 8:00 a.m. Please bring your summons and a photo ID.",
    )


# ----- the dinner or happy hour the evening before is not the interview; the day's length


def interview_span(*raws: bytes) -> tuple[str, str]:
    read = facts(*raws)
    return (read.interview_start.isoformat(), read.interview_end.isoformat())


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (  # the corpus cases
            "You are confirmed for Thursday, December 10. Our residents will host a dinner the\n"
            "night before, Wednesday, December 9, at 6:30 p.m. at Marlowe's Grill. The "
            "interview day will begin at 7:30 a.m. in the Education Center and end at 2pm.",
            "2026-12-10T07:30:00-06:00",
        ),
        (
            "Your virtual interview is confirmed for Thursday, December 10. There will be a "
            "virtual happy hour with our residents the evening before your interview, "
            "Wednesday, December 9, from 7:00 to 8:00 p.m. The interview day runs from 7:30 "
            "a.m. to 2:00 p.m.",
            "2026-12-10T07:30:00-06:00",
        ),
        (  # a superday's networking dinner, a firm's reception
            "You are confirmed for the Superday on Thursday, December 10 from 7:30 a.m. to 2 p.m. "
            "Candidates are "
            "invited to a networking dinner with the team the evening before, December 9 at "
            "7pm.",
            "2026-12-10T07:30:00-06:00",
        ),
        (
            "Your callback interview is confirmed for Thursday 10 December, 7:30am to 2pm. We "
            "also hope you can join the cocktail reception on the previous evening, 9 December, "
            "at 6pm.",
            "2026-12-10T07:30:00-06:00",
        ),
    ],
)
def test_the_evening_before_is_not_the_interview(sentence, start):
    confirmed = message(
        COORDINATOR,
        DANIEL,
        "Re: Interview Invitation",
        f"Dear Daniel,\n\n{sentence}\n",
        "Mon, 26 Oct 2026 10:00:00 -0500",
    )
    assert interview_span(confirmed)[0] == start


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        (  # the corpus cases
            "You have been selected to attend a Face-to-Face interview at our Training Center "
            "on Tuesday, November 3, 2026 at 7:00 a.m. The day lasts about five hours.",
            "2026-11-03T12:00:00-06:00",
        ),
        (
            "You are confirmed for a callback interview at our office on Tuesday, November 3 at "
            "7:00 a.m.; the callback will last about three hours.",
            "2026-11-03T10:00:00-06:00",
        ),
        (
            "You are confirmed for Tuesday, November 3 at 7:00 a.m. You will meet with five "
            "attorneys in back-to-back 30-minute interviews, followed by lunch; please allow "
            "about four hours.",
            "2026-11-03T11:00:00-06:00",
        ),
        (  # paraphrase: an assessment day that runs six hours
            "Your assessment day is confirmed for Tuesday 3 November at 7:00am. The assessment "
            "runs for around six hours, including a group exercise and an interview.",
            "2026-11-03T13:00:00-06:00",
        ),
    ],
)
def test_the_days_stated_length_ends_the_interview(sentence, end):
    confirmed = message(
        FIRM,
        DANIEL,
        "Interview confirmation",
        f"Dear Daniel,\n\n{sentence}\n",
        "Mon, 19 Oct 2026 10:00:00 -0500",
    )
    assert interview_span(confirmed)[1] == end


def test_the_drive_there_is_no_length():
    confirmed = message(
        FIRM,
        DANIEL,
        "Interview confirmation",
        "Dear Daniel,\n\nYou are confirmed for a callback interview at our office on Tuesday, "
        "November 3 at 7:00 a.m. Please allow about two hours to drive from the city.\n",
        "Mon, 19 Oct 2026 10:00:00 -0500",
    )
    assert interview_span(confirmed)[1] == "2026-11-03T08:00:00-06:00"


def test_a_dinner_that_is_the_interview_keeps_its_time():
    confirmed = message(
        FIRM,
        DANIEL,
        "Interview confirmation",
        "Dear Daniel,\n\nYou are confirmed for a dinner interview with two partners on "
        "Wednesday, December 9 at 7:00 p.m. at Marlowe's Grill.\n",
        "Mon, 26 Oct 2026 10:00:00 -0500",
    )
    assert interview_span(confirmed)[0] == "2026-12-09T19:00:00-06:00"
