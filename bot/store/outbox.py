"""The outbox: every outgoing message is written first, delivered by its channel, retried until sent.

A crash between writing and delivering loses nothing (the row stays pending and is sent after the
restart); the unique `dedupe_key` (e.g. the Telegram update id a reply answers) means the same reply
is never queued twice, and a row is marked delivered in the same step that records the send.

    enqueue(key, channel, ...) ──► row written ──► wakes(channel) ──► that channel's delivery worker runs now
    delivery worker (a `PeriodicWorker` whose step is `Dispatcher.step`, bot/store/delivery.py)
        ──► claim_due ──► a task per claimed row: deliver_one ──► Sender.send ──► delivered (or retry later)
    deliver_due / deliver_all: one complete pass, one message at a time (scripts and tests)

`wakes` is a list of callables given at construction (the composition root, `bot.app`, adds each
channel's delivery worker to it), so whoever queues a message never needs to know who delivers it.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from datetime import datetime, timedelta
from typing import Callable, Protocol

from sqlalchemy import exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from bot.errors import DeliveryError
from bot.faults import checkpoint
from bot.store.outage import transient, until_stored
from bot.store.schema import OutboxMessage, utcnow
from bot.store.store import Store

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 300
LEASE_S = 60
MAX_ROUNDS = 20  # claim rounds in one delivery pass
Wake = Callable[[str], None]  # told the channel of every message queued; safe to call from any thread


def wake_on(channels: tuple[str, ...] | list[str], wake: Callable[[], None]) -> Wake:
    """A `Wake` that calls `wake()` for messages queued on one of `channels`."""
    wanted = frozenset(channels)

    def on_enqueued(channel: str) -> None:
        if channel in wanted:
            wake()
    return on_enqueued


class Sender(Protocol):
    """Delivers one outbox message on a channel; returns the channel's message id."""

    async def send(self, recipient: str, text: str, payload: dict) -> str | None: ...


