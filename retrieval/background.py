"""Embedding an index in a background thread while the engine already searches it.

The engine publishes `pending.snapshot()` at once (BM25 for every row, vectors for the seeded rows), then
this thread embeds the rest (question keys first) and publishes a fresher snapshot after each tenth; at
the end it publishes the complete index, saved to disk. Rows not embedded yet have a zero vector: their
sections rank low and are answered with low confidence, never as if the guide were sure of them.

Example::

    build = BackgroundBuild(pending, publish=engine._set_index, folder=index_dir)
    build.start(); build.status()   # {"state": "building", "done": 340, "total": 1184}
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from retrieval.build import PendingIndex
from retrieval.embedders import Embedder
from retrieval.index import Progress, RetrievalIndex

log = logging.getLogger(__name__)

BUILDING, READY, FAILED = "building", "ready", "failed"
BACKGROUND_BATCH = 4  # a smaller batch keeps each embedding call short while questions are answered


def worker_embedder(embedder: Embedder) -> Embedder:
    """An embedder of the same model for the build thread (a model of its own when the embedder can clone)."""
    clone = getattr(embedder, "clone", None)
    return clone() if callable(clone) else embedder


class BackgroundBuild:
    """Embeds `pending` in a daemon thread, publishing snapshots to the engine, then the saved index."""

    def __init__(self, pending: PendingIndex, publish, folder: Path, vector_kind: str = "auto",
                 hnsw_threshold: int = 20_000, progress: Progress | None = None) -> None:
        self.pending = pending
        self.publish = publish
        self.folder = Path(folder)
        self.vector_kind = vector_kind
        self.hnsw_threshold = hnsw_threshold
        self.progress = progress
        self.state = BUILDING
        self.error: BaseException | None = None
        self.index: RetrievalIndex | None = None
        self._thread = threading.Thread(target=self._run, name="rafiq-index-build", daemon=True)

    def start(self) -> BackgroundBuild:
        """Start the thread; returns self."""
        self._thread.start()
        return self

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the build to end; True when it has ended (built or failed)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def status(self) -> dict:
        """`{"state", "done", "total"}` for `/health`: chunks with their vector, of all the chunks."""
        return {"state": self.state, "done": self.pending.seeded + self.pending.done, "total": len(self.pending.chunks)}

    def _run(self) -> None:
        started = time.monotonic()
        try:
            self.pending.embed(self.progress, on_step=lambda: self.publish(self.pending.snapshot()),
                               embedder=worker_embedder(self.pending.embedder), batch=BACKGROUND_BATCH)
            self.index = self.pending.finish(self.folder, self.vector_kind, self.hnsw_threshold)
            self.publish(self.index)
            self.state = READY
            log.info("index: ready, %d chunks embedded in %.0f s", self.pending.total, time.monotonic() - started)
        except Exception as exc:  # the partial index keeps serving; /health says "failed"
            self.error, self.state = exc, FAILED
            log.error("index: the background build failed (%s: %s); answers use what was embedded",
                      type(exc).__name__, exc)
