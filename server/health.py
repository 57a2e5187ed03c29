"""`/healthz`: the process answers. `/readyz`: so do the database and Redis, and the
encryption key is configured and opens the stored Google tokens."""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from sqlalchemy import select, text

from server.db import database, secret_box
from server.jobs import redis_connection
from server.logs import log
from storage.crypto import SecretKeyError
from storage.models import GmailAccount

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@blueprint.get("/readyz")
def readyz() -> tuple[dict[str, Any], int]:
    checks = {"database": "ok", "redis": "ok", "encryption_key": "ok"}
    newest_token = None
    try:
        with database().engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            newest_token = connection.scalar(
                select(GmailAccount.refresh_token_ciphertext)
                .where(GmailAccount.refresh_token_ciphertext.is_not(None))
                .order_by(GmailAccount.id.desc())
                .limit(1)
            )
    except Exception as exc:
        log.warning("readiness: database: %s", type(exc).__name__)
        checks["database"] = f"unavailable ({type(exc).__name__})"
    try:
        secret_box().require_keys()
        if newest_token is not None:
            secret_box().decrypt(newest_token)  # the key that opens what is stored
    except SecretKeyError as exc:
        log.warning("readiness: encryption key: %s", exc)
        checks["encryption_key"] = f"unavailable ({exc})"
    try:
        redis_connection().ping()
    except Exception as exc:
        log.warning("readiness: redis: %s", type(exc).__name__)
        checks["redis"] = f"unavailable ({type(exc).__name__})"
    ready = all(value == "ok" for value in checks.values())
    return {"status": "ready" if ready else "unavailable", "checks": checks}, (
        200 if ready else 503
    )
