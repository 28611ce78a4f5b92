"""Failed console logins, counted per address and per account name, with a growing delay.

The first `free` failures of a key cost nothing; each one after that doubles the wait before the next
attempt is even checked (`base_s`, 2×, 4×… up to `max_s`). A success clears the address and the account;
a key left alone for `forget_s` starts again from zero. Counters live in the process: with several
workers, each one limits on its own.
"""
from __future__ import annotations

import math
import threading
import time
from typing import Callable

FREE, BASE_S, MAX_S, FORGET_S = 5, 2.0, 900.0, 3600.0


class LoginThrottle:
    """Says how long a login attempt must wait, and counts failures.

    Example: ``wait = throttle.wait(ip, "karim")`` (0 = go ahead), then ``throttle.failed(ip, "karim")``
    or ``throttle.succeeded(ip, "karim")``.
    """

    def __init__(self, free: int = FREE, base_s: float = BASE_S, max_s: float = MAX_S, forget_s: float = FORGET_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free, self.base_s, self.max_s, self.forget_s = free, base_s, max_s, forget_s
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}  # key -> (failures, time of the last one)
        self._lock = threading.Lock()

    @staticmethod
    def _keys(address: str, account: str) -> tuple[str, str]:
        return f"ip:{address}", f"account:{account.strip().casefold()[:128]}"

    def delay(self, failures: int) -> float:
        """The wait after `failures` failures in a row."""
        if failures < self.free:
            return 0.0
        return min(self.max_s, self.base_s * 2 ** min(failures - self.free, 30))

    def wait(self, address: str, account: str) -> int:
        """Whole seconds before this address may try this account again (0 = now)."""
        now = self.clock()
        longest = 0.0
        with self._lock:
            for key in self._keys(address, account):
                failures, last = self._failures.get(key, (0, now))
                if now - last >= self.forget_s:
                    self._failures.pop(key, None)
                    continue
                longest = max(longest, self.delay(failures) - (now - last))
        return math.ceil(longest) if longest > 0 else 0

    def failed(self, address: str, account: str) -> None:
        """Count a refused attempt against the address and the account."""
        now = self.clock()
        with self._lock:
            if len(self._failures) > 100_000:  # never grow without bound
                self._failures = {k: v for k, v in self._failures.items() if now - v[1] < self.forget_s}
            for key in self._keys(address, account):
                failures, last = self._failures.get(key, (0, now))
                self._failures[key] = (0 if now - last >= self.forget_s else failures) + 1, now

    def succeeded(self, address: str, account: str) -> None:
        """Clear the address and the account after a good login."""
        with self._lock:
            for key in self._keys(address, account):
                self._failures.pop(key, None)
