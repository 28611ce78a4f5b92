"""BM25 over normalized, lightly stemmed tokens (bm25s), for exact terms the embedder may blur."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from retrieval.normalize import tokenize


class LexicalIndex:
    """A BM25 index over some rows of the chunk table (the others score 0).

    Example: ``LexicalIndex.build(["texte un", None, "texte deux"]).scores("deux")`` gives one score
    per row, 0 for the row left out (None).
    """

    def __init__(self, retriever, rows: np.ndarray, size: int) -> None:
        self._retriever = retriever
        self.rows = rows
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str | None]) -> "LexicalIndex":
        """Tokenize and index the texts; rows given as None are not indexed."""
        import bm25s

        rows = np.array([i for i, t in enumerate(texts) if t is not None], dtype=np.int64)
        retriever = bm25s.BM25()
        tokens = [tokenize(texts[i]) or ["∅"] for i in rows]
        if tokens:
            retriever.index(tokens, show_progress=False)
        return cls(retriever, rows, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for the query (zeros when no token is known)."""
        out = np.zeros(self.size, dtype=np.float32)
        if not len(self.rows):
            return out
        vocab = self._retriever.vocab_dict or {}
        tokens = [t for t in tokenize(query) if t in vocab]
        if tokens:
            out[self.rows] = np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)
        return out

    def relative_scores(self, query: str) -> np.ndarray:
        """Scores divided by the best one, in [0, 1]."""
        scores = self.scores(query)
        top = float(scores.max()) if scores.size else 0.0
        return scores / top if top > 0 else scores

    def save(self, folder: Path) -> None:
        """Write the index under `folder`."""
        folder = Path(folder)
        if len(self.rows):
            self._retriever.save(str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "rows.npy", self.rows)

    @classmethod
    def load(cls, folder: Path, size: int) -> "LexicalIndex":
        """Read an index written by `save`."""
        import bm25s

        rows = np.load(Path(folder) / "rows.npy")
        retriever = bm25s.BM25.load(str(folder)) if len(rows) else bm25s.BM25()
        return cls(retriever, rows, size)
