"""What a reply was made of, given again in the other language ("et en arabe ?", "3awd liya b lfrancais").

- Only list items ("3. Connaître le public : …" to "7. Préparer les supports : …" after "plus de détails",
  `retrieval.elided`): those items, each taken whole from the other version of the section
  (`RetrievalEngine.step_answer`), whose lists are numbered alike.
- Else the blocks the reply quoted, from the other version (`retrieval.parallel`): both paragraphs of a
  two-paragraph answer, the steps after the intro, not only the paragraph that best matches the reply's opening.
- Else (versions of different shapes) the other version's part that best matches the reply's opening.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.parallel import same_part
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


def opening_of(shown: str) -> str:
    """The first paragraph of a reply the trainer was shown: where the part to give in the other language begins
    (the whole reply, read at once, can match the section's next part better than the one it started on)."""
    paragraphs = [p for p in shown.split("\n\n") if p.strip()]
    return paragraphs[0] if paragraphs else shown


def shown_in_language(tutor: Tutor, section: str, question: str, shown: str, shown_lang: str, lang: str) -> Answer:
    """The reply `shown` (in `shown_lang`) from the section's version in `lang` (see the module's doc)."""
    items = items_in_language(tutor, section, question, shown, lang)
    if items is not None:
        return items
    opening = opening_of(shown)
    again, target, target_lang = tutor.engine.section_text(section, opening, lang, tutor.max_words)
    _, source, source_lang = tutor.engine.section_text(section, opening, shown_lang, tutor.max_words)
    part = same_part(shown, source, target, lang, tutor.max_words) if (
        target and source and target_lang == lang and source_lang == shown_lang != lang) else ""
    return replace(again, text=part) if part else tutor.engine.section_answer(section, opening, lang, tutor.max_words)


def said_again(text: str, shown: str) -> bool:
    """True when every line of `text` was in the reply `shown`, word for word (spacing aside): nothing new."""
    flat = re.sub(r"\s+", " ", shown)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
    return bool(shown) and all(line in flat for line in lines if line and line != "…")


def unseen_part(text: str, shown: str) -> str:
    """`text` without its paragraphs the trainer was already shown whole (a follow-up's answer that opened on the
    list of the first reply again, then its pitfalls: "وإلا كان شي واحد كيكتب كلام خايب؟" after the forum's); the
    text itself when it has nothing new or nothing seen."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    fresh = [p for p in paragraphs if not said_again(p, shown)]
    return "\n\n".join(fresh) if fresh and len(fresh) < len(paragraphs) else text

