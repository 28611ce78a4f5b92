"""HNSW against exact search: dense recall@10 as the searcher sees it, and an efSearch sweep."""
from __future__ import annotations

import time

import numpy as np

from retrieval import search as search_module
from retrieval.vectors import VectorIndex

CANDIDATES = getattr(search_module, "DENSE_CANDIDATES", 60)  # dense top-k the searcher asks faiss for


def dense_recall(approx: VectorIndex, exact: VectorIndex, qvecs: np.ndarray, k: int = 10) -> float:
    """Share of the exact top-k found in the first k of the approximate top 60 (as the searcher asks)."""
    _, a = approx.search(qvecs, CANDIDATES)
    _, e = exact.search(qvecs, k)
    return round(float(np.mean([len(set(x[:k]) & set(y)) / k for x, y in zip(a, e)])), 4)


def ef_sweep(hnsw: VectorIndex, flat: VectorIndex, qvecs: np.ndarray,
             values: tuple[int, ...] = (32, 64, 128, 256)) -> list[dict] | None:
    """Dense recall@10 and faiss time (top CANDIDATES) for several HNSW efSearch values."""
    params = getattr(getattr(hnsw, "_index", None), "hnsw", None)  # efSearch is not in the engine's API
    if params is None:
        return None
    original, rows = params.efSearch, []
    for ef in values:
        params.efSearch = ef
        start = time.perf_counter()
        for q in qvecs:
            hnsw.search(q[None, :], CANDIDATES)
        ms = (time.perf_counter() - start) / len(qvecs) * 1000
        rows.append({"ef_search": ef, "dense_recall@10": dense_recall(hnsw, flat, qvecs),
                     "faiss_mean_ms": round(ms, 3)})
    params.efSearch = original
    return rows
