"""A creative business's domain runs its name into its trade: the trade is split off.

"northgateinteractive", "questlinegames", "harbourfilms": a studio, a games company or a
production company writes its name and its kind together in its domain, as "mariposaevents"
does; a person writes them apart ("Northgate Interactive"). A magazine's "tidewatermag" is
Tidewater, as its editors sign it ("mag" is no part of the name, as "hq" is none). Judged by
the creative batch's first look (creative_holdback held back).
"""

from __future__ import annotations

import pytest

from afterview import company


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("rey@northgateinteractive.example", "Northgate Interactive"),
        ("talent@questlinegames.example", "Questline Games"),
        ("jobs@harbourfilms.example", "Harbour Films"),
        ("ana@saltmarshproductions.example", "Saltmarsh Productions"),
        ("hr@ironleafpublishing.example", "Ironleaf Publishing"),
        ("editor@tidewatermag.example", "Tidewater"),
        ("ana@epicgames.com", "Epic Games"),
    ],
)
def test_the_trade_is_split_off_a_creative_business_domain(address, expected):
    assert company.company_from_domain(address) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        # too little before the trade word: one brand
        ("ana@mygames.example", "Mygames"),
        ("hr@emag.example", "Emag"),
        ("jobs@films.example", "Films"),
    ],
)
def test_a_short_brand_stays_whole(address, expected):
    assert company.company_from_domain(address) == expected
