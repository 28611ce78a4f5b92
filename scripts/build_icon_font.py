"""Build `bot/channels/web/static/fonts/rafiq-icons.ttf`: a tiny font with the icons Rafiq's texts use (📖 the
source line, 🎥 live sessions, 📝 deadlines, 📂 modules, 📅 the calendar, 👣 a small step, 🔔 reminders, …; the
full list is `ICONS`), drawn here as simple outlines.

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


def area(points: list[Point]) -> float:
    """Twice the signed area (positive: counter-clockwise)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))


def fill(pen: TTGlyphPen, points: list[Point]) -> None:
    """A filled polygon, whatever order its points come in."""
    contour(pen, points[::-1] if area(points) > 0 else points)


def cut(pen: TTGlyphPen, points: list[Point]) -> None:
    """A hole (it must lie inside a filled shape)."""
    contour(pen, points if area(points) > 0 else points[::-1])


def oval(cx: float, cy: float, rx: float, ry: float, n: int = 24) -> list[Point]:
    """A polygon close to an ellipse."""
    return [(round(cx + rx * math.cos(2 * math.pi * i / n)), round(cy + ry * math.sin(2 * math.pi * i / n)))
            for i in range(n)]


def drawn(*shapes: tuple[str, list[Point]]):
    """A glyph from ("fill" | "cut", polygon) pairs, in order."""
    pen = TTGlyphPen(None)
    for kind, points in shapes:
        (fill if kind == "fill" else cut)(pen, points)
    return pen.glyph()


def flipped(shapes: list[tuple[str, list[Point]]]) -> list[tuple[str, list[Point]]]:
    """The same shapes upside down (👎 from 👍)."""
    return [(kind, [(x, 760 - y) for x, y in points]) for kind, points in shapes]


def memo():
    """📝 a page with lines, a pencil beside it."""
    return drawn(("fill", rect(100, 40, 680, 800)), *[("cut", rect(180, y, 600, y + 40)) for y in (620, 500, 380, 260)],
                 ("fill", [(740, 140), (960, 720), (1030, 690), (810, 110)]), ("fill", [(740, 140), (810, 110), (750, 30)]))


def folder():
    """📂 a folder with its tab."""
    return drawn(("fill", [(80, 60), (80, 720), (400, 720), (460, 640), (1000, 640), (1000, 60)]),
                 ("cut", [(150, 120), (230, 470), (950, 470), (870, 120)]))


def calendar():
    """📅 a calendar page: two rings, a header, a grid of days."""
    days = [("fill", rect(200 + 190 * c, 130 + 150 * r, 330 + 190 * c, 220 + 150 * r)) for r in range(3) for c in range(4)]
    return drawn(("fill", rect(80, 20, 1020, 740)), ("cut", rect(140, 80, 960, 580)), *days,
                 ("fill", rect(260, 680, 340, 840)), ("fill", rect(760, 680, 840, 840)))


def next_track():
    """⏭ two triangles and a bar."""
    return drawn(("fill", [(100, 80), (100, 720), (460, 400)]), ("fill", [(460, 80), (460, 720), (820, 400)]),
                 ("fill", rect(840, 80, 930, 720)))


def check():
    """✅ a square with a tick cut out of it."""
    return drawn(("fill", rect(100, 0, 1000, 820)),
                 ("cut", [(230, 430), (320, 520), (470, 370), (800, 700), (890, 610), (470, 190)]))


def pencil():
    """✏ a pencil, tip down."""
    return drawn(("fill", [(200, 200), (800, 800), (900, 700), (300, 100)]), ("fill", [(200, 200), (300, 100), (120, 20)]))


def school():
    """🏫 a building under a roof, a door and two windows."""
    return drawn(("fill", rect(120, 20, 980, 520)), ("fill", [(60, 500), (550, 820), (1040, 500)]),
                 ("cut", rect(480, 20, 620, 250)), ("cut", rect(220, 300, 360, 420)), ("cut", rect(740, 300, 880, 420)))


def waving_hand():
    """👋 an open hand."""
    return drawn(("fill", rect(260, 60, 760, 470)), ("fill", rect(260, 440, 360, 740)), ("fill", rect(390, 440, 490, 820)),
                 ("fill", rect(520, 440, 620, 790)), ("fill", rect(650, 440, 750, 700)),
                 ("fill", [(740, 180), (740, 360), (960, 560), (1030, 480)]))


THUMB = [("fill", rect(320, 40, 820, 470)), ("fill", rect(400, 440, 540, 800)), ("fill", rect(120, 40, 280, 470))]


def thumbs_up():
    """👍 a fist with the thumb up, a cuff beside it."""
    return drawn(*THUMB)


def thumbs_down():
    """👎 the same, upside down."""
    return drawn(*flipped(THUMB))


def footprints():
    """👣 two soles with their toes."""
    shapes = []
    for cx, cy in ((340, 250), (760, 520)):
        shapes.append(("fill", oval(cx, cy, 130, 210)))
        shapes += [("fill", oval(cx - 90 + 60 * i, cy + 260 - 15 * abs(i - 1.5), 38, 38, 12)) for i in range(4)]
    return drawn(*shapes)


