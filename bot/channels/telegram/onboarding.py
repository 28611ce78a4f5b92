"""Onboarding on Telegram: consent, language, centre, cohort, in one message edited step by step.

    /start ──► consent ──► language ──► centre ──► cohort ──► checklist + reminders opt-in
                  └─ declined ──► language ──► checklist (no centre, cohort or reminders kept)

Nothing here blocks a question: a message typed at any step goes straight to the Tutor.
Callback data: ``ob:consent:yes|no``, ``ob:lang:ar|fr``, ``ob:centre:<centre>``, ``ob:cohort:<id>``.
"""
from __future__ import annotations

import logging
from datetime import datetime

from bot.channels.telegram.channel import TelegramChannel, update_key
from bot.channels.telegram.render import Run, button_rows
from bot.texts import t, text_lang

log = logging.getLogger(__name__)
CENTRES = ("crmef", "cfie", "cope")
DONE_STEPS = ("done",)


def _lang_buttons(prefix: str) -> list[list[dict]]:
    return button_rows([(t("choose_lang_ar", "ar"), f"{prefix}:ar"), (t("choose_lang_fr", "fr"), f"{prefix}:fr")])


def checklist(channel: TelegramChannel, lang: str) -> tuple[str, list[list[dict]]]:
    """The onboarding checklist and the reminders opt-in buttons (from bot/roles when present)."""
    calendar = channel.calendar()
    try:
        from bot.roles.onboarding import onboarding_text, reminder_buttons, reminders_question
    except ImportError:  # roles not installed: the help text stands in
        return t("help", lang), []
    if calendar is None:
        return t("help", lang), []
    text = onboarding_text(calendar, lang, datetime.now(calendar.tz)) + "\n\n" + reminders_question(lang)
    return text, button_rows([(b.label, b.action) for b in reminder_buttons(lang)])


def start(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, name: str,
          language_code: str | None) -> None:
    """/start: welcome and ask for consent, or welcome back once onboarding is done."""
    user = channel.user(telegram_id, name)
    lang = user.lang if user.lang in ("ar", "fr") else text_lang(language_code)
    if user.onboarding_step in DONE_STEPS:
        text, keyboard = checklist(channel, lang)
        channel.queue(update_key(update_id), chat_id, t("welcome_back", lang) + "\n\n" + text, lang,
                      keyboard, user_id=user.id)
        return
    channel.store.update_user(user.id, onboarding_step="consent")
    keyboard = button_rows([(t("consent_yes", lang), "ob:consent:yes"), (t("consent_no", lang), "ob:consent:no")])
    channel.queue(update_key(update_id), chat_id, t("welcome", lang), lang, keyboard, user_id=user.id)


def choose(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, name: str,
           language_code: str | None, data: str, message_id: int) -> None:
    """One onboarding button pressed: store the choice and show the next step in the same message."""
    _, field, value = (data.split(":", 2) + ["", ""])[:3]
    user = channel.user(telegram_id, name)
    lang = user.lang if user.lang in ("ar", "fr") else text_lang(language_code)
    store = channel.store
    runs: list[Run]
    if field == "consent":
        agreed = value == "yes"
        store.update_user(user.id, consent=agreed, onboarding_step="lang")
        intro = "" if agreed else t("consent_declined", lang) + "\n\n"
        runs, keyboard = [(intro + t("choose_lang", lang), None)], _lang_buttons("ob:lang")
    elif field == "lang" and value in ("ar", "fr"):
        lang = value
        if not user.consent:
            store.update_user(user.id, lang=lang, onboarding_step="done")
            return _finish(channel, update_id, chat_id, user.id, lang, message_id, t("lang_set", lang))
        store.update_user(user.id, lang=lang, onboarding_step="centre")
        buttons = [(c.upper(), f"ob:centre:{c}") for c in CENTRES] + [(t("centre_other", lang), "ob:centre:other")]
        runs = [(t("lang_set", lang) + "\n\n" + t("choose_centre", lang), None)]
        keyboard = button_rows(buttons, per_row=3)
    elif field == "centre":
        centre = value if value in CENTRES else "other"
        store.update_user(user.id, centre=centre if user.consent else None, onboarding_step="cohort")
        calendar = channel.calendar()
        buttons = [(calendar.title(calendar.cohort, lang), f"ob:cohort:{calendar.cohort.id}"[:64])] if calendar else []
        buttons.append((t("cohort_other", lang), "ob:cohort:other"))
        runs, keyboard = [(t("choose_cohort", lang), None)], button_rows(buttons, per_row=1)
    elif field == "cohort":
        store.update_user(user.id, cohort=(value or "other")[:64] if user.consent else None, onboarding_step="done")
        return _finish(channel, update_id, chat_id, user.id, lang, message_id, t("onboarding_done", lang))
    else:
        log.info("unknown onboarding choice %r", data)
        return None
    channel.queue(update_key(update_id), chat_id, runs, lang, keyboard, user_id=user.id, op="edit",
                  message_id=message_id, fallback_send=True)
    return None


def _finish(channel: TelegramChannel, update_id: int, chat_id: int, user_id: int, lang: str, message_id: int,
            first: str) -> None:
    text, keyboard = checklist(channel, lang)
    channel.queue(update_key(update_id), chat_id, first + "\n\n" + text, lang, keyboard, user_id=user_id,
                  op="edit", message_id=message_id, fallback_send=True)


def lang_menu(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int,
              language_code: str | None) -> None:
    """/lang without argument: offer both languages."""
    lang = channel.lang_for(telegram_id, language_code)
    channel.queue(update_key(update_id), chat_id, t("choose_lang", lang), lang, _lang_buttons("lang"))


def set_lang(channel: TelegramChannel, update_id: int, chat_id: int, telegram_id: int, name: str,
             lang: str, message_id: int | None = None) -> None:
    """/lang ar|fr or a language button: store the preference and confirm in that language."""
    user = channel.user(telegram_id, name)
    channel.store.update_user(user.id, lang=lang)
    extra = {"op": "edit", "message_id": message_id, "fallback_send": True} if message_id else {}
    channel.queue(update_key(update_id), chat_id, t("lang_set", lang), lang, user_id=user.id, **extra)
