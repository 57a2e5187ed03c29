"""Readable test data: `a_thread(...)...build()` makes Message lists (see messages.py)."""

from tests.builders.messages import (
    ATS,
    ME,
    RECRUITER,
    ThreadBuilder,
    a_message,
    a_thread,
    address,
    dt,
    invite,
    read_alone,
)

__all__ = [
    "ATS",
    "ME",
    "RECRUITER",
    "ThreadBuilder",
    "a_message",
    "a_thread",
    "address",
    "dt",
    "invite",
    "read_alone",
]
