"""The JSON Schemas of the API's bodies: used to check requests (server.validation) and
published as they are in the OpenAPI document (server.openapi)."""

from __future__ import annotations

from typing import Any

from afterview.model import Action, Stage
from storage.models import DraftKind, FeedbackKind, SyncStatus

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
POLICY_NAMES = ["standard", "conservative"]

# Policy windows a user may adjust: name -> schema. Names and units are those of
# afterview.policy.policy_from_preferences (durations in hours, the rest in whole days).
WINDOWS: dict[str, dict[str, Any]] = {
    "thank_you_due": {
        "type": "number",
        "minimum": 1,
        "maximum": 336,
        "description": "hours after the interview by which a thank-you is due",
    },
    "thank_you_lapses": {
        "type": "number",
        "minimum": 1,
        "maximum": 336,
        "description": "hours after the interview when the thank-you window closes",
    },
    "decision_grace_business_days": {
        "type": "integer",
        "minimum": 0,
        "maximum": 60,
        "description": "business days added to the employer's stated decision date",
    },
    "default_wait_business_days": {
        "type": "integer",
        "minimum": 1,
        "maximum": 260,
        "description": "business days to wait when the employer stated no timeline",
    },
    "after_follow_up_business_days": {
        "type": "integer",
        "minimum": 1,
        "maximum": 260,
        "description": "business days after the follow-up before moving on",
    },
    "give_up_days": {
        "type": "integer",
        "minimum": 1,
        "maximum": 366,
        "description": "days of silence after the interview before moving on",
    },
    "applied_give_up_days": {
        "type": "integer",
        "minimum": 1,
        "maximum": 366,
        "description": "days without an answer to an application before moving on",
    },
}

GROUPS: list[tuple[str, str, tuple[Action, ...]]] = [
    ("act_now", "Act now", (Action.REPLY, Action.SEND_THANK_YOU, Action.FOLLOW_UP)),
    ("prepare", "Prepare", (Action.PREPARE,)),
    ("wait", "Wait", (Action.WAIT,)),
    ("move_on", "Move on", (Action.MOVE_ON,)),
    ("closed", "Closed", (Action.CLOSED,)),
    ("offer", "Offers", (Action.OFFER,)),
    # Threads the user said are interviews although the domain sees no interview in them.
    ("other", "Marked as interview", (Action.NONE,)),
]


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema["type"]
    return {**schema, "type": [*(kind if isinstance(kind, list) else [kind]), "null"]}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required is not None:
        schema["required"] = required
    return schema


def _closed(properties: dict[str, Any]) -> dict[str, Any]:
    """A response object: every property always present, nothing else."""
    return _object(properties, list(properties))


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}
WHEN = {"type": "string", "format": "date-time"}
MAYBE_WHEN = _nullable(WHEN)
MAYBE_STRING = _nullable(STRING)
MAYBE_INTEGER = _nullable(INTEGER)

# ---- requests -----------------------------------------------------------------------------

EMPTY_REQUEST = _object({})
SNOOZE_REQUEST = _object(
    {"until": {**WHEN, "description": "when the thread comes back, with its UTC offset"}},
    required=["until"],
)
NOT_INTERVIEW_REQUEST = _object(
    {
        "include_sender": {
            **BOOLEAN,
            "description": "also stop flagging other threads from this thread's employer "
            "addresses (default false)",
        }
    }
)
DRAFT_REQUEST = _object(
    {
        "kind": {
            "type": "string",
            "enum": [kind.value for kind in DraftKind],
            "description": "default: what the advice says (send_thank_you or follow_up)",
        }
    }
)
SYNC_REQUEST = _object(
    {"full": {**BOOLEAN, "description": "re-read the whole mailbox (default: only changes)"}}
)
# Pub/Sub's wrapped push (https://cloud.google.com/pubsub/docs/push); open objects, as
# Pub/Sub adds fields (message_id, publish_time, attributes...) as it sees fit.
GMAIL_PUSH_REQUEST = {
    "type": "object",
    "required": ["message"],
    "properties": {
        "message": {
            "type": "object",
            "required": ["data"],
            "properties": {
                "data": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "description": 'Gmail\'s notification: base64 of {"emailAddress", "historyId"}',
                },
                "messageId": STRING,
                "publishTime": WHEN,
                "attributes": {"type": "object"},
            },
        },
        "subscription": STRING,
    },
}
COUNTRY = {
    "type": ["string", "null"],
    "minLength": 2,
    "maxLength": 2,
    "description": "ISO 3166-1 alpha-2 code in capitals (US, GB, DE...): business days skip "
    "that country's public holidays; null counts weekends only",
}
PREFERENCES_REQUEST = _object(
    {
        "timezone": {"type": "string", "minLength": 1, "maxLength": 64},
        "country": COUNTRY,
        "policy": {"type": "string", "enum": POLICY_NAMES},
        "windows": _object(
            {name: _nullable(schema) for name, schema in WINDOWS.items()},
        ),
        "weekly_summary": _object(
            {"enabled": BOOLEAN, "day": {"type": "string", "enum": WEEKDAYS}},
        ),
    }
)

# ---- responses ----------------------------------------------------------------------------

