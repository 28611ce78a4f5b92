"""Helpers for the escalation tests: concurrent claims, a PostgreSQL schema per test, a private engine."""
from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path

import pytest

from bot.escalation import TicketRequest, TicketService

PG_URL = os.environ.get("RAFIQ_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


_VECTORS: dict[str, tuple[float, ...]] = {}


def question_vectors(embedder, texts) -> dict[str, tuple[float, ...]]:
    """Query vectors of `texts` from the real embedder, in one batch, remembered for the session."""
    missing = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if missing:
        for text, row in zip(missing, embedder.embed_query(missing)):
            _VECTORS[text] = tuple(float(x) for x in row)
    return {t: _VECTORS[t] for t in texts}


def race_claims(tickets: TicketService, ticket_id: int, tutors: list[str]) -> dict[str, bool]:
    """Let every tutor claim the ticket at the same moment (threads released by a barrier)."""
    barrier = threading.Barrier(len(tutors))
    results: dict[str, bool] = {}
    errors: list[BaseException] = []

    def press(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            results[name] = tickets.claim(ticket_id, name)
        except BaseException as exc:  # surfaced below: a crash must fail the test, not vanish
            errors.append(exc)

    threads = [threading.Thread(target=press, args=(name,)) for name in tutors]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=30)
    assert not errors, errors
    return results


def assert_one_winner(tickets: TicketService, rounds: int = 15, tutors: int = 6) -> None:
    """Over several tickets, exactly one of the concurrent claimants wins and the row names them."""
    names = [f"tutor{i}" for i in range(tutors)]
    for round_ in range(rounds):
        ticket, _ = tickets.open(TicketRequest("telegram", f"chat{round_}", f"question {round_}", "fr",
                                               "low_confidence"))
        results = race_claims(tickets, ticket.id, names)
        winners = [n for n, won in results.items() if won]
        assert len(results) == tutors and len(winners) == 1, results
        stored = tickets.get(ticket.id)
        assert stored.state == "claimed" and stored.claimed_by == winners[0]
        assert [e.kind for e in tickets.history(ticket.id)].count("claimed") == 1


def pg_schema_url(base: str = PG_URL):
    """Create a throw-away schema; returns (url bound to it, drop function), or skips without a server."""
    psycopg = pytest.importorskip("psycopg")
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    name = f"rafiq_t_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(plain, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server answers at {plain.split('@')[-1]} ({str(exc).strip()[:80]}); "
                    "set RAFIQ_TEST_PG_URL to run the PostgreSQL tests")

    def drop() -> None:
        with psycopg.connect(plain, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{name}", drop


def private_engine(tmp_path: Path, corpus_dir: Path, embedder, cache: Path):
    """An engine over a private copy of the mini corpus and its cached index (safe to mutate)."""
    from corpus.markdown import load_corpus
    from retrieval.engine import RetrievalEngine

    corpus = tmp_path / "corpus"
    if not corpus.exists():
        shutil.copytree(corpus_dir, corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(cache, index_dir)
    engine = RetrievalEngine(embedder, index_dir)
    assert engine.warm_up(load_corpus(corpus)) is False, "the cached index should load, not rebuild"
    return engine, corpus
