"""Rate limits shared by the workers on PostgreSQL; SQLite keeps the in-process limiter."""
from __future__ import annotations

import threading

import pytest

from bot.ratelimit import RateLimiter
from bot.store import Store
from bot.store.rate_hits import SharedRateLimiter, rate_limiter


@pytest.fixture
def stores(pg_url):
    made = [Store(pg_url), Store(pg_url)]
    made[0].migrate()
    yield made
    for store in made:
        store.dispose()


@pytest.mark.postgres
def test_a_trainer_switching_workers_gets_no_extra_share(stores):
    a, b = (rate_limiter(store, "telegram", 5) for store in stores)
    assert isinstance(a, SharedRateLimiter)
    assert [a.take("42"), b.take("42"), a.take("42"), b.take("42"), a.take("42")] == [0] * 5
    assert b.take("42") > 0 and a.take("42") > 0, "the sixth request in a minute is refused on either worker"
    assert a.take("43") == 0, "another trainer has a share of their own"
    assert rate_limiter(stores[0], "ask", 5).take("42") == 0, "scopes are counted apart"
    assert b.first_refusal("42") and not a.first_refusal("42"), "told once per window, whichever worker"


@pytest.mark.postgres
def test_concurrent_requests_on_two_workers_never_pass_the_limit(stores):
    limiters = [SharedRateLimiter(store, "ask", 7) for store in stores]
    allowed: list[int] = []
    start = threading.Barrier(6)

    def burst(i: int) -> None:
        start.wait()
        for _ in range(5):
            if limiters[i % 2].take("203.0.113.9") == 0:
                allowed.append(i)

    threads = [threading.Thread(target=burst, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(allowed) == 7


def test_sqlite_keeps_the_in_process_limiter(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    assert type(rate_limiter(store, "telegram", 5)) is RateLimiter
