"""Hybrid search: dense (faiss) and lexical (BM25) scores fused per section, with a confidence.

Sections are ranked across languages (an Arabic question can find a French-only section); the
answer composer then picks the version in the asker's language when it exists.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrieval.confidence import Calibration
from retrieval.embedders import Embedder
from retrieval.index import RetrievalIndex
from retrieval.types import Passage

DENSE_CANDIDATES = 60


@dataclass
class _Hit:
    row: int
    dense: float
    lexical: float
    fused: float


class HybridSearcher:
    """Ranks guide sections for a question.

    Example: ``HybridSearcher(index, embedder, calibration).search("ما هو التقويم التكويني؟", k=5)``
    """

    def __init__(self, index: RetrievalIndex, embedder: Embedder, calibration: Calibration,
                 kinds: tuple[str, ...] | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.calibration = calibration
        self.kinds = kinds

    def search(self, query: str, k: int = 5, lexical_weight: float | None = None) -> list[Passage]:
        """The best `k` sections (one passage each: their best chunk), best first."""
        if not query.strip() or not self.index.chunks:
            return []
        weight = self.calibration.lexical_weight if lexical_weight is None else lexical_weight
        qv = self.embedder.embed_query([query])
        scores, rows = self.index.dense.search(qv, DENSE_CANDIDATES)
        dense = {int(r): float(s) for r, s in zip(rows[0], scores[0]) if r >= 0}
        lexical_all = self.index.lexical.scores(query)
        top_lex = float(lexical_all.max()) if lexical_all.size else 0.0
        if top_lex > 0:
            for r in np.argsort(-lexical_all)[:DENSE_CANDIDATES]:
                if lexical_all[r] > 0 and int(r) not in dense:
                    dense[int(r)] = float(self.index.vectors[r] @ qv[0])
        hits = []
        for row, d in dense.items():
            lex = float(lexical_all[row]) / top_lex if top_lex > 0 else 0.0
            hits.append(_Hit(row, d, lex, d + weight * lex))
        best_by_section: dict[str, _Hit] = {}
        for hit in hits:
            chunk = self.index.chunks[hit.row]
            if self.kinds and chunk.kind not in self.kinds:
                continue
            current = best_by_section.get(chunk.section_id)
            if current is None or hit.fused > current.fused:
                best_by_section[chunk.section_id] = hit
        ranked = sorted(best_by_section.values(), key=lambda h: -h.fused)
        passages = []
        for i, hit in enumerate(ranked[:k]):
            next_dense = ranked[i + 1].fused if i + 1 < len(ranked) else hit.fused - 0.05
            margin = hit.fused - next_dense
            conf = self.calibration.confidence(hit.dense, margin, hit.lexical)
            passages.append(Passage(chunk=self.index.chunks[hit.row], score=hit.fused,
                                    confidence=conf, dense=hit.dense, lexical=hit.lexical))
        return passages
