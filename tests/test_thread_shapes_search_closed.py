"""A search closed is every candidate's decision (shapes_stage).

"The trustees appointed their interim director; the search is closed and Friday's panel is
off": the search firm tells each candidate the process is over for them, a rejection however
it is put. Not a search still running ("if the search is closed before you return ..."), nor
the one it ended in an offer for.
"""

from __future__ import annotations

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

FIRM = "Oren Vale <oren@millbanksearch.example>"


def facts_after(text: str):
    thread = a_thread(ME, subject="Ashcombe Trust - Director of Finance - final panel")
    thread.from_recruiter(
        FIRM, "The trustees would like to see you on Friday at 10:00 for the final panel."
    )
    thread.from_me("Friday at 10 is fine, thank you.")
    thread.from_recruiter(FIRM, text)
    return thread_facts(thread.build(), ME)


def test_the_search_closed_is_a_rejection():
    facts = facts_after(
        "I'm sorry to tell you that the trustees have appointed their interim director to the "
        "post. The search is closed and Friday's panel will not go ahead."
    )
    assert facts.stage is Stage.REJECTED


def test_the_search_has_now_been_closed_too():
    facts = facts_after("A quick note: the search has now been closed. Thank you for your time.")
    assert facts.stage is Stage.REJECTED


def test_a_search_closing_under_a_condition_is_no_decision():
    facts = facts_after(
        "If the search is closed before you are back from leave, I will call you. Friday stands."
    )
    assert facts.stage is not Stage.REJECTED


def test_the_offer_that_closed_it_stays_an_offer():
    facts = facts_after(
        "Wonderful news - the trustees would like to offer you the post. The search is closed!"
    )
    assert facts.stage is Stage.OFFER
