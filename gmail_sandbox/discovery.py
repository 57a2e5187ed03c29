"""Facts read from the Gmail discovery document the client library ships: which OAuth
scopes allow each method. Read from the installed package (never imported, never fetched),
so the sandbox and the client agree without a copied table."""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

METADATA_SCOPE = "https://www.googleapis.com/auth/gmail.metadata"


def _document_path() -> Path | None:
    spec = importlib.util.find_spec("googleapiclient")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "discovery_cache" / "documents" / "gmail.v1.json"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def method_scopes() -> dict[str, frozenset[str]]:
    """Method id -> the scopes that allow it; empty when the document is not installed."""
    path = _document_path()
    if path is None:
        return {}
    document = json.loads(path.read_text(encoding="utf-8"))
    scopes: dict[str, frozenset[str]] = {}

    def walk(resources: dict) -> None:
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                scopes[method["id"]] = frozenset(method.get("scopes", ()))
            walk(resource.get("resources", {}))

    walk(document.get("resources", {}))
    return scopes
