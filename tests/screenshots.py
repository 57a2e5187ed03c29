"""For the browser tests: Debian's Chromium, and the README's screenshots they take into
docs/screenshots/."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("AFTERVIEW_CHROMIUM", "/usr/bin/chromium")


def skip_module_without_chromium() -> None:
    """Call at a browser test module's top: skips it, saying why, without Chromium."""
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: scripts/test installs Debian's chromium with apt-get "
            "(or set AFTERVIEW_CHROMIUM)",
            allow_module_level=True,
        )


def png_pixels(data: bytes) -> bytes:
    """The (filtered) pixel bytes of a PNG: its IDAT chunks, decompressed."""
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        if data[offset + 4 : offset + 8] == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    return zlib.decompress(b"".join(chunks))


def keep_screenshot(taken: bytes, name: str) -> None:
    """Saves the README's screenshot, unless the one there differs only in antialiasing
    (Chromium rounds a few corner pixels differently from run to run): running the
    suite should not leave a changed picture behind each time."""
    path = SCREENSHOTS / f"{name}.png"
    if path.exists():
        before, after = png_pixels(path.read_bytes()), png_pixels(taken)
        if len(before) == len(after):
            changed = sum(a != b for a, b in zip(before, after, strict=True))
            if changed <= len(after) // 10_000:
                return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path.write_bytes(taken)
