"""The employer's name in a signature that ends in its legal form (abroad).

Offices in South Asia, South-East Asia and Africa sign with the company's registered name:
"Konkan Star Logistics Pvt. Ltd.", "Perdana Energy Sdn Bhd", "Tswana Mining (Pty) Ltd". The
sender's domain gives the start of it ("konkanstar"); the name a person writes is the whole
name before the legal form, "Konkan Star Logistics", not the domain's "Konkan Star".
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

INVITE = "Dear Nikhil, your interview is fixed on Tuesday, 02/03/2027 at 11.30 am at our office."


@pytest.mark.parametrize(
    ("sender", "signature", "company"),
    [
        (
            "Farah Khan <farah.khan@konkanstar.example>",
            "Regards,\nFarah Khan\nHR, Konkan Star Logistics Pvt. Ltd.",
            "Konkan Star Logistics",
        ),
        (
            "HR Department <hr@perdanaenergy.example>",
            "Regards,\nHuman Resources\nPerdana Energy Sdn. Bhd.",
            "Perdana Energy",
        ),
        (
            "Careers <careers@sahelmills.example>",
            "Sahel Mills Nigeria PLC\nHuman Resources",
            "Sahel Mills Nigeria",
        ),
    ],
)
def test_the_registered_name_before_its_legal_form_names_the_employer(sender, signature, company):
    thread = a_thread(subject="Interview invitation", tz="UTC").from_recruiter(
        sender, f"{INVITE}\n\n{signature}", at="2027-02-25 10:00"
    )
    facts = thread_facts(thread.build(), ME, ZoneInfo("UTC"))
    assert facts.company == company


def test_a_domain_name_signed_as_it_is_stays_as_it_is():
    thread = a_thread(subject="Interview invitation", tz="UTC").from_recruiter(
        "Farah Khan <farah.khan@konkanstar.example>",
        f"{INVITE}\n\nRegards,\nFarah Khan\nKonkan Star",
        at="2027-02-25 10:00",
    )
    facts = thread_facts(thread.build(), ME, ZoneInfo("UTC"))
    assert facts.company == "Konkan Star"
