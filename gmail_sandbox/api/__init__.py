"""The Gmail v1 REST API: one module per resource, all on one blueprint."""

from gmail_sandbox.api import drafts, history, labels, messages, threads, users  # noqa: F401
from gmail_sandbox.api.gateway import blueprint

__all__ = ["blueprint"]
