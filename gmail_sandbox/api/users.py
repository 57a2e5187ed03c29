"""users.getProfile"""

from __future__ import annotations

from gmail_sandbox.api.gateway import gmail_method
from gmail_sandbox.store import Mailbox


@gmail_method("gmail.users.getProfile", "/profile", ["GET"])
def get_profile(mailbox: Mailbox):
    return mailbox.profile()
