"""Links into Gmail's web client, for the popup and the weekly summary email."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote


@lru_cache(maxsize=1024)
def _gmail_prefix(account: str) -> str:
    return f"https://mail.google.com/mail/?authuser={quote(account)}#all/"


def gmail_url(account: str, gmail_thread_id: str) -> str:
    """Opens the thread in Gmail, in the right account when several are signed in."""
    if not gmail_thread_id.isalnum():  # Gmail's ids are hex; anything else is escaped
        gmail_thread_id = quote(gmail_thread_id, safe="")
    return _gmail_prefix(account) + gmail_thread_id
