"""Fixtures for the fault-injection tests: the Bot API stand-in, a data folder with the cached mini
index, `rafiq serve` as a real child process (stopped after the test), and a throwaway PostgreSQL cluster."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import embedder_spec
from tests.reliability.pg_cluster import PgCluster
from tests.reliability.serve import RafiqServer
from tests.support.bot_api import BotApiStandIn


@pytest.fixture
def api():
    """The Telegram Bot API stand-in on 127.0.0.1."""
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def cluster():
    """A started throwaway PostgreSQL cluster, destroyed after the test."""
    pytest.importorskip("psycopg", reason="psycopg (the 'pg' extra) is not installed")
    made = PgCluster.create()
    if made is None:
        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb, pg_ctl) or no account "
                    "that may run them: the restart test needs a throwaway cluster")
    try:
        made.start()
        yield made
    finally:
        made.destroy()


@pytest.fixture
async def telegram():
    """Start the real Telegram runtime on given services, wired as `rafiq serve` wires it but started here:
    ``runtime = await telegram(services, poll_timeout=1)``. Runtimes still running are stopped after."""
    running = []

    async def start(services, **options):
        try:
            from bot.app import add_telegram
        except ImportError:  # the runtime before it was wired by the composition root
            from bot.channels.telegram.runtime import TelegramRuntime

            runtime = TelegramRuntime(services, scheduler=False, **options)
        else:
            runtime = add_telegram(services, start_with_app=False, **options)
        await runtime.start()
        running.append(runtime)
        return runtime

    yield start
    for runtime in reversed(running):
        if runtime.started:
            await runtime.stop()


@pytest.fixture
def serve_env(tmp_path, mini_corpus_dir, mini_engine) -> dict[str, str]:
    """RAFIQ_* variables for a fresh data folder holding the cached mini index (no rebuild at start)."""
    data, corpus = tmp_path / "data", tmp_path / "corpus"
    shutil.copytree(mini_corpus_dir, corpus)
    shutil.copytree(mini_engine.index_dir, data / "index")
    return {"RAFIQ_DATA_DIR": str(data), "RAFIQ_CORPUS_DIR": str(corpus), "RAFIQ_LOG_LEVEL": "INFO",
            "RAFIQ_EMBEDDER": embedder_spec(mini_engine),
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

