"""The roles' texts in Arabic and French: `tr(key, lang, **values)` picks one.

The tables live in `texts_calendar` (answers about dates), `texts_proactive` (reminders, digest,
nudges, onboarding, opt-in) and `texts_support` (encouragement, reflection, distress).
"""
from __future__ import annotations

from bot.roles.texts_calendar import CALENDAR_TEXTS
from bot.roles.texts_proactive import PROACTIVE_TEXTS
from bot.roles.texts_support import SUPPORT_TEXTS
from bot.roles.timefmt import text_lang
from bot.texts import t

ROLE_TEXTS: dict[str, dict[str, str]] = {**CALENDAR_TEXTS, **PROACTIVE_TEXTS, **SUPPORT_TEXTS}


def tr(key: str, lang: str, **values: object) -> str:
    """The text `key` in Arabic (ar, ary, ary-Latn) or French (anything else), `values` filled in."""
    text = ROLE_TEXTS[key][text_lang(lang)]
    return text.format(**values) if values else text


def signature(lang: str) -> str:
    """'— Rafiq, l'assistant automatique' / '— رفيق، المساعد الآلي'."""
    return t("signature", text_lang(lang))
