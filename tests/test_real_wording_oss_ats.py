"""Open-source HR suites' candidate mail (the oss_ats growth of dev).

Each rule found reading that batch is written here as the software would print it, in
wording other than the corpus's.
"""

from __future__ import annotations

import pytest

from afterview.timeline import thread_facts
from tests.builders import a_thread

ME = "ines.duarte@example.com"
LISBON = "Europe/Lisbon"


@pytest.mark.parametrize(
    ("sender", "footer", "expected"),
    [
        (
            "Talent Suite <notify@oakridgeclinic.example>",
            "© 2021, Talent Suite by Oakridge Clinic All rights reserved.",
            "Oakridge Clinic",
        ),
        (
            "PeopleDesk <peopledesk@harlowtextiles.example>",
            "Sent with PeopleDesk for Harlow Textiles All rights reserved",
            "Harlow Textiles",
        ),
    ],
)
def test_a_copyright_footer_without_a_full_stop_ends_the_name_before_all_rights_reserved(
    sender, footer, expected
):
    # A mail footer's "by Oakridge Clinic All rights reserved." runs the company's capitals
    # into the "All" of the notice: the name stops before it.
    thread = a_thread(ME, subject="Your interview", tz=LISBON, start="2026-09-01 09:00")
    thread.from_employer(
        sender,
        "Dear Ines Duarte,\n\nYour interview is on Tuesday, September 8, 2026 at 10:00 AM "
        f"with Rui Matos.\n\nBest regards,\nThe Team\n\n{footer}",
    )
    assert thread_facts(thread.build(), ME).company == expected
