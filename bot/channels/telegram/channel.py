"""The Telegram channel's work on the services, synchronous (handlers run it in a worker thread).

Every reply is written to the outbox under the key ``tg:<update_id>`` before anything is sent; the
outbox worker delivers it. An update whose reply row already exists was handled before (Telegram
redelivered it, or the process restarted) and is skipped.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from bot.store.telegram_inbox import Inbox
from bot.channels.telegram.postponed import Postponed
from bot.channels.telegram.render import Run, reply_buttons, reply_runs
from bot.payloads import ChatMessage
from bot.store.rate_hits import rate_limiter
from bot.texts import text_lang
from bot.types import Decision, Message
from bot.user_lang import trainer_lang

if TYPE_CHECKING:
    from bot.services import Services
    from bot.store.schema import Interaction, User

log = logging.getLogger(__name__)
CHANNEL = "telegram"


def update_key(update_id: int, suffix: str = "") -> str:
    """The outbox dedupe key of the reply to an update (``tg:<update_id>``)."""
    return f"tg:{update_id}{':' + suffix if suffix else ''}"


class TelegramChannel:
    """Translates between Telegram chats and the services; knows no python-telegram-bot types.

    Example: ``channel = TelegramChannel(services); channel.answer(update_id, msg, chat_id)``
    """

    def __init__(self, services: Services) -> None:
        self.services = services
        self.settings = services.settings
        self.store = services.store
        self.outbox = services.outbox
        self.tickets = services.tickets
        self.limiter = rate_limiter(self.store, "telegram", self.settings.rate_limit_per_minute)
        self.inbox = Inbox(self.store)
        self.postponed = Postponed()  # updates that met a database outage, handled again by this process
        self._calendar = None

    # lookups ------------------------------------------------------------------------------------
    @property
    def tutor_chat(self) -> str:
        """The tutors' group chat id ('' when unset)."""
        return str(self.settings.tutor_chat_id or "").strip()

    @property
    def urgent_chat(self) -> str:
        """The on-call group alerted about distress at any hour ('' when it is the tutors' group)."""
        urgent = str(self.settings.urgent_chat_id or "").strip()
        return urgent if urgent != self.tutor_chat else ""

    def is_tutor_chat(self, chat_id: int | str) -> bool:
        """Whether a chat is the tutors' group."""
        return bool(self.tutor_chat) and str(chat_id) == self.tutor_chat

    def seen(self, update_id: int) -> bool:
        """True when the reply to this update is already in the outbox."""
        return self.outbox.queued(update_key(update_id))

    def user(self, telegram_id: int | str, name: str = "") -> User:
        """The trainer's row, created on first contact."""
        return self.store.get_or_create_user(CHANNEL, str(telegram_id), name)

    def find_user(self, telegram_id: int | str) -> User | None:
        """The trainer's row, or None."""
        return self.store.find_user(CHANNEL, str(telegram_id))

    def lang_for(self, telegram_id: int | str, language_code: str | None = None) -> str:
        """The trainer's language (chosen, else the one they write in), else a guess from Telegram's language_code."""
        return self.known_lang(telegram_id) or text_lang(language_code)

    def known_lang(self, telegram_id: int | str) -> str | None:
        """The trainer's chosen language, else the one Rafiq answered them in lately; None when unknown."""
        return trainer_lang(self.store, self.find_user(telegram_id))

    def calendar(self):
        """The course calendar from the corpus folder, or None when there is none."""
        if self._calendar is None:
            self._calendar = getattr(self.services, "calendar", None)
        if self._calendar is None:
            from corpus.calendar import load_calendar

            path = Path(self.settings.corpus_dir) / "calendar.yaml"
            if path.is_file():
                self._calendar = load_calendar(path)
        return self._calendar

    # outgoing -----------------------------------------------------------------------------------
    def queue(self, key: str, chat_id: int | str, runs: list[Run] | str, lang: str | None,
              keyboard: list[list[dict]] | None = None, user_id: int | None = None,
              reply_to: int | None = None, **extra) -> bool:
        """Write one outgoing message to the outbox (which wakes the delivery worker); False when already queued.
        `extra`: the other `ChatMessage` fields (op, message_id, fallback_send, kind, ticket_id, ...)."""
        if isinstance(runs, str):
            runs = [(runs, None)]
        payload = ChatMessage(key=key, runs=tuple(tuple(r) for r in runs), lang=lang, keyboard=keyboard or None,
                              reply_to=int(reply_to) if reply_to else None, **extra)
        row = self.outbox.enqueue(key, CHANNEL, str(chat_id), "".join(t for t, _ in runs), payload.to_json(),
                                  user_id=user_id)
        return row is not None

    # questions ----------------------------------------------------------------------------------
    def answer(self, update_id: int, message: Message, chat_id: int | str, reply_to: int | None = None) -> Decision:
        """Run a question through the Tutor and queue the reply with its citation and buttons."""
        reply = self.services.tutor.handle(message)
        user_id = reply.user_id  # the recorder's: the trainer's row is not read again here
        if user_id is None:
            user = self.find_user(message.user)
            user_id = user.id if user else None
        self.queue(update_key(update_id), chat_id, reply_runs(reply), reply.lang, reply_buttons(reply),
                   user_id=user_id, reply_to=reply_to)
        return reply

    def interaction(self, interaction_id: int, telegram_id: int | str) -> Interaction | None:
        """One of this trainer's interactions (None when it is someone else's or gone)."""
        user = self.find_user(telegram_id)
        row = self.store.interaction(interaction_id)
        return row if row is not None and user is not None and row.user_id == user.id else None
