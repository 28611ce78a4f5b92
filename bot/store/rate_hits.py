"""The rate limiter shared by every worker on PostgreSQL: the same sliding 60-second window as
`bot.ratelimit.RateLimiter`, counted in `rate_hits`, so a trainer switching workers gets no extra share.

    take(key): one transaction ── pg_advisory_xact_lock(key) (two workers counting one key wait in turn)
                               ── the key's hits in the last 60 s ── under the limit: one more row
    first_refusal(key): a row under "!key" at most once a window
    every 500 takes: rows older than the window are deleted

When the database cannot be reached, this worker's own in-memory limiter decides meanwhile (the request
is neither lost nor refused for it).
"""
from __future__ import annotations

import logging
import math
from datetime import timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.exc import SQLAlchemyError

from bot.clock import aware, utcnow
from bot.ratelimit import WINDOW_S, RateLimiter
from bot.store.cluster_schema import RateHit
from bot.store.store import Store

log = logging.getLogger(__name__)
PURGE_EVERY = 500


class SharedRateLimiter:
    """`RateLimiter`'s interface, counted in the database for every worker.

    Example: ``limiter = SharedRateLimiter(store, "tg", 20); limiter.take("42")``
    """

    def __init__(self, store: Store, scope: str, per_minute: int) -> None:
        self.store = store
        self.scope = scope
        self.per_minute = per_minute
        self.local = RateLimiter(per_minute)
        self._takes = 0

    def take(self, key: str) -> int:
        """Count one request of `key`; 0 when allowed, else whole seconds until one is (not counted)."""
        if self.per_minute <= 0:
            return 0
        try:
            return self._take(f"{self.scope}:{key}"[:191])
        except SQLAlchemyError:
            log.warning("rate limit of %s counted in this worker only: the database is away", self.scope)
            return self.local.take(key)

    def first_refusal(self, key: str) -> bool:
        """True for the first refused request of `key` in a window (across workers), False afterwards."""
        try:
            return self._once(f"!{self.scope}:{key}"[:191])
        except SQLAlchemyError:
            return self.local.first_refusal(key)

    def _take(self, key: str) -> int:
        now = utcnow()
        since = now - timedelta(seconds=WINDOW_S)
        with self.store.session() as s:
            s.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})
            hits = list(s.scalars(select(RateHit.at).where(RateHit.key == key, RateHit.at > since)
                                  .order_by(RateHit.at).limit(self.per_minute)))
            if len(hits) >= self.per_minute:
                return max(1, math.ceil(WINDOW_S - (now - aware(hits[0])).total_seconds()))
            s.add(RateHit(key=key, at=now))
        self._takes += 1
        if self._takes % PURGE_EVERY == 0:
            self.purge()
        return 0

    def _once(self, key: str) -> bool:
        now = utcnow()
        with self.store.session() as s:
            s.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})
            if s.scalar(select(RateHit.id).where(RateHit.key == key,
                                                 RateHit.at > now - timedelta(seconds=WINDOW_S)).limit(1)):
                return False
            s.add(RateHit(key=key, at=now))
            return True

    def purge(self) -> int:
        """Delete the hits older than the window; returns how many."""
        with self.store.session() as s:
            return s.execute(delete(RateHit).where(
                RateHit.at < utcnow() - timedelta(seconds=WINDOW_S))).rowcount


def rate_limiter(store: Store, scope: str, per_minute: int) -> RateLimiter | SharedRateLimiter:
    """The limiter for this store: shared by every worker on PostgreSQL, in memory on SQLite (one process)."""
    if store.engine.dialect.name == "postgresql":
        return SharedRateLimiter(store, scope, per_minute)
    return RateLimiter(per_minute)
