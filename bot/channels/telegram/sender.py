"""Delivers outbox rows to Telegram: the outbox `Sender` for the "telegram" channel.

The payload is a `bot.payloads.ChatMessage` (its docstring lists the fields); a ``photo`` is sent with the
text as its caption when it fits, else after it; a ticket card's message id is recorded on the ticket.

Errors map to the outbox's: RetryAfter → retry after the given delay; BadRequest, Forbidden and
ChatMigrated → permanent; NetworkError, TimedOut and other Telegram errors → retry with backoff.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import warnings
from dataclasses import replace
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram.render import render
from bot.escalation import TicketService
from bot.payloads import ChatMessage
from bot.store.outage import until_stored
from bot.store.outbox import DeliveryError
from bot.store import Store

log = logging.getLogger(__name__)
NOT_MODIFIED = "message is not modified"
CAPTION_LIMIT = 1024  # Telegram's limit on a photo's caption (visible characters)


def keyboard(message: ChatMessage) -> InlineKeyboardMarkup | None:
    """The inline keyboard a message describes, or None."""
    rows = message.keyboard
    if rows is None and message.buttons:
        rows = [[button] for button in message.buttons]
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b["label"], callback_data=b["action"]) for b in row]
                                 for row in rows if row])


def chat_ref(recipient: str) -> int | str:
    """A chat id as Telegram wants it: an int, or an '@channel' name."""
    return int(recipient) if recipient.lstrip("-").isdigit() else recipient


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter's delay in seconds, whichever way python-telegram-bot reports it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSender:
    """Sends (or edits) one outbox message on Telegram; returns the message id.

    Example: ``await Outbox(store).deliver_due("telegram", TelegramSender(app.bot, store, tickets))``
    """

    def __init__(self, bot: Bot, store: Store, tickets: TicketService,
                 network_retry_after: float | None = None) -> None:
        self.bot = bot
        self.store = store
        self.tickets = tickets
        self.network_retry_after = network_retry_after

    async def send(self, recipient: str, text: str, payload: dict) -> str | None:
        """Deliver one message; raise DeliveryError (retry or permanent) when Telegram refuses."""
        message = ChatMessage.from_json(payload)
        try:
            if message.is_edit:
                message_id = await self._edit(recipient, text, message)
            else:
                message_id = await self._send(recipient, text, message)
        except RetryAfter as exc:
            raise DeliveryError(f"flood control: {exc}", retry_after=retry_seconds(exc)) from exc
        except (BadRequest, Forbidden) as exc:
            raise DeliveryError(f"refused: {exc.message}", permanent=True) from exc
        except ChatMigrated as exc:  # a group became a supergroup: the old id no longer works
            raise DeliveryError(f"chat moved to {exc.new_chat_id}", permanent=True) from exc
        except NetworkError as exc:  # includes TimedOut
            raise DeliveryError(f"network: {exc.message}", retry_after=self.network_retry_after) from exc
        except TelegramError as exc:
            raise DeliveryError(f"telegram: {exc.message}", retry_after=self.network_retry_after) from exc
        if message.kind == "ticket_card" and message.ticket_id and message_id:
            await until_stored(self.tickets.set_tutor_message, int(message.ticket_id), message_id,
                               what=f"ticket #{message.ticket_id} card")  # an error here would send it again
        return message_id

    async def _send(self, recipient: str, text: str, message: ChatMessage) -> str | None:
        runs, lang, photo = message.runs or [(text, None)], message.lang, message.photo
        steps: list[tuple[str, str | None]] = [("text", part) for part in render(runs, lang)]
        if photo:  # the text as the photo's caption when it fits in one, else the photo after the text
            caption = render(runs, lang, CAPTION_LIMIT)
            steps = [("photo", caption[0])] if len(caption) == 1 else steps + [("photo", None)]
        markup = keyboard(message)
        key = message.key or hashlib.sha1(f"{recipient}\n{text}".encode()).hexdigest()[:24]
        done = await asyncio.to_thread(self._parts_sent, key, len(steps)) if len(steps) > 1 else set()
        message_id = None
        for i, (kind, part) in enumerate(steps):
            if i in done:
                continue
            last = i == len(steps) - 1
            reply = message.reply_to if i == 0 else None
            common = {"reply_markup": markup if last else None, "reply_parameters":
                      ReplyParameters(int(reply), allow_sending_without_reply=True) if reply else None}
            if kind == "photo":
                sent = await self.bot.send_photo(chat_ref(recipient), photo, caption=part,
                                                 parse_mode=ParseMode.HTML if part else None, **common)
            else:
                sent = await self.bot.send_message(chat_ref(recipient), part, parse_mode=ParseMode.HTML,
                                                   link_preview_options=LinkPreviewOptions(is_disabled=True),
                                                   **common)
            message_id = str(sent.message_id)
            if len(steps) > 1 and not last:
                await until_stored(self.store.claim_send, f"tgpart:{key}:{i}", what=f"part {i} of {key}")
        return message_id

    async def _edit(self, recipient: str, text: str, message: ChatMessage) -> str | None:
        message_id = int(message.message_id)
        part = render(message.runs or [(text, None)], message.lang)[0]
        try:
            await self.bot.edit_message_text(part, chat_id=chat_ref(recipient), message_id=message_id,
                                             parse_mode=ParseMode.HTML, reply_markup=keyboard(message),
                                             link_preview_options=LinkPreviewOptions(is_disabled=True))
        except BadRequest as exc:
            if NOT_MODIFIED in exc.message.lower():
                return str(message_id)
            if not message.fallback_send:
                raise
            log.info("edit of message %s refused (%s): sending a new message", message_id, exc.message)
            return await self._send(recipient, text, replace(message, op="send"))
        return str(message_id)

    def _parts_sent(self, key: str, n: int) -> set[int]:
        keys = {f"tgpart:{key}:{i}": i for i in range(n)}
        return {keys[k] for k in self.store.claimed(list(keys))}
