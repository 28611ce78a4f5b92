"""The last query vectors an embedder computed, by text: one message is embedded once, not once per reader.

A message is read by moderation (the e5 head, the off-topic distance), by the intent model and by the
search; each asks the embedder for its query vector, often of the very same text. Example::

    cache = QueryCache(256)
    vector = cache.get(text)
    if vector is None:
        vector = cache.put(text, model.query(text))
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np


class QueryCache:
    """A thread-safe least-recently-used map text -> read-only vector; `hits` and `misses` count lookups."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> np.ndarray | None:
        """The vector stored for `text`, or None."""
        with self._lock:
            vector = self._vectors.get(text)
            if vector is None:
                self.misses += 1
                return None
            self._vectors.move_to_end(text)
            self.hits += 1
            return vector

    def put(self, text: str, vector: np.ndarray) -> np.ndarray:
        """Store a copy of `vector` for `text` (the oldest entry goes when full); returns the stored copy."""
        stored = np.array(vector, dtype=np.float32)
        stored.flags.writeable = False
        with self._lock:
            self._vectors[text] = stored
            self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return stored
