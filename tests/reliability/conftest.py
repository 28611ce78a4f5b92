"""Fixtures for the fault-injection tests: the Bot API stand-in, a data folder with the cached mini
index, and `rafiq serve` as a real child process (stopped after the test)."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import update

from bot.schema import OutboxMessage, utcnow
from bot.store import Store
from tests.reliability.serve import RafiqServer
from tests.support.bot_api import BotApiStandIn


@pytest.fixture
def api():
    """The Telegram Bot API stand-in on 127.0.0.1."""
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def serve_env(tmp_path, mini_corpus_dir, mini_engine) -> dict[str, str]:
    """RAFIQ_* variables for a fresh data folder holding the cached mini index (no rebuild at start)."""
    data, corpus = tmp_path / "data", tmp_path / "corpus"
    shutil.copytree(mini_corpus_dir, corpus)
    shutil.copytree(mini_engine.index_dir, data / "index")
    return {"RAFIQ_DATA_DIR": str(data), "RAFIQ_CORPUS_DIR": str(corpus), "RAFIQ_LOG_LEVEL": "INFO",
            "RAFIQ_DATABASE_URL": f"sqlite:///{data / 'rafiq.db'}"}


@pytest.fixture
def rafiq_server(tmp_path, serve_env):
    """Make a `RafiqServer` for extra variables: ``server = rafiq_server(RAFIQ_TELEGRAM_TOKEN=...)``."""
    made: list[RafiqServer] = []

    def make(**env: str) -> RafiqServer:
        server = RafiqServer({**serve_env, **env}, tmp_path)
        made.append(server)
        return server

    yield make
    for server in made:
        server.stop()


def expire_leases(database_url: str) -> int:
    """Make the outbox rows a dead worker had leased due now, as they are once the lease (60 s) runs out."""
    store = Store(database_url)
    try:
        with store.session() as s:
            return s.execute(update(OutboxMessage).where(OutboxMessage.state == "pending")
                             .values(next_attempt_at=utcnow())).rowcount
    finally:
        store.dispose()
