"""The README's screenshots, taken by the browser tests into docs/screenshots/."""

from __future__ import annotations

import struct
import zlib

from tests.conftest import ROOT

SCREENSHOTS = ROOT / "docs" / "screenshots"


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
