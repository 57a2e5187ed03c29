"""The user's preferences are read in one place (storage.advice.user_preferences) and turned
into a policy by one rule (afterview.service.policy_for): zone, country and windows as
stored; refused values fall back to the standard policy on the user's calendar, logged once."""

from __future__ import annotations

import logging

import pytest

from afterview.policy import Policy
from afterview.service import Preferences, policy_for
from storage.advice import user_preferences
from storage.models import User


def a_user(**preferences) -> User:
    defaults = {"id": 1, "email": "alex@example.com", "timezone": "UTC", "country": None}
    return User(**{"policy": "standard", "policy_overrides": {}, **defaults, **preferences})


def test_the_users_zone_country_and_windows_make_the_policy():
    user = a_user(
        timezone="America/New_York",
        country="US",
        policy="conservative",
        policy_overrides={"default_wait_business_days": 15},
    )

    assert user_preferences(user) == Preferences(
        "conservative", {"default_wait_business_days": 15}, "America/New_York", "US"
    )
    assert policy_for(user_preferences(user)) == Policy(
        name="conservative",
        follow_up_allowed=False,
        timezone="America/New_York",
        country="US",
        default_wait_business_days=15,
    )


def test_no_country_counts_weekends_only():
    assert policy_for(user_preferences(a_user())).country is None


def test_refused_windows_fall_back_to_standard_on_the_users_calendar_logged_once(caplog):
    caplog.set_level(logging.WARNING, logger="afterview.service")
    user = a_user(timezone="Europe/London", country="GB", policy_overrides={"give_up_days": -17})

    assert policy_for(user_preferences(user)) == Policy(timezone="Europe/London", country="GB")
    assert policy_for(user_preferences(user)) == Policy(timezone="Europe/London", country="GB")
    refused = [r for r in caplog.records if "stored preferences refused" in r.getMessage()]
    assert len(refused) == 1
    assert "give_up_days" in refused[0].getMessage()


def test_an_unknown_policy_name_falls_back_to_standard_keeping_the_zone():
    preferences = Preferences("reckless", {}, "Asia/Tokyo", "JP")

    assert policy_for(preferences) == Policy(timezone="Asia/Tokyo", country="JP")


def test_a_zone_no_longer_known_falls_back_to_utc_on_the_standard_policy():
    assert policy_for(Preferences("conservative", {}, "Mars/Olympus_Mons", None)) == Policy()


def test_a_country_nobody_counts_holidays_for_is_never_stored():
    with pytest.raises(ValueError, match="^country: unknown country 'ZZ'"):
        a_user(country="ZZ")
