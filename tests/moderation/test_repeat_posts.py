"""Re-posts are counted per post, not per check: the same post checked again (a retry, a re-delivery) is
never its own repeat, while the same text posted again as new posts still is."""
from __future__ import annotations

from moderation import MemoryRepeatStore, Moderator

TEXT = "Rejoignez mon groupe pour réviser le module 3 ensemble ce soir"


def test_the_same_post_recorded_again_counts_once() -> None:
    store = MemoryRepeatStore()
    assert [store.record("u1", TEXT, ref="discourse:7") for _ in range(3)] == [1, 1, 1]
    assert store.record("u1", TEXT, ref="discourse:8") == 2
    assert store.record("u1", TEXT) == 3  # without a ref every call is a post


def test_a_post_checked_three_times_is_not_spam_but_three_posts_are() -> None:
    moderator = Moderator()
    once = [moderator.check(TEXT, author="forum:u1", context="forum", ref="forum:p1") for _ in range(3)]
    assert [v.action for v in once] == ["publish"] * 3
    assert not any(c.startswith("spam:repeat") for v in once for c in v.cues)
    posts = [moderator.check(TEXT, author="forum:u2", context="forum", ref=f"forum:p{i}") for i in (2, 3, 4)]
    assert [v.action for v in posts] == ["publish", "publish", "hide"] and "spam:repeat:3" in posts[-1].cues
