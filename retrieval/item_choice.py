"""Which item of a section's lists a follow-up means, by meaning rather than by shared words.

"et pour le stagiaire qui ne participe pas ?" after the page on difficult situations shares no word with its
item "Participant désengagé : …", and "participe" ties it with "Participant dominant : …": the excerpt showed the
dominant participant's item and shrank the one asked about to its heading. The query's embedding against the
section's list items (embedded once per section and language, then kept) names the item meant; its label is added
to the follow-up's words, so that the excerpt (`retrieval.excerpt`) quotes that item whole. Example::

    chooser = ItemChooser(embedder)
    chooser.label(("fac-difficult-situations", "fr"), section_text, "et pour le stagiaire qui ne participe pas ?")
    # -> "Participant désengagé"
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from retrieval.blocks import HEAD_MAX_WORDS, PROSE, colon_label
from retrieval.embedders import Embedder
from retrieval.excerpt import cached_blocks

MIN_ITEMS = 3  # a shorter list is shown whole anyway
LABEL_MAX_WORDS = HEAD_MAX_WORDS


def item_label(item: str) -> str:
    """An item's label: the words before its colon ("Participant désengagé"), else its first LABEL_MAX_WORDS words."""
    return colon_label(item) or " ".join(item.split()[:LABEL_MAX_WORDS])


class ItemChooser:
    """The list item of a section a message means; item vectors are kept for `size` sections (least recently used
    dropped first)."""

    def __init__(self, embedder: Embedder, size: int = 256) -> None:
        self.embedder = embedder
        self.size = size
        self._kept: OrderedDict[tuple[str, str], tuple[list[str], np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def _items(self, key: tuple[str, str], section_text: str) -> tuple[list[str], np.ndarray | None]:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        items = [item.text for block in cached_blocks(section_text) if block.kind != PROSE for item in block.items]
        vectors = _unit(self.embedder.embed_passages(items)) if len(items) >= MIN_ITEMS else None
        with self._lock:
            self._kept[key] = (items, vectors)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return items, vectors

    def label(self, key: tuple[str, str], section_text: str, message: str) -> str:
        """The label of the list item of `section_text` closest in meaning to `message`, or "" when the section has
        no list of at least MIN_ITEMS items."""
        items, vectors = self._items(key, section_text)
        if vectors is None or not message.strip():
            return ""
        query = _unit(self.embedder.embed_query([message]))[0]
        return item_label(items[int(np.argmax(vectors @ query))])


def _unit(vectors) -> np.ndarray:
    vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)
