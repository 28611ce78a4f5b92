"""Rafiq's forum posts put together from the catalogue (`bot.texts`): the public reply, a relayed tutor
answer, the notice about a moderated post, and the JSON body of a webhook error ``{"error", "message": {"ar","fr"}}``."""
from __future__ import annotations

from bot.forum_policy import compose_reply  # noqa: F401  (the public reply, composed by the core)
from bot.texts import by_lang, t, text_lang
from moderation.messages import explanation
from moderation.verdict import Verdict


def moderation_notice(verdict: Verdict, lang: str, flagged: bool, reviewed: bool) -> str:
    """What Rafiq really did about a held or hidden post (flagged, handed to tutors, or both), why, the appeal."""
    lang = text_lang(lang)
    parts = explanation(verdict, lang)
    if flagged:
        review = t("notice_also_reviewed", lang) if reviewed else ""
        return t("notice_flagged", lang, review=review, **parts)
    return t("notice_reviewed", lang, **parts)


def error_body(code: str, key: str, **values: object) -> dict:
    """The JSON body of an error answer, in both languages."""
    return {"error": code, "message": by_lang(key, **values)}


def compose_relay(text: str, lang: str) -> str:
    """A tutor's answer relayed to a thread, with who posted it."""
    return f"{text.strip()}\n\n{t('relay_footer', lang)}"
