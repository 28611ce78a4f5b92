"""Job leases and the Telegram inbox's holders on SQLite (the same conditional updates as on PostgreSQL;
tests/cluster/ runs them on the real server with several workers)."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from bot.leases import LeasedWorker
from bot.store import Store
from bot.store.cluster_schema import JobLease
from bot.store.leases import JobLeases
from bot.store.schema import TelegramInbox
from bot.store.telegram_inbox import Inbox


@pytest.fixture
def store(tmp_path):
    made = Store(f"sqlite:///{tmp_path / 'leases.db'}")
    made.migrate()
    yield made
    made.dispose()


def test_a_lease_is_held_by_one_worker_until_it_runs_out_or_is_released(store):
    a, b = JobLeases(store, "a"), JobLeases(store, "b")
    assert a.hold("scheduler", 30) and not b.hold("scheduler", 30)
    with store.session() as s:
        s.execute(update(JobLease).values(lease_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert b.hold("scheduler", 30) and not a.hold("scheduler", 30)
    b.release("scheduler")
    assert a.hold("scheduler", 30)


def test_an_update_is_handled_by_the_worker_holding_it(store):
    a, b = Inbox(store, "a"), Inbox(store, "b")
    assert a.save(7, "42", {"update_id": 7}) is True
    assert b.save(7, "42", {"update_id": 7}) is False, "a copy on another worker is not handled there"
    assert a.save(7, "42", {"update_id": 7}) is True, "a retry on the holder is"
    assert b.orphans() == []
    with store.session() as s:
        s.execute(update(TelegramInbox).values(lease_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert b.orphans() == [{"update_id": 7}] and b.save(7, "42", {"update_id": 7}) is True
    assert a.save(7, "42", {"update_id": 7}) is False and a.renew() == 0 and b.renew() == 1
    b.release()
    assert a.orphans() == [{"update_id": 7}], "released at a clean stop: any worker takes it at once"


async def test_a_leased_job_runs_only_where_the_lease_is_held(store):
    runs: list[str] = []
    JobLeases(store, "other").hold("sla", 60)  # another live worker holds the job
    worker = LeasedWorker("sla", 0.05, lambda: runs.append("here"), JobLeases(store, "here"), lease_s=0.3)
    await worker.start()
    await asyncio.sleep(0.3)
    assert runs == [] and not worker.holding
    JobLeases(store, "other").release("sla")
    for _ in range(60):
        if runs:
            break
        await asyncio.sleep(0.05)
    await worker.stop()
    assert runs and runs[0] == "here"
    assert JobLeases(store, "third").hold("sla", 60), "stopping released the lease"
