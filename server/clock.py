"""The time the advice is computed for: the real clock, read in one place."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)
