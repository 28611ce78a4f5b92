"""The application's update queue: each Update is written to the Telegram inbox (bot/store) before it is queued."""
from __future__ import annotations

import asyncio
import json

from telegram import Update

from bot.faults import checkpoint
from bot.store.telegram_inbox import Inbox


class InboxQueue(asyncio.Queue):
    """The application's update queue: each Update is written to the inbox before it is queued."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def put(self, item) -> None:
        """Persist, then queue."""
        if isinstance(item, Update):
            sender = str(item.effective_user.id) if item.effective_user else ""
            checkpoint("telegram.update.received")
            await asyncio.to_thread(self.inbox.save, item.update_id, sender, json.loads(item.to_json()))
            checkpoint("telegram.update.saved")
        await super().put(item)
