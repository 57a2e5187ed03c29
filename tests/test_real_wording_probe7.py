"""Processes written outside the US (India, the UK, Australia), read as `thread_facts` and
`find_times` read them: each case failed before its fix and is written in other words than
the corpus thread that exposed it; beside each, the owner's process in similar words (recall)
and a look-alike stay read as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts
from afterview.when import decision_by, find_times

LONDON = ZoneInfo("Europe/London")
KOLKATA = ZoneInfo("Asia/Kolkata")
ME = "sam.okafor@example.co.uk"
BST = timezone(timedelta(hours=1))
SENT = datetime(2026, 5, 11, 9, 0, tzinfo=BST)


def facts(sender: str, subject: str, body: str, zone: ZoneInfo = LONDON, date: str = ""):
    raw = (
        f"From: {sender}\r\nTo: Sam Okafor <{ME}>\r\nSubject: {subject}\r\n"
        f"Date: {date or 'Mon, 11 May 2026 09:00:00 +0100'}\r\n"
        "Message-ID: <probe7@example.org>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], ME, zone)


def starts(text: str) -> list[tuple[int, int]]:
    return [(s.start.hour, s.start.minute) for s in find_times(text, SENT)]


# ----- a dotted number that is no clock: a room, a floor, a version, a section


@pytest.mark.parametrize(
    "text",
    [
        "Please come to Lab 2.14 in the Kestrel Building on Thursday 14 May.",
        "The panel sits in Seminar Room 4.06, Thursday 14 May.",
        "See section 3.11 of the candidate pack before Thursday 14 May.",
    ],
)
def test_a_dotted_room_or_section_number_is_no_time(text: str) -> None:
    assert starts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # recall: dotted clocks as British and Australian mail writes them
        ("Thursday 14 May at 2.30 in Lab 2.14", [(14, 30)]),
        ("Thursday 14 May, 9.30 to 10.15, Seminar Room 4.06", [(9, 30)]),
        ("Thursday 14 May at 3.20pm in Room 1.07", [(15, 20)]),
        ("Thursday 14 May at 11:05 in Room 1.07", [(11, 5)]),
    ],
)
def test_dotted_clocks_still_read_beside_a_room_number(text: str, want) -> None:
    assert starts(text) == want


def test_an_invitation_with_a_room_number_states_one_time() -> None:
    got = facts(
        "Helen Marsh <helen.marsh@hollins-college.example>",
        "Interview - Library Assistant",
        "Dear Sam,\n\nFurther to your application, we would like you to attend an interview on "
        "Thursday 21st of May 2026 at 11:30 in Room 2.19, Marlow Building.\n\nPlease let me "
        "know whether you are able to attend.\n\nBest wishes,\nHelen Marsh\nHR Officer",
    )
    assert got.interview
    assert got.interview_start == datetime(2026, 5, 21, 11, 30, tzinfo=BST)


# ----- a shortlisting letter that invites to one stated time


def test_shortlisted_and_invited_to_an_interview_on_a_day_at_a_time_is_that_interview() -> None:
    got = facts(
        "Dermot Keane <dermot.keane@shannonvale.example>",
        "Clerical Officer competition",
        "Dear Sam,\n\nI am delighted to let you know that your application has been shortlisted. "
        "We would like to invite you for a competency-based interview on Wednesday 20/05 at "
        "09:45 at our Limerick office.\n\nKindly confirm by return email that you will attend."
        "\n\nRegards,\nDermot Keane\nHR Business Partner",
    )
    assert got.interview
    assert got.interview_start == datetime(2026, 5, 20, 9, 45, tzinfo=BST)


def test_an_invitation_offering_two_days_still_leaves_the_time_open() -> None:
    got = facts(
        "Dermot Keane <dermot.keane@shannonvale.example>",
        "Clerical Officer competition",
        "Dear Sam,\n\nYou have been shortlisted. We would like to invite you to an interview on "
        "Wednesday 20/05 at 09:45 or Thursday 21/05 at 14:00. Which suits you better?\n\n"
        "Regards,\nDermot Keane",
    )
    assert got.interview
    assert got.interview_start is None


def test_attending_an_interview_in_the_past_names_no_coming_time() -> None:
    got = facts(
        "Dermot Keane <dermot.keane@shannonvale.example>",
        "Clerical Officer competition",
        "Dear Sam,\n\nThank you for attending an interview on Friday 8/05 at 10:30. We will "
        "let you know the outcome of the Clerical Officer competition shortly.\n\nRegards,\n"
        "Dermot Keane",
    )
    assert got.interview_start is None or got.interview_start < SENT


# ----- rounds named by their kind, as Indian and Gulf recruiters write them


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "HR Round - Business Analyst - Saffron Grid",
            "Dear Sam,\n\nCongratulations on clearing the first level. Your HR round for the "
            "Business Analyst position is planned for Thursday 14/05. Kindly share a suitable "
            "time between 11:00 and 16:00 hrs IST.\n\nRegards,\nNisha Rao\nSaffron Grid",
        ),
        (
            "Next steps - Site Engineer",
            "Hi Sam,\n\nThank you for your time yesterday. The hiring manager would like to "
            "move you to the managerial round. Please revert with your availability for this "
            "week.\n\nThanks,\nFaisal Qureshi\nTalent Acquisition, Dunecrest Contracting",
        ),
        (
            "Update on your profile - Saffron Grid",
            "Dear Sam,\n\nGreetings! Your profile has been shortlisted for the Data Analyst "
            "opening. Our team will share the technical round schedule with you shortly."
            "\n\nRegards,\nNisha Rao",
        ),
    ],
)
def test_a_round_named_by_its_kind_is_the_owners_interview(subject: str, body: str) -> None:
    got = facts(
        "Recruiter <talent@saffrongrid.example>",
        subject,
        body,
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "RoboLeague 2026 - results",
            "Hi team,\n\nYour robot has qualified for the technical round of RoboLeague 2026 "
            "on Saturday 16/05. Please bring your kit by 09:00.\n\nThe RoboLeague committee",
        ),
        (
            "Quiz night",
            "Hi all,\n\nThe quiz is on Friday at 19:00 in the canteen: a general knowledge "
            "round, a music round and a technical round. Teams of four.\n\nCheers,\nPriya",
        ),
    ],
)
def test_a_contest_or_quiz_round_is_no_interview(subject: str, body: str) -> None:
    got = facts(
        "Organiser <hello@roboleague.example>",
        subject,
        body,
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert not got.interview


# ----- "kindly revert" asks for an answer; "I'll revert" does not


def test_kindly_revert_with_a_convenient_slot_asks_the_owner() -> None:
    got = facts(
        "Nisha Rao <nisha.rao@saffrongrid.example>",
        "Technical Round - Business Analyst - Saffron Grid",
        "Dear Sam,\n\nYour profile has been shortlisted for the technical round. The panel can "
        "meet you on Thu 14/05 at 11:00 hrs or Fri 15/05 at 15:30 hrs IST. Kindly revert with "
        "your convenient slot.\n\nRegards,\nNisha Rao",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview
    assert got.employer_messages[-1].asks_candidate
    assert got.interview_start is None


def test_an_agency_that_will_revert_asks_nothing() -> None:
    got = facts(
        "Faisal Qureshi <faisal.qureshi@dunecrest.example>",
        "Re: Site Engineer - interview feedback",
        "Hi Sam,\n\nThe hiring manager enjoyed the managerial round yesterday and will decide "
        "by Thursday. I will revert as soon as I hear from them.\n\nThanks,\nFaisal",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview
    assert not got.employer_messages[-1].asks_candidate


# ----- the day of the month with its weekday, the month unsaid; a weekday printed after a date


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # sent Monday 11 May 2026: "Wednesday 20th" is this month's 20th, not the coming Wednesday
        ("Are you free on Wednesday 20th at 11am for a chat with the panel?", (20, 11, 0)),
        ("We have a slot on Thu the 21st at 15:30 at our Galway office.", (21, 15, 30)),
        ("Could you do Fri 22nd at 2.30pm?", (22, 14, 30)),
        # the 1st that is a Monday is next month's
        ("Your start date would be Monday 1st; induction begins at 09:00.", (1, 9, 0)),
        # recall: with the month said, and a plain weekday
        ("Wednesday 20th May at 11am", (20, 11, 0)),
        ("Wednesday at 11am", (13, 11, 0)),
        # a weekday printed in brackets after the date is that date's
        ("Date: 20/05/2026 (Wednesday)\nTime: 11:00 AM\nVenue: Kochi", (20, 11, 0)),
        ("on 21-05-2026 (Thursday) at 10:30 hrs", (21, 10, 30)),
        ("on 20 May 2026 (Wednesday) at 11:00", (20, 11, 0)),
    ],
)
def test_day_of_month_beside_a_weekday(text: str, want: tuple[int, int, int]) -> None:
    spans = find_times(text, SENT)
    assert spans, text
    got = spans[0].start
    assert (got.day, got.hour, got.minute) == want


def test_a_weekday_with_a_number_but_no_ordinal_is_no_day_of_month() -> None:
    # "Monday 10 people": no ordinal, so no day of the month
    spans = find_times("On Monday 10 candidates are seen from 9:30.", SENT)
    assert all(span.start.day != 10 for span in spans)


# ----- a 24-hour clock printed without its colon ("1430 hrs")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Dear Sam,\n\nYou are requested to attend the panel interview on 21/05/2026 at "
            "1030 hrs at our Muscat office. Kindly confirm your attendance.\n\nRegards,\n"
            "Recruitment Section",
            datetime(2026, 5, 21, 10, 30, tzinfo=timezone(timedelta(hours=4))),
        ),
        (
            "Dear Sam,\n\nYour interview is scheduled for Thursday 21/05 at 1500hrs GST.\n\n"
            "Regards,\nRecruitment Section",
            datetime(2026, 5, 21, 15, 0, tzinfo=timezone(timedelta(hours=4))),
        ),
    ],
)
def test_a_clock_printed_as_hhmm_hrs_is_the_interview_time(body: str, want: datetime) -> None:
    got = facts(
        "Recruitment Section <recruitment@falajenergy.example>",
        "Interview - Process Engineer",
        body,
        ZoneInfo("Asia/Muscat"),
        "Mon, 11 May 2026 09:00:00 +0400",
    )
    assert got.interview
    assert got.interview_start == want


def test_hours_of_experience_are_no_clock() -> None:
    got = facts(
        "Recruitment Section <recruitment@falajenergy.example>",
        "Interview - First Officer",
        "Dear Sam,\n\nThank you for applying. Candidates need 1500 hrs of flight time. Your "
        "interview will be on 21/05/2026; we will send the time separately.\n\nRegards,\n"
        "Recruitment Section",
        ZoneInfo("Asia/Muscat"),
        "Mon, 11 May 2026 09:00:00 +0400",
    )
    # no clock read from "1500 hrs": the interview is known by its stated day alone
    assert got.interview_time_inferred
    assert (
        got.interview_start is not None and got.interview_start.date().isoformat() == "2026-05-21"
    )


# ----- the employer's promise to come back, as Indian, Gulf and British HR word it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thank you for attending. We will revert with the result by 22-05-2026.", 22),
        ("Our HR team shall intimate you about the final round by 15/05.", 15),
        ("We will inform you of the panel's decision by Tuesday 19th.", 19),
        ("We hope to let all candidates know by 20.05.2026 at the latest.", 20),
        # recall: the usual words
        ("We will get back to you by Friday 22nd.", 22),
    ],
)
def test_revert_inform_intimate_promise_a_decision_date(text: str, want: int) -> None:
    got = decision_by(text, SENT)
    assert got is not None and got.day == want


@pytest.mark.parametrize(
    "text",
    [
        "Kindly revert with the signed offer by 22-05-2026.",
        "Please revert with your availability by Friday 15th.",
    ],
)
def test_asking_the_owner_to_revert_by_a_date_is_no_decision_date(text: str) -> None:
    assert decision_by(text, SENT) is None


# ----- a reply-by deadline beside the interview's time


def test_the_interview_time_beside_a_reply_by_deadline_is_the_interview() -> None:
    got = facts(
        "Tan Mei Ling <meiling.tan@orchidpay.example>",
        "Interview - Operations Analyst - OrchidPay",
        "Hi Sam,\n\nGood news - you are shortlisted for an interview with our operations "
        "lead on Friday 15/05/2026 at 10.30am at our Raffles Place office. Please confirm your "
        "attendance by 12pm tomorrow.\n\nThanks,\nMei Ling\nTalent Acquisition, OrchidPay",
        ZoneInfo("Asia/Singapore"),
        "Mon, 11 May 2026 09:00:00 +0800",
    )
    assert got.interview
    assert got.interview_start == datetime(2026, 5, 15, 10, 30, tzinfo=timezone(timedelta(hours=8)))


def test_an_assessment_deadline_alone_is_no_interview_time() -> None:
    got = facts(
        "Tan Mei Ling <meiling.tan@orchidpay.example>",
        "Next step - Operations Analyst - OrchidPay",
        "Hi Sam,\n\nThanks for your interest. Before we arrange your interview, please complete "
        "the online assessment by Friday 15/05/2026 at 5pm.\n\nThanks,\nMei Ling",
        ZoneInfo("Asia/Singapore"),
        "Mon, 11 May 2026 09:00:00 +0800",
    )
    assert got.interview_start is None


def test_if_shortlisted_the_interview_day_is_no_booking() -> None:
    got = facts(
        "Careers <careers@orchidpay.example>",
        "Your application - Operations Analyst",
        "Hi Sam,\n\nThank you for applying to OrchidPay. If you are shortlisted, interviews "
        "will be held on Friday 15/05/2026 from 10.00am at our Raffles Place office.\n\n"
        "OrchidPay Careers",
        ZoneInfo("Asia/Singapore"),
        "Mon, 11 May 2026 09:00:00 +0800",
    )
    assert got.interview_start is None


# ----- UTC+8: Singapore and Malaysia write the day first, in British English


def test_a_utc8_letter_in_british_english_writes_the_day_first() -> None:
    sent = datetime(2026, 5, 4, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    spans = find_times(
        "We are pleased to invite you to an interview on 06/05/2026 at 10am at our Jurong "
        "centre. Please bring your NRIC and the completed programme form.",
        sent,
    )
    assert [(s.start.month, s.start.day) for s in spans] == [(5, 6)]


def test_a_utc8_letter_in_american_english_keeps_the_month_first() -> None:
    sent = datetime(2026, 5, 4, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    spans = find_times(
        "We are pleased to invite you to an interview on 06/05/2026 at 10am at our Makati "
        "office. Please bring two valid IDs and your color portfolio.",
        sent,
    )
    assert [(s.start.month, s.start.day) for s in spans] == [(6, 5)]


# ----- invitations that name the occasion in other verbs, beside a confirm-by date


@pytest.mark.parametrize(
    ("body", "date", "zone", "want"),
    [
        (
            "Dear Sam,\n\nFollowing your online tests, we would like to invite you to our "
            "assessment centre on Wednesday 10th June 2026, 09:30 to 16:00, at our Bristol "
            "office. Please confirm your place through the portal by Monday 1st June.\n\n"
            "Early Careers Team",
            "Tue, 19 May 2026 10:00:00 +0100",
            "Europe/London",
            datetime(2026, 6, 10, 9, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "Dear Sam,\n\nReference your application for the post of Quantity Surveyor, you "
            "are requested to appear for the interview on Monday, 18 May 2026 at 10:00 AM at "
            "our Doha office. Kindly carry your original certificates.\n\nHR Department",
            "Wed, 13 May 2026 09:00:00 +0300",
            "Asia/Qatar",
            datetime(2026, 5, 18, 10, 0, tzinfo=timezone(timedelta(hours=3))),
        ),
        (
            "Hi Sam,\n\nThanks for your application. Could you come in for an interview on "
            "Tuesday 19 May at 9.30am at our Wellington office? Let me know if that suits.\n\n"
            "Cheers,\nTama",
            "Mon, 11 May 2026 09:00:00 +1200",
            "Pacific/Auckland",
            None,  # put as a question: a time offered, not yet the interview's
        ),
    ],
)
def test_an_invitation_naming_the_occasion(body, date, zone, want) -> None:
    got = facts("HR <hr@employer.example>", "Interview invitation", body, ZoneInfo(zone), date)
    assert got.interview
    if want is not None:
        assert got.interview_start == want


def test_candidates_who_will_be_invited_are_not_the_reader_invited() -> None:
    got = facts(
        "Careers <careers@harlowbank.example>",
        "Application received - Graduate Analyst",
        "Dear Sam,\n\nThank you for your application. Shortlisted candidates will be invited "
        "to attend an interview on Monday 18 May 2026 at 10:00 at our Leeds office.\n\n"
        "Graduate Recruitment",
        LONDON,
        "Mon, 4 May 2026 09:00:00 +0100",
    )
    assert got.interview_start is None


# ----- the promise and the move as a whole thread reads them


def test_the_thread_reads_a_revert_by_date_as_the_decision_date() -> None:
    got = facts(
        "Meera Joshi <meera.joshi@tealbay.example>",
        "Re: Interview - QA Lead - Tealbay",
        "Dear Sam,\n\nThank you for attending the interview today. We shall revert by "
        "22-05-2026.\n\nRegards,\nMeera",
        KOLKATA,
        "Mon, 11 May 2026 18:00:00 +0530",
    )
    assert got.employer_messages[-1].decision_by is not None
    assert got.employer_messages[-1].decision_by.date().isoformat() == "2026-05-22"


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nDue to unavoidable circumstances, your interview stands postponed. The new "
        "schedule will be shared shortly.\n\nRegards,\nMeera",
        "Dear Sam,\n\nPlease note your interview has been preponed to 10:00 hrs. Kindly "
        "acknowledge.\n\nRegards,\nMeera",
    ],
)
def test_a_postponed_or_preponed_interview_no_longer_holds_at_its_old_time(body: str) -> None:
    first = (
        b"From: Meera Joshi <meera.joshi@tealbay.example>\r\nTo: Sam <sam.okafor@example.co.uk>\r\n"
        b"Subject: Interview - QA Lead - Tealbay\r\nDate: Mon, 11 May 2026 09:00:00 +0530\r\n"
        b"Message-ID: <a@tealbay.example>\r\n\r\nDear Sam,\n\nYour interview is scheduled on "
        b"Tuesday 19/05/2026 at 15:00 hrs IST at our Pune office.\n\nRegards,\nMeera\r\n"
    )
    second = (
        "From: Meera Joshi <meera.joshi@tealbay.example>\r\nTo: Sam <sam.okafor@example.co.uk>\r\n"
        "Subject: RE: Interview - QA Lead - Tealbay\r\nDate: Wed, 13 May 2026 09:00:00 +0530\r\n"
        "Message-ID: <b@tealbay.example>\r\nIn-Reply-To: <a@tealbay.example>\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    got = thread_facts([parse_message(first), parse_message(second)], ME, KOLKATA)
    assert got.interview
    assert got.interview_cancelled or got.interview_start != datetime(
        2026, 5, 19, 15, 0, tzinfo=KOLKATA
    )


# ----- declines and offers in Indian and British words


@pytest.mark.parametrize(
    "body",
    [
        "Dear Sam,\n\nThank you for your time with our panel. At this stage we will not be able "
        "to take your candidature forward for the Analyst role.\n\nRegards,\nHR, Tealbay",
        "Dear Sam,\n\nThank you for interviewing with Tealbay. We are unable to take your "
        "candidature further at this time.\n\nRegards,\nHR",
    ],
)
def test_candidature_not_taken_forward_is_a_rejection(body: str) -> None:
    got = facts(
        "HR <hr@tealbay.example>",
        "Analyst role - update",
        body,
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview
    assert got.employer_messages[-1].is_rejection


def test_if_we_cannot_take_your_candidature_forward_is_no_rejection() -> None:
    got = facts(
        "HR <hr@tealbay.example>",
        "Analyst role - application received",
        "Dear Sam,\n\nThank you for applying for the Analyst role. If we are not able to take "
        "your candidature forward, we will let you know by email.\n\nRegards,\nHR",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert not any(m.is_rejection for m in got.employer_messages)


def test_selected_for_the_post_is_an_offer() -> None:
    got = facts(
        "HR <hr@hollins-college.example>",
        "Library Assistant",
        "Dear Sam,\n\nFollowing your interview on Tuesday, I am pleased to say you have been "
        "selected for the post of Library Assistant. Your contract will follow by post.\n\n"
        "Best wishes,\nHelen Marsh",
    )
    assert got.interview
    assert got.employer_messages[-1].is_offer


# ----- AEST from Queensland in the southern summer


@pytest.mark.parametrize(
    ("sender_offset", "want_offset"),
    [(10, 10), (11, 11)],  # Brisbane's mailbox means UTC+10; Sydney's writer means local time
)
def test_aest_in_january_reads_the_senders_state(sender_offset: int, want_offset: int) -> None:
    sent = datetime(2026, 1, 12, 9, 0, tzinfo=timezone(timedelta(hours=sender_offset)))
    spans = find_times("Your video interview is on Thursday 15 January at 1.30pm AEST.", sent)
    assert [s.start.utcoffset() for s in spans] == [timedelta(hours=want_offset)]


def test_aest_in_winter_is_the_same_from_either_state() -> None:
    sent = datetime(2026, 6, 8, 9, 0, tzinfo=timezone(timedelta(hours=10)))
    spans = find_times("Your video interview is on Thursday 11 June at 1.30pm AEST.", sent)
    assert [s.start.utcoffset() for s in spans] == [timedelta(hours=10)]


# ----- telephonic rounds, joining dates and a window asked for


def test_a_recruiters_telephonic_discussion_asks_for_a_time_in_a_window() -> None:
    got = facts(
        "Ritu Malhotra <ritu@talentbridge.example>",
        "Opening - Data Analyst - Bengaluru",
        "Hi Sam,\n\nGreetings from TalentBridge! As spoken, the JD is attached. Kindly send "
        "your updated CV and a suitable time for a telephonic discussion on Wednesday between "
        "10 AM and 4 PM.\n\nRegards,\nRitu",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview
    assert got.interview_start is None
    assert got.employer_messages[-1].asks_candidate


def test_your_date_of_joining_is_the_offer_taken_up() -> None:
    got = facts(
        "HR <hr@tealbay.example>",
        "Onboarding - Tealbay",
        "Dear Sam,\n\nWelcome to Tealbay! Your date of joining is 01-06-2026; please report to "
        "the HR desk at 09:30 hrs with your relieving letter and PAN card.\n\nRegards,\nHR",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert got.interview
    assert got.employer_messages[-1].is_offer


def test_a_payslips_date_of_joining_field_is_no_offer() -> None:
    got = facts(
        "Payroll <payroll@currentemployer.example>",
        "Payslip for April 2026",
        "Dear Sam,\n\nPlease find attached your payslip for April 2026.\n\nEmployee ID: 40417\n"
        "Date of Joining: 01-06-2021\nDesignation: Analyst\n\nRegards,\nPayroll Team",
        KOLKATA,
        "Mon, 11 May 2026 10:00:00 +0530",
    )
    assert not got.interview


# ----- the owner's chase in Indian and British words


@pytest.mark.parametrize(
    "chase",
    [
        "Dear Meera,\n\nGreetings. This is regarding my interview for the QA Lead role on "
        "12/05/2026. Request you to kindly update me on the status.\n\nRegards,\nSam",
        "Dear Meera,\n\nCould you let me know the status of my candidature for the QA Lead "
        "role?\n\nRegards,\nSam",
    ],
)
def test_the_owners_status_chase_is_a_follow_up(chase: str) -> None:
    def msg(sender: str, body: str, date: str, mid: str, reply_to: str = "") -> bytes:
        head = (
            f"From: {sender}\r\nTo: x@example.org\r\nSubject: Interview - QA Lead\r\n"
            f"Date: {date}\r\nMessage-ID: <{mid}@tealbay.example>\r\n"
        )
        if reply_to:
            head += f"In-Reply-To: <{reply_to}@tealbay.example>\r\n"
        return (head + f"\r\n{body}\r\n").encode()

    thread = [
        parse_message(
            msg(
                "Meera <meera@tealbay.example>",
                "Dear Sam,\n\nYour interview is scheduled on Tuesday 12/05/2026 at 11:00 hrs "
                "IST at our Pune office.\n\nRegards,\nMeera",
                "Mon, 11 May 2026 09:00:00 +0530",
                "a",
            )
        ),
        parse_message(msg(f"Sam <{ME}>", chase, "Wed, 27 May 2026 10:00:00 +0530", "b", "a")),
    ]
    got = thread_facts(thread, ME, KOLKATA)
    assert got.candidate_messages[-1].is_follow_up
