"""Stages and actions said in other words than the phrase books', across many sources.

The fourteenth session's nine fresh batches and the rest of the real-wording corpus share
these shapes (an owner's offer with the job's terms, one stated time put to the reader to
confirm in a question); each is written here in other words than the corpus's, as a person
would write the mail.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

TZ = "America/Denver"
OWNER = "Marta Lind <marta@harbourbooks.example>"
SUBJECT = "Bookseller job"
MET = "Thanks for coming in to interview for the bookseller job on Tuesday - lovely to meet you."


def offer_facts(text: str):
    thread = (
        a_thread(subject=SUBJECT, tz=TZ)
        .from_recruiter(OWNER, MET + " I'll talk it over with Sam.", at="2027-05-04 17:00")
        .from_recruiter(OWNER, text, at="2027-05-07 10:00")
    )
    return thread_facts(thread.build(), ME, ZoneInfo(TZ))


# ----- an owner's offer in plain words, the job's terms beside it


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to have you - two evening shifts and Saturdays, $16 an hour. Could you start "
        "on the 17th?",
        "Good news, we would love to have you on our weekend crew as a bookseller.",
        "Sam and I agreed: we'd love to have you start Monday, May 17, at $16/hr.",
        "We'd love for you to join the Harbour Books crew. Here is our offer in writing: "
        "Bookseller, 30 hours a week, $18/hour, starting Monday, May 17.",
        "Sorry it took a few days! Here's the offer:\n\nBookseller, part-time\n$16/hour\n"
        "Start: Monday, May 17",
        "Following your interview, please find attached your letter of appointment as bookseller.",
    ],
)
def test_an_owner_offering_the_job_in_plain_words_is_an_offer(text):
    assert offer_facts(text).stage is Stage.OFFER


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to have you in for a trial shift on Saturday, May 15 at 10am.",
        "We'd love to have you back to meet Sam on Friday at 2pm - does that work?",
        "We'd love for you to join the team for a paid trial morning on Saturday at 9.",
        "We'd love to have you on the shop's podcast as a guest some time.",
    ],
)
def test_a_further_meeting_asked_of_the_reader_is_no_offer(text):
    assert offer_facts(text).stage is not Stage.OFFER
