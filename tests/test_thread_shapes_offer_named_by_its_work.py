"""An offer's subject that names the work before the word "offer" (campus).

Students' offers are titled by the kind of work or the post first: "Co-op offer - Spring
term", "Summer 2027 Research Internship offer", "Junior Surveyor - offer". Every answer under
such a subject, however short ("Yes, we can give you until Friday"), is the offer's
conversation, as answers under "Offer - Junior Surveyor" already are. A subject whose words
before "offer" name no work and no post (a sale, a mortgage, a scholarship, a house) is not.
"""

from __future__ import annotations

import pytest

from tests.builders import ME
from tests.builders.messages import read_alone

EMPLOYER = "Tomas Reyes <t.reyes@copperleaf.example>"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Co-op offer - Spring 2028, Millbrook Plant", "Yes, we can give you until Friday."),
        ("Re: Part-time offer - Barista, Copperleaf Roasters", "Your first shift is Saturday."),
        ("Re: Full time offer - Junior Planner", "Thanks Ines, that works for us."),
        ("Re: Summer 2027 Research Internship offer", "It pays $21 an hour, 35 hours a week."),
        ("Re: Junior Surveyor - offer", "We can't move the date, sorry, but ask me anything."),
        ("Re: Graduate Technician offer letter", "Attached again in case the first one bounced."),
    ],
)
def test_an_answer_under_an_offer_named_by_its_work_is_the_offers(subject, text):
    assert read_alone(ME, text, subject=subject, sender=EMPLOYER)


def test_the_candidates_own_question_there_is_the_offers_too():
    assert read_alone(
        ME,
        "Before I decide, could you tell me which team I would sit in?",
        subject="Re: Summer 2027 Research Internship offer",
    )


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Special offer - two months free", "Your code is below."),
        ("Re: Black Friday offer", "Only until midnight."),
        ("Re: Your mortgage offer", "The valuation is booked for Tuesday."),
        ("Re: Harrow Trust scholarship offer", "Please sign the form by Friday."),
        ("Re: Counter-offer on 14 Elm Street", "The sellers said yes."),
        ("Re: Nursery place offer", "We look forward to meeting Isla."),
    ],
)
def test_an_offer_of_no_work_stays_unflagged(subject, text):
    assert not read_alone(ME, text, subject=subject, sender=EMPLOYER)
