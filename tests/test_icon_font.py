"""Every icon Rafiq's texts use has a glyph in Rafiq's own font and is in the `unicode-range` the chat page and
the console declare for it, so a machine without an emoji font shows an outline, never an empty box (a
calendar answer's 📝 was a box in a headless Chromium screenshot when the font had only 📖 and 🎥)."""
from __future__ import annotations

import re
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "bot" / "channels" / "web" / "static"
# pictographs and the symbols drawn as emoji (the geometric shapes and arrows DejaVu Sans has are left out)
PICTOGRAPH = re.compile("[\U0001F300-\U0001FAFF\u23E9-\u23FA\u2705\u270F\u2B50]")


def icons_in_texts() -> set[int]:
    """The icons in what a web page can show: the text catalogue and the rest of `bot/` (the citation line's 📖,
    the roles' replies, the console), but not what only Telegram shows (its tutors' cards, the Monday report),
    which Telegram's own emoji draw."""
    found: set[int] = set()
    telegram_only = (ROOT / "bot" / "channels" / "telegram", ROOT / "bot" / "reports")
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "bot").rglob("*.html")]:
        if any(path.is_relative_to(folder) for folder in telegram_only):
            continue
        found |= {ord(ch) for ch in PICTOGRAPH.findall(path.read_text(encoding="utf-8"))}
    return found


def declared_range(css: str) -> set[int]:
    rule = re.search(r'font-family: "Rafiq Icons"; unicode-range: ([^;]+);', css)
    assert rule, "no unicode-range for Rafiq Icons"
    return {int(part.strip()[2:], 16) for part in rule.group(1).split(",")}


def test_every_icon_of_the_texts_is_drawn_and_declared():
    used = icons_in_texts()
    assert {0x1F4D6, 0x1F3A5, 0x1F4DD} <= used  # the scan finds them (else this checks nothing)
    cmap = TTFont(STATIC / "fonts" / "rafiq-icons.ttf").getBestCmap()
    assert used <= set(cmap), sorted(f"U+{c:X}" for c in used - set(cmap))
    for page in (STATIC / "chat.html", STATIC / "console" / "console.css"):
        assert used <= declared_range(page.read_text(encoding="utf-8")), page.name
