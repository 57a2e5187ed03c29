"""The one coming time in a letter whose own subject names the interview is the interview's.

"Subject: Interview - Production Manager ... I'd like to have you in to talk on Wednesday,
October 14 at 1:00 pm at our Clark Street office" names no interview in its text and uses none
of the confirmation words the books know; the time had not been read, so the thread stayed at
the application. A reply's subject only repeats what the thread began with: an agency's "Re:
Confirmed: Fenwick Foods interview ... they're seeing one more candidate on Thursday at 2pm"
moves nothing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
POLICY = Policy(timezone=CHICAGO)
EDITOR = "Noor Haddad <noor.haddad@cobaltpress.example>"
HAVE_YOU_IN = (
    "Hi Sam,\n\nThank you for your interest in the Production Manager position. I'd like to "
    "have you in to talk on Wednesday, April 14 at 1:00 pm at our Grand Avenue office; ask "
    "for me at the front desk. Plan for about an hour.\n\nNoor Haddad\nCobalt Press"
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def test_the_time_in_a_letter_titled_interview_is_the_interviews():
    builder = a_thread(subject="Interview - Production Manager", tz=CHICAGO).from_recruiter(
        EDITOR, HAVE_YOU_IN, at="2027-04-09 16:10"
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.interview_start == at("2027-04-14 13:00")
    assert facts.stage is Stage.SCHEDULED
    assert advise(facts, at("2027-04-12 09:00"), POLICY).action is Action.PREPARE
    assert stage_at(facts, at("2027-04-14 16:00")) is Stage.INTERVIEWED


def test_a_replys_subject_names_no_new_time():
    builder = (
        a_thread(subject="Interview - Production Manager", tz=CHICAGO)
        .from_recruiter(EDITOR, HAVE_YOU_IN, at="2027-04-09 16:10")
        .from_me("Thank you, Noor - see you on the 14th.\n\nSam", at="2027-04-09 18:00")
        .from_recruiter(
            EDITOR,
            "Hi Sam,\n\nThanks again for coming in. We're seeing one more candidate on "
            "Friday at 2pm and will decide next week.\n\nNoor",
            at="2027-04-15 09:00",
        )
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.interview_start == at("2027-04-14 13:00")
    assert stage_at(facts, at("2027-04-15 12:00")) is Stage.INTERVIEWED
