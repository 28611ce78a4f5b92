"""Composition root: Settings → every service → the FastAPI app (and, when configured, Telegram).

Nothing heavy happens at import; `build_services` is cheap, `Services.warm_up` loads models and the
index (building it, with progress, when missing or stale).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from bot.settings import Settings
from bot.tutor import Tutor
from corpus.markdown import load_corpus
from retrieval.embedders import make_embedder
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the channels need, built once from the settings."""

    settings: Settings
    engine: RetrievalEngine
    tutor: Tutor
    extras: dict = field(default_factory=dict)

    def warm_up(self, progress: Callable[[int, int], None] | None = None) -> bool:
        """Load the index (building it when needed); returns True when it was built."""
        sections = load_corpus(self.settings.corpus_dir)
        return self.engine.warm_up(sections, progress)


def build_engine(settings: Settings) -> RetrievalEngine:
    """The retrieval engine for the configured embedder and index folder."""
    return RetrievalEngine(make_embedder(settings.embedder), settings.index_dir, settings.index_kind,
                           settings.hnsw_threshold, settings.answer_threshold)


def build_services(settings: Settings) -> Services:
    """Wire the Tutor with its collaborators (cheap: nothing is loaded here)."""
    settings.ensure_dirs()
    engine = build_engine(settings)
    tutor = Tutor(engine, max_words=settings.answer_max_words)
    return Services(settings=settings, engine=engine, tutor=tutor)
