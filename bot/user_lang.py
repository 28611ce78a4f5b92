"""A trainer's language for what Rafiq sends on its own (reminders, digests, nudges, notices).

    users.lang (chosen with /lang or at onboarding)
      else the reply language of most of their latest interactions that were in a language
           (an emoji, an empty message or an unknown language says nothing about it)
      else None: the caller says it in both languages, or uses another hint.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from bot.store.schema import Interaction, User
from bot.store import Store

LANGS = ("ar", "fr")
SPOKEN = ("ar", "ary", "ary-Latn", "fr", "zgh")  # detected codes that tell which language a trainer uses
RECENT = 5


def trainer_lang(store: Store, user: User | None) -> str | None:
    """'ar' or 'fr' for this trainer, or None when nothing says which."""
    if user is None:
        return None
    if user.lang in LANGS:
        return user.lang
    with store.session() as s:
        recent = list(s.scalars(
            select(Interaction.reply_lang)
            .where(Interaction.user_id == user.id, Interaction.detected_lang.in_(SPOKEN),
                   Interaction.reply_lang.in_(LANGS))
            .order_by(Interaction.id.desc()).limit(RECENT)))
    if not recent:
        return None
    counts = Counter(recent)
    best = max(counts.values())
    return next(lang for lang in recent if counts[lang] == best)  # a tie goes to the most recent
