"""The words of thank-you and follow-up drafts, against a table of expected sentences: the
person greeted by first name, the role and company said once, the interview's day, the
user's name under it, one brief check-in with no pressure and no call, never a no-reply
address."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from storage.models import DraftKind, ThreadRecord
from tests.builders.facts import an_interview_thread
from worker.drafts import DraftImpossible, compose_text, role_phrase

INTERVIEW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # a Tuesday, 14:00 UTC
NEXT_DAY = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
WEEKS_LATER = datetime(2026, 3, 27, 9, 0, tzinfo=UTC)


def a_thread(company="BrightPath", role="Program Analyst", recruiter_name="Jane Doe"):
    facts = an_interview_thread(company=company, recruiter_name=recruiter_name)
    facts = replace(facts.interviewed(at=INTERVIEW).build(), role=role)
    record = ThreadRecord(
        subject=facts.subject, company=company, role=role, contact=f"jane@{_domain(company)}"
    )
    return facts, record


def _domain(company):
    return "".join(ch for ch in company.lower() if ch.isalnum()) + ".example"


@pytest.mark.parametrize(
    ("role", "company", "said"),
    [
        ("Program Analyst", "BrightPath", "the Program Analyst role at BrightPath"),
        ("BrightPath Program Analyst", "BrightPath", "the BrightPath Program Analyst role"),
        ("Data Engineer position", "Acme", "the Data Engineer position at Acme"),
        (None, "Acme", "the role at Acme"),
        ("Designer", None, "the Designer role"),
        (None, None, "the role"),
    ],
)
def test_the_role_and_the_company_are_said_once(role, company, said):
    assert role_phrase(role, company) == said


@pytest.mark.parametrize(
    ("kind", "now", "role", "sentences"),
    [
        (
            DraftKind.THANK_YOU,
            NEXT_DAY,
            "BrightPath Program Analyst",
            [
                "Hi Jane,",
                "Thank you for taking the time to speak with me on Tuesday about the "
                "BrightPath Program Analyst role.",
                "Best regards,\nAlex Morgan\n",
            ],
        ),
        (
            DraftKind.THANK_YOU,
            NEXT_DAY,
            "Program Analyst",
            [
                "Hi Jane,",
                "speak with me on Tuesday about the Program Analyst role at BrightPath.",
                "Please let me know if there is anything else I can share.",
            ],
        ),
        (
            DraftKind.FOLLOW_UP,
            WEEKS_LATER,
            "Program Analyst",
            [
                "Hi Jane,",
                "I wanted to follow up on my interview on Tuesday 10 March for the Program "
                "Analyst role at BrightPath.",
                "I would be grateful for any update on the timeline whenever you have a moment.",
                "Best regards,\nAlex Morgan\n",
            ],
        ),
    ],
)
def test_draft_sentences(kind, now, role, sentences):
    facts, record = a_thread(role=role)

    text = compose_text(kind, facts, record, "Europe/London", signer="Alex Morgan", now=now)

    for sentence in sentences:
        assert sentence in text.body
    assert text.body.count("BrightPath") == 1
    assert text.to == "jane@brightpath.example"
    assert text.subject == "Re: Interview with BrightPath"


def test_the_follow_up_is_one_brief_check_in_without_pressure_or_a_call():
    facts, record = a_thread()

    body = compose_text(DraftKind.FOLLOW_UP, facts, record, "UTC", now=WEEKS_LATER).body

    assert body.count("?") == 0 and len(body.split()) < 90
    for pushy in ("call", "phone", "asap", "urgent", "again and again", "second"):
        assert pushy not in body.lower()


def test_a_surname_first_name_is_greeted_by_the_given_name():
    facts, record = a_thread(recruiter_name="Doe, Jane")

    body = compose_text(DraftKind.THANK_YOU, facts, record, "UTC", now=NEXT_DAY).body

    assert body.startswith("Hi Jane,\n")


def test_without_a_name_the_greeting_is_plain_and_the_day_is_the_interviews_own():
    facts, record = a_thread(recruiter_name="")

    body = compose_text(DraftKind.THANK_YOU, facts, record, "Asia/Tokyo", now=NEXT_DAY).body

    assert body.startswith("Hello,\n")
    assert "on Tuesday about" in body  # 23:00 in Tokyo is still Tuesday there


def test_never_to_a_no_reply_address():
    facts, record = a_thread()
    facts = replace(facts, employer_contacts=())
    record.contact = "no-reply@brightpath.example"

    with pytest.raises(DraftImpossible):
        compose_text(DraftKind.FOLLOW_UP, facts, record, "UTC", now=WEEKS_LATER)
