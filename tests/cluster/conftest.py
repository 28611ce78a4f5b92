"""Several workers on one PostgreSQL: each test gets a throw-away schema (skipped, with the reason, when no
server answers at RAFIQ_TEST_PG_URL / 127.0.0.1:5432) and builds workers that share it, each with its own
data folder, corpus copy and retrieval engine, as on separate machines."""
from __future__ import annotations

import shutil

import pytest

from tests.bot.escalation_helpers import pg_schema_url


@pytest.fixture
def pg_url():
    """A SQLAlchemy URL bound to a fresh schema of the shared PostgreSQL, dropped after the test."""
    url, drop = pg_schema_url()
    yield url
    drop()


@pytest.fixture
def make_worker(tmp_path, mini_corpus_dir, mini_engine, pg_url):
    """``worker = make_worker("a", **settings)``: services of one worker on the shared schema, with a private
    engine over a private corpus copy (migrated, index loaded from the cached one)."""
    from bot.app import build_services
    from bot.settings import Settings
    from corpus.markdown import load_corpus
    from retrieval.engine import RetrievalEngine
    from tests.conftest import embedder_spec

    built = []

    def make(name: str, **overrides):
        root = tmp_path / name
        corpus, data = root / "corpus", root / "data"
        shutil.copytree(mini_corpus_dir, corpus)
        shutil.copytree(mini_engine.index_dir, data / "index")
        settings = Settings(**{"data_dir": data, "corpus_dir": corpus, "embedder": embedder_spec(mini_engine),
                               "database_url": pg_url, **overrides})
        engine = RetrievalEngine(mini_engine.embedder, settings.index_dir)
        assert engine.warm_up(load_corpus(corpus)) is False, "the cached index should load, not rebuild"
        services = build_services(settings, engine=engine)
        services.store.migrate()
        built.append(services)
        return services

    yield make
    for services in built:
        services.store.dispose()