class Outbox:
    """Queue and delivery bookkeeping over the store.

    Example: ``Outbox(store, wakes=[wake_on(("telegram",), worker.wake)]).enqueue("tg:1", "telegram", "42", "Salam")``
    """

    def __init__(self, store: Store, wakes: list[Wake] | None = None) -> None:
        self.store = store
        self.wakes: list[Wake] = wakes if wakes is not None else []
        self._cut: list[tuple[str, int, datetime]] = []  # (channel, row id, lease) of claims cut by an outage
        self._cut_lock = threading.Lock()

    def wake(self, channel: str) -> None:
        """Tell the delivery workers that a message waits on `channel` (after a write outside `enqueue`)."""
        for wake in self.wakes:
            try:
                wake(channel)
            except Exception:  # the row is stored: the next round delivers it anyway
                log.exception("waking the %s delivery worker failed", channel)

    def enqueue(self, dedupe_key: str, channel: str, recipient: str, text: str,
                payload: dict | None = None, user_id: int | None = None) -> int | None:
        """Queue a message; returns its id, or None when the same key was queued before."""
        try:
            with self.store.session() as s:
                row = OutboxMessage(dedupe_key=dedupe_key[:191], channel=channel, recipient=str(recipient),
                                    text=text, payload=payload or {}, user_id=user_id)
                s.add(row)
                s.flush()
                row_id = row.id
        except IntegrityError:
            return None
        self.wake(channel)
        return row_id

    def claim_due(self, channel: str, limit: int = 20, busy: tuple[int, ...] | list[int] = ()) -> list[OutboxMessage]:
        """The oldest pending message of each recipient of a channel, when it is due, leased to this worker
        for `LEASE_S` seconds (`busy`: ids this process is still sending, never handed out again). A
        recipient's next message waits until the one before it is delivered or given up, so a message held
        back (flood control, an outage) is never overtaken. A claim cut by a database outage is not left to
        its lease: the rows claimed so far are returned, and the one whose commit went unanswered is freed
        at the next claim (its lease is ours alone: the exact lease time identifies it)."""
        self._release_cut(channel)
        now = utcnow()
        lease = now + timedelta(seconds=LEASE_S)
        earlier = aliased(OutboxMessage)
        first_of_recipient = ~exists().where(earlier.channel == OutboxMessage.channel,
                                             earlier.recipient == OutboxMessage.recipient,
                                             earlier.state == "pending", earlier.id < OutboxMessage.id)
        due = (OutboxMessage.channel == channel, OutboxMessage.state == "pending",
               OutboxMessage.next_attempt_at <= now, first_of_recipient)
        claimed = []
        with self.store.session() as s:
            query = select(OutboxMessage.id).where(*due)
            if busy:
                query = query.where(OutboxMessage.id.not_in(list(busy)))
            rows = list(s.scalars(query.order_by(OutboxMessage.id).limit(limit)))
        for row_id in rows:
            try:
                with self.store.session() as s:  # conditional: one worker wins, and only while it is still first
                    got = s.execute(update(OutboxMessage).where(OutboxMessage.id == row_id, *due)
                                    .values(next_attempt_at=lease, attempts=OutboxMessage.attempts + 1)).rowcount
                    row = s.get(OutboxMessage, row_id) if got else None
            except Exception as exc:
                if not transient(exc):
                    raise
                log.warning("claiming outbox #%d was cut by a database outage: it is freed at the next claim", row_id)
                with self._cut_lock:
                    self._cut.append((channel, row_id, lease))
                break
            if row is not None:
                claimed.append(row)
        return claimed

    def _release_cut(self, channel: str) -> None:
        """Free the rows whose claim went unanswered (still pending under our exact lease time)."""
        with self._cut_lock:
            mine = [cut for cut in self._cut if cut[0] == channel]
        for cut in mine:
            _, row_id, lease = cut
            with self.store.session() as s:
                s.execute(update(OutboxMessage).where(OutboxMessage.id == row_id, OutboxMessage.state == "pending",
                                                      OutboxMessage.next_attempt_at == lease)
                          .values(next_attempt_at=utcnow(), attempts=OutboxMessage.attempts - 1))
            with self._cut_lock:
                self._cut.remove(cut)

    def mark_delivered(self, row_id: int, external_id: str | None) -> None:
        """Record a successful delivery (a row marked `erase_after_delivery`, e.g. the /forget
        confirmation, is deleted instead: nothing addressed to a forgotten person stays)."""
        with self.store.session() as s:
            row = s.get(OutboxMessage, row_id)
            erase = row is not None and bool((row.payload or {}).get("erase_after_delivery"))
            if erase:
                s.delete(row)
            else:
                s.execute(update(OutboxMessage).where(OutboxMessage.id == row_id)
                          .values(state="delivered", delivered_at=utcnow(), external_id=external_id,
                                  last_error=""))
        if erase:
            self.store.checkpoint()

    def mark_failed(self, row: OutboxMessage, error: DeliveryError) -> None:
        """Schedule a retry with exponential backoff, or give up on a permanent error."""
        delay = error.retry_after if error.retry_after is not None else min(MAX_BACKOFF_S, 2 ** min(row.attempts, 8))
        values = {"last_error": str(error)[:255], "next_attempt_at": utcnow() + timedelta(seconds=delay)}
        if error.permanent:
            values["state"] = "failed"
        with self.store.session() as s:
            s.execute(update(OutboxMessage).where(OutboxMessage.id == row.id).values(**values))

    def queued(self, dedupe_key: str) -> bool:
        """True when a message was queued under this key (whatever became of it)."""
        with self.store.session() as s:
            return s.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)) is not None

    def get(self, row_id: int) -> OutboxMessage | None:
        """One outbox row."""
        with self.store.session() as s:
            return s.get(OutboxMessage, row_id)

    def pending_count(self, channel: str | None = None) -> int:
        """How many messages wait for delivery."""
        with self.store.session() as s:
            q = select(OutboxMessage.id).where(OutboxMessage.state == "pending")
            if channel:
                q = q.where(OutboxMessage.channel == channel)
            return len(list(s.scalars(q)))

    async def deliver_due(self, channel: str, sender: Sender) -> int:
        """Deliver what is due on one channel, each recipient's messages in order; returns how many."""
        delivered = 0
        for _ in range(MAX_ROUNDS):  # a delivered message lets its recipient's next one be claimed
            sent = await self._deliver_round(channel, sender)
            delivered += sent
            if not sent:
                break
        return delivered

    async def _deliver_round(self, channel: str, sender: Sender) -> int:
        delivered = 0
        for row in await asyncio.to_thread(self.claim_due, channel):
            delivered += await self.deliver_one(row, sender)
        return delivered

    async def deliver_one(self, row: OutboxMessage, sender: Sender) -> bool:
        """Send one claimed row and record the outcome; True when delivered. The record is retried until
        the database takes it: a send the Bot API accepted during an outage is not sent again."""
        try:
            checkpoint("outbox.sending")
            external_id = await sender.send(row.recipient, row.text, row.payload or {})
            checkpoint("outbox.sent")
        except DeliveryError as exc:
            log.warning("delivery of outbox #%d failed: %s", row.id, exc)
            await until_stored(self.mark_failed, row, exc, what=f"outbox #{row.id} retry")
            return False
        except Exception as exc:  # unknown failure: retry later, never lose the message
            log.exception("delivery of outbox #%d failed", row.id)
            await until_stored(self.mark_failed, row, DeliveryError(exc.__class__.__name__),
                               what=f"outbox #{row.id} retry")
            return False
        await until_stored(self.mark_delivered, row.id, external_id, what=f"outbox #{row.id} delivered")
        checkpoint("outbox.delivered")
        return True

    async def deliver_all(self, senders: dict[str, Sender]) -> int:
        """One complete pass over every channel, one message at a time (the running workers use a
        `Dispatcher`); a failing channel is logged and the others are still served. Returns how many
        messages were delivered."""
        delivered = 0
        for channel, sender in senders.items():
            try:
                delivered += await self.deliver_due(channel, sender)
            except Exception:
                log.exception("outbox delivery failed on %s", channel)
        return delivered
