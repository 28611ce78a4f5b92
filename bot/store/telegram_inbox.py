"""The Telegram inbox: every update is written to the store before Telegram learns it arrived.

    getUpdates / webhook ──► InboxQueue.put: row written ──► queued ──► handled ──► row deleted
                                  (only then does the next getUpdates confirm the offset,
                                   or the webhook answer 200)     InboxQueue: bot/channels/telegram/queue.py

With the outbox (replies written before sending) and the `tg:<update_id>` dedupe key, a crash at any
moment neither loses a trainer's message nor answers it twice: rows left here at start-up were
received but not handled, and are handled again (at most a day later, Telegram's own horizon).
"""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.clock import aware, utcnow
from bot.store.schema import TelegramInbox
from bot.store.store import Store

log = logging.getLogger(__name__)
HORIZON = timedelta(hours=24)


class Inbox:
    """Received updates not yet handled, in the store.

    Example: ``inbox.save(update_id, "42", payload); ...; inbox.done(update_id)``
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, update_id: int, sender: str, payload: dict) -> None:
        """Write an update (a second copy of the same update is ignored)."""
        try:
            with self.store.session() as s:
                s.add(TelegramInbox(update_id=str(update_id), sender=sender, payload=payload))
        except IntegrityError:
            pass

    def done(self, update_id: int) -> None:
        """Forget a handled update."""
        with self.store.session() as s:
            s.execute(delete(TelegramInbox).where(TelegramInbox.update_id == str(update_id)))

    def unhandled(self) -> list[dict]:
        """Updates received within the horizon and never handled, oldest first; older ones are dropped."""
        limit = utcnow() - HORIZON
        with self.store.session() as s:
            rows = list(s.scalars(select(TelegramInbox).order_by(TelegramInbox.id)))
            stale = [r.id for r in rows if aware(r.created_at) < limit]
            if stale:
                log.warning("dropping %d unhandled Telegram update(s) older than a day", len(stale))
                s.execute(delete(TelegramInbox).where(TelegramInbox.id.in_(stale)))
            return [r.payload for r in rows if r.id not in stale]

    def forget(self, sender: str) -> int:
        """Delete a user's unhandled updates (/forget); returns how many."""
        with self.store.session() as s:
            return s.execute(delete(TelegramInbox).where(TelegramInbox.sender == str(sender))).rowcount

