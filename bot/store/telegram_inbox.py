"""The Telegram inbox: every update is written to the store before Telegram learns it arrived.

    getUpdates / webhook ──► InboxQueue.put: row written (or claimed) ──► queued ──► handled ──► row deleted
                                  (only then does the next getUpdates confirm the offset,
                                   or the webhook answer 200)     InboxQueue: bot/channels/telegram/queue.py

With the outbox (replies written before sending) and the `tg:<update_id>` dedupe key, a crash at any
moment neither loses a trainer's message nor answers it twice.

Several workers (webhook mode: any worker may receive an update, Telegram may send one again to another):
a row belongs to the worker that wrote it (`holder`) for a lease of `LEASE_S` seconds, renewed while it is
in hand. `save` queues an update only on the worker that holds it, so a copy arriving elsewhere is stored
once and handled once. A worker that dies leaves its rows with a lease that runs out: `orphans` hands them
to a live worker (each one looks every 10 s). A worker that stops cleanly `release`s its rows at once.
Rows older than a day (Telegram's own horizon) are dropped.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.clock import aware, utcnow
from bot.store.leases import worker_id
from bot.store.schema import TelegramInbox
from bot.store.store import Store

log = logging.getLogger(__name__)
HORIZON = timedelta(hours=24)
LEASE_S = 30.0


class Inbox:
    """Received updates not yet handled, in the store.

    Example: ``if inbox.save(update_id, "42", payload): queue it; ...; inbox.done(update_id)``
    """

    def __init__(self, store: Store, holder: str | None = None) -> None:
        self.store = store
        self.holder = (holder or worker_id())[:64]

    def _lease(self):
        return utcnow() + timedelta(seconds=LEASE_S)

    def _free(self):
        """Rows no live worker holds: never leased, released, or whose lease ran out."""
        return or_(TelegramInbox.lease_until.is_(None), TelegramInbox.lease_until < utcnow())

    def save(self, update_id: int, sender: str, payload: dict) -> bool:
        """Write an update, leased to this worker; True when this worker is to handle it (new, already
        its own, or left by a worker that died), False when another live worker holds it."""
        try:
            with self.store.session() as s:
                s.add(TelegramInbox(update_id=str(update_id), sender=sender, payload=payload,
                                    holder=self.holder, lease_until=self._lease()))
            return True
        except IntegrityError:
            with self.store.session() as s:
                return bool(s.execute(update(TelegramInbox).where(
                    TelegramInbox.update_id == str(update_id),
                    or_(TelegramInbox.holder == self.holder, self._free()))
                    .values(holder=self.holder, lease_until=self._lease())).rowcount)

    def done(self, update_id: int) -> None:
        """Forget a handled update."""
        with self.store.session() as s:
            s.execute(delete(TelegramInbox).where(TelegramInbox.update_id == str(update_id)))

    def renew(self) -> int:
        """Extend the lease of every update this worker holds; returns how many."""
        with self.store.session() as s:
            return s.execute(update(TelegramInbox).where(TelegramInbox.holder == self.holder)
                             .values(lease_until=self._lease())).rowcount

    def release(self) -> int:
        """Give up this worker's updates (a clean stop): any worker may take them now."""
        with self.store.session() as s:
            return s.execute(update(TelegramInbox).where(TelegramInbox.holder == self.holder)
                             .values(holder="", lease_until=None)).rowcount

    def orphans(self) -> list[dict]:
        """Updates received within the horizon that no live worker holds, oldest first (older ones are
        dropped); `save` then claims each for this worker."""
        limit = utcnow() - HORIZON
        with self.store.session() as s:
            rows = list(s.scalars(select(TelegramInbox).where(self._free(), TelegramInbox.holder != self.holder)
                                  .order_by(TelegramInbox.id)))
            stale = [r.id for r in rows if aware(r.created_at) < limit]
            if stale:
                log.warning("dropping %d unhandled Telegram update(s) older than a day", len(stale))
                s.execute(delete(TelegramInbox).where(TelegramInbox.id.in_(stale)))
            return [r.payload for r in rows if r.id not in stale]

    def unhandled(self) -> list[dict]:
        """At start-up: the updates to handle again. SQLite (one process): every row; with several workers,
        those no live worker holds."""
        if self.store.engine.dialect.name == "sqlite":
            with self.store.session() as s:
                s.execute(update(TelegramInbox).values(holder="", lease_until=None))
        return self.orphans()

    def forget(self, sender: str) -> int:
        """Delete a user's unhandled updates (/forget); returns how many."""
        with self.store.session() as s:
            return s.execute(delete(TelegramInbox).where(TelegramInbox.sender == str(sender))).rowcount
