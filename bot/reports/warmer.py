"""`GapWarmer`: keeps the console's gap page warm by embedding, in the background, what its first load would.

    every 10 min: gap questions of the last 28 days ──► those without a usable ticket vector and not in MEMO
                  ──► embedded 32 at a time into MEMO (the pass ends early when the app stops)

Without it the first load of /console/gaps after a start embeds every such question (bench/gaps.py: about
2,200 for 28 days of a 2,000-trainer cohort, a minute on 2 cores); with it the page only clusters and
searches the nearest sections (seconds). `rafiq serve` runs it when the console has accounts.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable

from bot.clock import UTC, as_utc
from bot.reports.gaps import gap_questions, has_vector
from bot.reports.memo import MEMO, VectorMemo
from bot.store import Store
from bot.workers import PeriodicWorker

log = logging.getLogger(__name__)
DAYS = 28  # the console page's default period
CHUNK = 32


class GapWarmer:
    """Embeds the recent gap questions the console's page would embed, before anyone opens it.

    Example::

        warmer = GapWarmer(store, engine)       # into the console's MEMO
        warmer.tick()                           # one pass (tests): how many texts it embedded
        await warmer.start(); ...; await warmer.stop()
    """

    name = "gap-warmer"

    def __init__(self, store: Store, engine, memo: VectorMemo = MEMO, days: int = DAYS, interval: float = 600.0,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.store, self.engine, self.memo, self.days = store, engine, memo, days
        self.clock = clock or (lambda: datetime.now(UTC))
        self.worker = PeriodicWorker(self.name, interval, self.tick)

    def tick(self, now: datetime | None = None) -> int:
        """Embed what is missing (in chunks; stops early when the app stops); the number of texts embedded."""
        if not self.engine.ready:  # the index (and the embedder with it) is still loading
            return 0
        since = as_utc(now or self.clock()) - timedelta(days=self.days)
        embedder = self.engine.embedder
        todo = self.memo.missing(embedder, [q.text for q in gap_questions(self.store, since)
                                            if not has_vector(q, embedder)])
        done = 0
        for i in range(0, len(todo), CHUNK):
            if self.worker.stopping:
                break
            self.memo.embed(embedder, todo[i:i + CHUNK])
            done += len(todo[i:i + CHUNK])
        if done:
            log.info("gap report: %d questions embedded ahead of the console's page", done)
        return done

    async def start(self) -> None:
        """Warm every `interval` seconds in the background."""
        await self.worker.start()

    async def stop(self) -> None:
        """Stop (a pass in progress ends after its current chunk)."""
        await self.worker.stop()
