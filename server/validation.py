"""Request bodies checked against the same JSON Schemas the OpenAPI document publishes.

`jsonschema` does the checking (Draft 2020-12, the dialect of OpenAPI 3.1), so the
published contract and the checks cannot drift apart; this module only words its first
error for a person and names the field it is about: `windows.give_up_days: must be at
least 1`. `date-time` is checked as RFC 3339 with an offset (jsonschema leaves formats
to optional packages).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from flask import request
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from server.errors import ApiError

_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}
_NAME_OF_VALUE = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


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


_FORMATS = FormatChecker(formats=())
_FORMATS.checks("date-time")(
    lambda value: not isinstance(value, str) or bool(parse_datetime(value))
)


def _field(error: ValidationError, key: str | None = None) -> str:
    parts = [str(part) for part in error.absolute_path]
    if key is not None:
        parts.append(key)
    return ".".join(parts)


def _where(field: str) -> str:
    return field or "body"


def _choices(values: list[Any]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _first_missing(error: ValidationError) -> str:
    return next(key for key in error.validator_value if key not in error.instance)


def _first_unknown(error: ValidationError) -> str:
    known = error.schema.get("properties", {})
    return next(key for key in error.instance if key not in known)


def _type_message(error: ValidationError) -> str:
    names = (
        error.validator_value
        if isinstance(error.validator_value, list)
        else [error.validator_value]
    )
    wanted = " or ".join(_NAMES[name] for name in names)
    got = _NAME_OF_VALUE.get(type(error.instance), type(error.instance).__name__)
    return f"must be {wanted}, not {got}"


def _date_time_message(error: ValidationError) -> str:
    return (
        "not a date and time with an offset, such as 2026-12-01T09:00:00+01:00 "
        f"(got {str(error.instance)[:40]!r})"
    )


# keyword -> what to say about the value, after "field: "
_WORDING: dict[str, Callable[[ValidationError], str]] = {
    "type": _type_message,
    "enum": lambda error: f"must be one of {_choices(error.validator_value)}",
    "const": lambda error: f"must be {json.dumps(error.validator_value)}",
    "minimum": lambda error: f"must be at least {error.validator_value}",
    "maximum": lambda error: f"must be at most {error.validator_value}",
    "minLength": lambda error: f"at least {error.validator_value} characters",
    "maxLength": lambda error: f"at most {error.validator_value} characters",
    "format": _date_time_message,
}


def problem(error: ValidationError) -> tuple[str, str]:
    """(field, message) for one jsonschema error, as the API words it."""
    if error.validator == "required":
        field = _field(error, _first_missing(error))
        return field, f"{field}: required"
    if error.validator == "additionalProperties":
        field = _field(error, _first_unknown(error))
        known = ", ".join(error.schema.get("properties", {})) or "none"
        return field, f"{field}: unknown field (known fields: {known})"
    field = _field(error)
    wording = _WORDING.get(str(error.validator))
    return field, f"{_where(field)}: {wording(error) if wording else error.message}"


_VALIDATORS: dict[int, tuple[dict[str, Any], Draft202012Validator]] = {}


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    # The schemas are module constants: build each one's validator once.
    found = _VALIDATORS.get(id(schema))
    if found is None or found[0] is not schema:
        found = _VALIDATORS[id(schema)] = (
            schema,
            Draft202012Validator(schema, format_checker=_FORMATS),
        )
    return found[1]


def validate(value: Any, schema: dict[str, Any]) -> None:
    """Raise a 422 ApiError naming the field of `value` that `schema` refuses."""
    error = best_match(_validator(schema).iter_errors(value))
    if error is not None:
        field, message = problem(error)
        raise ApiError(422, message, field=field or None)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is too large a number")
    return number


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
            body = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite)
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    validate(body, schema)
    return body
