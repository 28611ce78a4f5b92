"""Build `bot/channels/web/static/fonts/rafiq-icons.ttf`: a tiny font with only the two icons Rafiq's texts
use, 📖 (U+1F4D6, the source line) and 🎥 (U+1F3A5, live sessions), drawn here as simple outlines.

The web page and the console list it after the usual emoji fonts, so a machine without any emoji font
shows these outlines instead of empty boxes. Drawn for Rafiq, under the project's licence (MIT).
Run: ``python scripts/build_icon_font.py`` (needs fontTools; the output is deterministic).
"""
from __future__ import annotations

import math
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

OUT = Path(__file__).resolve().parents[1] / "bot" / "channels" / "web" / "static" / "fonts" / "rafiq-icons.ttf"
EM, ADVANCE = 1000, 1100
Point = tuple[float, float]


def contour(pen: TTGlyphPen, points: list[Point]) -> None:
    """One closed polygon (clockwise fills, counter-clockwise cuts a hole)."""
    pen.moveTo(points[0])
    for point in points[1:]:
        pen.lineTo(point)
    pen.closePath()


def rect(x0: float, y0: float, x1: float, y1: float, hole: bool = False) -> list[Point]:
    """A rectangle, clockwise (or counter-clockwise for a hole)."""
    points = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
    return points[::-1] if hole else points


def circle(cx: float, cy: float, r: float, hole: bool = False, n: int = 24) -> list[Point]:
    """A polygon close to a circle."""
    points = [(round(cx + r * math.cos(-2 * math.pi * i / n)), round(cy + r * math.sin(-2 * math.pi * i / n)))
              for i in range(n)]
    return points[::-1] if hole else points


def book():
    """📖 an open book: two pages with a gap at the spine and three lines of text cut in each."""
    pen = TTGlyphPen(None)
    left = [(80, 120), (80, 760), (300, 800), (520, 740), (520, 100), (300, 160)]
    right = [(580, 100), (580, 740), (800, 800), (1020, 760), (1020, 120), (800, 160)]
    contour(pen, left)
    contour(pen, right)
    for y in (560, 440, 320):
        contour(pen, rect(150, y, 450, y + 40, hole=True))
        contour(pen, rect(650, y, 950, y + 40, hole=True))
    return pen.glyph()


def camera():
    """🎥 a movie camera: a body, a lens cone in front, two reels on top."""
    pen = TTGlyphPen(None)
    contour(pen, rect(80, 120, 700, 520))
    contour(pen, [(720, 320), (1020, 540), (1020, 100)][::-1])
    for cx in (230, 520):
        contour(pen, circle(cx, 680, 140))
        contour(pen, circle(cx, 680, 50, hole=True))
    return pen.glyph()


def empty():
    """The .notdef glyph (nothing drawn)."""
    return TTGlyphPen(None).glyph()


def build(path: Path = OUT) -> Path:
    """Write the font; returns its path."""
    builder = FontBuilder(EM, isTTF=True)
    names = [".notdef", "book", "camera"]
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x1F4D6: "book", 0x1F3A5: "camera"})
    builder.setupGlyf({".notdef": empty(), "book": book(), "camera": camera()})
    builder.setupHorizontalMetrics({name: (ADVANCE, 0) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Rafiq Icons", "styleName": "Regular",
                            "copyright": "Drawn for Rafiq (MIT licence)", "uniqueFontIdentifier": "Rafiq Icons 1.0"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.updateHead(created=0, modified=0)  # no build date: the same bytes every time
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path


if __name__ == "__main__":
    print(f"wrote {build()}")
