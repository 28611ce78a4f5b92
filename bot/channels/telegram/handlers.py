"""The Telegram channel: python-telegram-bot handlers that turn updates into Messages and queue replies.

    Update ──► inbox (bot/store/telegram_inbox.py: written before Telegram is told it arrived)
           ──► gate: already answered? group message not addressed to Rafiq? too fast? ──► stop
           ──► command / button / text handler ──► TelegramChannel (worker thread) ──► outbox row
    outbox worker ──► TelegramSender ──► Bot API          (see runtime.py)

Handlers decide nothing: they read the update, call the Tutor or an action, and return.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (Application, ApplicationBuilder, ApplicationHandlerStop, CallbackQueryHandler,
                          CommandHandler, ContextTypes, MessageHandler, TypeHandler, filters)

from bot.channels.telegram import actions, onboarding, tutors
from bot.channels.telegram.buttons import on_button, on_error
from bot.channels.telegram.channel import CHANNEL, TelegramChannel
from bot.channels.telegram.context import RafiqContext, addressed, command_text, strip_mention, webhook_mode, who
from bot.channels.telegram.processor import PerChatProcessor
from bot.channels.telegram.queue import InboxQueue
from bot.faults import checkpoint
from bot.store.outage import until_stored
from bot.types import Message

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
COMMANDS = ("start", "help", "ask", "calendar", "next", "tutor", "lang", "privacy", "forget",
            "reminders_on", "reminders_off")
LANG_WORDS = {"ar": "ar", "arabe": "ar", "العربية": "ar", "عربية": "ar", "fr": "fr", "français": "fr",
              "francais": "fr", "الفرنسية": "fr"}


async def gate(update: Update, context: RafiqContext) -> None:
    """Skip redelivered updates, group messages not addressed to Rafiq, and trainers who write too fast."""
    channel = context.channel
    if await asyncio.to_thread(channel.seen, update.update_id):
        log.info("update %s was answered before: skipped", update.update_id)
        raise ApplicationHandlerStop
    message = update.message
    if message is None:
        return
    if message.from_user is None or message.from_user.is_bot:
        raise ApplicationHandlerStop
    if channel.is_tutor_chat(message.chat.id):
        text = message.text or message.caption or ""
        command = text.split(maxsplit=1)[0].split("@")[0] if text.startswith("/") else ""
        replying = message.reply_to_message is not None and bool(text or message.photo)
        if command != "/tickets" and (not replying or command):
            raise ApplicationHandlerStop
        return
    if message.chat.type != ChatType.PRIVATE and not addressed(message, context.bot.id, context.bot.username):
        raise ApplicationHandlerStop
    sender = str(message.from_user.id)
    if not channel.postponed.retrying(update.update_id) and await asyncio.to_thread(channel.limiter.take, sender):
        if await asyncio.to_thread(channel.limiter.first_refusal, sender):  # told once per minute, then silence
            chat_id, user_id, _, code = who(update)
            await asyncio.to_thread(actions.rate_limited, channel, update.update_id, chat_id, user_id, code)
        raise ApplicationHandlerStop


async def ask(update: Update, context: RafiqContext, text: str) -> None:
    """Send one question through the Tutor; the reply goes to the outbox."""
    message = update.message
    chat_id, user_id, name, _ = who(update)
    neutral = Message(channel=CHANNEL, user=str(user_id), text=text, thread=str(chat_id), display_name=name,
                      external_id=str(message.message_id))
    reply_to = message.message_id if message.chat.type != ChatType.PRIVATE else None
    await asyncio.to_thread(context.channel.answer, update.update_id, neutral, chat_id, reply_to)


async def on_text(update: Update, context: RafiqContext) -> None:
    """A message: a question for the Tutor; in the tutors' group, a reply to a ticket card."""
    message = update.message
    if context.channel.is_tutor_chat(message.chat.id):
        await on_tutor_reply(update, context)
        return
    await ask(update, context, strip_mention(message.text or "", context.bot.username))


async def on_tutor_reply(update: Update, context: RafiqContext) -> None:
    """A tutor answered a ticket card (text, or a photo and its caption): record it and relay it to the trainer."""
    message, channel = update.message, context.channel
    replied = message.reply_to_message
    by_bot = bool(replied.from_user and replied.from_user.id == context.bot.id)
    ticket = await asyncio.to_thread(tutors.ticket_for_reply, channel, replied.message_id, replied.text or "",
                                     by_bot)
    if ticket is None:
        return
    photo = message.photo[-1].file_id if message.photo else None  # the largest size
    await asyncio.to_thread(tutors.tutor_reply, channel, update.update_id, ticket, message.from_user.full_name,
                            message.text or message.caption or "", message.message_id, replied.message_id, photo)


async def on_photo(update: Update, context: RafiqContext) -> None:
    """A photo in a group: in the tutors' group, a reply to a ticket card; elsewhere, nothing."""
    if context.channel.is_tutor_chat(update.message.chat.id) and update.message.reply_to_message is not None:
        await on_tutor_reply(update, context)


async def on_tickets(update: Update, context: RafiqContext) -> None:
    """/tickets in the tutors' group: the open tickets and who has each one."""
    if context.channel.is_tutor_chat(update.effective_chat.id):
        await asyncio.to_thread(tutors.list_tickets, context.channel, update.update_id)
    else:
        await on_unknown(update, context)


async def on_start(update: Update, context: RafiqContext) -> None:
    """/start: welcome, consent, language, centre, cohort (never blocks a question)."""
    chat_id, user_id, name, code = who(update)
    await asyncio.to_thread(onboarding.start, context.channel, update.update_id, chat_id, user_id, name, code)


