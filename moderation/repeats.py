"""Repeated posts: a store of recent (author, text hash) pairs that counts re-posts in a time window.

Only a hash of the normalized text is kept, never the text. A post is counted once: checking the same
post again (a retry, a re-delivery) under the same `ref` (its post id) does not make it a repeat. Example::

    store = MemoryRepeatStore(window_seconds=86400)
    store.record("u1", "Rapports prêts, contactez-moi", ref="post:7")    # 1
    store.record("u1", "Rapports prêts, contactez-moi", ref="post:7")    # 1 (the same post again)
    store.record("u1", "rapports  PRÊTS, contactez-moi", ref="post:8")   # 2 (same text once normalized)
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from typing import Callable, Protocol

from moderation.text import normalize


def text_key(author: str, text: str) -> str:
    """A hash of the author and the normalized text (digits and punctuation ignored)."""
    core = "".join(ch for ch in normalize(text) if ch.isalpha() or ch.isspace())
    return hashlib.sha256(f"{author}\x00{' '.join(core.split())}".encode()).hexdigest()[:24]


class RepeatStore(Protocol):
    """Counts how often one author posted the same text recently."""

    def record(self, author: str, text: str, ref: str | None = None) -> int:
        """Record a post (`ref` names it: None counts every call); how many distinct posts carried it lately."""
        ...


class MemoryRepeatStore:
    """An in-process `RepeatStore` with a time window and a bounded number of keys (oldest dropped).

    Example: ``MemoryRepeatStore(window_seconds=3600, max_keys=50_000, clock=time.monotonic)``.
    """

    def __init__(self, window_seconds: float = 24 * 3600, max_keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window_seconds
        self._max_keys = max_keys
        self._clock = clock
        self._seen: OrderedDict[str, list[tuple[float, str | None]]] = OrderedDict()
        self._lock = threading.Lock()

    def record(self, author: str, text: str, ref: str | None = None) -> int:
        """Record one post and return how many distinct posts carried it in the window."""
        key, now = text_key(author, text), self._clock()
        with self._lock:
            times = [(t, r) for t, r in self._seen.pop(key, []) if now - t < self._window]
            if ref is None or all(r != ref for _, r in times):
                times.append((now, ref))
            self._seen[key] = times
            while len(self._seen) > self._max_keys:
                self._seen.popitem(last=False)
            return len(times)
