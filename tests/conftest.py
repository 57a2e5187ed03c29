"""Shared fixtures. Tests use real parts: Redis on a dedicated database, the sandbox Gmail."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# A database number of its own, flushed around each test that uses it.
TEST_REDIS_URL = os.environ.get("AFTERVIEW_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def afterview_command(*args: str) -> list[str]:
    """The CLI as a subprocess, run from this checkout (not whatever is installed)."""
    return [sys.executable, "-m", "afterview", *args]


@pytest.fixture
def redis_conn():
    import redis

    conn = redis.Redis.from_url(TEST_REDIS_URL)
    try:
        conn.ping()
    except redis.ConnectionError as exc:  # scripts/test starts one; say so when run by hand
        pytest.fail(f"Redis at {TEST_REDIS_URL} does not answer ({exc}); run scripts/test")
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()
