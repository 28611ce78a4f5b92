"""The rest of a list that an excerpt shrank: "plus de détails" after "3. Connaître le public : …".

An excerpt keeps a long list whole by shrinking items to their heading or stopping after the first ones
(`retrieval.excerpt`). Asked for more, the trainer wants those items, not the section's closing paragraph:
this gives the items the excerpt did not show in full, from the first one after an item it did show, in order
and in full, as many as fit in `max_words`. Asked again, it goes on from where the last reply stopped; when
the list is done, the section's next block takes over (`retrieval.excerpt.next_excerpt`). Example::

    rest_of_list(shown, section_text, max_words=120)  # "3. Connaître le public : âge, expérience…\\n4. …"
"""
from __future__ import annotations

import re

from retrieval.excerpt import cached_blocks

PREFIX = 60  # an item counts as shown when this much of its text is in the reply


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def rest_of_list(shown: str, text: str, max_words: int = 120) -> str:
    """The items of a list in `text` that the reply `shown` left out or shrank, after the last item it showed in
    full, in full and in order while they fit (the first one always); "" when no shown list has more."""
    seen = _flat(shown)
    for block in cached_blocks(text):
        full = [f"{item.marker} {item.text}" for item in block.items]
        shown_items = [k for k, item in enumerate(block.items) if _flat(item.text)[:PREFIX] in seen]
        if not shown_items:
            continue
        start = next((k for k in range(shown_items[0] + 1, len(full)) if k not in shown_items), None)
        if start is None:
            continue
        lines: list[str] = []
        for k in range(start, len(full)):
            if k in shown_items and lines:
                break  # the reply showed it already: stop before it, the next reply goes on after it
            if lines and sum(len(line.split()) for line in lines) + len(full[k].split()) > max_words:
                break
            if k not in shown_items:
                lines.append(full[k])
        if lines:
            return "\n".join(lines)
    return ""
