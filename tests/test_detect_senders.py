"""Sender lists: suffix matching on label boundaries, robots and no-reply addresses."""

from __future__ import annotations

import pytest

from afterview import senders


@pytest.mark.parametrize(
    ("address", "vendor"),
    [
        ("no-reply@greenhouse.io", "Greenhouse"),
        ("ana@us.greenhouse-mail.io", "Greenhouse"),
        ("no-reply@hire.lever.co", "Lever"),
        ("no-reply@ashbyhq.com", "Ashby"),
        ("acme@myworkday.com", "Workday"),
        ("talent@acme.wd5.myworkdayjobs.com", "Workday"),
        ("noreply@smartrecruiters.com", "SmartRecruiters"),
        ("careers@acme.icims.com", "iCIMS"),
        ("notifications@jobvite.com", "Jobvite"),
        ("noreply@candidates.workablemail.com", "Workable"),
        ("notifications@calendly.com", "Calendly"),
        ("scheduling@goodtime.io", "GoodTime"),
        ("noreply@acme.bamboohr.com", "BambooHR"),
        ("acme@applytojob.com", "JazzHR"),
        ("noreply@hirevue.com", "HireVue"),
        ("support@codesignal.com", "CodeSignal"),
        ("no-reply@karat.io", "Karat"),
        ("PEOPLE@Paradox.AI", "Paradox"),
    ],
)
def test_hiring_tools_match_by_domain_suffix(address, vendor):
    hit = senders.hiring_tool(address)
    assert hit is not None and hit[1] == vendor


@pytest.mark.parametrize(
    "address",
    ["ana@acme.com", "x@notgreenhouse.io", "x@greenhouse.io.evil.com", "x@lever.com", "", "x@io"],
)
def test_other_domains_are_not_hiring_tools(address):
    assert senders.hiring_tool(address) is None


@pytest.mark.parametrize(
    ("address", "board"),
    [
        ("jobalerts-noreply@linkedin.com", "LinkedIn"),
        ("alert@indeed.com", "Indeed"),
        ("noreply@glassdoor.com", "Glassdoor"),
        ("jobs@ziprecruiter.com", "ZipRecruiter"),
        ("hello@otta.com", "Otta"),
        ("team@welcometothejungle.com", "Welcome to the Jungle"),
        ("talent@wellfound.com", "Wellfound"),
    ],
)
def test_job_boards(address, board):
    hit = senders.job_board(address)
    assert hit is not None and hit[1] == board


@pytest.mark.parametrize(
    ("address", "no_reply"),
    [
        ("no-reply@greenhouse.io", True),
        ("noreply@acme.com", True),
        ("do-not-reply@acme.com", True),
        ("donotreply@acme.com", True),
        ("do_not_reply@acme.com", True),
        ("jobs-noreply@linkedin.com", True),
        ("noreply+abc123@acme.com", True),
        ("mailer-daemon@googlemail.com", True),
        ("postmaster@acme.com", True),
        ("bounces+123@sendgrid.net", True),
        ("notifications@calendly.com", True),
        ("calendar-notification@google.com", True),
        ("alerts@indeed.com", True),
        ("ana@acme.com", False),
        ("talent@acme.com", False),
        ("careers@acme.com", False),
        ("recruiting@acme.com", False),
        ("noreen@acme.com", False),
        ("", True),
    ],
)
def test_is_no_reply(address, no_reply):
    assert senders.is_no_reply(address) is no_reply


@pytest.mark.parametrize(
    ("address", "robot"),
    [
        ("ana@acme.com", False),
        ("ana.lopez@gmail.com", False),  # a recruiter at a small firm writes from Gmail
        ("reply+abc@us.greenhouse-mail.io", True),  # an ATS relay, not a person's mailbox
        ("inmail-hit-reply@linkedin.com", True),
        ("bounce@em.sendgrid.net", True),
        ("no-reply@acme.com", True),
    ],
)
def test_is_robot(address, robot):
    assert senders.is_robot(address) is robot


def test_vendor_names_include_the_tools_and_mail_providers():
    names = senders.vendor_names()
    assert {"greenhouse", "lever", "gmail", "linkedin", "calendly"} <= names
    assert "acme" not in names
