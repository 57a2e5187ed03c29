"""The domain's memos can be emptied without changing an answer (`afterview.memos`)."""

from __future__ import annotations

from afterview import company, senders
from afterview.memos import clear_memos, domain_memos


def test_emptying_the_memos_changes_no_answer():
    first = senders.domain_kind("jobs@greenhouse-mail.io")
    assert senders.domain_kind in domain_memos()
    assert senders.domain_kind.cache_info().currsize > 0

    assert clear_memos() > 0
    assert all(memo.cache_info().currsize == 0 for memo in domain_memos())
    assert senders.domain_kind("jobs@greenhouse-mail.io") == first
    assert first.kind == "ats"


def test_a_resource_built_once_is_not_a_memo():
    extract = company._public_suffix_list()
    assert company._public_suffix_list not in domain_memos()
    clear_memos()
    assert company._public_suffix_list() is extract


def test_prepare_builds_the_public_suffix_list_before_the_first_company_is_read():
    company._public_suffix_list.cache_clear()
    company.prepare()
    assert company._public_suffix_list.cache_info().currsize == 1
    assert company.organisation_label("careers.example.co.uk") == "example"
