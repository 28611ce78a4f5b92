"""A trainer asking for reminders in words ("je veux recevoir des rappels pour les échéances", "بغيت تفكرني بالآجال
عافاك", "fakkarni b les deadlines") or typing /reminders_on where Rafiq cannot write first (the web page).

On Telegram the reply asks the opt-in question with its two buttons (`bot.roles.onboarding`); on a channel Rafiq
cannot write to of its own accord, it says so and how to get the dates when wanted. A newcomer got a ticket, the
page on the tutor's organizational role, and « Je ne vois pas ce que vous cherchez sur « /reminders_on » »."""
from __future__ import annotations

import re

from bot.roles.onboarding import reminder_buttons, reminders_question
from bot.scheduler import DIRECT_CHANNELS
from bot.texts import t
from bot.types import Decision, Intent, Kind
from retrieval.normalize import normalize_text

MAX_WORDS = 14
# turning reminders on, said outright ("recevoir des rappels", "activer les notifications", "فعل التذكيرات")
_TURN_ON = re.compile(
    r"\b(?:recevoir|activer|abonn\w*|inscri\w*|activ\w*)\b.*\b(?:rappels?|notifications?|alertes?)\b|"
    r"(?<!\w)(?:فعل|تفعيل|نفعل|نشغل|تشغيل)(?!\w).*(?<!\w)(?:ال)?(?:تذكيرات|تذكير|اشعارات)(?!\w)|"
    r"\b(?:n?activi|nfa3el|nfa33el|ncha3el)\w*\b.*\b(?:rappels?|notifications?|tadkir\w*)\b")
# asking to be reminded, which also asks to be told something again ("فكرني فالفرق بين…", "rappelle-moi la
# différence"): only with the dates it is about
_REMIND_ME = re.compile(
    r"\b(?:veux|voudrais|aimerais|souhaite)\b.*\b(?:rappels?|notifications?|alertes?)\b|"
    r"\b(?:rappelle|rappelez|previens|prevenez|notifie)[- ]?(?:moi|nous)\b|"
    r"\b(?:fakarni|fakkarni|fakerni|fekkerni|fkerni|fakrni|fekrni|fkkrni|tfakarni|tfakkarni|tfekkerni|tfakrni)\b"
    r"|\bbghit\b.*\brappels?\b|"
    r"(?<!\w)(?:فكرني|ذكرني|تفكرني|تذكرني|تنبهني|نبهني)(?!\w)|"
    r"(?<!\w)(?:بغيت|اريد|ابغي)(?!\w).*(?<!\w)(?:ال)?(?:تذكيرات|تذكير|اشعارات)(?!\w)")
_DATES = re.compile(r"\b(?:echeances?|deadlines?|dates?|delais?|classes? virtuelles?|lives?|seances? en direct|"
                    r"sessions?|devoirs?|lajal|l?ajal|l?mawa3id)\b|(?<!\w)(?:ب|بال|ف|فال)?(?:ال)?(?:اجال|اجل|"
                    r"مواعيد|ديدلاين\w*|حصص|الحصص|واجبات|تواريخ)(?!\w)|"
                    # some days before it ("fakrni 9bel b jouj iyam" went to a tutor)
                    r"\b9bel b\b|\bjours? avant\b|\bla veille\b|(?<!\w)قبل ب?(?:يوم|يومين|نهار|\S+ (?:ايام|أيام))(?!\w)|"
                    # a day of the course's calendar ("rappelle-moi le 17 février" got the off-topic reply)
                    r"\b\d{1,2} ?(?:janv\w*|fevr\w*|mars|avril|mai|juin|juil\w*|aout|sept\w*|oct\w*|nov\w*|dec\w*)\b|"
                    r"(?<!\w)\d{1,2} ?(?:يناير|فبراير|مارس|ابريل|ماي|يونيو|يوليوز|غشت|شتنبر|اكتوبر|نونبر|دجنبر)(?!\w)")
# a reminder the trainer sets for others, or the guide's reminders to learners ("comment rappeler aux stagiaires…")
_FOR_OTHERS = re.compile(r"\b(?:stagiaires?|apprenants?|participants?|etudiants?|inactifs?|relancer)\b|"
                         r"(?<!\w)(?:ال)?(?:متدربين|المتدربين|متعلمين|المتعلمين|مشاركين)(?!\w)")
WEB_COMMANDS = frozenset({"/reminders_on", "/reminders_off", "/rappels"})


def asks_for_reminders(text: str) -> bool:
    """True for a short message asking Rafiq to remind the writer of deadlines and live sessions."""
    norm = normalize_text(text or "")
    wants = _TURN_ON.search(norm) or (_REMIND_ME.search(norm) and _DATES.search(norm))
    return len(norm.split()) <= MAX_WORDS and bool(wants) and not _FOR_OTHERS.search(norm)


def reminders_reply(channel: str, lang: str) -> Decision:
    """The opt-in question with its buttons where Rafiq can write first; elsewhere, how to get the dates."""
    if channel in DIRECT_CHANNELS:
        return Decision(Kind.ANSWER, reminders_question(lang), lang, Intent.ORGANIZATIONAL, confidence=1.0,
                        buttons=reminder_buttons(lang))
    return Decision(Kind.ANSWER, t("reminders_not_here", lang), lang, Intent.ORGANIZATIONAL, confidence=1.0)
