"""The employer's name and the role, from senders, display names, subjects and wording."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview import company
from afterview.company import find_company
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("Acme Recruiting", "Acme"),
        ("Acme via Lever", "Acme"),
        ("Ana from Acme", "Acme"),
        ("Ana Lopez at Acme Robotics", "Acme Robotics"),
        ("The Acme Team", "Acme"),
        ("Acme Talent Acquisition", "Acme"),
        ("Acme Hiring Team", "Acme"),
        ("Acme Careers", "Acme"),
        ("Northwind Traders People Team", "Northwind Traders"),
        ("Initech", "Initech"),
        ("Globex Inc.", "Globex Inc."),  # legal names kept as written
        ("Greenhouse", None),
        ("Lever", None),
        ("Ana Smith", None),
        ("Ana Smith via LinkedIn", None),  # a person relayed by a board, not a company
        ("Hiring Team", None),
        ("", None),
    ],
)
def test_company_from_an_ats_display_name(display_name, expected):
    assert company.company_from_display_name(display_name) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("talent@acme.com", "Acme"),
        ("jobs@mail.acme-robotics.co.uk", "Acme Robotics"),
        ("ana@careers.initech.io", "Initech"),
        ("ana.lopez@gmail.com", None),
        ("no-reply@greenhouse.io", None),
        ("jobs-noreply@linkedin.com", None),
        ("bounce@sendgrid.net", None),
    ],
)
def test_company_from_a_corporate_domain(address, expected):
    assert company.company_from_domain(address) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for applying to Acme!", "Acme"),
        ("Thanks for your application at Northwind Traders.", "Northwind Traders"),
        ("We have received your application to Globex Corporation.", "Globex Corporation"),
        ("Thank you for your interest in joining Umbrella Health.", "Umbrella Health"),
        ("Regarding the Senior Engineer position at Initech, we'd like to talk.", "Initech"),
        ("You applied to Bank of Springfield last week.", "Bank of Springfield"),
        ("Thank you for applying to our team.", None),
        ("Thank you for applying to Greenhouse", None),  # a vendor is never the employer
        ("Nothing about any company here.", None),
        ("THANK YOU FOR APPLYING TO Acme", "Acme"),  # a shouted trigger still introduces it
        ("Thank you for applying to\n\n   Acme Corp.", "Acme Corp"),  # any whitespace between
        ("Thank you for applying (to Acme)", None),  # "(to" is not the word "to"
        ("Thank you for applying to" + " " * 80 + "Acme", None),  # trigger out of reach
    ],
)
def test_company_from_wording(text, expected):
    assert company.company_from_text(text) == expected


@pytest.mark.parametrize(
    ("builder", "expected"),
    [
        (
            a_thread(subject="Thank you for applying").from_ats(
                "We received your application.", sender="Acme Recruiting <no-reply@greenhouse.io>"
            ),
            "Acme",
        ),
        (
            a_thread(subject="Interview with BigCorp").from_recruiter(
                "Ana <ana@bigcorp.com>", "Are you available Tuesday for an interview?"
            ),
            "BigCorp",  # the domain names it, the subject spells it
        ),
        (
            a_thread(subject="Your application").from_recruiter(
                "Workday <acme@myworkday.com>", "Thank you for your application."
            ),
            "Acme",
        ),
        (
            a_thread(subject="Application received").from_ats(
                "Thank you for applying to Umbrella Health! Our team will review it.",
                sender="no-reply@ashbyhq.com",
            ),
            "Umbrella Health",
        ),
        (
            a_thread(subject="Application received").from_ats(
                "Thanks! View the job at https://jobs.lever.co/wayne-enterprises/1234",
                sender="no-reply@hire.lever.co",
            ),
            "Wayne Enterprises",
        ),
        (
            a_thread(subject="Interview for Data Engineer").from_recruiter(
                "Ana <ana.recruits@gmail.com>",
                "I'm recruiting on behalf of Stark Industries. Are you available Tuesday?",
            ),
            "Stark Industries",  # never "Gmail"
        ),
        (
            a_thread(subject="Interview invitation")
            .from_recruiter("Google Calendar <calendar-notification@google.com>", "Invitation")
            .with_invite(start="2025-03-11 14:00", organizer="ana@initech.com"),
            "Initech",  # the organiser's domain, not google.com's notifier
        ),
    ],
)
def test_company_of_a_thread(builder, expected):
    assert thread_facts(builder.build(), ME).company == expected


def test_the_candidates_own_domain_is_not_the_company():
    thread = (
        a_thread("jordan@stark.com", subject="Interview for Data Engineer")
        .from_me("Thank you for the interview yesterday!", to=("ana@acme.com",))
        .from_recruiter("Ana <ana@acme.com>", "Thanks for meeting with us!")
    )
    assert find_company(thread.build(), ["jordan@stark.com"]) == "Acme"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks for applying for the Senior Data Engineer position.", "Senior Data Engineer"),
        (
            "We'd like to talk about the Software Engineer, Backend role.",
            "Software Engineer, Backend",
        ),
        ("You applied as a Product Designer role at Acme.", "Product Designer"),
        (
            "Your application for Staff Machine Learning Engineer at Acme",
            "Staff Machine Learning Engineer",
        ),
        ("We're hiring for the position of Head of Marketing.", "Head of Marketing"),
        ("Thanks for the chat about the role.", None),
    ],
)
def test_role_from_wording(text, expected):
    assert company.role_from_text(text) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview: Product Designer", "Product Designer"),
        ("Re: Interview for Senior Backend Engineer", "Senior Backend Engineer"),
        ("Phone screen - Data Analyst at Acme", "Data Analyst"),
        ("Application received: Frontend Developer (Remote)", "Frontend Developer (Remote)"),
        ("Site Reliability Engineer Interview", "Site Reliability Engineer"),
        ("Interview: Jordan Lee for Product Manager", "Product Manager"),
        ("Thank you for applying - Marketing Coordinator", "Marketing Coordinator"),
        ("Interview", None),
        ("Lunch on Friday?", None),
        ("Interview: Jordan Lee", None),
    ],
)
def test_role_from_a_subject(subject, expected):
    assert company.role_from_subject(subject) == expected


def test_role_of_a_thread_prefers_the_subject():
    thread = a_thread(subject="Interview: Product Designer").from_recruiter(
        text="We'd love to interview you for the Senior Product Designer role."
    )
    assert thread_facts(thread.build(), ME).role == "Product Designer"


# Pieces subjects are made of, cased and spaced every which way, plus odd characters.
_SUBJECT_PIECES = st.sampled_from(
    ["Interview", "interview", "INTERVIEW", "phone", "Phone Screen", "screening", "Round",
     "final", "on-site", "Application", "received", "with", "With Ana", "Data Engineer",
     "Acme", "x", " ", "  ", "\t", "-", " - ", ":", "|", "–", "ſcreen", "\n", "Re"]
)  # fmt: skip


@given(st.lists(_SUBJECT_PIECES, min_size=1, max_size=8).map("".join))
def test_the_fast_subject_tail_reading_equals_the_pattern(part):
    # _tail_rest stands in for _SUBJECT_TAIL.match(part)["rest"] (which tries every
    # position); any subject where the two differ would change the roles we read.
    m = company._SUBJECT_TAIL.match(part)
    assert company._tail_rest(part) == (m["rest"] if m else None)
