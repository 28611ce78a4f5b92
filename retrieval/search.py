"""Hybrid search: dense (faiss) and lexical (BM25) scores fused per section, with a confidence.

A section is scored across its language versions: its best chunk in any language, plus a share
(`CROSS_LINGUAL_SHARE`) of its best chunk in the other language, so that a question matching both
the Arabic and the French version of a section ranks it above one that matches a single version.
Darija and Arabizi questions are searched with an MSA rewrite too (`retrieval.darija`).
The answer composer then picks the version in the asker's language when it exists.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from retrieval.confidence import Calibration
from retrieval.darija import query_variants
from retrieval.embedders import Embedder
from retrieval.index import RetrievalIndex
from retrieval.language import detect_language
from retrieval.types import Passage

DENSE_CANDIDATES = 60
CROSS_LINGUAL_SHARE = 0.6
# e5-small scores a passage in the question's own language ~0.035-0.045 higher than its translation
# (measured on tests/data/questions: median gap 0.038 for Arabic questions, 0.042 for French ones);
# other-language chunks get this back so a section missing in the asker's language can still win.
LANGUAGE_GAP = 0.035
FAMILY = {"ar": "ar", "ary": "ar", "ary-Latn": "ar", "fr": "fr"}


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
        self._rows_by_section: dict[str, list[int]] = defaultdict(list)
        for row, chunk in enumerate(index.chunks):
            self._rows_by_section[chunk.section_id].append(row)

    def _candidates(self, qv: np.ndarray, lexical: np.ndarray) -> set[str]:
        scores, rows = self.index.dense.search(qv, DENSE_CANDIDATES)
        found = {self.index.chunks[int(r)].section_id for r in rows.ravel() if r >= 0}
        if lexical.size and lexical.max() > 0:
            top = np.argsort(-lexical)[:DENSE_CANDIDATES]
            found |= {self.index.chunks[int(r)].section_id for r in top if lexical[r] > 0}
        return found

    def embed(self, query: str) -> tuple[list[str], str, np.ndarray]:
        """The query's search variants, its language code and their vectors."""
        code = detect_language(query).code
        variants = query_variants(query, code)
        return variants, code, self.embedder.embed_query(variants)

    def search(self, query: str, k: int = 5, lexical_weight: float | None = None,
               embedded: tuple[list[str], str, np.ndarray] | None = None) -> list[Passage]:
        """The best `k` sections (one passage each: their best chunk), best first."""
        if not query.strip() or not self.index.chunks:
            return []
        weight = self.calibration.lexical_weight if lexical_weight is None else lexical_weight
        variants, code, qv = embedded or self.embed(query)
        family = FAMILY.get(code)
        lexical = self.index.lexical.scores(" ".join(variants))
        top_lex = float(lexical.max()) if lexical.size else 0.0
        ranked = []
        for section_id in self._candidates(qv, lexical):
            rows = self._rows_by_section[section_id]
            if self.kinds and self.index.chunks[rows[0]].kind not in self.kinds:
                continue
            dense = (self.index.vectors[rows] @ qv.T).max(axis=1)
            if family:
                dense = dense + LANGUAGE_GAP * np.array(
                    [self.index.chunks[r].lang != family for r in rows], dtype=np.float32)
            lex = lexical[rows] / top_lex if top_lex > 0 else np.zeros(len(rows), dtype=np.float32)
            fused = dense + weight * lex
            best_by_lang: dict[str, int] = {}
            for i, row in enumerate(rows):
                lang = self.index.chunks[row].lang
                if lang not in best_by_lang or fused[i] > fused[best_by_lang[lang]]:
                    best_by_lang[lang] = i
            order = sorted(best_by_lang.values(), key=lambda i: -fused[i])
            best = order[0]
            other = fused[order[1]] if len(order) > 1 else fused[best]
            score = float(fused[best] + CROSS_LINGUAL_SHARE * other) / (1 + CROSS_LINGUAL_SHARE)
            ranked.append((score, rows[best], float(dense[best]), float(lex[best])))
        ranked.sort(key=lambda r: -r[0])
        passages = []
        for i, (score, row, dense, lex) in enumerate(ranked[:k]):
            next_score = ranked[i + 1][0] if i + 1 < len(ranked) else score - 0.05
            conf = self.calibration.confidence(dense, score - next_score, lex)
            passages.append(Passage(chunk=self.index.chunks[row], score=score, confidence=conf,
                                    dense=dense, lexical=lex))
        return passages
