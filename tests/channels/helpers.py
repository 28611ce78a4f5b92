"""Helpers for the Telegram tests: wait on the stand-in, read what a chat shows, press buttons."""
from __future__ import annotations

from tests.support.bot_api import BotApiStandIn


async def until(api: BotApiStandIn, predicate, timeout: float = 15.0):
    """Wait (without blocking the bot's loop) until `predicate()` is truthy; return its value."""
    found = {}

    def check(_sent):
        found["value"] = predicate()
        return found["value"]

    await api.wait_for_async(check, timeout)
    return found["value"]


def bot_messages(api: BotApiStandIn, chat_id: int) -> list[dict]:
    """The bot's messages in a chat as they look now (after edits), oldest first."""
    return [m for m in api.messages(chat_id) if m["from"]["id"] == api.bot_id]


def callbacks(message: dict) -> list[str]:
    """The callback data of a message's inline buttons."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b.get("callback_data") for row in rows for b in row]


def sent_texts(api: BotApiStandIn, chat_id: int) -> list[str]:
    """The HTML texts of the successful sendMessage calls to a chat."""
    return [m["text"] for m in api.sent(chat_id)]


async def reply_count(api: BotApiStandIn, chat_id: int, n: int) -> list[dict]:
    """Wait until the bot has at least `n` messages in the chat; return them."""
    return await until(api, lambda: (msgs := bot_messages(api, chat_id)) and len(msgs) >= n and msgs)


async def press(api: BotApiStandIn, chat_id: int, data: str, message_id: int, user_id: int | None = None,
                **kwargs) -> str:
    """Press a button and wait until the bot answered the callback; return the answer's text."""
    update = api.push_callback(chat_id, user_id or chat_id, data, message_id, **kwargs)
    query_id = update["callback_query"]["id"]

    def answered():
        for call in api.requests:
            if call.method == "answerCallbackQuery" and str(call.params.get("callback_query_id")) == query_id:
                return call.params.get("text") or "(no text)"
        return None

    return await until(api, answered)


def redeliver(api: BotApiStandIn, update: dict) -> None:
    """Queue an update again, as Telegram does when its delivery was never confirmed."""
    api._enqueue(update)  # the stand-in's own queueing, with the same update_id
