"""Stopping a long-polling worker while its inbox round is taking the poller's seat: the round must not start
polling again behind `stop`'s back (CI saw "This Updater is still running!" from `Application.shutdown`)."""
from __future__ import annotations

import asyncio
import threading
import time


class _SeatTakenDuringStop:
    """A seat whose `acquire` is in progress when `stop` begins, and grants the seat once it has."""

    def __init__(self, runtime) -> None:
        self.runtime = runtime
        self.entered = threading.Event()

    def acquire(self) -> bool:
        self.entered.set()
        while self.runtime.started:  # hold the round here until stop() has begun
            time.sleep(0.01)
        return True

    def held(self) -> bool:
        return True

    def release(self) -> None:
        pass


async def test_stop_during_an_inbox_round_taking_the_seat_does_not_leave_the_updater_running(start_bot):
    runtime = await start_bot()
    assert runtime.mode == "polling"
    await runtime.application.updater.stop()  # as if the seat had been lost: the next round takes it back
    seat = runtime.seat = _SeatTakenDuringStop(runtime)
    runtime.inbox_worker.interval = 0.05
    runtime.inbox_worker.wake()
    assert await asyncio.to_thread(seat.entered.wait, 10)
    await runtime.stop()  # raised RuntimeError: the round had started polling again after stop() began
    assert not runtime.started
    assert not runtime.application.updater.running
