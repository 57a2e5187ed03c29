"""Bearer-token authentication for `/api`: the extension's opaque token, looked up by its
SHA-256 (an indexed column), compared in constant time (storage.api_tokens)."""

from __future__ import annotations

from flask import Blueprint, g, request

from server.clock import now
from server.db import get_session
from server.errors import ApiError
from storage.api_tokens import find_user_by_token
from storage.models import User

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="afterview"'}


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def token_user() -> User | None:
    """The user of the request's token when it is live, looked up once per request (the
    rate limiter asks before `authenticate` does)."""
    if "token_user" not in g:
        token = bearer_token()
        g.token_user = None if token is None else find_user_by_token(get_session(), token, now())
    return g.token_user


def user_key() -> str | None:
    """A rate-limit key for the caller: their user, whichever of their tokens they use."""
    user = token_user()
    return None if user is None else str(user.id)


def authenticate() -> None:
    """Before every `/api` request but the public ones: load the token's user into `g`."""
    if request.method == "OPTIONS" or request.endpoint in PUBLIC_ENDPOINTS:
        return
    if bearer_token() is None:
        raise ApiError(
            401,
            "sign in first: send the extension's token as `Authorization: Bearer <token>`",
            headers=_CHALLENGE,
        )
    session = get_session()
    user = token_user()
    if user is None:
        raise ApiError(
            401,
            "this token is not valid (unknown or revoked); sign in again",
            headers={"WWW-Authenticate": 'Bearer realm="afterview", error="invalid_token"'},
        )
    if session.dirty:  # last_used_at moved (at most every few minutes)
        session.commit()
    g.user = user
    g.user_id = user.id  # for the request's log lines (server.logs)


def current_user() -> User:
    return g.user


PUBLIC_ENDPOINTS: set[str] = {"api.openapi"}


def protect(blueprint: Blueprint) -> None:
    blueprint.before_request(authenticate)
