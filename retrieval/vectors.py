"""Dense vector search with faiss: exact inner product for small indexes, HNSW above a size."""
from __future__ import annotations

from pathlib import Path

import numpy as np

FLAT, HNSW = "flat", "hnsw"
# efSearch 128: dense recall@10 against exact search 0.95-0.97 at 34k-100k rows for ~0.2 ms more than
# 64 (0.89-0.92); bench/retrieval.py prints the sweep. Search asks for 60 neighbours, so 64 was tight.
EF_SEARCH = 128


def choose_kind(n_vectors: int, requested: str = "auto", hnsw_threshold: int = 20_000) -> str:
    """Exact search below `hnsw_threshold` vectors, HNSW above; `requested` overrides."""
    if requested in (FLAT, HNSW):
        return requested
    return HNSW if n_vectors >= hnsw_threshold else FLAT


def search_threads(n: int = 1) -> None:
    """Threads faiss uses per search: one query at a time is fastest single-threaded (10k flat:
    5 ms with OpenMP on 2 cores, 0.75 ms without; bench/retrieval.py)."""
    import faiss

    faiss.omp_set_num_threads(n)


class VectorIndex:
    """A faiss inner-product index over normalized vectors (inner product = cosine).

    Example: ``VectorIndex.build(vectors, "auto").search(query_vectors, 10)``
    """

    def __init__(self, index, kind: str) -> None:
        self._index = index
        self.kind = kind

    @property
    def size(self) -> int:
        """Number of vectors stored."""
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, requested: str = "auto", hnsw_threshold: int = 20_000,
              hnsw_m: int = 32, ef_construction: int = 80, ef_search: int = EF_SEARCH) -> "VectorIndex":
        """Create the index and add the vectors."""
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        kind = choose_kind(len(vectors), requested, hnsw_threshold)
        if kind == HNSW:
            index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = ef_construction
            index.hnsw.efSearch = ef_search
        else:
            index = faiss.IndexFlatIP(dim)
        if len(vectors):
            index.add(vectors)
        return cls(index, kind)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for each query row; ids are -1 where fewer exist."""
        k = max(1, min(k, self.size))
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def save(self, path: Path) -> None:
        """Write the faiss index file."""
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> "VectorIndex":
        """Read a faiss index file."""
        import faiss

        index = faiss.read_index(str(path))
        if kind == HNSW:
            index.hnsw.efSearch = max(index.hnsw.efSearch, EF_SEARCH)
        return cls(index, kind)
