"""Named job leases: a job that exactly one worker may run (reminders, SLA re-alerts, Moodle polling) runs on
the worker holding its row in `job_leases`, until `lease_until`; the holder renews it while it lives.

    hold(name): UPDATE … SET holder=me, lease_until=now+lease WHERE name=… AND (holder=me OR lease_until<now)
                (no row yet: INSERT; a unique-key clash means another worker was first)
    a worker that dies stops renewing: its lease runs out and the next worker to ask takes the job.

Conditional updates work the same on SQLite and PostgreSQL (a row lock serialises two workers asking at
once). `worker_id()` names this process (host, pid and a random part, so a restarted pid is another worker).
"""
from __future__ import annotations

import itertools
import os
import secrets
import socket
from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.clock import utcnow
from bot.store.cluster_schema import JobLease
from bot.store.store import Store

_WORKER_ID = f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"
_INSTANCES = itertools.count(1)


def worker_id() -> str:
    """This process's name as a lease holder."""
    return _WORKER_ID


class JobLeases:
    """Leases of named jobs in the store.

    Example::

        leases = JobLeases(store, holder=worker_id())
        if leases.hold("sla", 30): ...          # this worker runs the job for the next 30 s
        leases.release("sla")                   # at stop: another worker may take it at once
    """

    def __init__(self, store: Store, holder: str | None = None) -> None:
        self.store = store
        # one holder per instance: two workers' services built in one process (the cluster tests) are two
        # holders; they shared the process's name and both ran a leased job at once
        self.holder = (holder or f"{worker_id()}#{next(_INSTANCES)}")[:128]

    def hold(self, name: str, seconds: float) -> bool:
        """Take or renew the lease of `name` for `seconds`; False when another live worker holds it."""
        now = utcnow()
        until = now + timedelta(seconds=seconds)
        with self.store.session() as s:
            taken = s.execute(update(JobLease).where(JobLease.name == name, or_(
                JobLease.holder == self.holder, JobLease.lease_until < now))
                .values(holder=self.holder, lease_until=until)).rowcount
        if taken:
            return True
        try:
            with self.store.session() as s:
                s.add(JobLease(name=name, holder=self.holder, lease_until=until, acquired_at=now))
            return True
        except IntegrityError:  # the row exists: another worker holds it (or won the insert)
            return False

    def release(self, name: str) -> None:
        """Give the lease up now (only when this worker holds it)."""
        with self.store.session() as s:
            s.execute(update(JobLease).where(JobLease.name == name, JobLease.holder == self.holder)
                      .values(lease_until=utcnow() - timedelta(seconds=1)))

    def holders(self) -> dict[str, tuple[str, object]]:
        """Every job's holder and lease end (for /health and the tests)."""
        with self.store.session() as s:
            return {r.name: (r.holder, r.lease_until) for r in s.scalars(select(JobLease))}
