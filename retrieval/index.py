"""Build, save and load the retrieval index: chunks + faiss vectors + BM25, in a versioned folder.

Folder layout (`RAFIQ_DATA_DIR/index`): `manifest.json` (format version, embedder, dimension, corpus
hash, counts), `chunks.jsonl`, `vectors.npy`, `faiss.index`, `bm25/` (section text) and
`bm25-questions/` (question keys: short texts get a BM25 index of their own, so their length and
vocabulary do not skew the text scores). A build writes a new folder
beside the old one and swaps it in, so a reader never sees half an index.
"""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from corpus.section import Section
from retrieval.errors import IndexLoadError, IndexMismatchError  # noqa: F401 (re-exported)
from retrieval.chunking import CHUNKER_VERSION, TARGET_WORDS, chunk_sections, embedding_text
from retrieval.embedders import Embedder
from retrieval.lexical import LexicalIndex
from retrieval.section_classifier import SectionClassifier, examples_of
from retrieval.seed import VectorSeed
from retrieval.types import Chunk
from retrieval.vectors import VectorIndex

log = logging.getLogger(__name__)

FORMAT_VERSION = 3  # 2: chunks carry a role (section text or question key); 3: a section classifier
BATCH = 16
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Manifest:
    """What an index folder was built from."""

    format_version: int
    embedder: str
    dim: int
    corpus_hash: str
    n_chunks: int
    n_sections: int
    vector_kind: str
    chunk_words: int
    built_at: float
    n_question_keys: int


def corpus_hash(sections: Iterable[Section]) -> str:
    """A hash of everything in the corpus that changes the index."""
    digest = hashlib.sha256(f"v{FORMAT_VERSION}:c{CHUNKER_VERSION}:{TARGET_WORDS}".encode())
    for s in sorted(sections, key=lambda s: (s.kind, s.id, s.lang)):
        for part in (s.kind, s.id, s.lang, s.title, s.text, *s.questions):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
    return digest.hexdigest()


class RetrievalIndex:
    """The searchable index: chunks with metadata, their vectors and a BM25 index.

    Example: ``idx = build_index(sections, embedder, Path("var/index"))``, then ``load_index(path, embedder)``.
    """

    def __init__(self, manifest: Manifest, chunks: list[Chunk], vectors: np.ndarray,
                 dense: VectorIndex, lexical: LexicalIndex, question_lexical: LexicalIndex | None = None,
                 classifier: SectionClassifier | None = None) -> None:
        self.manifest = manifest
        self.chunks = chunks
        self.vectors = vectors
        self.dense = dense
        self.lexical = lexical
        self.question_lexical = question_lexical or LexicalIndex.build([None] * len(chunks))
        self.classifier = classifier  # None while a background build runs, or for a corpus without keys
        self.titles = {(c.section_id, c.lang): c.title for c in chunks}
        self.kinds = {c.section_id: c.kind for c in chunks}

    def section_chunks(self, section_id: str, lang: str) -> list[Chunk]:
        """The text chunks of one language version of a section, in order (question keys left out)."""
        return [c for c in self.chunks if c.section_id == section_id and c.lang == lang and c.is_text]

    def lexical_scores(self, query: str) -> np.ndarray:
        """Per row, BM25 relative to the best row of the same role (text or question), in [0, 1]."""
        return self.lexical.relative_scores(query) + self.question_lexical.relative_scores(query)

    def has_version(self, section_id: str, lang: str) -> bool:
        """True when the section exists in that language."""
        return (section_id, lang) in self.titles

    def save(self, folder: Path) -> None:
        """Write the index to `folder` atomically (build beside, then swap)."""
        folder = Path(folder)
        tmp = folder.with_name(folder.name + f".tmp-{int(time.time() * 1000)}")
        tmp.mkdir(parents=True)
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
            for c in self.chunks:
                fh.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        np.save(tmp / "vectors.npy", self.vectors)
        self.dense.save(tmp / "faiss.index")
        self.lexical.save(tmp / "bm25")
        self.question_lexical.save(tmp / "bm25-questions")
        if self.classifier is not None:
            self.classifier.save(tmp)
        (tmp / "manifest.json").write_text(json.dumps(asdict(self.manifest), indent=2), encoding="utf-8")
        old = folder.with_name(folder.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of an index folder, or None when there is no readable index."""
    try:
        return Manifest(**json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def embed_chunks(chunks: Sequence[Chunk], embedder: Embedder, progress: Progress | None = None) -> np.ndarray:
    """Embed chunks (text pieces and question keys alike, as passages) in batches, reporting (done, total)."""
    parts = []
    for start in range(0, len(chunks), BATCH):
        batch = chunks[start:start + BATCH]
        parts.append(embedder.embed_passages([embedding_text(c) for c in batch]))
        if progress:
            progress(min(start + BATCH, len(chunks)), len(chunks))
    if not parts:
        return np.zeros((0, embedder.dim or 1), dtype=np.float32)
    return np.vstack(parts).astype(np.float32)


def build_lexical(chunks: Sequence[Chunk]) -> tuple[LexicalIndex, LexicalIndex]:
    """BM25 over the text chunks, and BM25 over the question keys, both addressed by row."""
    text = LexicalIndex.build([embedding_text(c) if c.is_text else None for c in chunks])
    questions = LexicalIndex.build([None if c.is_text else c.text for c in chunks])
    return text, questions


def build_index(sections: Sequence[Section], embedder: Embedder, folder: Path | None = None,
                vector_kind: str = "auto", hnsw_threshold: int = 20_000,
                progress: Progress | None = None, seed: VectorSeed | None = None) -> RetrievalIndex:
    """Chunk, embed (taking what it can from `seed`) and index the sections; save to `folder` when given."""
    from retrieval.build import PendingIndex

    pending = PendingIndex(sections, embedder, seed)
    pending.embed(progress)
    return pending.finish(folder, vector_kind, hnsw_threshold)


def load_index(folder: Path, embedder_name: str) -> RetrievalIndex:
    """Load an index folder, refusing one built with another embedder or format."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    if manifest is None:
        raise IndexLoadError(f"no index in {folder}: run `rafiq index` first")
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index in {folder} has format {manifest.format_version}, this Rafiq reads {FORMAT_VERSION}: "
            "run `rafiq index` again")
    if manifest.embedder != embedder_name:
        raise IndexMismatchError(
            f"the index in {folder} was built with embedder '{manifest.embedder}', but the configured "
            f"embedder is '{embedder_name}' (RAFIQ_EMBEDDER): run `rafiq index` again")
    chunks = []
    with open(folder / "chunks.jsonl", encoding="utf-8") as fh:
        for line in fh:
            data = json.loads(line)
            data["path"] = tuple(data.get("path") or ())
            chunks.append(Chunk(**data))
    vectors = np.load(folder / "vectors.npy")
    dense = VectorIndex.load(folder / "faiss.index", manifest.vector_kind)
    lexical = LexicalIndex.load(folder / "bm25", len(chunks))
    question_lexical = LexicalIndex.load(folder / "bm25-questions", len(chunks))
    return RetrievalIndex(manifest, chunks, vectors, dense, lexical, question_lexical,
                          SectionClassifier.load(folder))


