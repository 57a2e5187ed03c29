"""The worker advises on the user's own calendar: zone, country and policy as stored."""

from __future__ import annotations

import pytest

from afterview.policy import Policy
from storage.models import User
from worker.advising import user_policy


def a_user(**settings) -> User:
    defaults = {"id": 1, "email": "alex@example.com", "timezone": "UTC", "country": None}
    return User(**{"policy": "standard", "policy_overrides": {}, **defaults, **settings})


def test_the_users_zone_country_and_windows_make_the_policy():
    user = a_user(
        timezone="America/New_York",
        country="US",
        policy="conservative",
        policy_overrides={"default_wait_business_days": 15},
    )

    assert user_policy(user) == Policy(
        name="conservative",
        follow_up_allowed=False,
        timezone="America/New_York",
        country="US",
        default_wait_business_days=15,
    )


def test_no_country_counts_weekends_only():
    assert user_policy(a_user()).country is None


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        # a country the holidays package no longer knows: standard, still in the user's zone
        ({"timezone": "Europe/Paris", "country": "ZZ"}, Policy(timezone="Europe/Paris")),
        # a broken window: standard on the user's calendar
        (
            {"country": "GB", "policy_overrides": {"give_up_days": 0}},
            Policy(country="GB"),
        ),
    ],
)
def test_stored_settings_the_policy_refuses_fall_back_to_standard(settings, expected, caplog):
    assert user_policy(a_user(**settings)) == expected
    assert "stored policy settings refused" in caplog.text
