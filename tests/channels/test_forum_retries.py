"""Retrying a forum event: the post is moderated once (its verdict is stored with the event and reused), so
a retry is never a re-post; an event left by a worker that stopped renewing its lease is taken by a live one.

The failing step is real: a SQLite trigger makes the database fail the thread write on the first two
attempts (an OperationalError, as a full disk or a locked database would give), after moderation has run.
"""
from __future__ import annotations

from sqlalchemy import func, select, text

from bot.store.forum_inbox import ForumInbox
from bot.channels.forum.types import ForumPost
from bot.store.schema import ForumEvent, ModerationEntry
from bot.store import Store
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import SECRET, wait_until
from tests.channels.test_forum_discourse import LOGIN_FR, post_hook, question
from tests.support.forum_standins import signed_webhook

FAIL_TWICE = """
CREATE TRIGGER refuse_thread_writes BEFORE INSERT ON forum_threads
WHEN (SELECT MAX(attempts) FROM forum_events) < 3
BEGIN SELECT json('the disk is full (injected)'); END
"""


def event_row(services) -> ForumEvent:
    with services.store.session() as s:
        return s.scalar(select(ForumEvent).order_by(ForumEvent.id.desc()))


def test_a_post_failing_twice_after_moderation_is_moderated_once_and_never_flagged(forum_app, discourse):
    server, services, forum = forum_app(discourse, retry_delay_s=0.2)
    with services.store.engine.begin() as conn:
        conn.execute(text(FAIL_TWICE))
    post_hook(server, *signed_webhook(SECRET, "post_created", question(91, LOGIN_FR, "Connexion", username="imane"), 1))
    wait_until(lambda: [state for _, state, _ in forum.inbox.outcomes("discourse")] == ["done"], timeout=60)
    assert forum.inbox.outcomes("discourse") == [("1", "done", "replied")]  # not "hidden" as a re-post
    row = event_row(services)
    assert row.attempts == 3  # the two failures happened, after moderation
    assert (row.verdict["verdict"], row.verdict["action"]) == ("ok", "publish")
    assert not any(cue.startswith("spam:repeat") for cue in row.verdict["cues"])
    with services.store.session() as s:
        assert s.scalar(select(func.count()).select_from(ModerationEntry)) == 1  # moderated once
    posts = discourse.wait_for(lambda p: p, timeout=30)
    assert [p["topic_id"] for p in posts] == [91] and "private_message" not in str(discourse.requests)
    assert discourse.flags == []


def test_a_live_worker_takes_the_events_a_dead_worker_left(forum_app, discourse, tmp_path):
    (tmp_path / "data").mkdir()
    store = Store(f"sqlite:///{tmp_path / 'data' / 'rafiq.db'}")  # the database the app below opens
    store.migrate()
    dead = ForumInbox(store)  # a worker that claimed an event, then died without finishing it
    first = ForumPost(forum="discourse", channel="discourse", thread_id="92", post_id="920", author="hamza",
                      text=LOGIN_FR, title="Mot de passe", post_number=1).to_payload()
    row_id = dead.add("discourse", "dead-1", "post_created", first, [("discourse:post", "920")])
    assert dead.claim(row_id, lease_s=0.5) is not None
    store.dispose()
    server, services, forum = forum_app(discourse, lease_s=0.5, pickup_interval_s=0.2)
    # accepted by the dead worker after this one started: it was only in the dead worker's queue
    forum.inbox.add("discourse", "dead-2", "post_created", {**first, "thread_id": "93", "post_id": "930"},
                    [("discourse:post", "930")])
    assert wait_until(lambda: [s for _, s, _ in forum.inbox.outcomes("discourse")] == ["done", "done"], timeout=60)
    assert sorted(p["topic_id"] for p in discourse.wait_for(lambda p: len(p) >= 2, timeout=30)) == [92, 93]