ERROR = _closed(
    {
        "error": _object(
            {"code": STRING, "message": STRING, "field": STRING},
            required=["code", "message"],
        )
    }
)
APPLICATION = _closed({"id": INTEGER, "company": STRING, "role": MAYBE_STRING})
THREAD = _closed(
    {
        "id": INTEGER,
        "gmail_thread_id": STRING,
        "account": STRING,
        "company": MAYBE_STRING,
        "role": MAYBE_STRING,
        "subject": STRING,
        "stage": {"type": "string", "enum": [stage.value for stage in Stage]},
        "action": {"type": "string", "enum": [action.value for action in Action]},
        "reason": STRING,
        "until": MAYBE_WHEN,
        "due": MAYBE_WHEN,
        # until and due name days whose hours are Afterview's stand-ins (an interview fixed
        # to a day with no clock time stated): show the day only
        "day_only": BOOLEAN,
        "contact": MAYBE_STRING,
        "last_message_at": MAYBE_WHEN,
        "gmail_url": STRING,
        "application": {"oneOf": [APPLICATION, {"type": "null"}]},
    }
)
THREAD_LIST = _closed(
    {
        "now": WHEN,
        "timezone": STRING,
        "groups": {
            "type": "array",
            "items": _closed(
                {
                    "key": {"type": "string", "enum": [key for key, _, _ in GROUPS]},
                    "title": STRING,
                    "threads": {"type": "array", "items": THREAD},
                }
            ),
        },
    }
)
SUMMARY = _closed(
    {
        "now": WHEN,
        "actions_due": INTEGER,
        "interviews_this_week": INTEGER,
        "counts": _closed({key: INTEGER for key, _, _ in GROUPS}),
    }
)
FEEDBACK = _closed(
    {
        "thread_id": INTEGER,
        "feedback": {"type": "string", "enum": [kind.value for kind in FeedbackKind]},
        "until": MAYBE_WHEN,
        "senders": {"type": "array", "items": STRING},
    }
)
JOB_STATE = {"type": "string", "enum": ["queued", "already_queued"]}
DRAFT = _closed(
    {
        "draft": _closed(
            {
                "id": INTEGER,
                "thread_id": INTEGER,
                "kind": {"type": "string", "enum": [kind.value for kind in DraftKind]},
                "status": STRING,
            }
        ),
        "job": JOB_STATE,
    }
)
PREFERENCES = _closed(
    {
        "timezone": STRING,
        "country": COUNTRY,
        "policy": {"type": "string", "enum": POLICY_NAMES},
        "windows": _closed(dict(WINDOWS)),
        "weekly_summary": _closed(
            {"enabled": BOOLEAN, "day": {"type": "string", "enum": WEEKDAYS}}
        ),
    }
)
SYNC_STATUS = _closed(
    {
        "accounts": {
            "type": "array",
            "items": _closed(
                {
                    "id": INTEGER,
                    "address": STRING,
                    "status": {"type": "string", "enum": [status.value for status in SyncStatus]},
                    "job": MAYBE_STRING,
                    "phase": MAYBE_STRING,
                    "phase_text": {
                        **MAYBE_STRING,
                        "description": "the phase in words, for the popup: "
                        '"recent mail", then "the last 12 months"',
                    },
                    "progress": _closed(
                        {
                            "done": {**INTEGER, "description": "threads read"},
                            "total": {
                                **INTEGER,
                                "description": "threads expected, as far as the phase "
                                "has listed them (0: not yet known)",
                            },
                            "seconds_left": {
                                **MAYBE_INTEGER,
                                "description": "the worker's estimate of the time the "
                                "threads left take at the account's Gmail quota",
                            },
                        }
                    ),
                    "last_full_sync_at": MAYBE_WHEN,
                    "last_incremental_sync_at": MAYBE_WHEN,
                    "last_error": MAYBE_STRING,
                    "needs_reauth": BOOLEAN,
                    "reauth_reason": MAYBE_STRING,
                }
            ),
        }
    }
)
SYNC_STARTED = _closed(
    {
        "accounts": {
            "type": "array",
            "items": _closed(
                {
                    "id": INTEGER,
                    "address": STRING,
                    "job": {"type": "string", "enum": ["queued", "already_queued", "needs_reauth"]},
                    "message": STRING,
                }
            ),
        }
    }
)
ACCOUNT_DELETED = _closed(
    {
        "deleted": {"type": "boolean", "enum": [True]},
        "email": STRING,
        "accounts": {
            "type": "array",
            "items": _closed(
                {"address": STRING, "google_access_revoked": BOOLEAN, "message": STRING}
            ),
        },
    }
)
ACCOUNT_DELETION_PENDING = _closed(
    {
        "deleted": {"type": "boolean", "enum": [False]},
        "deletion_pending": {"type": "boolean", "enum": [True]},
        "email": STRING,
        "accounts": ACCOUNT_DELETED["properties"]["accounts"],
        "message": STRING,
    }
)
TOKEN_REVOKED = _closed({"revoked": {"type": "boolean", "enum": [True]}})
HEALTH = _closed({"status": {"type": "string", "enum": ["ok"]}})
READINESS = _closed(
    {
        "status": {"type": "string", "enum": ["ready", "unavailable"]},
        "checks": _closed({"database": STRING, "redis": STRING, "encryption_key": STRING}),
    }
)
