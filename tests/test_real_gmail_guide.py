"""The README's real-Gmail guide says what the code does: the scopes the server asks for,
the redirect path it builds on PUBLIC_URL, the extension's fixed id, and the settings it
names exist."""

from __future__ import annotations

import re

import afterview_config
from gmail_sandbox.demo import unpacked_extension_id
from server import create_app
from server.google_oauth import SCOPES
from server.signin import _redirect_uri
from tests.conftest import ROOT


def _guide() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    return readme.split("## Your own Gmail, through Google", 1)[1].split("\n## ", 1)[0]


def test_the_guide_names_every_scope_the_server_asks_for():
    guide = _guide()
    for scope in SCOPES:
        assert f"`{scope}`" in guide, scope


def test_the_redirect_uri_is_the_one_the_server_builds():
    app = create_app({"PUBLIC_URL": "https://your-host.example", "SECRET_KEY": "x" * 40})
    with app.test_request_context():
        built = _redirect_uri()

    assert built == "https://your-host.example/auth/google/callback"
    assert "`https://YOUR-HOST/auth/google/callback`" in _guide()


def test_the_extension_id_is_the_one_its_key_fixes():
    assert f"`{unpacked_extension_id()}`" in _guide()


def test_every_setting_the_guide_names_exists():
    named = set(re.findall(r"AFTERVIEW_([A-Z_]+)", _guide()))

    assert named and named <= set(afterview_config.BY_NAME)
