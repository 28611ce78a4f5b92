"""The one rate limiter: at most `per_minute` requests per key in any 60-second window.

Used by the Telegram channel (per trainer), `POST /api/ask` (per client address) and the forum webhooks
(per forum). A sliding window (the better of the two earlier copies: a token bucket let a burst of
`per_minute` through right after a full minute's refill); keys idle for a whole window are forgotten
once more than `MAX_KEYS` are tracked, so memory stays bounded.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Callable, Protocol

WINDOW_S = 60.0
MAX_KEYS = 10_000


class Limiter(Protocol):
    """A rate limiter: this one (in memory) or `bot.store.rate_hits.SharedRateLimiter` (every worker)."""

    def take(self, key: str) -> int: ...

    def first_refusal(self, key: str) -> bool: ...


class RateLimiter:
    """Counts each key's requests in a sliding window; says how long to wait when over.

    Example::

        limiter = RateLimiter(20)
        wait = limiter.take("203.0.113.9")     # 0: allowed; else whole seconds until one is
        if wait and limiter.first_refusal("203.0.113.9"): ...   # tell the user once per window
    """

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._warned: dict[str, float] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        """Count one request of `key`; 0 when allowed, else whole seconds until one is (not counted).
        A limit of 0 or less means no limit."""
        if self.per_minute <= 0:
            return 0
        now = self.clock()
        with self._lock:
            if len(self._seen) > MAX_KEYS:
                self._forget_idle(now)
            stamps = self._seen.setdefault(key, deque())
            while stamps and now - stamps[0] >= WINDOW_S:
                stamps.popleft()
            if len(stamps) >= self.per_minute:
                return max(1, math.ceil(WINDOW_S - (now - stamps[0])))
            stamps.append(now)
            return 0

    def first_refusal(self, key: str) -> bool:
        """True for the first refused request of `key` in a window (to warn once), False afterwards."""
        now = self.clock()
        with self._lock:
            if now - self._warned.get(key, -math.inf) < WINDOW_S:
                return False
            self._warned[key] = now
            return True

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, v in self._seen.items() if not v or now - v[-1] >= WINDOW_S]:
            del self._seen[key]
        for key in [k for k, at in self._warned.items() if now - at >= WINDOW_S]:
            del self._warned[key]
