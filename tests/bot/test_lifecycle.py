"""`Lifecycle`: starts in order, stops in reverse, undoes a half-done start; the app's lifespan runs it."""
from __future__ import annotations

import logging

import pytest

from bot.lifecycle import Hooks, Lifecycle


class Recorded:
    """A worker that writes what happens to it into a shared journal; can fail to start or to stop."""

    def __init__(self, name: str, journal: list[str], fail_start: bool = False, fail_stop: bool = False) -> None:
        self.name = name
        self.journal = journal
        self.fail_start = fail_start
        self.fail_stop = fail_stop

    async def start(self) -> None:
        if self.fail_start:
            raise RuntimeError(f"{self.name} cannot start")
        self.journal.append(f"start {self.name}")

    async def stop(self) -> None:
        self.journal.append(f"stop {self.name}")
        if self.fail_stop:
            raise RuntimeError(f"{self.name} cannot stop")


async def test_starts_in_order_and_stops_in_reverse():
    journal: list[str] = []
    lifecycle = Lifecycle("app", [Recorded("store", journal)])
    lifecycle.add(Recorded("telegram", journal))
    lifecycle.add(Recorded("forum", journal))
    await lifecycle.start()
    assert journal == ["start store", "start telegram", "start forum"]
    assert lifecycle.started == ["store", "telegram", "forum"]
    await lifecycle.stop()
    assert journal[3:] == ["stop forum", "stop telegram", "stop store"]
    assert lifecycle.started == []


async def test_a_failing_start_stops_what_started_and_raises():
    journal: list[str] = []
    lifecycle = Lifecycle("app", [Recorded("a", journal), Recorded("b", journal),
                                  Recorded("c", journal, fail_start=True), Recorded("d", journal)])
    with pytest.raises(RuntimeError, match="c cannot start"):
        await lifecycle.start()
    assert journal == ["start a", "start b", "stop b", "stop a"], "c never ran, d never started"
    assert lifecycle.started == []


async def test_a_failing_stop_is_logged_and_the_others_still_stop(caplog):
    caplog.set_level(logging.ERROR, logger="bot.lifecycle")
    journal: list[str] = []
    lifecycle = Lifecycle("app", [Recorded("a", journal), Recorded("b", journal, fail_stop=True),
                                  Recorded("c", journal)])
    await lifecycle.start()
    await lifecycle.stop()
    assert journal[3:] == ["stop c", "stop b", "stop a"]
    assert "b failed to stop cleanly" in caplog.text


async def test_start_twice_starts_each_worker_once_and_nested_lifecycles_keep_their_order():
    journal: list[str] = []
    inner = Lifecycle("forum", [Recorded("forum-outbox", journal), Recorded("forum-inbox", journal)])
    outer = Lifecycle("app", [Recorded("sla", journal), inner, Recorded("banner", journal)])
    await outer.start()
    await outer.start()
    assert journal == ["start sla", "start forum-outbox", "start forum-inbox", "start banner"]
    await outer.stop()
    assert journal[4:] == ["stop banner", "stop forum-inbox", "stop forum-outbox", "stop sla"]


async def test_hooks_turn_two_coroutine_functions_into_a_worker():
    journal: list[str] = []

    async def up() -> None:
        journal.append("up")

    async def down() -> None:
        journal.append("down")

    lifecycle = Lifecycle("app", [Hooks("telegram", up, down), Hooks("banner", up)])
    await lifecycle.start()
    await lifecycle.stop()
    assert journal == ["up", "up", "down"]


def test_the_app_lifespan_starts_and_stops_the_lifecycle_and_undoes_a_failed_start(make_services):
    from fastapi.testclient import TestClient

    from bot.channels.web import create_app

    journal: list[str] = []
    services = make_services()
    services.lifecycle.add(Recorded("probe", journal))
    with TestClient(create_app(services, warm=False)) as client:
        assert client.get("/health").status_code == 200
        assert services.lifecycle.started == ["sla", "index-sync", "probe"] and journal == ["start probe"]
    assert journal == ["start probe", "stop probe"] and services.lifecycle.started == []

    journal.clear()
    services.lifecycle.add(Recorded("broken", journal, fail_start=True))
    with pytest.raises(RuntimeError, match="broken cannot start"):
        with TestClient(create_app(services, warm=False)):
            pass
    assert journal == ["start probe", "stop probe"], "what started before the failure was stopped"
    assert services.lifecycle.started == []
