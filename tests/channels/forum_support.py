"""Fixtures and helpers for the forum hook tests: the app served over real HTTP, a private engine,
a per-test moderator sharing one loaded model, and signed generic webhooks.

Test modules import the fixtures they use: ``from tests.channels.forum_support import forum_app, ...``.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import shutil
import socket
import threading
import time
from functools import partial

import pytest
import uvicorn

from tests.support.forum_standins import DiscourseStandIn

SECRET = "discourse-webhook-test-secret"
GENERIC_SECRET = "generic-forum-test-secret"
API_KEY = "discourse-test-key"


class AppServer:
    """Rafiq's FastAPI app under uvicorn on 127.0.0.1 (port chosen by the OS), lifespan on, in a thread."""

    def __init__(self, app) -> None:
        self.app = app
        self.loop: asyncio.AbstractEventLoop | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    def start(self) -> "AppServer":
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on",
                                loop="asyncio", http="h11", limit_concurrency=1000, backlog=1024,
                                timeout_keep_alive=60)
        self._server = server = uvicorn.Server(config)

        def run() -> None:
            async def main() -> None:
                self.loop = asyncio.get_running_loop()
                await server.serve(sockets=[sock])
            asyncio.run(main())

        self._thread = threading.Thread(target=run, name=f"rafiq-app-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 60
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.02)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def call(self, coro, timeout: float = 60.0):
        """Run a coroutine on the app's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(15)
            self._server = None


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.05):
    """Poll `predicate()` until it is truthy; return its value (AssertionError on timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


def generic_webhook(secret: str, payload: dict, timestamp: int | None = None) -> tuple[bytes, dict]:
    """Body and headers of a signed generic forum webhook."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    sig = "sha256=" + hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return body, {"Content-Type": "application/json", "X-Rafiq-Timestamp": stamp, "X-Rafiq-Signature": sig}


@pytest.fixture(scope="session")
def ngram():
    """The moderation n-gram model, loaded once (each test gets its own Moderator around it)."""
    from moderation.model import NgramClassifier

    model = NgramClassifier()
    model.warm_up()
    return model


_FORUM_ENGINES: dict = {}  # built once per session and embedder (the real one only for tests marked slow)


@pytest.fixture
def forum_engine(mini_engine, mini_corpus_dir, tmp_path_factory):
    """A private engine over the mini corpus with a low answer threshold, so in-corpus questions are
    answered whatever the calibration (the shared mini engine is never mutated)."""
    from corpus.markdown import load_corpus
    from retrieval.engine import RetrievalEngine

    name = mini_engine.embedder.name
    if name not in _FORUM_ENGINES:
        folder = tmp_path_factory.mktemp("forum_index") / "index"
        shutil.copytree(mini_engine.index_dir, folder)
        engine = RetrievalEngine(mini_engine.embedder, folder)
        engine.warm_up(load_corpus(mini_corpus_dir))
        engine._threshold_override = 0.05
        _FORUM_ENGINES[name] = engine
    return _FORUM_ENGINES[name]


@pytest.fixture
def discourse():
    """The Discourse API stand-in."""
    with DiscourseStandIn(api_key=API_KEY, api_username="rafiq") as standin:
        yield standin


@pytest.fixture
def forum_app(tmp_path, mini_corpus_dir, forum_engine, ngram):
    """Start the app with forum hooks: ``forum_app(discourse=standin, **config)`` → (server, services, forum)."""
    from bot import moderation_review
    from bot.app import build_services
    from bot.app import add_forum
    from bot.channels.forum.types import ForumConfig
    from bot.channels.web import create_app
    from bot.settings import Settings
    from moderation import Moderator

    running: list[tuple[AppServer, object]] = []

    def start(discourse: DiscourseStandIn | None = None, data: str = "data", settings: dict | None = None,
              **config):
        corpus = tmp_path / "corpus"
        if not corpus.exists():
            shutil.copytree(mini_corpus_dir, corpus)
        values = {"data_dir": tmp_path / data, "corpus_dir": corpus, "discourse_webhook_secret": SECRET,
                  "forum_webhook_secret": GENERIC_SECRET, **(settings or {})}
        if discourse is not None:
            values.update(discourse_url=discourse.base_url, discourse_api_key=API_KEY,
                          discourse_api_username="rafiq")
        services = build_services(Settings(**values), engine=forum_engine)
        services.store.migrate()
        # the app's moderator, around the n-gram model loaded once for the session
        services.moderator = Moderator(classifiers=[ngram], sink=partial(moderation_review.record, services.store))
        services.tutor.moderator = services.moderator
        knobs = {"outbox_interval_s": 0.1, "unanswered_interval_s": 3600, "moodle_interval_s": 0.2, **config}
        forum = add_forum(services, ForumConfig.from_settings(services.settings, **knobs))
        server = AppServer(create_app(services, warm=False)).start()
        running.append((server, services))
        return server, services, forum

    yield start
    for server, services in reversed(running):
        server.stop()
        services.store.dispose()
