"""A per-client limit on `POST /api/ask`: at most `per_minute` requests in any 60-second window."""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Callable

WINDOW_S = 60.0
MAX_CLIENTS = 10_000  # beyond this many tracked clients, idle ones are forgotten


class ClientLimiter:
    """Counts each client's requests in a sliding window and says how long to wait when over.

    Example: ``wait = ClientLimiter(20).take("203.0.113.9")`` → 0 when allowed, else seconds to wait.
    """

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> int:
        """Count one request of `client`; 0 when allowed, else whole seconds until one is (not counted)."""
        if self.per_minute <= 0:
            return 0
        now = self.clock()
        with self._lock:
            if len(self._seen) > MAX_CLIENTS:
                self._forget_idle(now)
            stamps = self._seen.setdefault(client, deque())
            while stamps and now - stamps[0] >= WINDOW_S:
                stamps.popleft()
            if len(stamps) >= self.per_minute:
                return max(1, math.ceil(WINDOW_S - (now - stamps[0])))
            stamps.append(now)
            return 0

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, v in self._seen.items() if not v or now - v[-1] >= WINDOW_S]:
            del self._seen[key]
