"""The forum inbox: every accepted webhook or polled post is written here before the 2xx answer.

A row is claimed by a worker, processed, then marked done; a crash leaves it pending and it is picked
up again at the next start. The unique (source, event_id) drops replayed events; the extra `claims`
(rows of `processed_events`) drop the same post arriving under another event id. Polling cursors
(`forum_cursors`) live here too.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.schema import ForumCursor, ForumEvent, ProcessedEvent, utcnow
from bot.store import Store

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
LEASE_S = 300


class ForumInbox:
    """Accepted forum events and polling cursors, over the store.

    Example::

        inbox = ForumInbox(store)
        row_id = inbox.add("discourse", "42", "post_created", post.to_payload(), [("discourse:post", "101")])
        if row_id is None: ...  # a replay or a duplicate post: ignore it
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, source: str, event_id: str, kind: str, payload: dict,
            claims: list[tuple[str, str]] = ()) -> int | None:
        """Store an event and its dedupe claims in one transaction; None when any was seen before."""
        try:
            with self.store.session() as s:
                for claim_source, claim_id in claims:
                    s.add(ProcessedEvent(source=claim_source[:64], event_id=str(claim_id)[:128]))
                row = ForumEvent(source=source[:64], event_id=str(event_id)[:128], kind=kind[:32],
                                 payload=payload)
                s.add(row)
                s.flush()
                return row.id
        except IntegrityError:
            return None

    def claim(self, row_id: int) -> dict | None:
        """Lease a pending event to this worker; its payload and kind, or None when not pending."""
        now = utcnow()
        with self.store.session() as s:
            got = s.execute(update(ForumEvent).where(
                ForumEvent.id == row_id, ForumEvent.state == "pending")
                .values(state="working", attempts=ForumEvent.attempts + 1, done_at=now)).rowcount
            if not got:
                return None
            row = s.get(ForumEvent, row_id)
            return {"id": row.id, "source": row.source, "kind": row.kind, "payload": row.payload,
                    "attempts": row.attempts}

    def finish(self, row_id: int, outcome: str) -> None:
        """Mark an event processed, with what was done (e.g. "replied", "suggested", "held")."""
        with self.store.session() as s:
            s.execute(update(ForumEvent).where(ForumEvent.id == row_id)
                      .values(state="done", outcome=outcome[:32], done_at=utcnow(), last_error=""))

    def fail(self, row_id: int, error: str, attempts: int) -> bool:
        """Record a failure; back to pending (True) until `MAX_ATTEMPTS`, then "failed" (kept for replay)."""
        retry = attempts < MAX_ATTEMPTS
        with self.store.session() as s:
            s.execute(update(ForumEvent).where(ForumEvent.id == row_id)
                      .values(state="pending" if retry else "failed", last_error=error[:255]))
        return retry

    def pending_ids(self) -> list[int]:
        """Events to (re)process at start: pending ones and those whose worker died mid-way."""
        stale = utcnow() - timedelta(seconds=LEASE_S)
        with self.store.session() as s:
            s.execute(update(ForumEvent).where(ForumEvent.state == "working", ForumEvent.done_at <= stale)
                      .values(state="pending"))
            return list(s.scalars(select(ForumEvent.id).where(ForumEvent.state == "pending")
                                  .order_by(ForumEvent.id)))

    def counts(self) -> dict[str, int]:
        """How many events are in each state."""
        with self.store.session() as s:
            states = list(s.scalars(select(ForumEvent.state)))
        return {state: states.count(state) for state in sorted(set(states))}

    def outcomes(self, source: str | None = None) -> list[tuple[str, str, str]]:
        """(event id, state, outcome) of every event, oldest first (for tests and the CLI)."""
        q = select(ForumEvent.event_id, ForumEvent.state, ForumEvent.outcome).order_by(ForumEvent.id)
        if source:
            q = q.where(ForumEvent.source == source)
        with self.store.session() as s:
            return [tuple(r) for r in s.execute(q).all()]

    # cursors -----------------------------------------------------------------------------------
    def cursor(self, key: str) -> str | None:
        """The stored cursor value, or None."""
        with self.store.session() as s:
            return s.scalar(select(ForumCursor.value).where(ForumCursor.key == key))

    def set_cursor(self, key: str, value: str) -> None:
        """Store a cursor value (created on first use)."""
        with self.store.session() as s:
            done = s.execute(update(ForumCursor).where(ForumCursor.key == key)
                             .values(value=value, updated_at=utcnow())).rowcount
            if not done:
                s.add(ForumCursor(key=key, value=value))
