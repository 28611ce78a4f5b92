"""Personal data masked in what a channel keeps (a forum post's stored copy), in its author's language."""
from __future__ import annotations

from moderation.personal_data import mask
from moderation.text import message_lang


def mask_post(title: str, text: str, lang: str | None) -> tuple[str, str]:
    """`title` and `text` with personal data masked; `lang` is the detected language (None: read from `text`)."""
    lang = message_lang(lang, text)
    return mask(title, lang=lang), mask(text, lang=lang)


def mask_text(text: str, lang: str | None) -> str:
    """One text with personal data masked, in its author's language (`lang` None: read from `text`)."""
    return mask(text, lang=message_lang(lang, text))
