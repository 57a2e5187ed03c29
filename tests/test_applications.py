"""Threads of one application share a key: same company and role, however spelled."""

from __future__ import annotations

import pytest

from afterview.applications import application_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("Acme Inc.", "Software Engineer"), ("acme", "software  engineer")),
        (("Société Générale", None), ("SOCIETE GENERALE SA", "")),
        (("Globex Corporation", "Data-Scientist"), ("Globex", "data scientist")),
    ],
)
def test_application_keys_ignore_case_punctuation_accents_and_legal_form(one, other):
    assert application_key(*one) == application_key(*other)


def test_application_keys_keep_what_distinguishes():
    assert application_key("Acme", "Engineer") != application_key("Acme", "Manager")
    assert application_key("Co", None) == "co|"  # a name that is only a legal form stays
    assert len(application_key("A" * 400, "B" * 400)) <= 255
    with pytest.raises(ValueError, match="needs a company"):
        application_key("", "Engineer")
