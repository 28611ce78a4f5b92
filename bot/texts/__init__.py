"""Every sentence Rafiq says, in Arabic and French: one catalogue, one lookup.

Each module of this package holds the texts of one area as a plain dict ``{key: {"ar": ..., "fr": ...}}``;
they are merged here into `TEXTS`, and a key defined in two modules stops the import.

    >>> t("source", "ary")
    'المصدر'
    >>> t("too_long", "fr", n=5000, limit=4000)[:31]
    'Votre message est très long (50'
"""
from __future__ import annotations

from types import ModuleType

from bot.addressee import feminine_addressee
from bot.texts import (appeals, calendar, chat, cli, console, conversation, forum, labels, moderation_words, proactive,
                       reports, review, support, telegram, web)

LANGS = ("ar", "fr")
MODULES: tuple[ModuleType, ...] = (chat, conversation, telegram, forum, calendar, proactive, support, console, labels,
                                   web, cli, review, reports, appeals, moderation_words)


def merge(modules: tuple[ModuleType, ...]) -> dict[str, dict[str, str]]:
    """The modules' tables as one dict; ValueError naming the key and both modules if a key is defined twice."""
    merged: dict[str, dict[str, str]] = {}
    owner: dict[str, str] = {}
    for module in modules:
        for key, entry in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"text key {key!r} is defined in both {owner[key]} and {module.__name__}")
            merged[key], owner[key] = entry, module.__name__
    return merged


TEXTS: dict[str, dict[str, str]] = merge(MODULES)


def text_lang(code: str | None) -> str:
    """'ar' for ar, ary, ary-Latn (any case), 'fr' for anything else, None included."""
    return "ar" if (code or "").lower().startswith("ar") else "fr"


def t(key: str, lang: str, **values: object) -> str:
    """The text `key` in Arabic (ar, ary, ary-Latn) or French (anything else), with `values` filled in; its
    feminine variant (``"ar_f"``) when it has one and a woman speaking of herself is addressed (bot/addressee.py)."""
    entry, code = TEXTS[key], text_lang(lang)
    text = entry[code + "_f"] if code + "_f" in entry and feminine_addressee() else entry[code]
    return text.format(**values) if values else text


def both(key: str, **values: object) -> str:
    """The text in Arabic then in French, for when the user's language is unknown."""
    return f"{t(key, 'ar', **values)}\n\n{t(key, 'fr', **values)}"


def by_lang(key: str, **values: object) -> dict[str, str]:
    """The text in both languages as ``{"ar": ..., "fr": ...}`` (the `message` of a JSON error)."""
    return {lang: t(key, lang, **values) for lang in LANGS}
