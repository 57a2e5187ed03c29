"""Google's `fields` selector syntax, parsed and applied."""

from __future__ import annotations

import pytest

from gmail_sandbox.errors import GoogleError
from gmail_sandbox.fields import apply_fields, check_fields, parse_fields

RESPONSE = {
    "messages": [
        {"id": "1", "threadId": "t1", "labelIds": ["INBOX"]},
        {"id": "2", "threadId": "t2"},
    ],
    "nextPageToken": "abc",
    "resultSizeEstimate": 2,
    "payload": {"mimeType": "text/plain", "headers": [{"name": "From", "value": "x"}]},
}


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("nextPageToken", {"nextPageToken": "abc"}),
        (
            "messages(id,threadId),nextPageToken",
            {"messages": [{"id": "1", "threadId": "t1"}, {"id": "2", "threadId": "t2"}],
             "nextPageToken": "abc"},
        ),
        ("messages/id", {"messages": [{"id": "1"}, {"id": "2"}]}),
        ("payload/headers(name)", {"payload": {"headers": [{"name": "From"}]}}),
        ("payload(mimeType,headers/value)",
         {"payload": {"mimeType": "text/plain", "headers": [{"value": "x"}]}}),
        ("messages(id),messages(labelIds)",
         {"messages": [{"id": "1", "labelIds": ["INBOX"]}, {"id": "2"}]}),
        ("messages/id,messages", {"messages": RESPONSE["messages"]}),
        ("payload/*", {"payload": RESPONSE["payload"]}),
        (" messages( id ) ", {"messages": [{"id": "1"}, {"id": "2"}]}),
        ("missing", {}),
    ],
)  # fmt: skip
def test_selection(selector, expected):
    assert apply_fields(RESPONSE, parse_fields(selector)) == expected


@pytest.mark.parametrize("selector", ["", "a,", "a(b", "a)b", "(a)", "a//b", "a(b,)"])
def test_malformed_selectors_are_400(selector):
    with pytest.raises(GoogleError) as bad:
        parse_fields(selector)
    assert bad.value.code == 400 and bad.value.reason == "invalidParameter"


SCHEMAS = {
    "Listing": {"properties": {"items": {"type": "array", "items": {"$ref": "Item"}},
                               "counts": {"type": "object", "additionalProperties": {}}}},
    "Item": {"properties": {"id": {"type": "string"}, "tags": {"type": "array",
                                                               "items": {"type": "string"}}}},
}  # fmt: skip


@pytest.mark.parametrize("selector", ["items(id,tags)", "items/*", "*", "counts/anything"])
def test_selections_the_schema_has_pass(selector):
    check_fields(parse_fields(selector), {"$ref": "Listing"}, SCHEMAS)  # raises if refused


@pytest.mark.parametrize(
    ("selector", "named"), [("items(idd)", "idd"), ("total", "total"), ("items/id/x", "x")]
)
def test_selections_the_schema_lacks_are_400(selector, named):
    with pytest.raises(GoogleError) as bad:
        check_fields(parse_fields(selector), {"$ref": "Listing"}, SCHEMAS)
    assert bad.value.code == 400 and str(bad.value) == f"Invalid field selection {named}"
