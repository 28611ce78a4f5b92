"""Conversation memory: what a trainer's last exchange was about, so a follow-up is read in context.

The memory is the trainer's latest stored interaction (no table of its own): the question, the sections
cited, the reply language and, after a clarifying question, the options offered. It expires after
`RAFIQ_CONVERSATION_MINUTES` and goes with the interactions on /forget. Follow-ups are recognised by
short rules in both languages and Darija (`follow_up`):

    "et en arabe ?" / "بالفرنسية؟"      → the same section in the other language
    "un exemple" / "عطيني مثال"         → the same section again, read for that need
    "plus de détails" / "w daba?"       → the same section again
    "1", "oui", "نعم", "le deuxième"    → the option chosen after a clarifying question
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from bot.store.schema import Interaction, User
from bot.store import Store
from retrieval.normalize import normalize_text

OTHER_LANG, EXAMPLE, MORE, CHOICE = "other_lang", "example", "more", "choice"

_TO_AR = re.compile(r"(^|\s|و)(en arabe|بالعربي[هة]?|بالعربية|للعربي[هة]?|b?el ?3arbi(y?a)?|f l?3arbia|b l?3arbia|l l?3arbia)\b")
_TO_FR = re.compile(r"(^|\s|و)(en francais|بالفرنسي[هة]?|بالفرنساوي[هة]?|بالفرانساوي[هة]?|للفرنسي[هة]?|للفرنساوي[هة]?|"
                    r"b?el ?fran[cs]i(y?a|s)?|f lfransawiya|b lfransawiya|l lfransawiya)\b")
_EXAMPLE = re.compile(r"(exemple|مثال|امثله|mithal|mital|m[i9]thal|example)")
# Asking for the concrete side in a very short message ("un cas concret ?", "et en pratique ?", "مثلا؟")
_CONCRETE = re.compile(r"^(et )?(un |des )?cas (concrets?|pratiques?)$|concretement|\billustre[rz]?\b|^(et )?en pratique"
                       r"|^مثلا$|تطبيقي|بشكل عملي|ف ?الواقع|f ?lwa9i3")
MAX_CONCRETE_WORDS = 4
_MORE = re.compile(r"^(et )?(plus de details?|detaille[rz]?|explique[rz]? (plus|mieux)|et (apres|ensuite|maintenant)|"
                   r"c'?est tout|et alors|w? ?daba|kifach|kifash|zid|زيد|وضح( اكثر)?|اشرح( اكثر)?|و ?بعد|و ?دابا|"
                   r"كيفاش|ثم ماذا|و ?من بعد)\b")
_CHOICES = {
    1: r"(1|un|le premier|la premiere|premier|premiere|الاول|الاولى|lowel|lwla|lewla)",
    2: r"(2|deux|le deuxieme|la deuxieme|deuxieme|le second|la seconde|الثاني|الثانيه|tani|tania|ttani)",
    3: r"(3|trois|le troisieme|la troisieme|troisieme|الثالث|الثالثه|talt|talta)",
}
_YES = re.compile(r"^(oui|ouais|yes|exactement|c'?est (ca|cela)|oui c'?est ca|نعم|اه|ايه|ايوا|واخا|بالضبط|"
                  r"ih|iyeh|wah|ah|wakha|na3am)\b")
MAX_FOLLOW_UP_WORDS = 6
MAX_OTHER_LANG_WORDS = 5  # "عطيني الجواب بالفرنسية عافاك": the language asked for anywhere in a short message


@dataclass(frozen=True)
class LastTurn:
    """The trainer's previous exchange, as far as a follow-up needs it."""

    question: str
    lang: str
    sections: tuple[str, ...]  # cited by the answer, or offered by a clarifying question
    clarifying: bool
    shown: str = ""  # the reply the trainer was given (so that a follow-up does not repeat it)


# A message that opens on "and / or / and if / and how…" goes on from the previous one ("w ila ma l9itch
# lbouton?", "ومازال ما وصلنيش الإيميل", "et si je rate la date ?"); a question of its own rarely does.
_CONTINUES = re.compile(
    r"^(?:w|wa|o|et|ou|mais|wila|w?ila|walakin)\s"
    r"|^و(?:اذا|إذا|ا?لا|إلا|لكن|كيف\w*|شحال|شنو|اشنو|فين|اين|أين|امتى|إمتى|متى|مازال|ما|علاش|لماذا|هل|ماذا"
    r"|بالنسبه|بالنسبة|واش|من|منين|حتى|ال|ب|ف|ك)")


def continues(text: str) -> bool:
    """True when a message opens as the continuation of the previous one (see `_CONTINUES`)."""
    return bool(_CONTINUES.search(normalize_text(text).strip()))


def follow_up(text: str) -> tuple[str, object] | None:
    """The kind of follow-up a short message is (and its argument), or None for a message of its own."""
    norm = normalize_text(text).strip(" ?!.؟،,")
    if not norm or len(norm.split()) > MAX_FOLLOW_UP_WORDS:
        return None
    short = len(norm.split()) <= MAX_OTHER_LANG_WORDS
    if short and _TO_AR.search(norm):
        return OTHER_LANG, "ar"
    if short and _TO_FR.search(norm):
        return OTHER_LANG, "fr"
    for number, pattern in _CHOICES.items():
        if re.fullmatch(pattern, norm):
            return CHOICE, number
    if _YES.search(norm):
        return CHOICE, 1
    if _EXAMPLE.search(norm) or (len(norm.split()) <= MAX_CONCRETE_WORDS and _CONCRETE.search(norm)):
        return EXAMPLE, None
    if _MORE.search(norm):
        return MORE, None
    return None


class StoreMemory:
    """Reads the last turn from the store's interactions.

    Example: ``StoreMemory(store, minutes=30).last("telegram", "42")``
    """

    def __init__(self, store: Store, minutes: float = 30.0) -> None:
        self.store = store
        self.window = timedelta(minutes=minutes)

    def last(self, channel: str, user: str, now: datetime | None = None) -> LastTurn | None:
        """The trainer's latest exchange about the guide within the window, or None."""
        since = (now or datetime.now(timezone.utc)) - self.window
        with self.store.session() as s:
            row = s.scalar(select(Interaction).join(User, User.id == Interaction.user_id)
                           .where(User.channel == channel, User.external_id == user)
                           .order_by(Interaction.id.desc()).limit(1))
        if row is None or not row.citations:
            return None
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=timezone.utc)
        if created < since:
            return None
        sections = tuple(dict.fromkeys(c.get("id", "") for c in row.citations if c.get("id")))
        return LastTurn(row.text, row.reply_lang, sections, row.reason == "clarify", row.reply_text or "")
