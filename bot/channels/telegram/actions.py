"""What the Telegram commands and buttons do (synchronous; the handlers run them in a worker thread).

Each action queues at most one reply under ``tg:<update_id>`` and returns, when the update was a
button press, the short text to show on the button's answer.
"""
from __future__ import annotations

import logging

from bot.channels.telegram.channel import CHANNEL, TelegramChannel, update_key
from bot.types import Kind, Message, Reason
from bot.channels.telegram.render import button_rows
from bot.question_keys import record_feedback
from bot.texts import both, t

log = logging.getLogger(__name__)


def say(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, language_code: str | None,
        key: str, keyboard: list[list[dict]] | None = None) -> None:
    """Queue one fixed text in the user's language."""
    lang = channel.lang_for(telegram_id, language_code)
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, t(key, lang), lang, keyboard,
                  user_id=user.id if user else None)


def privacy(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
            language_code: str | None) -> None:
    """/privacy: what is kept, why, how long and who sees it, in the user's language then the other."""
    lang = channel.lang_for(telegram_id, language_code)
    other = "fr" if lang == "ar" else "ar"
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, t("privacy", lang) + "\n\n—\n\n" + t("privacy", other), lang,
                  user_id=user.id if user else None)


def calendar(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
             language_code: str | None, which: str) -> None:
    """/calendar or /next from the course calendar (bot/roles/organizational.py)."""
    from datetime import datetime

    from bot.roles.organizational import calendar_text, next_text

    lang = channel.lang_for(telegram_id, language_code)
    cal = channel.calendar()
    if cal is None:
        text = t("no_calendar", lang)
    else:
        now = datetime.now(cal.tz)
        text = calendar_text(cal, lang, now) if which == "calendar" else next_text(cal, lang, now)
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, text, lang, user_id=user.id if user else None)


def tutor_request(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, name: str,
                  language_code: str | None, question: str | None, reason: str = "human_requested",
                  interaction_id: int | None = None) -> str:
    """Pass what the trainer typed (or the button pressed) to the Tutor, which picks the question and opens
    the ticket (`Tutor.request_tutor`); queue what it says and return the button's short answer."""
    lang = channel.lang_for(telegram_id, language_code)
    decision = channel.services.tutor.request_tutor(  # masks personal data: the tutors' group sees none
        Message(channel=CHANNEL, user=str(telegram_id), thread=str(chat_id), text=question or "", lang_hint=lang,
                display_name=name), Reason(reason), interaction_id)
    if decision.kind == Kind.IGNORE:  # the exchange under the button is gone: said on the button only
        return decision.body
    if decision.escalate:
        log.info("ticket #%s %s from telegram (%s)", decision.ticket_id,
                 "opened" if decision.ticket_created else "joined", reason)
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, decision.body, lang, user_id=user.id if user else None)
    return t("tutor_sent", lang) if decision.escalate else decision.body[:190]


def feedback(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
             language_code: str | None, value: str, interaction_id: int) -> str:
    """Helpful / not helpful: store it; "not helpful" offers to pass the question to a tutor."""
    lang = channel.lang_for(telegram_id, language_code)
    row = channel.interaction(interaction_id, telegram_id)
    if row is None:
        return t("expired", lang)
    record_feedback(channel.store, row, value)  # "up": a proposed key of the cited section (bot/question_keys.py)
    if value == "down":
        keyboard = button_rows([(t("ask_tutor", lang), f"tutor_nh:{interaction_id}")])
        channel.queue(update_key(update_id), chat_id, t("not_helpful_offer", lang), lang, keyboard,
                      user_id=row.user_id)
    return t("feedback_thanks", lang)


def forget_ask(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
               language_code: str | None) -> None:
    """/forget: explain what will be deleted and ask to confirm."""
    lang = channel.lang_for(telegram_id, language_code)
    keyboard = button_rows([(t("forget_yes", lang), "forget:yes"), (t("forget_no", lang), "forget:no")])
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, t("forget_explain", lang), lang, keyboard,
                  user_id=user.id if user else None)


def forget_answer(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
                  language_code: str | None, confirmed: bool, message_id: int) -> str:
    """The confirm / cancel button of /forget: delete everything about the trainer, then confirm."""
    lang = channel.lang_for(telegram_id, language_code)
    key = "forget_cancelled"
    if confirmed:
        channel.services.forgetter.forget("telegram", str(telegram_id))
        key = "forget_done"
    channel.queue(update_key(update_id), chat_id, t(key, lang), lang, op="edit", message_id=message_id,
                  fallback_send=True, erase_after_delivery=confirmed)
    return t(key, lang)[:190]


def reminders(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, name: str,
              language_code: str | None, on: bool) -> str:
    """/reminders_on, /reminders_off or their buttons (bot/roles/onboarding.py)."""
    from bot.roles.onboarding import reminders_confirmation, set_reminders

    user = channel.user(telegram_id, name)
    lang = channel.lang_for(telegram_id, language_code)
    set_reminders(channel.store, user.id, on)
    text = reminders_confirmation(on, lang)
    channel.queue(update_key(update_id), chat_id, text, lang, user_id=user.id)
    return text[:190]


def rate_limited(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
                 language_code: str | None) -> None:
    """Tell a trainer who writes too fast to wait a minute: in their language, in both when it is unknown."""
    lang = channel.known_lang(telegram_id)
    user = channel.find_user(telegram_id)
    channel.queue(update_key(update_id), chat_id, t("rate_limited", lang) if lang else both("rate_limited"), lang,
                  user_id=user.id if user else None)
