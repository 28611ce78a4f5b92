"""Rafiq's forum posts put together from the catalogue (`bot.texts`): the public reply, a relayed tutor
answer, the note on a flag for the forum's moderators and the JSON body of a webhook error
``{"error", "message": {"ar","fr"}}``. The notice about a moderated post is written by the core (`bot.forum_policy`)
and comes in `Decision.notice`."""
from __future__ import annotations

from dataclasses import replace

from bot.forum_policy import compose_reply, flag_text  # noqa: F401  (the public reply, composed by the core)
from bot.texts import TEXTS, by_lang, t


def error_body(code: str, key: str, **values: object) -> dict:
    """The JSON body of an error answer, in both languages."""
    return {"error": code, "message": by_lang(key, **values)}


def compose_relay(text: str, lang: str, private: bool = False) -> str:
    """A tutor's answer relayed to a thread, with who posted it; `private`: to its author alone, by private message
    (it said "Publié par Rafiq" under a private note)."""
    return f"{text.strip()}\n\n{t('relay_footer_private' if private else 'relay_footer', lang)}"


def flag_note(verdict, masked: bool = False) -> str:
    """What the forum's moderators read on a flag: the core's why, in French then Arabic (`flag_text`), then the
    reason in a few words in both languages. Never the model's own detail: it ended with "(toxic 1.00 >= 0.50 -> hold
    (toxic:model, toxic:vocative_insult))", scores and thresholds no moderator can use (a tester)."""
    plain = flag_text(replace(verdict, reason="") if verdict is not None else None, masked)
    kind = flag_kind(verdict, masked)
    return plain.rstrip() + "\n" + " · ".join(
        t("flag_motive", lang, label=t(f"flag_label_{kind}", lang)) for lang in ("fr", "ar"))


def flag_kind(verdict, masked: bool = False) -> str:
    """The reason a flag is about, as `flag_text` reads it: personal data, hate (the charter's section on it),
    else the verdict's class (toxic when it has no words of its own)."""
    if masked or verdict is None or verdict.action == "mask" or verdict.verdict == "personal_data":
        return "personal_data"
    if verdict.charter_section == "charter-no-hate":
        return "hate"
    return verdict.verdict if f"flag_label_{verdict.verdict}" in TEXTS else "toxic"
