"""Selections that are not the owner's job search, and jobs that sound like them.

The selections batch (co-op and lodge admissions, grants, awards, elections, fellowships,
public-body letters) found these rules; each is written here in invented wording.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

TZ = "Europe/London"
LONDON = ZoneInfo(TZ)
ME = "nadia.frost@example.com"
POLICY = Policy(timezone=TZ)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def read(builder, now: str, me: str = ME):
    facts = thread_facts(builder.build(), me)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def alone(builder, me: str = ME) -> bool:
    return detect_interview(builder.build()[-1:], me).interview


AWARDS = "Northern Craft Awards <hello@northerncraftprize.example>"


def prize_shortlist():
    thread = a_thread(
        ME,
        subject="You have been shortlisted - Northern Craft Awards 2027",
        tz=TZ,
        start="2027-03-08 10:00",
    )
    thread.from_recruiter(
        AWARDS,
        'Dear Nadia,\n\nWell done! Your entry "Saltmarsh Bowls" has been shortlisted in the '
        "Emerging Maker category. The finalists meet the judging panel online for a 20-minute "
        "conversation: please pick Wednesday 17 March at 14:00 or 14:30.\n\nThe Prize Team",
    )
    thread.from_me("Thank you so much! 14:30 on Wednesday suits me.", at="2027-03-08 12:00")
    thread.from_recruiter(
        AWARDS,
        "Lovely - you're booked for Wednesday 17 March at 14:30 with the panel. The winners are "
        "announced at the ceremony in May.",
        at="2027-03-09 09:00",
    )
    return thread


def test_a_prizes_shortlist_in_a_category_with_a_panel_slot_is_no_job():
    thread = prize_shortlist()
    facts, stage, advice = read(thread, "2027-03-09 10:00")
    assert not facts.interview
    assert stage is Stage.NONE and advice.action is Action.NONE
    assert not alone(thread)  # the booking, read by itself under the prize's subject


def test_a_funders_decline_under_an_application_dash_grants_subject_is_no_job():
    thread = a_thread(
        ME,
        subject="Result of your application - Neighbourhood Grants 2027",
        tz=TZ,
        start="2027-05-04 09:00",
    )
    thread.from_recruiter(
        "Grants Team <grants@eastfieldtrust.example>",
        "Dear Nadia,\n\nThank you for applying on behalf of the Eastfield Allotment Society. "
        "Unfortunately the assessment panel was unable to support your application this time. "
        "If you would like feedback, reply and we will arrange a short call.\n\nGrants Team",
    )
    facts, stage, advice = read(thread, "2027-05-04 12:00")
    assert not facts.interview
    assert stage is Stage.NONE and advice.action is Action.NONE
    assert not alone(thread)


def test_a_selection_pending_approval_after_the_interview_is_no_time_being_arranged():
    council = "Westmere Council Recruitment <jobs@westmere.example.gov.uk>"
    thread = a_thread(
        ME, subject="Interview - Planning Officer (ref PL-207)", tz=TZ, start="2027-06-01 10:00"
    )
    thread.from_recruiter(
        council,
        "Dear Ms Frost,\n\nWe are pleased to invite you to interview for the post of Planning "
        "Officer on Thursday 10 June 2027 at 10:00 at the Civic Offices. Please confirm that "
        "you will attend.\n\nRecruitment Team",
    )
    thread.from_me("I confirm I will attend on 10 June at 10:00.", at="2027-06-01 15:00")
    thread.from_me(
        "Dear Recruitment Team,\n\nI interviewed on 10 June for the Planning Officer post and "
        "would be grateful for any news on the outcome.\n\nNadia Frost",
        at="2027-06-28 09:00",
    )
    thread.from_recruiter(
        council,
        "Dear Ms Frost,\n\nThank you for your patience. The panel's recommendation is still "
        "pending approval by the Head of Service, and every candidate will hear from us once "
        "the appointment is confirmed.\n\nRecruitment Team",
        at="2027-06-29 11:00",
    )
    facts, stage, advice = read(thread, "2027-06-30 09:00")
    assert facts.interview
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.WAIT


def fellowship_that_is_a_job():
    institute = "Coastal Policy Institute <fellows@coastalpolicy.example.org>"
    thread = a_thread(
        ME, subject="Your fellowship application - interview", tz=TZ, start="2027-01-11 10:00"
    )
    thread.from_recruiter(
        institute,
        "Dear Nadia,\n\nThank you for applying to the Coastal Policy Fellowship. We would like "
        "to interview you by video on Tuesday 19 January at 15:00 or Wednesday 20 January at "
        "11:00 - which suits you? The fellowship is a full-time paid position: fellows are "
        "employed by the Institute for two years.\n\nFellowship Office",
    )
    thread.from_me("Tuesday 19 January at 15:00 works well for me.", at="2027-01-11 14:00")
    thread.from_recruiter(
        institute,
        "Thank you - you're confirmed for Tuesday 19 January at 15:00.",
        at="2027-01-12 09:00",
    )
    return thread


def test_a_fellowship_the_mail_calls_a_paid_position_is_a_job_process():
    facts, stage, advice = read(fellowship_that_is_a_job(), "2027-01-12 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULED and advice.action is Action.PREPARE


def test_a_fellowship_offices_stipend_that_is_said_not_to_be_a_job_stays_no_job():
    thread = a_thread(
        ME, subject="Your fellowship application - interview", tz=TZ, start="2027-01-11 10:00"
    )
    thread.from_recruiter(
        "Fellowships Office <fellowships@harrowfoundation.example.org>",
        "Dear Nadia,\n\nThank you for applying to the Harrow Travel Fellowship. We would like to "
        "interview you on Tuesday 19 January at 15:00. The fellowship is a stipend for study "
        "abroad; it is not a paid position and fellows are not employees of the Foundation."
        "\n\nFellowships Office",
    )
    facts, stage, _ = read(thread, "2027-01-12 12:00")
    assert not facts.interview
    assert stage is Stage.NONE


def selection_promised(promise: str):
    office = "Riverside Library Service <recruitment@riversidelibraries.example.org>"
    thread = a_thread(ME, subject="Interview - Library Assistant", tz=TZ, start="2027-02-01 10:00")
    thread.from_recruiter(
        office,
        "Dear Nadia,\n\nWe would like to invite you to interview on Tuesday 9 February at 14:00 "
        "at the Central Library. Please confirm you can attend.\n\nRecruitment",
    )
    thread.from_me("I confirm I will attend on 9 February at 14:00.", at="2027-02-01 12:00")
    thread.from_recruiter(office, f"Thank you, you are confirmed. {promise}", at="2027-02-02 09:00")
    return thread


@pytest.mark.parametrize(
    "promise",
    [
        "The panel expects to make its selection by Friday 19 February.",
        "We will let finalists know by Friday 19 February.",
        "The service will make a selection by Friday 19 February and inform all candidates then.",
    ],
)
def test_a_selection_promised_to_the_candidates_by_a_day_is_the_decision_date(promise):
    facts, _, _ = read(selection_promised(promise), "2027-02-02 12:00")
    assert facts.interview
    stated = [m.decision_by.date().isoformat() for m in facts.employer_messages if m.decision_by]
    assert stated == ["2027-02-19"]
