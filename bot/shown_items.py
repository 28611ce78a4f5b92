"""The list items a reply was made of, given again in the other language.

After "plus de détails" a reply can be only list items ("3. Connaître le public : …" to "7. Préparer les
supports : …", `retrieval.elided`); "et en arabe ?" then asks for those items in Arabic, not for the section's
opening. Each item is taken whole from the other version of the section (`RetrievalEngine.step_answer`), whose
lists are numbered alike.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

_ITEM = re.compile(r"^(\d{1,2})\.\s")
_NOT_BODY = ("📖", "Voir aussi", "انظر أيضا")  # the citation and "see also" lines under a reply


def shown_items(shown: str) -> list[int]:
    """The numbers of the list items a reply was made of when it was nothing else; else []."""
    body = [ln.strip() for ln in shown.split("\n") if ln.strip() and not ln.strip().startswith(_NOT_BODY)]
    found = [_ITEM.match(line) for line in body]
    return [int(m.group(1)) for m in found if m] if body and all(found) else []


def items_in_language(tutor: Tutor, section: str, question: str, shown: str, lang: str) -> Answer | None:
    """The items of `shown` (only list items) from the section's version in `lang`, in order; else None."""
    numbers = shown_items(shown)
    parts = [tutor.engine.step_answer(section, question, n, lang, tutor.max_words) for n in numbers]
    lines = [next((ln for ln in p.text.split("\n") if ln.startswith(f"{n}.")), "") for n, p in zip(numbers, parts)]
    if not numbers or not all(lines):
        return None
    return replace(parts[0], text="\n".join(lines))
