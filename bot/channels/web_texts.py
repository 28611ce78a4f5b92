"""The web API's own words, in Arabic and French (the Tutor's texts are in `bot.texts`)."""
from __future__ import annotations

WEB_TEXTS: dict[str, dict[str, str]] = {
    "rate_limited": {
        "ar": "وصلتنا رسائل كثيرة منك في وقت قصير. أعد المحاولة بعد {seconds} ثانية.",
        "fr": "Trop de messages en peu de temps. Réessayez dans {seconds} secondes.",
    },
}


def both(key: str, **values: object) -> dict[str, str]:
    """The text `key` in both languages, with `values` filled in: ``{"ar": ..., "fr": ...}``."""
    return {lang: text.format(**values) for lang, text in WEB_TEXTS[key].items()}
