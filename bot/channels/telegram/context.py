"""The callback context and small readers of python-telegram-bot updates, shared by the handlers."""
from __future__ import annotations

import re

from telegram import Message as TgMessage
from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from bot.channels.telegram.channel import TelegramChannel


def webhook_mode(settings) -> bool:
    """Webhook when both its URL and its secret are set; long polling otherwise."""
    return bool(settings.telegram_webhook_url and settings.telegram_webhook_secret)


class RafiqContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context, with the channel at hand (python-telegram-bot's contexttypesbot pattern)."""

    @property
    def channel(self) -> TelegramChannel:
        """The Telegram channel of this application."""
        return self.application.bot_data["rafiq"]


def addressed(message: TgMessage, bot_id: int, username: str | None) -> bool:
    """In a group: a command, a mention of the bot, or a reply to one of its messages."""
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return True
    if username and f"@{username}".lower() in text.lower():
        return True
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


def strip_mention(text: str, username: str | None) -> str:
    """The text without '@botname'."""
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip() if username else text


def command_text(message: TgMessage) -> str:
    """What follows the command, newlines kept."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def who(update: Update) -> tuple[int, int, str, str | None]:
    """(chat id, user id, user's name, user's language_code) of a message update."""
    chat, user = update.effective_chat, update.effective_user
    return chat.id, user.id, user.full_name, user.language_code
