"""The page every weekly summary links to (and names in its List-Unsubscribe header): it
says whether the summary is on and turns it off, in one click from the mail client
(RFC 8058's one-click POST) or with the button on the page. The link's token stands for
the signed-in user (`storage.summary_links`); turning it back on, or changing its day, is
in the extension's settings."""

from __future__ import annotations

from html import escape

from flask import Blueprint, Response, request

from server.db import get_session, secret_box
from storage.models import User
from storage.summary_links import SETTINGS_PATH, user_id_from_token

blueprint = Blueprint("summary_settings", __name__)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The page posts to itself and loads nothing.
_CSP = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"


def _page(title: str, *paragraphs: str, form: bool = False, status: int = 200) -> Response:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    if form:
        body += (
            '<form method="post"><input type="hidden" name="List-Unsubscribe" '
            'value="One-Click"><button type="submit">Turn the weekly summary off</button></form>'
        )
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title></head><body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    answer = Response(html, status=status, mimetype="text/html")
    answer.headers["Content-Security-Policy"] = _CSP
    return answer


def _user() -> User | None:
    user_id = user_id_from_token(secret_box(), request.args.get("token", ""))
    return None if user_id is None else get_session().get(User, user_id)


def _not_found() -> Response:
    return _page(
        "Link not recognised",
        "This link does not open any weekly summary's settings. Change the summary in the "
        "Afterview extension's settings.",
        status=404,
    )


@blueprint.get(SETTINGS_PATH)
def show() -> Response:
    user = _user()
    if user is None:
        return _not_found()
    if not user.weekly_summary_enabled:
        return _page(
            "Weekly summary: off",
            f"Afterview sends no weekly summary to {escape(user.email)}. Turn it back on in "
            "the extension's settings.",
        )
    return _page(
        "Weekly summary: on",
        f"Afterview sends {escape(user.email)} a summary every "
        f"{_WEEKDAYS[user.weekly_summary_day]} at 08:00 ({escape(user.timezone)}). Change "
        "its day in the extension's settings, or turn it off here.",
        form=True,
    )


@blueprint.post(SETTINGS_PATH)
def turn_off() -> Response:
    user = _user()
    if user is None:
        return _not_found()
    user.weekly_summary_enabled = False
    get_session().commit()
    return _page(
        "Weekly summary: off",
        f"Afterview will send no more weekly summaries to {escape(user.email)}. Turn it back "
        "on in the extension's settings.",
    )
