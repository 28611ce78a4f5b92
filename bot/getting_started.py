""""Where do I start?" from a newcomer ("par où commencer ?", "بغيت نعرف من فين نبدا", "mnin nbda f had lmooc?"): the
checklist /start shows (the module open now, the next deadline, reminders, the cohort's thread) rather than a ticket
or a guide page that happens to be near (a newcomer's "بغيت نعرف من فين نبدا" went to a tutor as unsure, "par où
commencer dans le mooc ?" found the page comparing MOOC formats)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.roles.onboarding import onboarding_text
from bot.scheduler import DIRECT_CHANNELS
from bot.types import Decision, Intent, Kind
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

MAX_WORDS = 10  # longer, the message asks where to start on something of its own ("… une séance de formation ?")
_WHERE_TO_START = re.compile(
    r"\bpar (?:ou|quoi) (?:je )?(?:dois[- ]je |je dois |on )?commence[rz]?\b|\bje commence (?:par )?(?:ou|par quoi)\b|"
    r"\bcomment (?:bien )?(?:commencer|demarrer) (?:le |dans le |sur le |avec le )?(?:mooc|cours|formation)\b|"
    r"\b(?:mnin|mn fin|men fin|fin|fine|mn ayn) (?:n|ghadi n)?bd[ae]\w*\b|\bchno ndir (?:lowel|louwel|f lowel)\b|"
    r"(?<!\w)(?:من اين|من أين|منين|من فين|فين) (?:ا|ن|غادي ن)?بد[اأئ]\w*(?!\w)|بماذا ابدا|شنو ندير (?:ال)?لول|"
    # "je commence aujourd'hui, je fais quoi en premier ?", "safi tsajelt, daba chno ndir?" (a newcomer: tickets)
    r"\b(?:je fais|on fait|faire|je dois faire) quoi en premier\b|\bque (?:dois-je )?faire en premier\b|"
    r"^\W*(?:safi\W+)?tsajj?elt\W+(?:daba\W+)?chno n?dir\W*$|^\W*(?:صافي\W+)?(?:تسجلت|سجلت)\W+(?:دابا\W+)?شنو ندير\W*$|"
    # "chno khassni ndir daba?" opening a conversation (after a greeting: a newcomer got a ticket)
    r"^\W*(?:w\s+)?(?:daba\s+)?(?:chno|achno|ach|chnou) (?:kh?ass?ni|5ass?ni|khasni) n?dir(?:\s+(?:daba|db|lowel))?\W*$|"
    r"^\W*(?:و\s?)?(?:دابا\s+)?(?:شنو|اش|اشنو) (?:خاصني|خصني|خاصنا) ندير(?:\s+(?:دابا|لول|اللول))?\W*$|"
    r"^\W*(?:et\s+)?(?:maintenant\W+)?(?:qu'?est[- ]ce que je dois faire|je dois faire quoi|je fais quoi)"
    r"(?:\s+(?:maintenant|d'abord))?\W*$")
# a subject of its own after "start" ("par où commencer une séance de formation ?", "من أين أبدأ في بناء شبكة؟")
_ITS_OWN = re.compile(r"\b(?:seance|grille|evaluation|projet|analyse|scenario|devoir|memoire|cours de|stage|"
                      r"recherche|entretien)\b|"
                      r"(?<!\w)(?:ال)?(?:حصه|شبكه|تقويم|مشروع|تحليل|سيناريو|واجب|جلسه|درس|بحث|مقابله)(?!\w)")


# who the writer is, said first ("Bonjour, je suis nouvelle formatrice au CRMEF de Fès, par où commencer ?" went to a
# tutor: too long for the rule once the introduction was counted)
_INTRODUCTION = re.compile(r"^\W*(?:(?:bonjour|bonsoir|salut|salam|slm|السلام عليكم|سلام|مرحبا)\W+)?"
                           r"(?:je suis|moi c'?est|ana|انا)\s[^,،.;]{0,60}[,،.;]\s*")


def asks_where_to_start(text: str) -> bool:
    """True for a short "where do I start?" about the course itself (see the module)."""
    norm = _INTRODUCTION.sub("", normalize_text(text or ""))
    return (len(norm.split()) <= MAX_WORDS and bool(_WHERE_TO_START.search(norm))
            and not _ITS_OWN.search(norm))


def where_to_start(tutor: Tutor, text: str, lang: str, channel: str = "telegram") -> Decision | None:
    """The /start checklist for "where do I start?", else None (the caller asks it only of a message that opens a
    conversation: "ok merci. et l'entretien juste après, je commence par quoi ?" is about the page just read)."""
    if tutor.organizational is None or not asks_where_to_start(text):
        return None
    forum = tutor.support.forum_url if tutor.support is not None else ""
    body = onboarding_text(tutor.organizational.calendar, lang, tutor.organizational.clock(), forum,
                           direct=channel in DIRECT_CHANNELS)
    return Decision(Kind.ANSWER, body, lang, Intent.ORGANIZATIONAL, confidence=1.0)
