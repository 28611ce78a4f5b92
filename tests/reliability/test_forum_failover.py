"""Two forum workers on one PostgreSQL database; one is killed (SIGKILL) while it holds forum events and
has more queued: the other takes them all once their short lease runs out, without a restart, and each
question is answered once.

Worker A is a real child process (tests/reliability/forum_worker.py); worker B runs here behind the app.
A is held inside moderation by a table lock the test takes on `moderation_log`, so that it is killed
with events claimed ("working") and others only in its memory queue ("pending"). Each test gets its own
schema on the PostgreSQL server at 127.0.0.1:5432 (skipped, saying why, when none answers).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from bot.store.forum_inbox import ForumInbox
from bot.channels.forum.types import ForumPost
from bot.store.schema import ForumEvent
from bot.store import Store
from tests.bot.escalation_helpers import pg_schema_url
from tests.channels.forum_support import API_KEY, SECRET, wait_until
from tests.channels.forum_support import discourse, forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.reliability.serve import ROOT, clean_environ

pytestmark = [pytest.mark.reliability, pytest.mark.postgres]

QUESTIONS = {  # topic -> (author, question)
    301: ("samira", "J'ai oublié mon mot de passe e-Takwine, comment me reconnecter à la plateforme ?"),
    302: ("youssef", "Comment organiser l'évaluation par les pairs dans mon groupe de stagiaires ?"),
    303: ("nadia", "Comment préparer une séance de formation avec mon groupe ?"),
    304: ("omar", "Comment déposer mon travail sur la plateforme e-Takwine ?"),
}
LEASE_S = 2.0


@pytest.fixture
def pg_url():
    """A throw-away schema on the shared server (dropped after the test), migrated."""
    url, drop = pg_schema_url()
    store = Store(url)
    try:
        store.migrate()
    finally:
        store.dispose()
    yield url
    drop()


def states(store: Store) -> list[tuple[str, int]]:
    with store.session() as s:
        return [(r.state, r.attempts) for r in s.scalars(select(ForumEvent).order_by(ForumEvent.id))]


def test_a_killed_workers_forum_events_are_taken_by_the_other_one(pg_url, forum_app, discourse, tmp_path,
                                                                  mini_corpus_dir, forum_engine):
    store = Store(pg_url)
    inbox = ForumInbox(store)
    for topic, (author, question) in QUESTIONS.items():
        post = ForumPost(forum="discourse", channel="discourse", thread_id=str(topic), post_id=str(topic * 10),
                         author=author, text=question, title="Question", post_number=1,
                         url=f"{discourse.base_url}/t/question/{topic}")
        assert inbox.add("discourse", f"evt-{topic}", "post_created", post.to_payload(),
                         [("discourse:post", str(topic * 10))]) is not None
    lock = store.engine.connect()
    held = lock.begin()
    lock.execute(text("LOCK TABLE moderation_log IN ACCESS EXCLUSIVE MODE"))  # moderation waits on it
    worker_a = None
    try:
        index = tmp_path / "a-index"
        shutil.copytree(forum_engine.index_dir, index)
        options = {"database_url": pg_url, "data_dir": str(tmp_path / "a-data"), "corpus_dir": str(mini_corpus_dir),
                   "index_dir": str(index), "discourse_url": discourse.base_url, "discourse_api_key": API_KEY,
                   "discourse_webhook_secret": SECRET, "lease_s": LEASE_S, "pickup_interval_s": 0.5, "workers": 2}
        log = open(tmp_path / "worker-a.log", "w")
        worker_a = subprocess.Popen([sys.executable, "-m", "tests.reliability.forum_worker", json.dumps(options)],
                                    cwd=ROOT, env=clean_environ(), stdout=log, stderr=subprocess.STDOUT)
        wait_until(lambda: [s for s, _ in states(store)].count("working") == 2 or worker_a.poll() is not None,
                   timeout=90)
        assert worker_a.poll() is None, (tmp_path / "worker-a.log").read_text()[-3000:]
        # worker B starts beside A: it takes what is pending (A's queue), then waits on the lock too
        server, services, forum = forum_app(discourse, settings={"database_url": pg_url}, lease_s=LEASE_S,
                                            pickup_interval_s=0.5)
        wait_until(lambda: [s for s, _ in states(store)].count("working") == 4, timeout=60)
        worker_a.kill()  # SIGKILL: no cleanup, its claims stay "working" until their lease runs out
        worker_a.wait(30)
    finally:
        held.rollback()
        lock.close()
        if worker_a is not None and worker_a.poll() is None:
            worker_a.kill()
    wait_until(lambda: [s for s, _ in states(store)] == ["done"] * 4, timeout=60)
    assert sorted(attempts for _, attempts in states(store)) == [1, 1, 2, 2]  # A's two were taken over
    posts = discourse.wait_for(lambda p: len(p) >= 4, timeout=30)
    assert sorted(p["topic_id"] for p in posts) == sorted(QUESTIONS)  # each answered once
    store.dispose()
