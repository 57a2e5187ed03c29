"""Readings widened by the asia_latam batch (hiring mail in English from East and Southeast Asia
and Latin America): each case in invented words of the shape the batch showed, beside
look-alikes that must stay unread."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from afterview import when
from afterview.parse import parse_message
from afterview.timeline import thread_facts

MANILA = ZoneInfo("Asia/Manila")
ME = "rosa.villanueva@example.ph"
ROSA = f"Rosa Villanueva <{ME}>"
HR = "Talent Team <talent@kapitbahay-foods.example>"


def mail(number: int, sender: str, to: str, at: datetime, subject: str, body: str):
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@asia-latam-batch.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@asia-latam-batch.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def at(day: int, hour: int = 10, zone: ZoneInfo = MANILA) -> datetime:
    return datetime(2027, 6, day, hour, tzinfo=zone)


# ------------------------------------------- a dotted 24-hour clock with its zone, or labelled


def test_a_dotted_clock_followed_by_a_zone_or_after_a_time_label_is_a_time():
    sent = at(1)
    zoned = when.find_times("Date: Thursday, 3 June 2027\nTime: 15.30 PHT\nVenue: Pasig", sent)
    assert [span.start for span in zoned] == [datetime(2027, 6, 3, 15, 30, tzinfo=MANILA)]
    labelled = when.find_times("Tanggal : Friday, 4 June 2027\nTime : 09.00\nRoom 2", sent)
    assert [span.start for span in labelled] == [datetime(2027, 6, 4, 9, 0, tzinfo=MANILA)]
    # a dotted number with neither stays a number: a score, a price, a version
    assert when.find_times("Your score was 14.30 on Friday, 4 June 2027.", sent) == []
    assert when.find_times("Version 10.15 ships on Friday, 4 June 2027.", sent) == []


# --------------------------------------- a time restated in the reader's zone: "your time (CDT)"


def test_a_time_restated_in_your_time_with_its_zone_is_the_same_moment():
    seoul = ZoneInfo("Asia/Seoul")
    sent = datetime(2027, 6, 1, 9, tzinfo=seoul)
    text = (
        "Your video interview is on Friday, June 4, 10:00 AM KST, which is Thursday, June 3, "
        "8:00 PM your time (CDT)."
    )
    starts = {span.start for span in when.find_times(text, sent)}
    assert starts == {datetime(2027, 6, 4, 10, 0, tzinfo=seoul)}
    local = when.find_times("That is 6:30 PM your local time (EDT) on Monday, June 7.", sent)
    assert [span.start.utcoffset().total_seconds() / 3600 for span in local] == [-4]


def test_an_invitation_restating_its_time_for_the_reader_states_one_time():
    seoul = ZoneInfo("Asia/Seoul")
    chicago = ZoneInfo("America/Chicago")
    invite = mail(
        1,
        "Minseo Park <placements@jeju-schools.example>",
        "Dana Roth <dana.roth@example.com>",
        datetime(2027, 6, 1, 9, tzinfo=seoul),
        "Interview invitation - English Teacher (Jeju)",
        "Hi Dana,\n\nThank you for applying for the English Teacher position. We would like to "
        "invite you to a video interview on Friday, June 4, 10:00 AM KST, which is Thursday, "
        "June 3, 8:00 PM your time (CDT). Please reply to confirm.",
    )
    facts = thread_facts([invite], "dana.roth@example.com", chicago)
    assert facts.interview_start == datetime(2027, 6, 4, 10, 0, tzinfo=seoul)


# ------------------------------ "tenant" in a property job's own words is not a renter's


def test_a_property_job_talking_of_tenant_mix_or_retention_stays_a_job():
    hk = ZoneInfo("Asia/Hong_Kong")
    me = "ivy.lok@example.com.hk"
    invite = mail(
        1,
        "HR <hr@tsuenwan-malls.example>",
        f"Ivy Lok <{me}>",
        datetime(2027, 6, 1, 10, tzinfo=hk),
        "Interview arrangement - Assistant Leasing Manager",
        "Dear Ms. Lok,\n\nThank you for your application for the position of Assistant Leasing "
        "Manager. We would like to invite you to an interview on 4 June 2027 (Friday) at 2:30 "
        "p.m. Please reply to confirm your attendance.",
    )
    thanks = mail(
        2,
        f"Ivy Lok <{me}>",
        "Gordon Sze <gordon.sze@tsuenwan-malls.example>",
        datetime(2027, 6, 4, 19, tzinfo=hk),
        "Thank you - Assistant Leasing Manager interview",
        "Dear Mr. Sze,\n\nThank you for meeting me today. I enjoyed our talk about the anchor "
        "tenant renewal and how you plan the tenant mix for the second phase.\n\nBest regards,\n"
        "Ivy Lok",
    )
    assert thread_facts([thanks], me, hk).interview
    assert thread_facts([invite, thanks], me, hk).interview
    # a landlord choosing a renter is still no job
    landlord = mail(
        3,
        "Pat Moy <pat.moy@example.com>",
        f"Ivy Lok <{me}>",
        datetime(2027, 6, 2, 10, tzinfo=hk),
        "Flat 12B viewing",
        "Hi Ivy, thanks for viewing the flat. We are meeting two other prospective tenants this "
        "week and will pick a tenant by Friday.",
    )
    assert not thread_facts([landlord], me, hk).interview


# ------------------------- the reader finally accepted or placed, as East Asian employers say it


def test_final_acceptance_or_a_placement_is_an_offer():
    seoul = ZoneInfo("Asia/Seoul")
    me = "joon.lee@example.kr"
    invite = mail(
        1,
        "Recruiting <recruit@hangang-motors.example>",
        f"Joon Lee <{me}>",
        datetime(2027, 6, 1, 10, tzinfo=seoul),
        "Interview schedule - Quality Engineer",
        "Dear Mr. Lee,\n\nYou have passed the document screening. Your interview for the Quality "
        "Engineer position is on Thursday 3 June at 14:00 KST. Kindly confirm your attendance.",
    )
    for body in (
        "We are happy to inform you of your final acceptance as Quality Engineer. Please "
        "visit our office on 14 June at 10:00 for orientation.",
        "Congratulations! You have been selected as the final successful candidate for the "
        "Quality Engineer position.",
        "Good news: you have been placed with Incheon Plant 2 as Quality Engineer. Your "
        "contract is attached for signature.",
    ):
        result = mail(
            2,
            "Recruiting <recruit@hangang-motors.example>",
            f"Joon Lee <{me}>",
            datetime(2027, 6, 9, 16, tzinfo=seoul),
            "Result - Quality Engineer",
            f"Dear Mr. Lee,\n\n{body}",
        )
        facts = thread_facts([invite, result], me, seoul)
        assert facts.stage.value == "offer", body


# ---------------------------------------- the candidate asking to move "my interview"


def test_the_candidate_asking_to_move_my_interview_unsettles_its_time():
    invite = mail(
        1,
        HR,
        ROSA,
        at(1, 9),
        "Video Interview Invitation - Payroll Associate",
        "Good day, Ms. Villanueva!\n\nWe are pleased to invite you to a video interview for the "
        "Payroll Associate position on Thursday, June 3, 2027 at 9:00 AM (PHT). Kindly confirm "
        "your availability.",
    )
    ask = mail(
        2,
        ROSA,
        HR,
        at(1, 13),
        "Re: Video Interview Invitation - Payroll Associate",
        "Good day! Thank you for the invitation. I have a clinic appointment that morning. Would "
        "it be possible to move my interview to Friday, June 4 or Monday, June 7, any time "
        "after 2:00 PM?\n\nRespectfully,\nRosa",
    )
    facts = thread_facts([invite, ask], ME, MANILA)
    assert facts.stage.value == "scheduling"
