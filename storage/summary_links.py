"""The link in every weekly summary that changes or stops it, without signing in.

It carries the user's id encrypted with the deployment's keys (`storage.crypto`, Fernet:
authenticated, so a link cannot be forged or pointed at another user), which the worker
that writes the email and the server that answers the link both hold.
"""

from __future__ import annotations

from urllib.parse import urlencode

from storage.crypto import SecretBox, SecretKeyError

SETTINGS_PATH = "/summary/settings"
_PURPOSE = "weekly-summary:"


def summary_settings_url(public_url: str | None, box: SecretBox, user_id: int) -> str | None:
    """`PUBLIC_URL/summary/settings?token=...`; None without a public URL or keys."""
    if not public_url:
        return None
    try:
        token = box.encrypt(f"{_PURPOSE}{user_id}")
    except SecretKeyError:
        return None
    return f"{public_url.rstrip('/')}{SETTINGS_PATH}?{urlencode({'token': token})}"


def user_id_from_token(box: SecretBox, token: str) -> int | None:
    """The user a settings link was made for; None for anything else."""
    try:
        clear = box.decrypt(token)
    except (SecretKeyError, UnicodeEncodeError):
        return None
    number = clear.removeprefix(_PURPOSE)
    return int(number) if clear.startswith(_PURPOSE) and number.isdigit() else None
