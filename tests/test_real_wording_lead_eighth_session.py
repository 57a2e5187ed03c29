"""Readings the lead fixed in the eighth session, each from a probe thread written afresh
(not from any corpus thread), each seen failing first; beside each, the look-alike it must
not take in."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts

EASTERN = ZoneInfo("America/New_York")
ME = "alex.morgan@example.com"


def read_alone(sender: str, subject: str, body: str, to: str = ME):
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Mon, 09 Mar 2026 10:12:00 -0400\r\nMessage-ID: <lead8@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], ME, EASTERN)


# ----- an agency's client is the employer: "the client has shortlisted you" is a job's


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nGood news: the client has asked to meet you for a first interview for "
        "the Payroll Officer role. Could you do Thursday at 2pm or Friday at 10am?\n\nSam",
        "Hi Alex, the client has shortlisted you and would like an interview next week. "
        "Let me know which afternoons suit you.",
    ],
)
def test_an_agencys_client_inviting_the_reader_to_interview_is_the_readers_process(body):
    facts = read_alone("Sam Ortiz <sam@keystone-recruit.example>", "Payroll Officer", body)
    assert facts.interview


@pytest.mark.parametrize(
    "body",
    [
        "The client has ended the contract \"Weekly bookkeeping\". Leave feedback for the "
        "client to close it out.",
        "Your hourly contract \"Podcast editing\" has started. The client has invited you to "
        "the workroom; you can begin logging hours.",
    ],
)
def test_a_freelance_marketplaces_contract_mail_is_still_no_job_interview(body):
    facts = read_alone("Upwork <donotreply@upwork.com>", "Contract update", body)
    assert not facts.interview
