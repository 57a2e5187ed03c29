"""Readings widened by the asia_latam batch (hiring mail in English from East and Southeast Asia
and Latin America): each case in invented words of the shape the batch showed, beside
look-alikes that must stay unread."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from afterview import when
from afterview.parse import parse_message

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
