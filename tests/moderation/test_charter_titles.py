"""What an author is told names the charter's sections by the charter's own titles: the notices said "Respect mutuel"
and «الاحترام المتبادل» for the section the charter calls "Respecter les autres participants" (a newcomer)."""
from __future__ import annotations

import re
from pathlib import Path

from moderation.messages import CHARTER_TITLES, section_title

CHARTER = Path(__file__).resolve().parents[2] / "corpus" / "charter"


def test_every_charter_section_is_named_by_its_title_in_the_bundled_charter():
    found = {}
    for path in sorted(CHARTER.glob("charter-*.md")):
        section, lang = path.name.split(".")[:2]
        found[(section, lang)] = re.search(r"^title:\s*(.+)$", path.read_text(encoding="utf-8"), re.M).group(1).strip()
    assert len(found) == 16 and {s for s, _ in found} == set(CHARTER_TITLES)
    for (section, lang), title in found.items():
        assert section_title(section, lang) == title.strip('"'), (section, lang)
