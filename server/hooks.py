"""Webhooks that other services call, under `/hooks` (no extension CORS, no API token):
`POST /hooks/gmail` takes Gmail's push notifications from Cloud Pub/Sub (server.push).

Every answer but an error is 204: a push for an address nobody connected is acknowledged
all the same, so Pub/Sub stops delivering it; a refused or malformed one is a JSON error
(Pub/Sub retries those, and an operator sees them in its metrics)."""

from __future__ import annotations

from flask import Blueprint, Response, request

from server import push

blueprint = Blueprint("hooks", __name__, url_prefix="/hooks")


@blueprint.post("/gmail")
def gmail_push() -> Response:
    push.verify(request.headers.get("Authorization"), request.args.get("token"))
    push.sync_notified(push.parse(request.get_data()))
    return Response(status=204)
