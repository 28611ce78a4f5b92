"""Pressed buttons and errors: the callback-query router and the one error handler.

Callback data: ``ob:*`` onboarding, ``lang:ar|fr``, ``fb:up|down:<interaction>``, ``tutor:<interaction>``,
``tutor_nh:<interaction>`` (after "not helpful"), ``say:<n>:<interaction>`` (option n of a clarifying
question, handled as if the trainer had typed n), ``forget:yes|no``, ``reminders:on|off``, and in the
tutors' group ``tk:claim|close:<ticket>``.
"""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import TelegramError

from bot.channels.telegram import actions, onboarding, tutors
from bot.channels.telegram.channel import CHANNEL, update_key
from bot.types import Message
from bot.channels.telegram.context import RafiqContext
from bot.store.outage import transient
from bot.texts import t, text_lang

log = logging.getLogger("bot.channels.telegram")


async def on_button(update: Update, context: RafiqContext) -> None:
    """A pressed inline button, routed by its callback data."""
    query, channel = update.callback_query, context.channel
    if query.message is None:
        await _answer(query, None)
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    user, uid = query.from_user, update.update_id
    head, _, rest = (query.data or "").partition(":")
    code, name = user.language_code, user.full_name
    toast = None
    if head == "ob":
        await asyncio.to_thread(onboarding.choose, channel, uid, chat_id, user.id, name, code, query.data, message_id)
    elif head == "lang" and rest in ("ar", "fr"):
        await asyncio.to_thread(onboarding.set_lang, channel, uid, chat_id, user.id, name, rest, message_id)
    elif head == "fb" and rest.partition(":")[2].isdigit():
        value, _, iid = rest.partition(":")
        toast = await asyncio.to_thread(actions.feedback, channel, uid, chat_id, user.id, code, value, int(iid))
    elif head in ("tutor", "tutor_nh") and rest.isdigit():
        reason = "not_helpful" if head == "tutor_nh" else "human_requested"
        toast = await asyncio.to_thread(actions.tutor_request, channel, uid, chat_id, user.id, name, code, None,
                                        reason, int(rest))
    elif head == "say" and rest.partition(":")[0] in ("1", "2", "3"):  # an option of a clarifying question
        said = Message(channel=CHANNEL, user=str(user.id), thread=str(chat_id), text=rest.partition(":")[0],
                       display_name=name)
        await asyncio.to_thread(channel.answer, uid, said, chat_id)
    elif head == "forget":
        toast = await asyncio.to_thread(actions.forget_answer, channel, uid, chat_id, user.id, code, rest == "yes",
                                        message_id)
    elif head == "reminders":
        toast = await asyncio.to_thread(actions.reminders, channel, uid, chat_id, user.id, name, code, rest == "on")
    elif head == "tk" and channel.is_tutor_chat(chat_id) and rest.partition(":")[2].isdigit():
        action, _, ticket_id = rest.partition(":")
        handler = tutors.claim if action == "claim" else tutors.close
        toast = await asyncio.to_thread(handler, channel, uid, int(ticket_id), name, message_id)
    else:
        toast = t("expired", text_lang(code))
    await _answer(query, toast)


async def _answer(query, text: str | None) -> None:
    try:
        await query.answer(text=(text or None) and text[:200])
    except TelegramError as exc:  # an old button: Telegram no longer accepts an answer
        log.debug("callback answer refused: %s", exc)


async def on_error(update: object, context: RafiqContext) -> None:
    """Log the failure with its traceback; tell the user, in their language, that something went wrong.
    An update that met a database outage is handled again once the database is back (see postponed.py):
    its answer follows, so the user is not told to ask again."""
    if isinstance(update, Update) and transient(context.error):
        log.warning("update %s met a database outage (%s): it will be handled again", update.update_id,
                    str(context.error).splitlines()[0][:200])
        context.channel.postponed.failed(update.update_id)
        return
    log.error("error while handling update %s", getattr(update, "update_id", "?"), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    lang = text_lang(user.language_code if user else None)
    channel = context.channel
    try:
        lang = await asyncio.to_thread(channel.lang_for, user.id, user.language_code) if user else lang
        await asyncio.to_thread(channel.queue, update_key(update.update_id), update.effective_chat.id,
                                t("error", lang), lang)
    except Exception:  # the store itself failed: say it directly
        log.exception("could not queue the error message")
        try:
            await context.bot.send_message(update.effective_chat.id, t("error", lang))
        except TelegramError:
            log.warning("could not tell the user about the error")
