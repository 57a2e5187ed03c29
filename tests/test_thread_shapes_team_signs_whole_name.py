"""A recruiting team's display name cut to the domain's word, signed with the whole name.

"Quelling Talent Acquisition" <careers@quelling.example> reads as "Quelling"; the same
message signs "Talent Acquisition, Quelling Biologics". A person names the employer as it
signs: the signature's name, where it goes on from the display name's words with more of
the name (not a legal form: "Quelling Oy" stays "Quelling").
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.parse import read_thread
from afterview.timeline import thread_facts
from tests.builders.mboxes import an_mbox

ZONE = ZoneInfo("America/New_York")
ME = "rowan.ellis@example.com"
INVITE = (
    "Hi Rowan,\n\nThank you for applying for the Associate Scientist, Assay Development role. "
    "The hiring manager would like to invite you to a site interview with a 40-minute "
    "scientific presentation. Please send two or three dates that work for you next week.\n\n"
    "Best,\nMarta Ilves\n{signed}\n"
)


def company_of(tmp_path: Path, signed: str, sender: str) -> str | None:
    path = (
        an_mbox()
        .message(
            sender=sender,
            to=f"Rowan Ellis <{ME}>",
            subject="Associate Scientist - site interview",
            body=INVITE.format(signed=signed),
            at=datetime(2027, 5, 3, 10, 0, tzinfo=ZONE),
        )
        .write(tmp_path / "thread.mbox")
    )
    return thread_facts(read_thread(path), ME, ZONE).company


@pytest.mark.parametrize(
    ("signed", "whole"),
    [
        ("Talent Acquisition, Quelling Biologics", "Quelling Biologics"),
        ("Quelling Therapeutics | Talent Acquisition", "Quelling Therapeutics"),
    ],
)
def test_the_signature_gives_the_whole_name(tmp_path: Path, signed: str, whole: str) -> None:
    sender = "Quelling Talent Acquisition <careers@quelling.example>"
    assert company_of(tmp_path, signed, sender) == whole


@pytest.mark.parametrize(
    "signed",
    [
        "Talent Acquisition, Quelling Oy",  # a legal form is no more of the name
        "Talent Acquisition, Quelling Ltd",
        "Talent Acquisition",  # no name signed: the display name stands
        "Talent Acquisition, Quelling",
    ],
)
def test_the_display_name_stands_otherwise(tmp_path: Path, signed: str) -> None:
    sender = "Quelling Talent Acquisition <careers@quelling.example>"
    assert company_of(tmp_path, signed, sender) == "Quelling"
