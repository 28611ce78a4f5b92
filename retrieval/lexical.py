"""BM25 over normalized, lightly stemmed tokens (bm25s), for exact terms the embedder may blur."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from retrieval.normalize import tokenize


class LexicalIndex:
    """A BM25 index over chunk texts.

    Example: ``LexicalIndex.build(["texte un", "texte deux"]).scores("deux")`` gives one score per chunk.
    """

    def __init__(self, retriever, size: int) -> None:
        self._retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> "LexicalIndex":
        """Tokenize and index the texts."""
        import bm25s

        retriever = bm25s.BM25()
        tokens = [tokenize(t) or ["∅"] for t in texts]
        if tokens:
            retriever.index(tokens, show_progress=False)
        return cls(retriever, len(tokens))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when no token is known)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        vocab = self._retriever.vocab_dict or {}
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)

    def save(self, folder: Path) -> None:
        """Write the index under `folder`."""
        self._retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path, size: int) -> "LexicalIndex":
        """Read an index written by `save`."""
        import bm25s

        return cls(bm25s.BM25.load(str(folder)), size)
