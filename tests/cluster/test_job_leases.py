"""Jobs exactly one worker runs (reminders, SLA re-alerts, Moodle polling): leased rows on one PostgreSQL."""
from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from bot.leases import LeasedWorker
from bot.store import Store
from bot.store.cluster_schema import JobLease
from bot.store.leases import JobLeases

pytestmark = pytest.mark.postgres


@pytest.fixture
def stores(pg_url):
    """Two workers' stores on one schema (migrated)."""
    made = [Store(pg_url), Store(pg_url)]
    made[0].migrate()
    yield made
    for store in made:
        store.dispose()


def expire(store: Store, name: str) -> None:
    """Move a lease's end into the past, as if its holder had stopped renewing it long ago."""
    with store.session() as s:
        s.execute(update(JobLease).where(JobLease.name == name)
                  .values(lease_until=datetime.now(timezone.utc) - timedelta(seconds=1)))


def test_one_holder_at_a_time_and_a_dead_holders_lease_is_taken(stores):
    a, b = JobLeases(stores[0], "worker-a"), JobLeases(stores[1], "worker-b")
    assert a.hold("sla", 30) and a.hold("sla", 30), "the holder renews its own lease"
    assert not b.hold("sla", 30)
    expire(stores[0], "sla")  # worker-a died: nobody renewed
    assert b.hold("sla", 30) and not a.hold("sla", 30)
    b.release("sla")
    assert a.hold("sla", 30), "a released lease is free at once"
    assert a.holders()["sla"][0] == "worker-a"


def test_two_workers_in_one_process_are_two_holders(stores):
    """Two workers' services built in one process (as the cluster tests do) took the process's name as holder:
    both held the SLA job's lease at once and a late ticket was sometimes announced twice."""
    a, b = JobLeases(stores[0]), JobLeases(stores[1])
    assert a.holder != b.holder
    assert a.hold("sla", 30) and not b.hold("sla", 30)


def test_two_workers_racing_for_a_new_job_get_one_lease(stores):
    results: dict[str, bool] = {}
    start = threading.Barrier(8)

    def race(i: int) -> None:
        leases = JobLeases(stores[i % 2], f"w{i}")
        start.wait()
        results[f"w{i}"] = leases.hold("moodle-poller", 30)

    threads = [threading.Thread(target=race, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()) == [False] * 7 + [True], results


async def test_a_leased_job_runs_on_one_worker_and_moves_when_it_dies(stores):
    runs: list[str] = []
    workers = [LeasedWorker("scheduler", 0.2, lambda name=name: runs.append(name), JobLeases(store, name),
                            lease_s=0.9) for name, store in (("a", stores[0]), ("b", stores[1]))]
    for worker in workers:
        await worker.start()
    try:
        for _ in range(100):
            if len(runs) >= 4:
                break
            await asyncio.sleep(0.05)
        assert len(set(runs)) == 1, f"only the lease holder runs the job: {runs}"
        holder = next(w for w in workers if w.holding)
        other = next(w for w in workers if w is not holder)
        # the holder dies without a word: its task ends, its lease is left to run out
        task, holder._task = holder._task, None
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        before = len(runs)
        for _ in range(100):
            if other.holding and len(runs) > before:
                break
            await asyncio.sleep(0.05)
        assert other.holding and runs[-1] != runs[0], f"a live worker took the job over: {runs}"
    finally:
        for worker in workers:
            await worker.stop()


async def test_a_late_ticket_is_re_announced_once_by_two_workers(make_worker):
    from bot.escalation import PRIORITY_DISTRESS
    from tests.bot.test_sla_worker import RecordingAnnouncer, open_at

    workers = [make_worker("a"), make_worker("b")]
    heard = [RecordingAnnouncer(), RecordingAnnouncer()]
    for services, announcer in zip(workers, heard):
        services.announcers.add(announcer)
    ticket_id = open_at(workers[0].tickets, datetime.now(timezone.utc) - timedelta(hours=2), PRIORITY_DISTRESS)
    for services in workers:
        await services.sla.start()
    try:
        for _ in range(100):
            if any(a.calls for a in heard):
                break
            await asyncio.sleep(0.05)
        for services in workers:  # a second pass on each: the holder finds nothing due, the other may not run
            services.sla.worker.wake()
        await asyncio.sleep(0.5)
    finally:
        for services in workers:
            await services.sla.stop()
    assert [c for a in heard for c in a.calls] == [(ticket_id, False)]


def test_workers_starting_together_migrate_once_without_clashing(pg_url):
    stores = [Store(pg_url) for _ in range(4)]
    failures: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def migrate(store: Store) -> None:
        start.wait()
        try:
            store.migrate()
        except BaseException as exc:  # noqa: BLE001 — collected for the assertion
            failures.append(exc)

    threads = [threading.Thread(target=migrate, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for store in stores:
        store.dispose()
    assert failures == []
