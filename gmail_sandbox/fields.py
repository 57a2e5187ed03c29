"""Google's partial-response selector (`fields=`), parsed and applied to a JSON response.

Syntax: `a,b/c,d(e,f/g),*` — commas separate selections, `/` walks into an object,
parentheses select several sub-fields, `*` selects every field. A selection applies to
each element of an array. As Google does, a selection naming a field the response's
schema does not have is refused with a 400 (`check_fields`), not silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from gmail_sandbox.errors import GoogleError

# name -> sub-selection, or None for the whole value
Selection = dict[str, "Selection | None"]

_NAME = re.compile(r"[A-Za-z0-9_$*.\-]+")


def _invalid(text: str) -> GoogleError:
    return GoogleError(400, f"Invalid field selection {text}", reason="invalidParameter")


def _merge(into: Selection, name: str, sub: Selection | None) -> None:
    if name in into:
        current = into[name]
        if current is None or sub is None:
            into[name] = None
        else:
            for key, value in sub.items():
                _merge(current, key, value)
    else:
        into[name] = sub


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = "".join(text.split())
        self.pos = 0

    def fail(self) -> GoogleError:
        return _invalid(self.text)

    def selections(self, closing: str | None) -> Selection:
        result: Selection = {}
        while True:
            path = self.path()
            sub: Selection | None = None
            if self.pos < len(self.text) and self.text[self.pos] == "(":
                self.pos += 1
                sub = self.selections(")")
            for name in reversed(path[1:]):
                sub = {name: sub}
            _merge(result, path[0], sub)
            if self.pos >= len(self.text):
                if closing is not None:
                    raise self.fail()
                return result
            ch = self.text[self.pos]
            self.pos += 1
            if ch == ",":
                continue
            if ch == closing:
                return result
            raise self.fail()

    def path(self) -> list[str]:
        names = [self.name()]
        while self.pos < len(self.text) and self.text[self.pos] == "/":
            self.pos += 1
            names.append(self.name())
        return names

    def name(self) -> str:
        match = _NAME.match(self.text, self.pos)
        if not match:
            raise self.fail()
        self.pos = match.end()
        return match.group()


def parse_fields(text: str) -> Selection:
    if not text.strip():
        raise _invalid(text)
    return _Parser(text).selections(None)


def apply_fields(value: Any, selection: Selection | None) -> Any:
    if selection is None:
        return value
    if isinstance(value, list):
        return [apply_fields(item, selection) for item in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    wildcard = selection.get("*", False)
    for key, item in value.items():
        if key in selection:
            out[key] = apply_fields(item, selection[key])
        elif wildcard is not False:
            out[key] = apply_fields(item, wildcard)
    return out


def check_fields(
    selection: Selection, schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]
) -> None:
    """Google's 400 when `selection` names a field that `schema` (a discovery schema, its
    `$ref`s looked up in `schemas`) does not have, or selects inside a plain value."""
    resolved = _resolved(schema, schemas)
    properties = resolved.get("properties")
    for name, sub in selection.items():
        if name == "*":
            continue
        if properties is None:
            if "additionalProperties" in resolved:
                continue  # a map: any key is a field
            raise _invalid(name)
        if name not in properties:
            raise _invalid(name)
        if sub is not None:
            check_fields(sub, properties[name], schemas)


def _resolved(schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> Mapping:
    while True:
        if "$ref" in schema:
            schema = schemas.get(schema["$ref"], {})
        elif schema.get("type") == "array":
            schema = schema.get("items", {})
        else:
            return schema
