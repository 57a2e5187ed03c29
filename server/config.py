"""Configuration: defaults, then `AFTERVIEW_*` environment variables, then a test mapping.

The settings every process shares (database, Redis, Google endpoints) are resolved as
`afterview_config` resolves them for the worker; every key is in the README's table.
Reading settings does no I/O: connections are opened by the subsystems when first used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

import afterview_config

ENV_PREFIX = "AFTERVIEW"

# Google's endpoints, and their paths on a server that answers them (the sandbox): one
# table in `afterview_config`, which the worker reads too.
GOOGLE_ENDPOINTS = afterview_config.GOOGLE_ENDPOINTS
GOOGLE_PATHS = afterview_config.GOOGLE_PATHS

DEFAULTS: dict[str, Any] = {
    # Flask's session cookie carries only the pending sign-in's `state`; it needs a key.
    "SECRET_KEY": None,
    "SESSION_COOKIE_NAME": "afterview_signin",
    "SESSION_COOKIE_HTTPONLY": True,
    # The Google callback is a top-level cross-site navigation: Lax still sends the cookie.
    "SESSION_COOKIE_SAMESITE": "Lax",
    "PERMANENT_SESSION_LIFETIME": 600,
    # Request bodies are small JSON objects; anything bigger is refused before parsing.
    "MAX_CONTENT_LENGTH": 16 * 1024,
    "DATABASE_URL": None,  # else $DATABASE_URL, else a SQLite file in the instance folder
    "REDIS_URL": None,  # else $REDIS_URL, else redis://127.0.0.1:6379/0
    "QUEUE_PREFIX": "afterview",  # worker.queueing.Queues: afterview-interactive, ...
    "SECRET_KEYS": None,  # Fernet keys for refresh tokens (storage.crypto), comma-separated
    "PUBLIC_URL": None,  # e.g. https://afterview.example.com; the OAuth redirect is built on it
    "EXTENSION_IDS": [],  # Chrome extension ids allowed to call the API and receive tokens
    "GOOGLE_CLIENT_ID": None,
    "GOOGLE_CLIENT_SECRET": None,
    "GOOGLE_OAUTH_SERVER": None,  # a base URL answering Google's OAuth paths (the sandbox)
    **dict.fromkeys(GOOGLE_ENDPOINTS),
    "GOOGLE_HTTP_TIMEOUT": 10.0,
    # Gmail push notifications (server.push): the token's audience and signer, or a secret.
    "GMAIL_PUSH_TOPIC": None,
    "GMAIL_API_ENDPOINT": None,  # else GOOGLE_OAUTH_SERVER, else Google's (stopping watches)
    "GMAIL_PUSH_AUDIENCE": None,
    "GMAIL_PUSH_SERVICE_ACCOUNT": None,
    "GMAIL_PUSH_CERTS_URL": None,  # else GOOGLE_OAUTH_SERVER/oauth2/v1/certs, else Google's
    "GMAIL_PUSH_SECRET": None,
    "PROXY_FIX_X_FOR": 0,  # trusted reverse proxies in front (X-Forwarded-For/-Proto/-Host)
    # Rate limits (flask-limiter syntax), kept in Redis so every worker process shares them.
    "RATELIMIT_ENABLED": True,
    "RATELIMIT_STORAGE_URI": None,  # else REDIS_URL
    "RATELIMIT_STRATEGY": "fixed-window",
    "RATELIMIT_HEADERS_ENABLED": True,
    "RATELIMIT_API": "300 per minute",  # per user, across their API tokens
    "RATELIMIT_API_PER_ADDRESS": "1200 per minute",  # per client address, tokens or not
    "RATELIMIT_SIGNIN": "20 per minute",  # per client address
    "RATELIMIT_HOOKS": "1200 per minute",  # per client address (Pub/Sub's pushes)
}


def load(app: Flask, overrides: Mapping[str, Any] | None) -> None:
    """Fill `app.config`: defaults, `AFTERVIEW_*` variables, then `overrides` (tests)."""
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(ENV_PREFIX)
    if overrides:
        app.config.from_mapping(overrides)
    config = app.config
    # The unprefixed names the rest of the project (and Heroku-style hosts) use.
    shared = afterview_config.read()
    config["REDIS_URL"] = config["REDIS_URL"] or shared.redis_url
    config["DATABASE_URL"] = config["DATABASE_URL"] or shared.get("DATABASE_URL")
    config["RATELIMIT_STORAGE_URI"] = config["RATELIMIT_STORAGE_URI"] or config["REDIS_URL"]
    config["EXTENSION_IDS"] = _id_list(config["EXTENSION_IDS"])
    endpoints = afterview_config.Config(
        {
            key: config[key]
            for key in ("GOOGLE_OAUTH_SERVER", "GMAIL_API_ENDPOINT", *GOOGLE_ENDPOINTS)
            if config[key]
        }
    )
    config["GMAIL_API_ENDPOINT"] = endpoints.gmail_api_endpoint
    for key in GOOGLE_ENDPOINTS:
        config[key] = endpoints.google_endpoint(key)
    if not config["GMAIL_PUSH_CERTS_URL"]:
        config["GMAIL_PUSH_CERTS_URL"] = endpoints.push_certs_url
    public_url = config["PUBLIC_URL"]
    config["PUBLIC_URL"] = public_url.rstrip("/") if public_url else None
    # Secure cookies whenever the server is reached over HTTPS.
    config["SESSION_COOKIE_SECURE"] = bool(public_url and public_url.startswith("https://"))


def _id_list(value: Any) -> list[str]:
    """A list from JSON (`["a", "b"]`, as from_prefixed_env parses it) or "a,b"."""
    if isinstance(value, str):
        value = value.split(",")
    return [str(item).strip() for item in value or () if str(item).strip()]
