"""A tenant in a software engineer's mail is a customer of a multi-tenant system, not a renter.

"Tenant" marks a landlord's or letting agent's mail (no job there), but engineers use the word
for the customers sharing one system: "isolate each customer per tenant", "our multi-tenant
platform", "the tenant id". A candidate's thank-you that returns to a design question, or a
role named after such a platform, stays a job's. A renter's "tenant" keeps its reading.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

DENVER = "America/Denver"
ZONE = ZoneInfo(DENVER)
RECRUITER = "Odile Ferraz <odile@quarrylight.example>"
INVITED = (
    "Thanks for your application! We'd like to set up a 45-minute technical interview with "
    "one of our engineers. Your interview is confirmed for Tuesday, March 9 at 11:00 AM MT."
)


def a_loop(thank_you: str, subject: str = "Quarrylight - technical interview"):
    return (
        a_thread(subject=subject, tz=DENVER)
        .from_recruiter(RECRUITER, INVITED, at="2027-03-02 09:00")
        .from_me(thank_you, at="2027-03-09 15:00", subject="Thank you for today")
        .build()
    )


@pytest.mark.parametrize(
    "thank_you",
    [
        "Thank you for the interview today. On the sharding question, I'd now keep one schema "
        "per tenant and route by the tenant id at the gateway, rather than the shared table I "
        "drew.",
        "Thanks for your time this morning. I enjoyed hearing how the team moved to a "
        "multi-tenant design, and I'd love to help with the tenant isolation work you described.",
    ],
)
def test_a_candidates_design_answer_stays_a_job_thread(thank_you):
    messages = a_loop(thank_you)
    assert thread_facts(messages, ME, ZONE).interview
    assert "not_a_job" not in detect_interview(messages[-1:], ME).signals


def test_a_role_named_after_a_multi_tenant_platform_is_a_job():
    messages = a_loop(
        "Thank you for the interview today, I enjoyed it.",
        subject="Quarrylight - Staff Engineer, Multi-Tenant Platform - technical interview",
    )
    assert thread_facts(messages, ME, ZONE).interview


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for coming to see the apartment on Saturday. We're meeting two more "
        "applicants and will pick a tenant by Friday.",
        "Your prospective landlord has asked you to complete a tenant screening before the "
        "lease can be signed. It takes about ten minutes.",
    ],
)
def test_a_renters_tenant_is_still_no_job(text):
    messages = (
        a_thread(subject="The apartment on Birch Street", tz=DENVER)
        .from_recruiter("Vera Holm <vera.holm@example.net>", text, at="2027-03-02 09:00")
        .build()
    )
    assert not thread_facts(messages, ME, ZONE).interview
