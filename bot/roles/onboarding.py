"""The onboarding checklist shown after /start, and the reminder opt-in / opt-out.

Opting out (`set_reminders(store, user_id, False)`) stops every message Rafiq sends on its own
initiative: reminders, the weekly digest and nudges, including those already queued but not sent.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, update

from bot.roles.organizational import next_deadline
from bot.roles.timefmt import format_day_when, format_when
from bot.store.schema import OutboxMessage
from bot.store import Store
from bot.texts import t
from bot.types import Button
from corpus.calendar import Calendar

PROACTIVE_PREFIXES = ("reminder:", "digest:", "nudge:")
OPT_IN_ACTION, OPT_OUT_ACTION = "reminders:on", "reminders:off"
OPT_IN_COMMAND, OPT_OUT_COMMAND = "reminders_on", "reminders_off"


def onboarding_text(calendar: Calendar, lang: str, now: datetime, forum_url: str = "", direct: bool = True) -> str:
    """The checklist after /start: language, reminders, introduce yourself, the module, the deadline. Not `direct`
    (the web page, where Rafiq cannot write first): how to ask for the dates instead of turning reminders on."""
    module = calendar.current_module(now)
    if module is not None:
        module_line = t("onb_module", lang, n=module.number, title=calendar.title(module, lang))
    else:
        coming = calendar.upcoming(now, limit=1, kinds=("module",))
        module_line = (t("onb_module_next", lang, n=coming[0].number, title=calendar.title(coming[0], lang),
                         when=format_day_when(coming[0].opens, lang, now, calendar.tz))
                       if coming else t("onb_module_none", lang))
    deadline = next_deadline(calendar, now)
    deadline_line = (t("onb_deadline", lang, title=calendar.title(deadline, lang),
                       when=format_when(deadline.due, lang, now, calendar.tz))
                     if deadline else t("onb_deadline_none", lang))
    forum = t("forum_link", lang, url=forum_url) if forum_url else ""
    reminders = t("onb_reminders" if direct else "onb_reminders_here", lang)
    return t("onboarding", lang, forum=forum, module=module_line, deadline=deadline_line, reminders=reminders)


def reminder_buttons(lang: str) -> tuple[Button, Button]:
    """The two buttons under the opt-in question: turn reminders on, turn them off."""
    return (Button(t("reminders_on_button", lang), OPT_IN_ACTION),
            Button(t("reminders_off_button", lang), OPT_OUT_ACTION))


def reminders_question(lang: str) -> str:
    """'Voulez-vous que je vous rappelle les échéances … ?'"""
    return t("reminders_question", lang)


def reminders_confirmation(on: bool, lang: str) -> str:
    """What Rafiq says after the trainer turned reminders on or off."""
    return t("reminders_on_done" if on else "reminders_off_done", lang)


def set_reminders(store: Store, user_id: int, on: bool) -> int:
    """Turn a trainer's proactive messages on or off; off also cancels the ones queued and not yet
    sent. Returns how many queued messages were cancelled."""
    store.update_user(user_id, reminders=on)
    if on:
        return 0
    with store.session() as s:
        return s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.user_id == user_id, OutboxMessage.state == "pending",
                   or_(*(OutboxMessage.dedupe_key.startswith(p) for p in PROACTIVE_PREFIXES)))
            .values(state="cancelled")).rowcount
