"""Facts read from the Gmail discovery document the client library ships: which OAuth
scopes allow each method, and what each method's response holds. Read from the installed
package (never imported, never fetched), so the sandbox and the client agree without a
copied table."""

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
def _document() -> dict:
    path = _document_path()
    return {} if path is None else json.loads(path.read_text(encoding="utf-8"))


def _methods() -> list[dict]:
    found: list[dict] = []

    def walk(resources: dict) -> None:
        for resource in resources.values():
            found.extend(resource.get("methods", {}).values())
            walk(resource.get("resources", {}))

    walk(_document().get("resources", {}))
    return found


@lru_cache(maxsize=1)
def method_scopes() -> dict[str, frozenset[str]]:
    """Method id -> the scopes that allow it; empty when the document is not installed."""
    return {method["id"]: frozenset(method.get("scopes", ())) for method in _methods()}


@lru_cache(maxsize=1)
def response_schemas() -> dict[str, str]:
    """Method id -> the schema of its response ("Message"), for the methods that have one."""
    return {
        method["id"]: method["response"]["$ref"]
        for method in _methods()
        if "$ref" in method.get("response", {})
    }


def schemas() -> dict[str, dict]:
    """Schema id -> its JSON schema ("properties", "$ref", "items"), as the document has it."""
    return _document().get("schemas", {})
