"""The extension's files as Chrome reads them: the manifest's permissions and content
security policy, its icons, and the tables it shares with the worker."""

from __future__ import annotations

import json
import re
import struct

from gmail_sandbox.demo import unpacked_extension_id
from tests.conftest import ROOT
from worker.labels import PARENT_NAME

EXTENSION = ROOT / "extension"


def _manifest() -> dict:
    return json.loads((EXTENSION / "manifest.json").read_text())


def test_the_manifest_asks_only_for_what_the_extension_uses():
    manifest = _manifest()
    assert manifest["manifest_version"] == 3
    assert sorted(manifest["permissions"]) == ["alarms", "identity", "storage"]
    # The API answers this extension's origin by CORS: no host may be read.
    assert "host_permissions" not in manifest
    assert "optional_host_permissions" not in manifest
    assert manifest["background"] == {"service_worker": "background.js", "type": "module"}


def test_the_pages_may_run_only_the_extensions_own_scripts():
    policy = _manifest()["content_security_policy"]["extension_pages"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    for page in ("popup.html", "options.html"):
        html = (EXTENSION / page).read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), f"inline script in {page}"
        assert not re.search(r"\son[a-z]+=", html), f"inline handler in {page}"


def test_the_id_is_fixed_by_the_key_so_servers_can_allow_it():
    assert unpacked_extension_id() == "kghgijmimnfdkkemjdgloioholahbgob"  # the README names it


def test_every_icon_is_a_png_of_its_size():
    for size, path in _manifest()["icons"].items():
        data = (EXTENSION / path).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (int(size), int(size))


def test_the_popup_names_the_labels_the_worker_applies():
    from worker.labels import LABEL_NAMES

    source = (EXTENSION / "lib" / "advice.js").read_text()
    table = source.split("export const GMAIL_LABELS = {", 1)[1].split("};", 1)[0]
    in_popup = dict(re.findall(r'(\w+): "([^"]+)"', table))
    assert in_popup == {action: f"{PARENT_NAME}/{name}" for action, name in LABEL_NAMES.items()}
