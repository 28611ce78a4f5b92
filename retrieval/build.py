"""Building an index in steps, so that search can start before every vector is computed.

    pending = PendingIndex(sections, embedder, seed)   chunks, BM25 (both roles), seeded vectors: ~1 s
    pending.snapshot()                                 a searchable index now (rows not yet embedded score 0)
    pending.embed(progress, on_step)                   the missing rows: question keys first, then text
    pending.finish(folder, kind)                       the complete index, saved atomically

`retrieval.index.build_index` runs the three steps in a row; `retrieval.background.BackgroundBuild` runs
`embed` in a thread and hands each tenth's snapshot to the engine.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from corpus.section import Section
from retrieval.chunking import TARGET_WORDS, chunk_sections, embedding_text
from retrieval.embedders import Embedder
from retrieval.index import (BATCH, FORMAT_VERSION, Manifest, Progress, RetrievalIndex, build_lexical,
                             corpus_hash)
from retrieval.section_classifier import SectionClassifier, examples_of
from retrieval.seed import VectorSeed
from retrieval.vectors import FLAT, VectorIndex


def _dimension(embedder: Embedder) -> int:
    """The embedder's vector size (loading the model when it only knows it then)."""
    if not embedder.dim and hasattr(embedder, "warm_up"):
        embedder.warm_up()
    return int(embedder.dim) or int(np.asarray(embedder.embed_passages(["x"])).shape[1])


class PendingIndex:
    """An index whose vectors are being computed: everything else is ready.

    Example: ``pending = PendingIndex(sections, embedder, VectorSeed.load()); pending.embed(); pending.finish(folder)``
    """

    def __init__(self, sections: Sequence[Section], embedder: Embedder, seed: VectorSeed | None = None) -> None:
        self.sections = list(sections)
        self.embedder = embedder
        self.corpus_hash = corpus_hash(self.sections)
        self.chunks = chunk_sections(self.sections)
        self.texts = [embedding_text(c) for c in self.chunks]
        found = np.zeros(len(self.chunks), dtype=bool)
        usable = seed is not None and bool(self.chunks) and seed.fits(embedder)
        if usable:
            self.vectors, found = seed.lookup(self.texts)
        else:
            self.vectors = np.zeros((len(self.chunks), _dimension(embedder)), dtype=np.float32)
        self.seeded = int(found.sum())
        # question keys first: short, quick to embed, and they let every section be found early
        self.todo = sorted(np.flatnonzero(~found).tolist(), key=lambda i: self.chunks[i].is_text)
        self.done = 0
        # the section classifier: shipped with a seed of this very corpus, else fitted at the end on its examples
        # (keys and titles, as queries), whose vectors come from the seed or are embedded last
        self.classifier = seed.classifier if usable and seed.matches(self.corpus_hash) else None
        if self.classifier is not None:
            self.examples, self.example_vectors = self.classifier.examples, self.classifier.vectors.copy()
            self.example_todo: list[int] = []
        else:
            self.examples = examples_of(self.chunks)
            self.example_vectors = np.zeros((len(self.examples), self.vectors.shape[1]), dtype=np.float32)
            example_found = np.zeros(len(self.examples), dtype=bool)
            if usable and self.examples:
                self.example_vectors, example_found = seed.lookup([e.seed_key for e in self.examples])
            self.example_todo = np.flatnonzero(~example_found).tolist()
        self.lexical, self.question_lexical = build_lexical(self.chunks)

    @property
    def total(self) -> int:
        """How many rows had to be embedded (the classifier's examples, a few seconds' work, are not counted)."""
        return len(self.todo)

    @property
    def seed_texts(self) -> list[str]:
        """What a vector seed stores for this index: the chunks' texts, then the examples' query-role keys."""
        return self.texts + [e.seed_key for e in self.examples]

    @property
    def seed_vectors(self) -> np.ndarray:
        """The vectors of `seed_texts`, in the same order."""
        return np.vstack([self.vectors, self.example_vectors]).astype(np.float32)

    @property
    def complete(self) -> bool:
        """True once every row and every classifier example has its vector."""
        return self.done >= self.total and not self.example_todo

    def embed(self, progress: Progress | None = None, on_step: Callable[[], None] | None = None,
              steps: int = 10, embedder: Embedder | None = None, batch: int = BATCH) -> None:
        """Embed the missing rows in batches, reporting (done, total); `on_step` after each `1/steps` of them."""
        embedder = embedder or self.embedder
        next_step = 1
        if progress and self.total:
            progress(self.done, self.total)
        while self.done < self.total:
            rows = self.todo[self.done:self.done + batch]
            self.vectors[rows] = embedder.embed_passages([self.texts[i] for i in rows])
            self.done += len(rows)
            if progress:
                progress(self.done, self.total)
            if on_step and self.done < self.total and self.done * steps >= next_step * self.total:
                next_step = self.done * steps // self.total + 1
                on_step()
        while self.example_todo:  # the classifier's examples, embedded as a question is
            rows, self.example_todo = self.example_todo[:batch], self.example_todo[batch:]
            self.example_vectors[rows] = embedder.embed_query([self.examples[i].text for i in rows])

    def manifest(self, kind: str) -> Manifest:
        """The manifest of the index as it stands."""
        return Manifest(format_version=FORMAT_VERSION, embedder=self.embedder.name, dim=int(self.vectors.shape[1]),
                        corpus_hash=self.corpus_hash, n_chunks=len(self.chunks),
                        n_sections=len({(s.id, s.lang) for s in self.sections}), vector_kind=kind,
                        chunk_words=TARGET_WORDS, built_at=time.time(),
                        n_question_keys=sum(1 for c in self.chunks if not c.is_text))

    def snapshot(self) -> RetrievalIndex:
        """A searchable copy of the index now: exact search over the vectors computed so far."""
        vectors = self.vectors.copy()
        return RetrievalIndex(self.manifest(FLAT), self.chunks, vectors, VectorIndex.build(vectors, FLAT),
                              self.lexical, self.question_lexical)

    def finish(self, folder: Path | None = None, vector_kind: str = "auto",
               hnsw_threshold: int = 20_000) -> RetrievalIndex:
        """The complete index (every row embedded), saved to `folder` when given."""
        if not self.complete:
            raise RuntimeError(f"{self.total - self.done} rows are not embedded yet")
        dense = VectorIndex.build(self.vectors, vector_kind, hnsw_threshold)
        index = RetrievalIndex(self.manifest(dense.kind), self.chunks, self.vectors, dense, self.lexical,
                               self.question_lexical,
                               self.classifier or SectionClassifier.fit(self.examples, self.example_vectors))
        if folder is not None:
            index.save(Path(folder))
        return index