def photo_camera():
    """📷 a camera body with a lens."""
    return drawn(("fill", rect(80, 80, 1020, 620)), ("fill", rect(320, 600, 620, 740)),
                 ("cut", oval(550, 350, 190, 190)), ("fill", oval(550, 350, 110, 110)))


def padlock():
    """🔒 a padlock: its body and a square shackle."""
    return drawn(("fill", rect(180, 20, 920, 470)), ("cut", rect(510, 150, 590, 330)),
                 ("fill", rect(290, 450, 400, 720)), ("fill", rect(700, 450, 810, 720)), ("fill", rect(290, 700, 810, 810)))


BELL = [("fill", [(130, 160), (250, 270), (300, 600), (420, 760), (550, 810), (680, 760), (800, 600), (850, 270),
                  (970, 160)]), ("fill", oval(550, 80, 80, 80, 16))]


def bell():
    """🔔 a bell and its clapper."""
    return drawn(*BELL)


def bell_off():
    """🔕 the bell, struck through."""
    return drawn(*BELL, ("fill", [(120, 820), (200, 860), (1000, 20), (920, -20)]))


def waste_basket():
    """🗑 a bin with its lid and handle, three slots."""
    return drawn(("fill", rect(120, 680, 980, 770)), ("fill", rect(440, 750, 660, 840)),
                 ("fill", [(210, 20), (170, 690), (930, 690), (890, 20)]),
                 *[("cut", rect(x, 130, x + 60, 570)) for x in (320, 520, 720)])


def smile():
    """🙂 a round face, two eyes and a smile."""
    outer = [(550 + 260 * math.cos(a), 400 + 260 * math.sin(a)) for a in [math.pi * (1.15 + 0.7 * i / 8) for i in range(9)]]
    inner = [(550 + 200 * math.cos(a), 400 + 200 * math.sin(a)) for a in [math.pi * (1.15 + 0.7 * i / 8) for i in range(9)]]
    mouth = [(round(x), round(y)) for x, y in outer + inner[::-1]]
    return drawn(("fill", oval(550, 400, 440, 440, 32)), ("cut", oval(410, 520, 60, 70, 12)),
                 ("cut", oval(690, 520, 60, 70, 12)), ("cut", mouth))


def raising_hand():
    """🙋 a person with a hand up."""
    return drawn(("fill", oval(430, 650, 130, 130)), ("fill", [(180, 20), (220, 440), (640, 440), (680, 20)]),
                 ("fill", [(600, 380), (820, 840), (920, 800), (700, 340)]))


def person():
    """🧑 a head and shoulders."""
    return drawn(("fill", oval(550, 620, 180, 180)), ("fill", [(170, 20), (230, 380), (870, 380), (930, 20)]))


def handshake():
    """🤝 two hands meeting."""
    return drawn(("fill", [(60, 260), (60, 480), (640, 560), (640, 340)]),
                 ("fill", [(1040, 260), (1040, 480), (460, 560), (460, 340)]), ("fill", oval(550, 450, 150, 120)))


def mirror():
    """🪞 an oval mirror on a stand."""
    return drawn(("fill", oval(550, 470, 300, 360)), ("cut", oval(550, 470, 230, 290)),
                 ("fill", rect(500, -40, 600, 130)), ("fill", rect(380, -40, 720, 20)))


# every icon Rafiq's texts use: code point → (glyph name, drawing)
ICONS = {
    0x1F4D6: ("book", book), 0x1F3A5: ("camera", camera), 0x1F4DD: ("memo", memo), 0x1F4C2: ("folder", folder),
    0x1F4C5: ("calendar", calendar), 0x1F5D3: ("spiral_calendar", calendar), 0x23ED: ("next_track", next_track),
    0x2705: ("check", check), 0x270F: ("pencil", pencil), 0x1F3EB: ("school", school),
    0x1F44B: ("waving_hand", waving_hand), 0x1F44D: ("thumbs_up", thumbs_up), 0x1F44E: ("thumbs_down", thumbs_down),
    0x1F463: ("footprints", footprints), 0x1F4F7: ("photo_camera", photo_camera), 0x1F512: ("padlock", padlock),
    0x1F514: ("bell", bell), 0x1F515: ("bell_off", bell_off), 0x1F5D1: ("waste_basket", waste_basket),
    0x1F642: ("smile", smile), 0x1F64B: ("raising_hand", raising_hand), 0x1F9D1: ("person", person),
    0x1F91D: ("handshake", handshake), 0x1FA9E: ("mirror", mirror),
}


def unicode_range() -> str:
    """The CSS `unicode-range` of the font (what chat.html and console.css declare)."""
    return ", ".join(f"U+{code:X}" for code in sorted(ICONS))


def empty():
    """The .notdef glyph (nothing drawn)."""
    return TTGlyphPen(None).glyph()


def build(path: Path = OUT) -> Path:
    """Write the font; returns its path."""
    builder = FontBuilder(EM, isTTF=True)
    glyphs = {".notdef": empty()}
    for name, draw in ICONS.values():
        glyphs.setdefault(name, draw())
    names = list(glyphs)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({code: name for code, (name, _) in ICONS.items()})
    builder.setupGlyf(glyphs)
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
    print(f"wrote {build()}; unicode-range: {unicode_range()}")
