"""An update processor that handles different chats concurrently and one chat's updates in order."""
from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerChatProcessor(BaseUpdateProcessor):
    """Up to `max_concurrent_updates` at once, but never two of the same chat (replies stay in order);
    `on_done` runs after each update was handled.

    Example: ``ApplicationBuilder().concurrent_updates(PerChatProcessor(16))``
    """

    def __init__(self, max_concurrent_updates: int = 16,
                 on_done: Callable[[Update], Awaitable[None]] | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[Any, list] = {}
        self.on_done = on_done

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handlers once no earlier update of the same chat is running."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
        else:
            entry = self._locks.setdefault(chat.id, [asyncio.Lock(), 0])
            entry[1] += 1
            try:
                async with entry[0]:
                    await coroutine
            finally:
                entry[1] -= 1
                if entry[1] == 0:
                    self._locks.pop(chat.id, None)
        if self.on_done is not None and isinstance(update, Update):
            await self.on_done(update)  # only after a normal end: a crash leaves the update to replay

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""
