"""The part of a section a reply was taken from, in the section's other language version.

"Répète en arabe" after an answer made of two paragraphs asks for those two paragraphs in Arabic, not for the
Arabic paragraph that best matches the reply's opening. The two versions of a guide section have the same shape
(same blocks, same list lengths: `retrieval.excerpt.same_shape`), so the blocks shown are found in one version
and rendered from the other, with a word budget scaled by how much longer that version is.
"""
from __future__ import annotations

from retrieval.excerpt import cached_blocks, render, same_shape, shown_blocks
from retrieval.focus import Focus


def same_part(shown: str, source_text: str, target_text: str, lang: str, max_words: int = 120) -> str:
    """The blocks of `source_text` that `shown` quoted, from `target_text` (in `lang`); "" when the versions differ
    in shape or `shown` quoted none of them."""
    source, target = cached_blocks(source_text), cached_blocks(target_text)
    if not source or not same_shape(source, target):
        return ""
    seen = sorted(shown_blocks(source, shown))
    if not seen:
        return ""
    longer = len(target_text.split()) / max(1, len(source_text.split()))  # French runs about a third longer
    return render(target, Focus(seen[0], tuple(seen[1:])), lang, round(max_words * max(1.0, longer)), set())
