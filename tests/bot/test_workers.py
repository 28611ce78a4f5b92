"""`PeriodicWorker`: runs its step, survives a failing one, stops when asked, wakes early (from any thread).

No timing is asserted: intervals are either tiny (the loop must go round) or an hour (only a stop or a
wake can end the pause); `settle` only bounds how long a broken worker can hang the test.
"""
from __future__ import annotations

import asyncio
import logging
import threading

from bot.workers import PeriodicWorker

HOUR = 3600.0


async def settle(awaitable, what: str):
    """Await `awaitable`, failing the test (instead of hanging it) if it never completes."""
    try:
        return await asyncio.wait_for(awaitable, timeout=30)
    except TimeoutError:
        raise AssertionError(f"{what} never happened") from None


class Steps:
    """A step that counts its calls, can fail its first calls, and signals the n-th call."""

    def __init__(self, fail_first: int = 0) -> None:
        self.calls = 0
        self.fail_first = fail_first
        self.reached: dict[int, asyncio.Event] = {}

    def at(self, n: int) -> asyncio.Event:
        return self.reached.setdefault(n, asyncio.Event())

    async def __call__(self) -> None:
        self.calls += 1
        self.at(self.calls).set()
        if self.calls <= self.fail_first:
            raise RuntimeError(f"pass {self.calls} broke")


async def test_it_runs_the_step_again_and_again():
    steps = Steps()
    worker = PeriodicWorker("counter", 0.001, steps.__call__)
    await worker.start()
    assert worker.running
    await settle(steps.at(3).wait(), "a third pass")
    await worker.stop()
    assert not worker.running and steps.calls >= 3


async def test_a_failing_step_is_logged_and_the_loop_goes_on(caplog):
    caplog.set_level(logging.ERROR, logger="bot.workers")
    steps = Steps(fail_first=2)
    worker = PeriodicWorker("flaky", 0.001, steps.__call__)
    await worker.start()
    await settle(steps.at(3).wait(), "a pass after two failures")
    await worker.stop()
    failures = [r for r in caplog.records if r.name == "bot.workers"]
    assert len(failures) == 2 and all(r.exc_info for r in failures), "each failure logged with its traceback"
    assert "flaky: a pass failed" in failures[0].getMessage()


async def test_stop_ends_the_pause_at_once_and_runs_no_further_step():
    steps = Steps()
    worker = PeriodicWorker("hourly", HOUR, steps.__call__)
    await worker.start()
    await settle(steps.at(1).wait(), "the first pass")
    await settle(worker.stop(), "the stop (an hour's pause must not hold it)")
    assert not worker.running and steps.calls == 1
    worker.wake()  # after a stop: nothing happens, nothing breaks
    assert steps.calls == 1


async def test_a_step_in_progress_finishes_before_stop_returns():
    inside, release, finished = asyncio.Event(), asyncio.Event(), []

    async def slow() -> None:
        inside.set()
        await release.wait()
        finished.append(True)

    worker = PeriodicWorker("slow", HOUR, slow)
    await worker.start()
    await settle(inside.wait(), "the step starting")
    stopping = asyncio.create_task(worker.stop())
    await asyncio.sleep(0)
    assert worker.stopping and not stopping.done()
    release.set()
    await settle(stopping, "the stop")
    assert finished == [True]


async def test_wake_runs_the_step_early_also_from_another_thread():
    steps = Steps()
    worker = PeriodicWorker("woken", HOUR, steps.__call__)
    await worker.start()
    await settle(steps.at(1).wait(), "the first pass")
    worker.wake()
    await settle(steps.at(2).wait(), "a pass after a wake on the loop")
    threading.Thread(target=worker.wake).start()
    await settle(steps.at(3).wait(), "a pass after a wake from a thread")
    await worker.stop()


async def test_a_wake_during_a_step_is_not_lost():
    inside, release, calls = asyncio.Event(), asyncio.Event(), []
    second = asyncio.Event()

    async def step() -> None:
        calls.append(len(calls) + 1)
        if len(calls) == 1:
            inside.set()
            await release.wait()
        else:
            second.set()

    worker = PeriodicWorker("busy", HOUR, step)
    await worker.start()
    await settle(inside.wait(), "the first pass")
    worker.wake()  # a message arrives while the first pass runs
    release.set()
    await settle(second.wait(), "the pass owed to that wake")
    await worker.stop()
    assert calls == [1, 2]


async def test_wait_first_pauses_before_the_first_step():
    steps = Steps()
    worker = PeriodicWorker("later", HOUR, steps.__call__, wait_first=True)
    await worker.start()
    await asyncio.sleep(0)
    assert steps.calls == 0
    worker.wake()
    await settle(steps.at(1).wait(), "the first pass after a wake")
    await worker.stop()


async def test_a_plain_function_runs_in_a_worker_thread():
    loop_thread, ran_in = threading.get_ident(), []
    done = asyncio.Event()
    loop = asyncio.get_running_loop()

    def blocking() -> None:
        ran_in.append(threading.get_ident())
        loop.call_soon_threadsafe(done.set)

    worker = PeriodicWorker("database", HOUR, blocking)
    await worker.start()
    await settle(done.wait(), "the threaded pass")
    await worker.stop()
    assert ran_in and ran_in[0] != loop_thread


async def test_it_can_start_again_after_a_stop():
    steps = Steps()
    worker = PeriodicWorker("again", HOUR, steps.__call__)
    await worker.start()
    await settle(steps.at(1).wait(), "the first pass")
    await worker.stop()
    await worker.start()
    await settle(steps.at(2).wait(), "the first pass of the second run")
    await worker.stop()
    assert steps.calls == 2
