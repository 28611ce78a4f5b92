"""The web API's own words, in Arabic and French (the Tutor's are in `bot.texts.chat`)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "rate_limited_retry": {
        "ar": "وصلتنا رسائل كثيرة منك في وقت قصير. أعد المحاولة بعد {seconds} ثانية.",
        "fr": "Trop de messages en peu de temps. Réessayez dans {seconds} secondes.",
    },
}
