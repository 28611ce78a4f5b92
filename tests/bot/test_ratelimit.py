"""The one rate limiter (Telegram per trainer, /api/ask per client, forum webhooks per forum)."""
from __future__ import annotations

from bot.ratelimit import MAX_KEYS, RateLimiter


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_at_most_per_minute_in_any_window_and_how_long_to_wait():
    clock = Clock()
    limiter = RateLimiter(3, clock)
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.take("a") == 60, "the oldest of the three leaves the window in 60 s"
    assert limiter.take("b") == 0, "each key has its own window"
    clock.now += 45
    assert limiter.take("a") == 15
    clock.now += 15
    assert limiter.take("a") == 0, "a refused request was not counted"


def test_a_burst_right_after_a_quiet_minute_is_still_capped():
    clock = Clock()
    limiter = RateLimiter(2, clock)
    clock.now += 600  # a token bucket would have refilled to its cap and let a burst through
    assert [limiter.take("forum:x") for _ in range(3)] == [0, 0, 60]


def test_the_user_is_told_once_per_window():
    clock = Clock()
    limiter = RateLimiter(1, clock)
    assert limiter.take("42") == 0
    assert limiter.take("42") and limiter.first_refusal("42")
    assert limiter.take("42") and not limiter.first_refusal("42")
    clock.now += 60
    assert limiter.take("42") == 0
    assert limiter.take("42") and limiter.first_refusal("42"), "a new window, a new notice"


def test_no_limit_at_zero_and_idle_keys_are_forgotten():
    assert all(RateLimiter(0).take("x") == 0 for _ in range(100))
    clock = Clock()
    limiter = RateLimiter(5, clock)
    for i in range(MAX_KEYS + 1):
        limiter.take(f"client-{i}")
    clock.now += 61
    limiter.take("late")
    assert len(limiter._seen) == 1
