"""Draws the extension's toolbar icons (extension/icons/icon-N.png): a blue rounded square
with a white tick. Standard library only; run it again after changing the drawing:

    .venv/bin/python scripts/make_extension_icons.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZES = (16, 32, 48, 128)
BLUE = (11, 87, 208)
WHITE = (255, 255, 255)
# The tick, as two segments in a 0..1 square.
TICK = (((0.27, 0.52), (0.44, 0.69)), ((0.44, 0.69), (0.75, 0.33)))


def _distance_to_segment(x: float, y: float, a: tuple, b: tuple) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2) ** 0.5


def _coverage(distance: float, edge: float, pixel: float) -> float:
    """How much of a pixel lies inside a shape whose border is `distance - edge` away."""
    return max(0.0, min(1.0, 0.5 - (distance - edge) / pixel))


def pixels(size: int) -> list[list[tuple[int, int, int, int]]]:
    pixel, radius, stroke = 1 / size, 0.22, 0.075
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            x, y = (i + 0.5) / size, (j + 0.5) / size
            # Rounded square: distance outside the inner square, minus the corner radius.
            qx, qy = max(abs(x - 0.5) - (0.5 - radius), 0), max(abs(y - 0.5) - (0.5 - radius), 0)
            inside = _coverage((qx * qx + qy * qy) ** 0.5, radius, pixel)
            tick = max(_coverage(_distance_to_segment(x, y, a, b), stroke, pixel) for a, b in TICK)
            colour = tuple(
                round(w * tick + c * (1 - tick)) for w, c in zip(WHITE, BLUE, strict=True)
            )
            row.append((*colour, round(255 * inside)))
        rows.append(row)
    return rows


def png(rows: list[list[tuple[int, int, int, int]]]) -> bytes:
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "extension" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (folder / f"icon-{size}.png").write_bytes(png(pixels(size)))


if __name__ == "__main__":
    main()
