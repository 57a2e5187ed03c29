"""Rate limits (flask-limiter, counters in Redis so every worker process shares them):
per user on `/api` (whichever of their tokens they use; per address for a request without
a live token), per client address on `/api`, on sign-in and on `/hooks` (Pub/Sub's
pushes). A limit reached is
answered 429 with the usual JSON error and a Retry-After header."""

from __future__ import annotations

from flask import Blueprint, Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from server.auth import user_key


def _user_or_address() -> str:
    key = user_key()
    return f"user:{key}" if key else f"address:{get_remote_address()}"


def _is_preflight() -> bool:
    return request.method == "OPTIONS"


def init_app(app: Flask, api: Blueprint, signin: Blueprint, hooks: Blueprint) -> None:
    # One limiter per app (its storage and registrations live on the instance).
    limiter = Limiter(
        get_remote_address,
        app=app,
        key_prefix="afterview",
        # A Redis outage must not take the API down with it: count in memory meanwhile.
        in_memory_fallback_enabled=True,
    )
    # Shared: one counter across every route of the blueprint, not one per route.
    limiter.shared_limit(
        lambda: current_app.config["RATELIMIT_API"],
        scope="api-user",
        key_func=_user_or_address,
        exempt_when=_is_preflight,
    )(api)
    limiter.shared_limit(
        lambda: current_app.config["RATELIMIT_API_PER_ADDRESS"],
        scope="api-address",
        key_func=get_remote_address,
        exempt_when=_is_preflight,
    )(api)
    limiter.shared_limit(lambda: current_app.config["RATELIMIT_SIGNIN"], scope="signin")(signin)
    limiter.shared_limit(lambda: current_app.config["RATELIMIT_HOOKS"], scope="hooks")(hooks)
    app.extensions["afterview.limiter"] = limiter