async def on_help(update: Update, context: RafiqContext) -> None:
    """/help: what Rafiq does and its commands."""
    chat_id, user_id, _, code = who(update)
    await asyncio.to_thread(actions.say, context.channel, update.update_id, chat_id, user_id, code, "help")


async def on_ask(update: Update, context: RafiqContext) -> None:
    """/ask <question>."""
    text = command_text(update.message)
    if text:
        await ask(update, context, text)
        return
    chat_id, user_id, _, code = who(update)
    await asyncio.to_thread(actions.say, context.channel, update.update_id, chat_id, user_id, code, "ask_usage")


async def on_lang(update: Update, context: RafiqContext) -> None:
    """/lang [ar|fr]: switch the language of the replies."""
    chat_id, user_id, name, code = who(update)
    wanted = LANG_WORDS.get(command_text(update.message).lower())
    if wanted:
        await asyncio.to_thread(onboarding.set_lang, context.channel, update.update_id, chat_id, user_id, name,
                                wanted)
    else:
        await asyncio.to_thread(onboarding.lang_menu, context.channel, update.update_id, chat_id, user_id, code)


async def on_calendar(update: Update, context: RafiqContext) -> None:
    """/calendar and /next: dates from the course calendar."""
    chat_id, user_id, _, code = who(update)
    which = "next" if (update.message.text or "").lstrip("/").lower().startswith("next") else "calendar"
    await asyncio.to_thread(actions.calendar, context.channel, update.update_id, chat_id, user_id, code, which)


async def on_tutor(update: Update, context: RafiqContext) -> None:
    """/tutor [text]: open a ticket for a human tutor (without text: the last question)."""
    chat_id, user_id, name, code = who(update)
    await asyncio.to_thread(actions.tutor_request, context.channel, update.update_id, chat_id, user_id, name,
                            code, command_text(update.message))


async def on_privacy(update: Update, context: RafiqContext) -> None:
    """/privacy: what is kept, why, how long, who sees it."""
    chat_id, user_id, _, code = who(update)
    await asyncio.to_thread(actions.privacy, context.channel, update.update_id, chat_id, user_id, code)


async def on_forget(update: Update, context: RafiqContext) -> None:
    """/forget: explain what will be deleted and ask to confirm."""
    chat_id, user_id, _, code = who(update)
    await asyncio.to_thread(actions.forget_ask, context.channel, update.update_id, chat_id, user_id, code)


async def on_reminders(update: Update, context: RafiqContext) -> None:
    """/reminders_on and /reminders_off."""
    chat_id, user_id, name, code = who(update)
    on = (update.message.text or "").lstrip("/").lower().startswith("reminders_on")
    await asyncio.to_thread(actions.reminders, context.channel, update.update_id, chat_id, user_id, name, code, on)


async def on_unknown(update: Update, context: RafiqContext) -> None:
    """An unknown command, or a photo, voice note or sticker in a private chat."""
    chat_id, user_id, _, code = who(update)
    key = "unknown_command" if (update.message.text or "").startswith("/") else "text_only"
    await asyncio.to_thread(actions.say, context.channel, update.update_id, chat_id, user_id, code, key)


def api_root(url: str) -> str:
    """The Bot API server root from RAFIQ_TELEGRAM_API_URL, given as the root or as python-telegram-bot's
    `base_url` (ending in `/bot`): 'http://h:8081/bot' and 'http://h:8081/' both give 'http://h:8081'."""
    url = url.strip().rstrip("/")
    return url[:-len("/bot")] if url.endswith("/bot") else url


def build_application(services: Services, channel: TelegramChannel | None = None) -> Application:
    """The python-telegram-bot Application with Rafiq's handlers (nothing is contacted yet)."""
    settings = services.settings
    channel = channel or TelegramChannel(services)

    async def handled(update: Update) -> None:
        """The end of an update: forget it, or (it met a database outage) handle it again later."""
        delay = channel.postponed.finish(update.update_id)
        if delay is not None:
            log.warning("update %s met a database outage: handled again in %.0f s", update.update_id, delay)
            channel.postponed.later(delay, lambda: application.update_queue.put(update))
            return
        checkpoint("telegram.update.handled")
        await until_stored(channel.inbox.done, update.update_id, what=f"Telegram update {update.update_id} done",
                           keep_trying=lambda: application.running)

    builder = (ApplicationBuilder().token(settings.telegram_token)
               .context_types(ContextTypes(context=RafiqContext))
               .update_queue(InboxQueue(channel.inbox))
               .concurrent_updates(PerChatProcessor(16, on_done=handled)).job_queue(None))
    if settings.telegram_api_url:
        url = api_root(settings.telegram_api_url)
        builder = builder.base_url(f"{url}/bot").base_file_url(f"{url}/file/bot")
    if webhook_mode(settings):
        builder = builder.updater(None)
    application = builder.build()
    application.bot_data["rafiq"] = channel
    only_new = filters.UpdateType.MESSAGE
    application.add_handler(TypeHandler(Update, gate), group=-1)
    for name, callback in (("start", on_start), ("help", on_help), ("ask", on_ask), ("lang", on_lang),
                           ("calendar", on_calendar), ("next", on_calendar), ("tutor", on_tutor),
                           ("privacy", on_privacy), ("forget", on_forget), ("reminders_on", on_reminders),
                           ("reminders_off", on_reminders), ("tickets", on_tickets)):
        application.add_handler(CommandHandler(name, callback, filters=only_new))
    application.add_handler(MessageHandler(only_new & filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(MessageHandler(only_new & filters.PHOTO & ~filters.ChatType.PRIVATE, on_photo))
    application.add_handler(MessageHandler(only_new & filters.ChatType.PRIVATE, on_unknown))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application
