"""Which threads belong to one application: the same company and role, however spelled.

Storage groups thread records under one application row by this key; it is domain logic
(names as employers and signatures spell them), so it lives here, with no storage in it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Company names differ by legal form and punctuation across ATS mails and signatures.
_LEGAL_SUFFIXES = frozenset(
    "inc incorporated llc ltd limited plc corp corporation co gmbh ag sa sas bv nv pty".split()
)
_KEY_LENGTH = 255  # the column storing it (storage.models.Application.key)


def _words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.findall(r"[^\W_]+", plain.casefold())


def application_key(company: str, role: str | None) -> str:
    """The key that groups threads into one application: same company, same role.

    Case, accents, punctuation, spacing and a trailing legal form do not matter:
    "ACME, Inc." / "Sr. Engineer" and "Acme" / "sr engineer" give the same key.
    """
    company_words = _words(company)
    while len(company_words) > 1 and company_words[-1] in _LEGAL_SUFFIXES:
        company_words.pop()
    if not company_words:
        raise ValueError(f"an application needs a company name, got {company!r}")
    key = " ".join(company_words) + "|" + " ".join(_words(role or ""))
    if len(key) > _KEY_LENGTH:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        key = key[: _KEY_LENGTH - 17] + "#" + digest
    return key
