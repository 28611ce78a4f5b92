"""The application's update queue: each Update is written to the Telegram inbox (bot/store) before it is queued.

A database outage pauses the intake instead of ending it: the write is tried again until the database is
back (polling waits meanwhile; Telegram keeps the updates whose offset was not confirmed).
"""
from __future__ import annotations

import asyncio
import json
import logging

from telegram import Update

from bot.faults import checkpoint
from bot.store.outage import until_stored
from bot.store.telegram_inbox import Inbox

log = logging.getLogger(__name__)


class InboxQueue(asyncio.Queue):
    """The application's update queue: each Update is written to the inbox before it is queued."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def put(self, item) -> None:
        """Persist (retried until the database takes it), then queue, unless another live worker holds
        the update (a copy Telegram sent again elsewhere): it is stored once and handled there."""
        if isinstance(item, Update):
            sender = str(item.effective_user.id) if item.effective_user else ""
            checkpoint("telegram.update.received")
            mine = await until_stored(self.inbox.save, item.update_id, sender, json.loads(item.to_json()),
                                      what=f"Telegram update {item.update_id}")
            checkpoint("telegram.update.saved")
            if not mine:
                log.info("update %s is held by another worker: not handled here", item.update_id)
                return
        await super().put(item)
