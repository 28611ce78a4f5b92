"""A guide with no usable vectors is searchable at once: BM25 and the vectors computed so far serve while
a thread embeds the rest (question keys first), then the complete index is saved and swapped in."""
from __future__ import annotations

import threading
import time

import httpx
import numpy as np
import pytest

from corpus.markdown import load_corpus
from retrieval.embedders import FakeEmbedder
from retrieval.engine import RetrievalEngine
from retrieval.index import read_manifest


class GatedEmbedder(FakeEmbedder):
    """The FakeEmbedder, whose passage batches wait for the test to let them through (`allow(n)`)."""

    def __init__(self) -> None:
        self.gate = threading.Semaphore(0)
        self.batches: list[list[str]] = []

    def allow(self, batches: int) -> None:
        for _ in range(batches):
            self.gate.release()

    def embed_passages(self, texts):
        if not self.gate.acquire(timeout=30):
            raise TimeoutError("the test never let this batch through")
        self.batches.append(list(texts))
        return super().embed_passages(texts)

    def clone(self):
        return self


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


@pytest.fixture
def building(tmp_path, mini_corpus_dir):
    """An engine whose index is being built in the background, held before its first batch."""
    embedder = GatedEmbedder()
    engine = RetrievalEngine(embedder, tmp_path / "index")
    assert engine.warm_up(load_corpus(mini_corpus_dir), background=True) is True
    yield engine, embedder
    embedder.allow(10_000)
    engine.wait_built(30)


def test_search_works_before_any_vector_is_computed(building):
    engine, _ = building
    status = engine.index_status()
    assert status["state"] == "building" and status["done"] == 0 and status["total"] == len(engine.index.chunks)
    passages = engine.search("Qu'est-ce que l'évaluation formative ?")
    assert passages, "BM25 must find sections while the vectors are computed"
    assert passages[0].confidence < engine.threshold, "a section found by words alone is not answered as sure"


def test_question_keys_are_embedded_first_and_progress_is_counted(building):
    engine, embedder = building
    keys = {c.text for c in engine.index.chunks if not c.is_text}
    embedder.allow(2)
    wait_for(lambda: engine.index_status()["done"] >= 8)
    assert set(embedder.batches[0] + embedder.batches[1]) <= keys
    assert engine.index_status()["state"] == "building"


def test_the_complete_index_is_saved_and_equals_a_foreground_build(building, tmp_path, mini_corpus_dir):
    engine, embedder = building
    embedder.allow(10_000)
    assert engine.wait_built(30)
    status = engine.index_status()
    assert status == {"state": "ready", "done": status["total"], "total": len(engine.index.chunks)}
    assert read_manifest(tmp_path / "index").n_chunks == status["total"]
    reference = RetrievalEngine(FakeEmbedder(), tmp_path / "reference")
    reference.warm_up(load_corpus(mini_corpus_dir))
    assert np.array_equal(engine.index.vectors, reference.index.vectors)
    question = "Comment préparer une séance de formation ?"
    assert [p.chunk.section_id for p in engine.search(question)] == \
        [p.chunk.section_id for p in reference.search(question)]


def test_a_failed_build_keeps_serving_and_says_so(tmp_path, mini_corpus_dir):
    class Broken(FakeEmbedder):
        def embed_passages(self, texts):
            raise RuntimeError("model file truncated")

        def clone(self):
            return self

    from bot.app import build_services
    from bot.settings import Settings

    engine = RetrievalEngine(Broken(), tmp_path / "index")
    engine.warm_up(load_corpus(mini_corpus_dir), background=True)
    engine.wait_built(30)
    assert engine.index_status()["state"] == "failed"
    assert engine.search("évaluation formative")
    assert read_manifest(tmp_path / "index") is None  # nothing half-built is saved
    services = build_services(Settings(data_dir=tmp_path / "data", corpus_dir=mini_corpus_dir, embedder="fake"),
                              engine=engine)
    assert [p for p in services.problems() if p.startswith("index:")], "/health must say it (degraded)"
    services.store.dispose()


def test_health_reports_the_build_over_http(building, tmp_path, mini_corpus_dir):
    from bot.app import build_services
    from bot.channels.web import create_app
    from bot.settings import Settings
    from tests.channels.console_helpers import ServerThread

    engine, embedder = building
    services = build_services(Settings(data_dir=tmp_path / "data", corpus_dir=mini_corpus_dir, embedder="fake"),
                              engine=engine)
    services.store.migrate()
    with ServerThread(create_app(services)) as server:
        index = httpx.get(server.url + "/health").json()["index"]
        assert index["state"] == "building" and index["done"] == 0 and index["total"] == len(engine.index.chunks)
        assert {"chunks", "question_keys", "sections", "embedder"} <= set(index)
        body = httpx.post(server.url + "/api/ask", json={"text": "Comment préparer une séance de formation ?"},
                          timeout=30).json()
        assert body["intent"] and body["answer"]  # answered (or escalated) while building, never an error
        embedder.allow(10_000)
        engine.wait_built(30)
        index = httpx.get(server.url + "/health").json()["index"]
        assert index["state"] == "ready" and index["done"] == index["total"] == index["chunks"]
    services.store.dispose()
