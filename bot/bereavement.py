"""A trainer telling of a death in the family ("Ma mère est décédée il y a dix jours et je n'ai plus la tête à
rien", "توفي الوالد الأسبوع الماضي", "mat lia bba"): condolences first, no course advice, and the way to tell a tutor
(who can take the days into account for a deadline). It got a choice of guide pages, or the late-work page's "write
to your tutor before the deadline" (a newcomer, 3 of 3)."""
from __future__ import annotations

import re

from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.normalize import normalize_text

_FAMILY_FR = r"(?:pere|mere|papa|maman|fils|fille|frere|soeur|mari|femme|epoux|epouse|enfant|bebe|oncle|tante|grand-?\w+)"
_FAMILY_AR = (r"(?:ابي|امي|والدي|والدتي|الوالد|الوالده|ابني|بنتي|اخي|اختي|خويا|ختي|زوجي|زوجتي|راجلي|مرتي|جدي|جدتي|بابا|ماما|"
              r"با|بابا|يما|الواليد|الواليده)")
_BEREAVED = re.compile(
    rf"\ben deuil\b|\bj'ai perdu (?:mon|ma|mes) {_FAMILY_FR}\b|\bdeces de (?:mon|ma|mes|notre) {_FAMILY_FR}\b"
    rf"|\b(?:mon|ma|mes|notre) {_FAMILY_FR}s? (?:est |sont |vient de |viennent de )?(?:mort|morte|morts|partie?|decede\w*)\b"
    r"|\bl'enterrement de\b|\bfunerailles\b"
    rf"|(?<!\w)(?:توفي|توفيت|توفت|توفى|توفاه|توفاها|وفاه|الله يرحمه|الله يرحمها|العزاء|الجنازه)(?!\w)"
    rf"|(?<!\w)(?:مات|ماتت) (?:ليا|لي|عليا) {_FAMILY_AR}(?!\w)|(?<!\w)فقدت {_FAMILY_AR}(?!\w)|(?<!\w){_FAMILY_AR} (?:مات|ماتت|توفي|توفيت)(?!\w)"
    r"|\b(?:twfa|twfat|twffa|lah yr7mo|allah yr7mo|lah yr7amha|allah yr7amha|l3aza|jnaza)\b"
    r"|\b(?:mat|matet|matat) (?:lia|liya|li) (?:bba|baba|mama|yemma|khoya|khti|jeddi|jedda|rajli|mrati|weldi|benti)\b")


def bereaved(text: str) -> bool:
    """The message tells of a death among the trainer's own."""
    return bool(_BEREAVED.search(normalize_text(text or "")))


def condolences_reply(text: str, lang: str) -> Decision | None:
    """Condolences and the way to a tutor for a bereaved trainer; None for other messages."""
    if not bereaved(text):
        return None
    return Decision(Kind.ANSWER, t("condolences", lang), lang, Intent.SOCIO, confidence=1.0,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
