"""Request bodies checked against the same JSON Schemas the OpenAPI document publishes.

A small validator for the subset of JSON Schema those schemas use (type, properties,
required, additionalProperties: false, enum, bounds, lengths, format date-time), so the
published contract and the checks cannot drift apart. The first problem found is
reported, with the field it is about: `windows.give_up_days: must be at least 1`.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Any

from flask import request

from server.errors import ApiError

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}
_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False  # JSON true is not 1
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time with its offset (`2026-12-01T09:00:00Z`), else None; also
    None when it carries a control character or its offset takes it out of years 1-9999."""
    if "T" not in text.upper() or not text.isprintable():
        return None
    try:
        value = datetime.fromisoformat(text.replace("z", "Z"))
        if value.tzinfo is None or value.utcoffset() is None:
            return None
        value.astimezone(UTC)  # OverflowError: "9999-12-31T23:59:59-23:59" is past 9999
    except (ValueError, OverflowError):
        return None
    return value


def _where(path: str) -> str:
    return path or "body"


def validate(value: Any, schema: dict[str, Any], path: str = "") -> None:
    """Raise a 422 ApiError naming the first field of `value` that `schema` refuses."""
    expected = schema.get("type")
    if expected is not None:
        names = expected if isinstance(expected, list) else [expected]
        if not any(_is_type(value, name) for name in names):
            wanted = " or ".join(_NAMES[_TYPES[name][0]] for name in names)
            got = _NAMES.get(type(value), type(value).__name__)
            raise ApiError(422, f"{_where(path)}: must be {wanted}, not {got}", field=path or None)
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(json.dumps(choice) for choice in schema["enum"])
        raise ApiError(422, f"{_where(path)}: must be one of {choices}", field=path or None)
    if isinstance(value, str):
        _check_string(value, schema, path)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(value, schema, path)
    elif isinstance(value, dict):
        _check_object(value, schema, path)


def _check_string(value: str, schema: dict[str, Any], path: str) -> None:
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ApiError(
            422, f"{_where(path)}: at most {schema['maxLength']} characters", field=path or None
        )
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise ApiError(
            422, f"{_where(path)}: at least {schema['minLength']} characters", field=path or None
        )
    if schema.get("format") == "date-time" and parse_datetime(value) is None:
        raise ApiError(
            422,
            f"{_where(path)}: not a date and time with an offset, such as "
            f"2026-12-01T09:00:00+01:00 (got {value[:40]!r})",
            field=path or None,
        )


def _check_number(value: float, schema: dict[str, Any], path: str) -> None:
    if not math.isfinite(value):
        raise ApiError(422, f"{_where(path)}: must be a finite number", field=path or None)
    if "minimum" in schema and value < schema["minimum"]:
        raise ApiError(
            422, f"{_where(path)}: must be at least {schema['minimum']}", field=path or None
        )
    if "maximum" in schema and value > schema["maximum"]:
        raise ApiError(
            422, f"{_where(path)}: must be at most {schema['maximum']}", field=path or None
        )


def _check_object(value: dict[str, Any], schema: dict[str, Any], path: str) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    if schema.get("additionalProperties") is False:
        for key in value:
            if key not in properties:
                known = ", ".join(properties) or "none"
                field = f"{path}.{key}" if path else key
                raise ApiError(422, f"{field}: unknown field (known fields: {known})", field=field)
    for key in schema.get("required", []):
        if key not in value:
            field = f"{path}.{key}" if path else key
            raise ApiError(422, f"{field}: required", field=field)
    for key, item in value.items():
        if key in properties:
            validate(item, properties[key], f"{path}.{key}" if path else key)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    """The request's JSON object, checked against `schema`. An empty body is `{}`.

    400 when the body is not a JSON object (or not declared as JSON), 413 when too large
    (Flask's MAX_CONTENT_LENGTH), 422 naming the field when the object breaks the schema.
    """
    raw = request.get_data(cache=True)
    if not raw.strip():
        body: Any = {}
    else:
        if request.mimetype != "application/json":
            raise ApiError(
                415,
                f"send the body as application/json, not {request.mimetype or 'no type'}",
            )
        try:
            body = json.loads(raw, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    validate(body, schema)
    return body
