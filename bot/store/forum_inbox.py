"""The forum inbox: every accepted webhook or polled post is written here before the 2xx answer.

A row is claimed by a worker for a short lease (renewed while it is processed), moderated once (the
verdict is stored with the row and the payload masked right away), processed, then marked done. A
worker that dies leaves its rows "working" with a lease that runs out: any live worker takes them at its
next pickup. The unique (source, event_id) drops replayed events; the extra `claims` (rows of
`processed_events`) drop the same post arriving under another event id. Processed payloads are purged
after the retention period. Polling cursors (`forum_cursors`) live here too.

    pending ──claim──► working ──finish──► done ──purge (retention)──► done, payload {}
       ▲                  │ fail (attempts < 3; tried again after a delay)
       └──────────────────┤ lease expired (the worker died): claimed again by another worker
                          └ fail (3rd attempt) ──► failed (kept for replay, purged like done rows)
"""
from __future__ import annotations

import logging
from dataclasses import asdict, fields
from datetime import datetime, timedelta

from sqlalchemy import Text, cast, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.store.schema import ForumCursor, ForumEvent, ProcessedEvent, utcnow
from bot.store.store import Store
from moderation.verdict import Verdict

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
LEASE_S = 30.0


def verdict_to_json(verdict: Verdict) -> dict:
    """A verdict as stored with its forum event (the masked text is left out: the stored post is masked)."""
    return {**asdict(verdict), "masked_text": ""}


def verdict_from_json(data: dict) -> Verdict:
    """The verdict stored by `verdict_to_json` (fields unknown to this version are ignored)."""
    known = {f.name for f in fields(Verdict)}
    return Verdict(**{**{k: v for k, v in data.items() if k in known},
                      "spans": tuple(tuple(span) for span in data.get("spans") or ()),
                      "cues": tuple(data.get("cues") or ())})


class ForumInbox:
    """Accepted forum events and polling cursors, over the store.

    Example::

        inbox = ForumInbox(store)
        row_id = inbox.add("discourse", "42", "post_created", post.to_payload(), [("discourse:post", "101")])
        if row_id is None: ...  # a replay or a duplicate post: ignore it
        job = inbox.claim(row_id)  # {"id", "attempts", "payload", "verdict", ...} or None
        inbox.finish(row_id, "replied", job["attempts"])
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

    @staticmethod
    def _takeable(now: datetime):
        """Pending rows, and working rows whose worker stopped renewing the lease."""
        return or_(ForumEvent.state == "pending",
                   (ForumEvent.state == "working") & or_(ForumEvent.lease_until.is_(None),
                                                        ForumEvent.lease_until <= now))

    def claim(self, row_id: int, lease_s: float = LEASE_S) -> dict | None:
        """Lease an event to this worker: its payload, verdict and attempt number (which fences later calls) or None."""
        now = utcnow()
        with self.store.session() as s:
            got = s.execute(update(ForumEvent).where(ForumEvent.id == row_id, self._takeable(now))
                            .values(state="working", attempts=ForumEvent.attempts + 1,
                                    lease_until=now + timedelta(seconds=lease_s))).rowcount
            if not got:
                return None
            row = s.get(ForumEvent, row_id)
            return {"id": row.id, "source": row.source, "kind": row.kind, "payload": row.payload,
                    "verdict": row.verdict, "attempts": row.attempts}

    def _mine(self, row_id: int, attempt: int):
        return (ForumEvent.id == row_id, ForumEvent.state == "working", ForumEvent.attempts == attempt)

    def renew(self, row_id: int, attempt: int, lease_s: float = LEASE_S) -> bool:
        """Extend this worker's lease; False when it was lost (another worker took the event)."""
        with self.store.session() as s:
            return bool(s.execute(update(ForumEvent).where(*self._mine(row_id, attempt))
                                  .values(lease_until=utcnow() + timedelta(seconds=lease_s))).rowcount)

    def record_verdict(self, row_id: int, attempt: int, verdict: dict, payload: dict) -> bool:
        """Keep the moderation verdict and replace the payload by its masked copy; False when the lease was lost."""
        with self.store.session() as s:
            return bool(s.execute(update(ForumEvent).where(*self._mine(row_id, attempt))
                                  .values(verdict=verdict, payload=payload)).rowcount)

    def finish(self, row_id: int, outcome: str, attempt: int | None = None) -> None:
        """Mark an event processed, with what was done (e.g. "replied", "suggested", "held")."""
        where = self._mine(row_id, attempt) if attempt is not None else (ForumEvent.id == row_id,)
        with self.store.session() as s:
            s.execute(update(ForumEvent).where(*where)
                      .values(state="done", outcome=outcome[:32], done_at=utcnow(), last_error="",
                              lease_until=None))

    def fail(self, row_id: int, error: str, attempts: int, retry_delay_s: float = 0.0) -> bool:
        """Record a failure: pending again after `retry_delay_s` (True) until `MAX_ATTEMPTS`, then "failed"."""
        retry = attempts < MAX_ATTEMPTS
        now = utcnow()
        values = {"state": "pending", "lease_until": now + timedelta(seconds=retry_delay_s)} if retry \
            else {"state": "failed", "done_at": now, "lease_until": None}
        with self.store.session() as s:
            s.execute(update(ForumEvent).where(*self._mine(row_id, attempts))
                      .values(last_error=error[:255], **values))
        return retry

    def pending_ids(self, limit: int = 1000) -> list[int]:
        """Events a worker may take now: pending ones that are due, and working ones whose lease expired."""
        now = utcnow()
        due = or_(ForumEvent.state == "working", ForumEvent.lease_until.is_(None), ForumEvent.lease_until <= now)
        with self.store.session() as s:
            return list(s.scalars(select(ForumEvent.id).where(self._takeable(now), due)
                                  .order_by(ForumEvent.id).limit(limit)))

    def purge(self, before: datetime) -> int:
        """Empty the payload and verdict of events processed (done or failed) before `before`; how many."""
        with self.store.session() as s:
            return s.execute(update(ForumEvent).where(
                ForumEvent.state.in_(("done", "failed")), ForumEvent.done_at < before,
                or_(cast(ForumEvent.payload, Text) != "{}", ForumEvent.verdict.is_not(None)))
                .values(payload={}, verdict=None, last_error="")).rowcount

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
