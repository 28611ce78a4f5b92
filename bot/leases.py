"""`LeasedWorker`: a `PeriodicWorker` whose step runs on one worker at a time, the one holding the job's lease.

    every `beat` s (≤ lease/3): hold(name) ──► held and `interval` elapsed since the last run ──► step
                                   │            (while the step runs the lease is renewed every beat)
                                   └ not held: another live worker runs it; ask again at the next beat
    stop: the lease is released, so another worker takes the job at its next beat, not after the lease.

A worker killed without a stop leaves its lease to run out: a live worker takes the job within
`lease + beat` seconds (30 + 10 by default: under a minute). `exclusive()` turns a job's existing worker
into a leased one (the composition root does it for the scheduler, the SLA worker and Moodle polling).
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import time
from typing import Protocol

from bot.workers import PeriodicWorker, Step

log = logging.getLogger(__name__)
LEASE_S = 30.0


class Lease(Protocol):
    """Something that grants named job leases (`bot.store.leases.JobLeases`)."""

    def hold(self, name: str, seconds: float) -> bool: ...

    def release(self, name: str) -> None: ...


class LeasedWorker(PeriodicWorker):
    """Runs `step` every `interval` seconds, on whichever worker holds the lease `name`.

    Example::

        worker = LeasedWorker("sla", 60.0, sla.tick, JobLeases(store))
        await worker.start(); ...; await worker.stop()
    """

    def __init__(self, name: str, interval: float, step: Step, leases: Lease, lease_s: float = LEASE_S) -> None:
        self.job_interval = interval
        self.lease_s = lease_s
        self.leases = leases
        self.job_step = step
        self.holding = False
        self.runs = 0
        self._last_run = -float("inf")
        self._forced = False
        super().__init__(name, min(interval, lease_s / 3), self._beat)

    def wake(self) -> None:
        """Run the job now (when this worker holds the lease), whatever the time since the last run."""
        self._forced = True
        super().wake()

    async def _beat(self) -> None:
        try:
            self.holding = await asyncio.to_thread(self.leases.hold, self.name, self.lease_s)
        except Exception:  # the database is away: do not run the job blind
            log.warning("%s: could not check the job's lease; not running it now", self.name, exc_info=True)
            self.holding = False
            return
        due = self._forced or time.monotonic() - self._last_run >= self.job_interval
        if not self.holding or not due:
            return
        self._forced = False
        self._last_run = time.monotonic()
        self.runs += 1
        renew = asyncio.create_task(self._renew())
        try:
            if inspect.iscoroutinefunction(self.job_step):
                await self.job_step()
            else:
                await asyncio.to_thread(self.job_step)
        except Exception:
            log.exception("%s: a pass failed; trying again in %ss", self.name, self.job_interval)
        finally:
            renew.cancel()

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                if not await asyncio.to_thread(self.leases.hold, self.name, self.lease_s):
                    log.warning("%s: the lease was lost while the job ran", self.name)
            except Exception:  # noqa: BLE001 — renewing again at the next beat
                log.debug("%s: renewing the lease failed", self.name, exc_info=True)

    async def stop(self) -> None:
        """Stop and give the lease up, so another worker takes the job at once."""
        await super().stop()
        if self.holding:
            try:
                await asyncio.to_thread(self.leases.release, self.name)
            except Exception:  # noqa: BLE001 — it runs out by itself
                log.debug("%s: releasing the lease failed", self.name, exc_info=True)
            self.holding = False


def exclusive(worker: PeriodicWorker, leases: Lease, lease_s: float = LEASE_S) -> LeasedWorker:
    """The same job (name, interval, step) as a leased worker."""
    return LeasedWorker(worker.name, worker.interval, worker.step, leases, lease_s)
