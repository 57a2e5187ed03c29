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


def test_stored_windows_the_policy_refuses_fall_back_to_standard_on_the_users_calendar(caplog):
    user = a_user(timezone="Europe/London", country="GB", policy_overrides={"give_up_days": 0})

    assert user_policy(user) == Policy(timezone="Europe/London", country="GB")
    assert "stored policy settings refused" in caplog.text


def test_a_country_nobody_counts_holidays_for_is_never_stored():
    with pytest.raises(ValueError, match="^country: unknown country 'ZZ'"):
        a_user(country="ZZ")