def is_current(folder: Path, sections: Sequence[Section], embedder_name: str, vector_kind: str = "auto") -> bool:
    """True when `folder` holds an index of these sections made by this embedder (and of this kind)."""
    manifest = read_manifest(folder)
    return bool(manifest and manifest.embedder == embedder_name and manifest.format_version == FORMAT_VERSION
                and manifest.corpus_hash == corpus_hash(sections)
                and (vector_kind == "auto" or vector_kind == manifest.vector_kind))


def ensure_index(sections: Sequence[Section], embedder: Embedder, folder: Path, vector_kind: str = "auto",
                 hnsw_threshold: int = 20_000, progress: Progress | None = None,
                 seed: VectorSeed | None = None) -> tuple[RetrievalIndex, bool]:
    """Load the index when it matches the corpus and embedder, else build it; returns (index, built)."""
    if is_current(folder, sections, embedder.name, vector_kind):
        return load_index(folder, embedder.name), False
    return build_index(sections, embedder, folder, vector_kind, hnsw_threshold, progress, seed), True


def add_sections(index: RetrievalIndex, new: Sequence[Section], all_sections: Sequence[Section],
                 embedder: Embedder, folder: Path | None = None,
                 drop: frozenset[tuple[str, str]] = frozenset()) -> RetrievalIndex:
    """Add or replace sections incrementally (only the new sections are embedded), and remove the (id, lang)
    versions of `drop` (a withdrawn FAQ entry)."""
    keys = {(s.id, s.lang) for s in new} | drop
    kept = [c for c in index.chunks if (c.section_id, c.lang) not in keys]
    kept_rows = [i for i, c in enumerate(index.chunks) if (c.section_id, c.lang) not in keys]
    fresh = chunk_sections(new)
    fresh_vectors = embed_chunks(fresh, embedder) if fresh else np.zeros((0, index.vectors.shape[1]), np.float32)
    chunks = [replace(c, chunk_id=i) for i, c in enumerate(kept + fresh)]
    vectors = np.vstack([index.vectors[kept_rows], fresh_vectors]).astype(np.float32)
    dense = VectorIndex.build(vectors, index.manifest.vector_kind)
    lexical, question_lexical = build_lexical(chunks)
    manifest = Manifest(**{**asdict(index.manifest), "corpus_hash": corpus_hash(all_sections),
                           "n_chunks": len(chunks), "n_question_keys": sum(1 for c in chunks if not c.is_text),
                           "n_sections": len({(c.section_id, c.lang) for c in chunks}),
                           "built_at": time.time()})
    examples = examples_of(fresh)
    example_vectors = embedder.embed_query([e.text for e in examples]) if examples else np.zeros((0, vectors.shape[1]))
    if index.classifier is not None:
        classifier = index.classifier.refit(keys, examples, example_vectors)
    else:  # an index built before the classifier existed: the kept sections' examples are embedded too
        old = examples_of(kept)
        classifier = SectionClassifier.fit(old + examples, np.vstack([
            embedder.embed_query([e.text for e in old]) if old else np.zeros((0, vectors.shape[1])),
            example_vectors]))
    updated = RetrievalIndex(manifest, chunks, vectors, dense, lexical, question_lexical, classifier)
    if folder is not None:
        updated.save(Path(folder))
    return updated
