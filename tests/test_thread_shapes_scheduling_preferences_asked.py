"""An applicant-tracking system's request for the reader's scheduling preferences: the
interview is being arranged, the preferences owed.

ServiceNow's "Request scheduling preferences" step ("As the next step, we would like to set up
interviews with the hiring team. Please share your scheduling preferences for the next two
weeks using the link below") asks for times in words no book held, and names the interviews
only in the plural: it had been read as the application still waiting. Its later
acknowledgement ("We have received your scheduling preferences") asks nothing more.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

SINGAPORE = "Asia/Singapore"
ZONE = ZoneInfo(SINGAPORE)
CAREERS = "Halden Systems Careers <careers@haldensystems.example>"
REQUEST = (
    "Dear Sam,\n\nThank you for your interest in the QA Engineer role at Halden Systems.\n\n"
    "As the next step, we would like to set up interviews with the hiring team (45 minutes). "
    "Please share your scheduling preferences for the next two weeks using the link below.\n\n"
    "https://haldensystems.example/applicant/preferences/REQ3107\n\nTalent Acquisition"
)
RECEIVED = (
    "Dear Sam,\n\nThank you. We have received your scheduling preferences for the QA Engineer "
    "interviews. Your recruiter will send you an invitation once the panel's times are "
    "confirmed.\n\nTalent Acquisition"
)


def test_scheduling_preferences_asked_arrange_the_interview():
    builder = a_thread(subject="Share your scheduling preferences - QA Engineer", tz=SINGAPORE)
    builder = builder.from_recruiter(CAREERS, REQUEST, at="2027-06-07 10:00")
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULING
    assert facts.employer_messages[-1].asks_candidate


def test_their_acknowledgement_asks_nothing_more():
    builder = a_thread(subject="Share your scheduling preferences - QA Engineer", tz=SINGAPORE)
    builder = builder.from_recruiter(CAREERS, REQUEST, at="2027-06-07 10:00")
    builder = builder.from_recruiter(CAREERS, RECEIVED, at="2027-06-07 18:00")
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.SCHEDULING
    assert not facts.employer_messages[-1].asks_candidate
