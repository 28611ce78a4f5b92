"""Synthetic chunks with realistic structure, grown from the real corpus, for retrieval benchmarks.

Vectors are not uniform random (a worst case that says nothing about real text). They are built in
two levels around the real chunk embeddings:

- a *topic* is a real chunk vector moved by noise of size `topic_noise`;
- a synthetic chunk is a topic vector moved by noise of a size drawn in `chunk_noise`.

Sizes are relative to the spread of the real vectors around their mean. The noise follows the
covariance of the real vectors (plus a small isotropic floor), so it moves along the directions real
passages vary in, and it only turns a vector's deviation from the mean (keeping its length): e5
vectors share a large common component (random pairs of real chunks have a cosine near 0.83), which
plain "add noise and renormalize" would wash out. Every vector is then renormalized. Each synthetic
chunk gets a text made of real sentences (most from its topic's source section, the rest from the
same language), so BM25 sees realistic vocabulary and document lengths; a synthetic chunk keeps the
role of its source (section text or question key), so the mix of the two stays that of the corpus.

Example: ``SyntheticCorpus(real_chunks, real_vectors, seed=0).make(100_000)``
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from retrieval.chunking import embedding_text, split_sentences
from retrieval.types import Chunk

CHUNKS_PER_TOPIC = 20
CHUNKS_PER_SECTION = 3
OWN_SECTION_SHARE = 0.6
ISO_FLOOR = 0.2


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (rows / norms).astype(np.float32)


@dataclass(frozen=True)
class SyntheticSet:
    """Chunks and their vectors: the real ones first, then the synthetic ones."""

    chunks: list[Chunk]
    vectors: np.ndarray
    n_real: int
    n_topics: int


class SyntheticCorpus:
    """Grows a real corpus (chunks + their embeddings) to any size with structured synthetic chunks."""

    def __init__(self, chunks: Sequence[Chunk], vectors: np.ndarray, seed: int = 0,
                 topic_noise: float = 1.0, chunk_noise: tuple[float, float] = (0.6, 1.2)) -> None:
        self.chunks = list(chunks)
        self.vectors = _unit(np.asarray(vectors, dtype=np.float32))
        self.seed = seed
        self.topic_noise = topic_noise
        self.chunk_noise = chunk_noise
        self._mean = self.vectors.mean(axis=0, keepdims=True)
        self._centred = self.vectors - self._mean
        self._sentences = {i: split_sentences(c.text) or [c.text] for i, c in enumerate(self.chunks)}
        # pools by role: a synthetic question key is made of question words, a text chunk of text
        self._by_section: dict[tuple[str, str, str], list[str]] = {}
        self._by_lang: dict[tuple[str, str], list[str]] = {}
        self._lengths: dict[str, list[int]] = {}
        for i, c in enumerate(self.chunks):
            self._by_section.setdefault((c.section_id, c.lang, c.role), []).extend(self._sentences[i])
            self._by_lang.setdefault((c.lang, c.role), []).extend(self._sentences[i])
            self._lengths.setdefault(c.role, []).append(len(embedding_text(c).split()))

    def _noise(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """Noise with the real vectors' covariance (plus an isotropic floor): as spread as the real data."""
        m, dim = self._centred.shape
        emp = rng.standard_normal((n, m), dtype=np.float32) @ self._centred / np.sqrt(m)
        scale = float(np.sqrt((emp ** 2).mean()))
        iso = rng.standard_normal((n, dim), dtype=np.float32) * scale * ISO_FLOOR
        return emp + iso

    def _perturb(self, rng: np.random.Generator, base: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """Turn each row's deviation from the mean by noise of the given relative sizes."""
        dev = base - self._mean
        length = np.linalg.norm(dev, axis=1, keepdims=True)
        moved = dev + sizes[:, None].astype(np.float32) * self._noise(rng, len(base))
        moved *= length / np.maximum(np.linalg.norm(moved, axis=1, keepdims=True), 1e-12)
        return _unit(self._mean + moved)

    def make(self, size: int) -> SyntheticSet:
        """`size` chunks: the real corpus (or a prefix of it) completed by synthetic chunks."""
        rng = np.random.default_rng(self.seed + size)
        n_real = min(size, len(self.chunks))
        n_syn = size - n_real
        if n_syn == 0:
            return SyntheticSet(self.chunks[:size], self.vectors[:size].copy(), n_real, 0)
        n_topics = max(1, -(-n_syn // CHUNKS_PER_TOPIC))
        sources = rng.integers(0, len(self.chunks), n_topics)
        topics = self._perturb(rng, self.vectors[sources], np.full(n_topics, self.topic_noise))
        topic_of = np.repeat(np.arange(n_topics), CHUNKS_PER_TOPIC)[:n_syn]
        low, high = self.chunk_noise
        parts = []
        for start in range(0, n_syn, 20_000):  # bounded memory for the noise matrices
            rows = topic_of[start:start + 20_000]
            parts.append(self._perturb(rng, topics[rows], rng.uniform(low, high, len(rows))))
        vectors = np.vstack([self.vectors[:n_real]] + parts)
        chunks = list(self.chunks[:n_real])
        for j in range(n_syn):
            topic = int(topic_of[j])
            src = self.chunks[int(sources[topic])]
            chunks.append(Chunk(
                chunk_id=n_real + j,
                section_id=f"syn-t{topic:05d}-s{(j % CHUNKS_PER_TOPIC) // CHUNKS_PER_SECTION}",
                lang=src.lang, title=src.title, text=self._text(rng, src), kind=src.kind, path=src.path,
                role=src.role))
        return SyntheticSet(chunks, vectors, n_real, n_topics)

    def _text(self, rng: np.random.Generator, src: Chunk) -> str:
        """Real sentences: most from the source section, the rest from the same language."""
        lengths = self._lengths[src.role]
        target = lengths[int(rng.integers(0, len(lengths)))]
        own = self._by_section[(src.section_id, src.lang, src.role)]
        pool = self._by_lang[(src.lang, src.role)]
        words, parts = 0, []
        while words < target:
            bag = own if words < OWN_SECTION_SHARE * target else pool
            sentence = bag[int(rng.integers(0, len(bag)))]
            parts.append(sentence)
            words += len(sentence.split())
        return " ".join(parts)


def structure_stats(vectors: np.ndarray, seed: int = 0, sample: int = 300) -> dict:
    """Mean cosine of random pairs and of each sampled row to its nearest neighbour (a realism check)."""
    rng = np.random.default_rng(seed)
    n = len(vectors)
    if n < 2:
        return {"n": n}
    rows = rng.choice(n, min(sample, n), replace=False)
    sims = vectors[rows] @ vectors.T
    sims[np.arange(len(rows)), rows] = -1.0
    a, b = rng.integers(0, n, 2000), rng.integers(0, n, 2000)
    keep = a != b
    pair = np.einsum("ij,ij->i", vectors[a[keep]], vectors[b[keep]])
    return {"n": n, "mean_cos_random_pair": round(float(pair.mean()), 3),
            "mean_cos_nearest_neighbour": round(float(sims.max(axis=1).mean()), 3)}
