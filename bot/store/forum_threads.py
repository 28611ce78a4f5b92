"""The `forum_threads` table: each forum thread's question, vector, state and ticket.

`bot/channels/forum/threads.py` (the thread index, with its in-memory vector cache) reads and writes
threads only through `ForumThreads`. Thread states:

    open ──(human or Rafiq reply)──► answered        open ──(ticket)──► suggested | escalated
    any ──(moderation hold/hide)──► hidden (never listed as a similar thread)
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.store.schema import ForumThread, utcnow
from bot.store.store import Store


class ForumThreads:
    """Repository over `forum_threads`.

    Example: ``ForumThreads(store).set_state("discourse", "11", "answered")``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def vectors_after(self, forum: str, last_id: int) -> list:
        """Visible threads of `forum` with a vector, added after row `last_id`, in row order
        (rows with ``id``, ``thread_id``, ``title``, ``url``, ``vector``)."""
        with self.store.session() as s:
            return list(s.execute(select(ForumThread.id, ForumThread.thread_id, ForumThread.title, ForumThread.url,
                                         ForumThread.vector)
                                  .where(ForumThread.forum == forum, ForumThread.id > last_id,
                                         ForumThread.visible.is_(True), ForumThread.vector.is_not(None))
                                  .order_by(ForumThread.id)).all())

    def upsert(self, forum: str, thread_id: str, insert: dict, update_values: dict) -> bool:
        """Insert the thread, or update it when it exists; True when it existed."""
        for _ in range(2):
            with self.store.session() as s:
                row = s.scalar(select(ForumThread).where(ForumThread.forum == forum,
                                                         ForumThread.thread_id == thread_id))
                if row is not None:
                    for key, value in update_values.items():
                        setattr(row, key, value)
                    return True
            try:
                with self.store.session() as s:
                    s.add(ForumThread(forum=forum, thread_id=thread_id, **insert))
                return False
            except IntegrityError:  # inserted meanwhile by another worker: update it
                continue
        return True

    def mark_replied(self, forum: str, thread_id: str, author: str, placeholder: dict) -> bool:
        """A reply by `author`: the thread is answered unless `author` asked it. True when it changed.

        A reply processed before its question (concurrent workers, a topic older than Rafiq) leaves an
        "answered" placeholder (`placeholder`: channel, title, url, posted_at) that the question fills in
        later, so the thread is not taken as unanswered.
        """
        now = utcnow()
        for _ in range(2):
            with self.store.session() as s:
                row = s.scalar(select(ForumThread).where(ForumThread.forum == forum,
                                                         ForumThread.thread_id == thread_id))
                if row is not None:
                    if row.author == author or row.replied_at is not None:
                        return False
                    row.replied_at, row.updated_at = now, now
                    if row.state == "open":
                        row.state = "answered"
                    return True
            try:
                with self.store.session() as s:
                    s.add(ForumThread(forum=forum, thread_id=thread_id, state="answered", replied_at=now,
                                      **{**placeholder, "posted_at": placeholder.get("posted_at") or now}))
                return True
            except IntegrityError:  # the question was indexed meanwhile: apply the reply to it
                continue
        return False

    def set_state(self, forum: str, thread_id: str, state: str, ticket_id: int | None = None) -> None:
        """Set a thread's state (and the ticket that follows it)."""
        values: dict = {"state": state, "updated_at": utcnow()}
        if ticket_id is not None:
            values["ticket_id"] = ticket_id
        with self.store.session() as s:
            s.execute(update(ForumThread).where(ForumThread.forum == forum, ForumThread.thread_id == thread_id)
                      .values(**values))

    def get(self, forum: str, thread_id: str) -> ForumThread | None:
        """One thread, or None."""
        with self.store.session() as s:
            return s.scalar(select(ForumThread).where(ForumThread.forum == forum,
                                                      ForumThread.thread_id == thread_id))

    def unanswered(self, posted_before: datetime, posted_after: datetime, limit: int = 200) -> list[ForumThread]:
        """Open, visible threads nobody replied to, posted between the two instants, with no ticket yet."""
        with self.store.session() as s:
            return list(s.scalars(select(ForumThread).where(
                ForumThread.state == "open", ForumThread.visible.is_(True), ForumThread.replied_at.is_(None),
                ForumThread.ticket_id.is_(None), ForumThread.posted_at <= posted_before,
                ForumThread.posted_at >= posted_after)
                .order_by(ForumThread.posted_at).limit(limit)))
