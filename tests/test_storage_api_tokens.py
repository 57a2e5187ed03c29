"""The extension's API tokens: handed out once, stored as a hash, revocable."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.api_tokens import find_user_by_token, hash_token, issue_api_token, revoke_api_token
from storage.models import ApiToken
from tests.storage_builders import NOW, a_user


def test_an_issued_token_finds_its_user_and_only_its_hash_is_stored(db):
    with db.session() as session:
        alice, bob = a_user(session), a_user(session)
        alice_token, bob_token = issue_api_token(session, alice), issue_api_token(session, bob)
        alice_id = alice.id
    with db.session() as session:
        assert find_user_by_token(session, alice_token).id == alice_id
        assert find_user_by_token(session, bob_token).id != alice_id
        rows = session.scalars(select(ApiToken)).all()
        assert {row.token_hash for row in rows} == {hash_token(alice_token), hash_token(bob_token)}
        for row in rows:
            assert alice_token not in repr(row) and alice_token not in row.token_hash


def test_tokens_are_long_random_and_distinct(db):
    with db.session() as session:
        user = a_user(session)
        tokens = {issue_api_token(session, user) for _ in range(5)}
    assert len(tokens) == 5
    assert all(token.startswith("afv_") and len(token) >= 40 for token in tokens)


def test_unknown_malformed_and_revoked_tokens_find_no_one(db):
    with db.session() as session:
        token = issue_api_token(session, a_user(session))
    with db.session() as session:
        assert find_user_by_token(session, "afv_" + "x" * 43) is None
        assert find_user_by_token(session, "") is None
        assert find_user_by_token(session, "a" * 10_000) is None
        assert revoke_api_token(session, token) is True
    with db.session() as session:
        assert find_user_by_token(session, token) is None
        assert revoke_api_token(session, token) is False


def test_revoking_one_token_leaves_the_others(db):
    with db.session() as session:
        user = a_user(session)
        laptop, desktop = issue_api_token(session, user), issue_api_token(session, user)
        revoke_api_token(session, laptop)
    with db.session() as session:
        assert find_user_by_token(session, laptop) is None
        assert find_user_by_token(session, desktop) is not None


def test_last_use_is_recorded_coarsely(db):
    with db.session() as session:
        token = issue_api_token(session, a_user(session))
    with db.session() as session:
        find_user_by_token(session, token, now=NOW)
        find_user_by_token(session, token, now=NOW + timedelta(minutes=1))  # too soon to write
    with db.session() as session:
        assert session.scalars(select(ApiToken.last_used_at)).one() == NOW
        find_user_by_token(session, token, now=NOW + timedelta(minutes=6))
    with db.session() as session:
        assert session.scalars(select(ApiToken.last_used_at)).one() == NOW + timedelta(minutes=6)


def _issued_at(session, token: str, when) -> None:
    session.scalars(
        select(ApiToken).where(ApiToken.token_hash == hash_token(token))
    ).one().created_at = when


def test_a_token_unused_for_30_days_expires_and_each_use_renews_it(db):
    with db.session() as session:
        token = issue_api_token(session, a_user(session))
        _issued_at(session, token, NOW)
    with db.session() as session:  # used on day 29: valid 30 days from then
        assert find_user_by_token(session, token, now=NOW + timedelta(days=29)) is not None
    with db.session() as session:
        assert find_user_by_token(session, token, now=NOW + timedelta(days=58)) is not None
    with db.session() as session:  # then unused past 30 days
        assert find_user_by_token(session, token, now=NOW + timedelta(days=88, hours=1)) is None


def test_a_token_in_daily_use_ends_after_180_days(db):
    with db.session() as session:
        token = issue_api_token(session, a_user(session))
        _issued_at(session, token, NOW)
    for day in range(10, 180, 10):  # never idle for long
        with db.session() as session:
            assert find_user_by_token(session, token, now=NOW + timedelta(days=day)) is not None
    with db.session() as session:
        assert find_user_by_token(session, token, now=NOW + timedelta(days=180, hours=1)) is None
