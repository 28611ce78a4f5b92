"""The forum thread index: each thread's question (masked), its vector, and whether anyone answered.

Vectors are the embedder's query vectors of ``title + first post`` (e5 is symmetric in the query role),
kept in `forum_threads` and cached in memory per forum; the cache reads only rows added since it was
loaded, so threads indexed by another worker show up too. The table is read and written through
`bot.store.forum_threads.ForumThreads` (where the thread states are drawn).
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from bot.channels.forum.types import ForumPost
from bot.clock import utcnow
from bot.store import Store
from bot.store.forum_threads import ForumThreads

if TYPE_CHECKING:
    from bot.store.schema import ForumThread

log = logging.getLogger(__name__)
EMBED_CHARS = 1500


@dataclass(frozen=True)
class SimilarThread:
    """An earlier thread close to a new question."""

    thread_id: str
    title: str
    url: str
    score: float


class _ForumCache:
    def __init__(self) -> None:
        self.last_id = 0
        self.rows: list[tuple[str, str, str]] = []  # (thread id, title, url)
        self.matrix = np.zeros((0, 0), dtype=np.float32)


class ThreadIndex:
    """Indexes forum threads and finds similar earlier ones.

    Example::

        index = ThreadIndex(store, embed=lambda texts: engine.embedder.embed_query(texts))
        vector = index.vector_for("Évaluation", "Comment organiser l'évaluation par les pairs ?")
        index.similar("discourse", vector, k=3, threshold=0.92, exclude="11")
    """

    def __init__(self, store: Store, embed: Callable[[Sequence[str]], np.ndarray]) -> None:
        self.store = store
        self.rows = ForumThreads(store)
        self.embed = embed
        self._cache: dict[str, _ForumCache] = {}
        self._lock = threading.Lock()

    def vector_for(self, title: str, text: str) -> np.ndarray:
        """The normalized vector of a thread's title and first post."""
        joined = f"{title.strip()}\n{text.strip()}".strip()[:EMBED_CHARS]
        return np.asarray(self.embed([joined])[0], dtype=np.float32)

    def similar(self, forum: str, vector: np.ndarray, k: int = 3, threshold: float = 0.92,
                exclude: str = "") -> list[SimilarThread]:
        """Up to `k` visible threads of `forum` whose cosine with `vector` reaches `threshold`, best first.

        Each one is read again from the table before it is offered: another worker may have held, hidden or
        masked it since this worker's cache read it (the cache then reloads that forum)."""
        with self._lock:
            cache = self._refresh(forum)
            if not cache.rows:
                return []
            scores = cache.matrix @ vector
            close = []
            for i in np.argsort(-scores):
                if scores[i] < threshold:
                    break
                if cache.rows[i][0] != exclude:
                    close.append((cache.rows[i][0], round(float(scores[i]), 4)))
        found = []
        for thread_id, score in close:
            if len(found) >= k:
                break
            row = self.rows.get(forum, thread_id)
            if row is not None and row.visible and row.vector is not None:  # none once held, hidden or masked
                found.append(SimilarThread(thread_id, row.title, row.url, score))
            else:
                self._forget(forum)
        return found

    def _refresh(self, forum: str) -> _ForumCache:
        cache = self._cache.setdefault(forum, _ForumCache())
        rows = self.rows.vectors_after(forum, cache.last_id)
        if rows:
            new = np.stack([np.frombuffer(r.vector, dtype=np.float32) for r in rows])
            cache.matrix = new if not cache.rows else np.vstack([cache.matrix, new])
            cache.rows.extend((r.thread_id, r.title, r.url) for r in rows)
            cache.last_id = rows[-1].id
        return cache

    def _forget(self, forum: str) -> None:
        with self._lock:
            self._cache.pop(forum, None)

    # writes ------------------------------------------------------------------------------------
    def register_topic(self, post: ForumPost) -> None:
        """Record a thread announced without its first post (Discourse ``topic_created``)."""
        self._upsert(post.forum, post.thread_id, insert={
            "channel": post.channel, "title": post.title, "author": post.author, "url": post.url,
            "posted_at": post.created_at or utcnow()}, update_values={})

    def upsert_question(self, post: ForumPost, text: str, lang: str, vector: np.ndarray | None,
                        visible: bool = True) -> None:
        """Record (or refresh, after an edit) a thread's question, its vector and its visibility."""
        values = {"channel": post.channel, "title": post.title[:255], "text": text[:4000], "lang": lang,
                  "author": post.author[:128], "question_post_id": post.post_id, "post_number": post.post_number,
                  "url": post.url[:500], "callback_url": post.callback_url[:500], "visible": visible,
                  "vector": vector.astype(np.float32).tobytes() if vector is not None else None,
                  "updated_at": utcnow()}
        if not visible:
            values["state"] = "hidden"
        insert = {**values, "posted_at": post.created_at or utcnow()}
        existed = self._upsert(post.forum, post.thread_id, insert=insert, update_values=values)
        if existed:
            self._forget(post.forum)  # an edited or hidden thread: reload that forum's cache

    def _upsert(self, forum: str, thread_id: str, insert: dict, update_values: dict) -> bool:
        """Insert the thread, or update it when it exists; True when it existed."""
        return self.rows.upsert(forum, thread_id, insert, update_values)

    def mark_replied(self, post: ForumPost) -> bool:
        """A reply by someone other than the asker: the thread is answered. True when it changed.

        A reply processed before its question (concurrent workers, a topic older than Rafiq) leaves an
        "answered" placeholder that the question fills in later, so the thread is not taken as unanswered.
        """
        return self.rows.mark_replied(post.forum, post.thread_id, post.author, placeholder={
            "channel": post.channel, "title": post.title[:255], "url": post.url[:500], "posted_at": post.created_at})

    def set_state(self, forum: str, thread_id: str, state: str, ticket_id: int | None = None) -> None:
        """Set a thread's state (and the ticket that follows it)."""
        self.rows.set_state(forum, thread_id, state, ticket_id)

    # reads -------------------------------------------------------------------------------------
    def get(self, forum: str, thread_id: str) -> ForumThread | None:
        """One thread, or None."""
        return self.rows.get(forum, thread_id)

    def unanswered(self, posted_before: datetime, posted_after: datetime, limit: int = 200) -> list[ForumThread]:
        """Open, visible threads nobody replied to, posted between the two instants, with no ticket yet."""
        return self.rows.unanswered(posted_before, posted_after, limit)
