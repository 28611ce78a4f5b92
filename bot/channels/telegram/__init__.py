"""The Telegram channel: handlers (handlers.py), the channel, the sender and the runtime that runs them."""
from bot.channels.telegram.runtime import TelegramRuntime

__all__ = ["TelegramRuntime"]
