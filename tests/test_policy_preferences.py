"""A user's policy settings: a named policy plus checked adjustments."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.policy import CONSERVATIVE, POLICIES, STANDARD, Policy, policy_from_preferences


def test_the_two_named_policies():
    assert POLICIES == {"standard": STANDARD, "conservative": CONSERVATIVE}
    assert STANDARD.follow_up_allowed and not CONSERVATIVE.follow_up_allowed
    assert policy_from_preferences("standard") == STANDARD
    assert policy_from_preferences("conservative", {}) == CONSERVATIVE


def test_the_standard_numbers_are_the_ones_in_the_design():
    assert (STANDARD.thank_you_due, STANDARD.thank_you_lapses) == (
        timedelta(hours=24),
        timedelta(hours=48),
    )
    assert STANDARD.decision_grace_business_days == 2
    assert STANDARD.default_wait_business_days == 10
    assert STANDARD.after_follow_up_business_days == 7
    assert (STANDARD.give_up_days, STANDARD.applied_give_up_days) == (30, 30)
    assert STANDARD.timezone == "UTC"
    assert STANDARD.country is None  # weekends only until the user names a country


def test_overrides_adjust_the_named_policy():
    policy = policy_from_preferences(
        "conservative",
        {
            "timezone": "Europe/Berlin",
            "country": "DE",
            "default_wait_business_days": 15,
            "give_up_days": 45.0,  # JSON numbers may come as floats
            "thank_you_due": 12,  # hours
            "thank_you_lapses": timedelta(hours=36),
        },
    )

    assert policy == Policy(
        name="conservative",
        follow_up_allowed=False,
        timezone="Europe/Berlin",
        country="DE",
        default_wait_business_days=15,
        give_up_days=45,
        thank_you_due=timedelta(hours=12),
        thank_you_lapses=timedelta(hours=36),
    )


@pytest.mark.parametrize(
    ("name", "overrides", "message"),
    [
        ("lenient", None, "policy: unknown policy 'lenient'; choose one of standard, conservative"),
        ("standard", {"patience": 3}, "patience: not a policy setting"),
        ("standard", {"name": "mine"}, "name: choose the policy by its name"),
        ("standard", {"timezone": "Mars/Olympus_Mons"}, "timezone: unknown time zone"),
        ("standard", {"timezone": ""}, "timezone: must be a time zone name"),
        ("standard", {"timezone": "../etc/passwd"}, "timezone: unknown time zone"),
        ("standard", {"country": "XX"}, "country: unknown country 'XX'"),
        ("standard", {"country": "us"}, "country: unknown country 'us'"),
        ("standard", {"country": "USA"}, "country: unknown country 'USA'"),
        ("standard", {"country": ""}, "country: unknown country ''"),
        ("standard", {"country": 1}, "country: unknown country 1"),
        ("standard", {"follow_up_allowed": "yes"}, "follow_up_allowed: must be true or false"),
        ("standard", {"give_up_days": 0}, "give_up_days: must be a whole number of days"),
        ("standard", {"give_up_days": 10.5}, "give_up_days: must be a whole number"),
        ("standard", {"give_up_days": True}, "give_up_days: must be a whole number"),
        ("standard", {"default_wait_business_days": "10"}, "default_wait_business_days: must"),
        ("standard", {"decision_grace_business_days": -1}, "decision_grace_business_days: must"),
        ("standard", {"after_follow_up_business_days": 10**9}, "after_follow_up_business_days"),
        ("standard", {"thank_you_due": -1}, "thank_you_due: must be a number of hours above 0"),
        ("standard", {"thank_you_due": float("nan")}, "thank_you_due: must be a number of hours"),
        ("standard", {"thank_you_due": 1e12}, "thank_you_due: must be a number of hours"),
        ("standard", {"thank_you_due": timedelta(0)}, "thank_you_due: must be a duration above 0"),
        ("standard", {"thank_you_lapses": "48h"}, "thank_you_lapses: must be a duration"),
        ("standard", {"thank_you_lapses": 12}, "thank_you_lapses: must not be shorter than"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(name, overrides, message):
    with pytest.raises(ValueError) as refused:
        policy_from_preferences(name, overrides)

    assert str(refused.value).startswith(message)


def test_a_policy_built_by_hand_is_checked_too():
    with pytest.raises(ValueError, match="^timezone: unknown time zone 'Nowhere'"):
        Policy(timezone="Nowhere")


def test_a_country_set_by_hand_is_checked_too():
    with pytest.raises(ValueError, match="^country: unknown country 'Narnia'"):
        Policy(country="Narnia")
    assert Policy(country="GB").country == "GB"
