"""Rafiq's forum posts put together from the catalogue (`bot.texts`): the public reply, a relayed tutor
answer and the JSON body of a webhook error ``{"error", "message": {"ar","fr"}}``. The notice about a
moderated post is written by the core (`bot.forum_policy`) and comes in `Decision.notice`."""
from __future__ import annotations

from bot.forum_policy import compose_reply  # noqa: F401  (the public reply, composed by the core)
from bot.texts import by_lang, t


def error_body(code: str, key: str, **values: object) -> dict:
    """The JSON body of an error answer, in both languages."""
    return {"error": code, "message": by_lang(key, **values)}


def compose_relay(text: str, lang: str, private: bool = False) -> str:
    """A tutor's answer relayed to a thread, with who posted it; `private`: to its author alone, by private message
    (it said "Publié par Rafiq" under a private note)."""
    return f"{text.strip()}\n\n{t('relay_footer_private' if private else 'relay_footer', lang)}"
