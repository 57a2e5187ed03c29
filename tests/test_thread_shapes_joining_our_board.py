"""A seat on the writer's own board offered is no job (shapes_look_alikes).

"We'd love to talk about the possibility of joining our board": a nonprofit's nominating
committee takes a prospect to lunch; the seat is served, not hired for. A paid seat names its
post ("join our board as a Non-Executive Director"), and a job's "join our team" is a job's.
"""

from __future__ import annotations

from afterview.detect import detect_interview
from tests.builders import ME, a_thread

CHAIR = "Ines Marlow <ines@westbrookfoodbank.example>"


def read(subject: str, text: str) -> bool:
    thread = a_thread(ME, subject=subject)
    thread.from_recruiter(CHAIR, text)
    return detect_interview(thread.build(), ME).interview


def test_lunch_about_joining_our_board_is_no_job():
    assert not read(
        "Lunch? Westbrook Food Bank board",
        "Our CEO and I would love to take you to lunch to talk about the possibility of joining "
        "our board. Could you do Tuesday at noon? We're hiring nobody - it's a volunteer seat.",
    )


def test_joining_our_advisory_council_is_no_job():
    assert not read(
        "Coffee next week?",
        "We'd like to invite you to an interview with the nominating committee about joining "
        "our advisory council. Would Thursday at 4 suit you?",
    )


def test_a_paid_seat_names_its_post_and_stays_a_job():
    assert read(
        "Ashcombe Group - board appointment",
        "The nomination committee would like to interview you about joining our board as a "
        "Non-Executive Director. Would Thursday at 4 suit you?",
    )


def test_joining_our_team_stays_a_job():
    assert read(
        "Interview - Warehouse Supervisor",
        "We'd like to interview you about joining our team as Warehouse Supervisor. Would "
        "Thursday at 4 suit you?",
    )
