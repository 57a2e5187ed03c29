"""`/healthz`: the process answers. `/readyz`: so do the database and Redis."""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from sqlalchemy import text

from server.db import database
from server.jobs import redis_connection
from server.logs import log

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@blueprint.get("/readyz")
def readyz() -> tuple[dict[str, Any], int]:
    checks = {"database": "ok", "redis": "ok"}
    try:
        with database().engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        log.warning("readiness: database: %s", type(exc).__name__)
        checks["database"] = f"unavailable ({type(exc).__name__})"
    try:
        redis_connection().ping()
    except Exception as exc:
        log.warning("readiness: redis: %s", type(exc).__name__)
        checks["redis"] = f"unavailable ({type(exc).__name__})"
    ready = all(value == "ok" for value in checks.values())
    return {"status": "ready" if ready else "unavailable", "checks": checks}, (
        200 if ready else 503
    )
