"""A short message read with Rafiq's own reply before it, when that reply was not the guide's: a calendar reply
(`bot.calendar_follow_up.after_calendar`) or the encouragement of a trainer who said a hard time.

"شنو نقدر ندير؟", "chno ndir?", "c'est quoi la prochaine étape alors ?" right after the encouragement got a
clarifying question between the weekly hours, the password page and missed live sessions (a newcomer): asking what
to do about it now gets the guide's advice on keeping pace (its page on weekly hours: two or three fixed slots a
week, and telling the tutor when the centre's work is heavy), with the ask-a-tutor button.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.chat_safety import after_caring_reply
from bot.reminder_requests import asks_for_reminders
from bot.calendar_follow_up import after_calendar, calendar_first, calendar_in_language, calendar_reply_language
from bot.conversation import word_count
from bot.dialogue import answer_buttons
from bot.roles.calendar_query import parse_calendar_query
from bot.texts import t
from bot.types import Decision, Intent, Kind, Message
from bot.understanding import Route
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

__all__ = ["after_own_reply", "after_encouragement", "asks_what_now", "calendar_first", "calendar_in_language",
           "calendar_reply_language"]  # the last two: the Tutor's other readings after a calendar reply

KEEPING_PACE = "faq-weekly-hours"
MAX_WORDS = 7
# the small step the encouragement proposed, named: asked at more length ("وشنو هي الخطوة الصغيرة لي نبدا بيها اليوم؟",
# 8 words, got the off-topic reply)
_SMALL_STEP = re.compile(r"الخطوه الصغيره|\bkhatwa sghira\b|\bpetit(?:e)? (?:etape|pas)\b")
SMALL_STEP_WORDS = 12
SURE_ENOUGH = 0.5
# "what do I do (now)?" with nothing else: normalized (no accents, أ→ا, ى→ي)
_WHAT_NOW = re.compile(
    r"que (dois-je|faire|je fais)|je fais (quoi|comment)|quoi faire|qu'?est-ce que je (peux|dois) faire|"
    r"prochaine etape|et maintenant|(?:chno|ach|achno|chnou) (?:n9der |nqder )?ndir|kifach ndir|w ?daba|"
    r"(?:شنو|اشنو|اش|اشنا|ماذا|ما ?الذي) (?:نقدر |يمكنني ان |علي ان |غادي )?(?:ندير|ن?فعل|افعل|اعمل|نعمل)|"
    r"كيفاش ندير|ودابا|وماذا بعد|ما العمل"
    # advice accepted ("oui je veux bien un conseil concret", "نعم، أعطني نصيحة عملية": a ticket, a newcomer)
    r"|\bconseils?\b|\bastuces?\b|نصيحه|نصايح|نصائح|\bnasi[7h]a\b|\bnsi7a\b"
    # the offer taken up or a way out asked ("oui je veux bien une petite étape", "ماذا تقترح علي؟", "3tini chi 7al",
    # "شنو خاصني ندير دابا؟": tickets or unrelated menus, a newcomer)
    r"|petit(?:e)? (?:etape|pas)\b|\bune solution\b|(?:tu|vous) (?:me )?(?:propose|conseille|suggere)|"
    r"تقترح|تنصحني|بماذا تنصح|(?:شنو|اش|اشنو|ماذا|ما) (?:خاصني|يجب علي|ينبغي ان)|خاصني ندير|"
    r"شي حل|حلا\b|\bchi (?:7al|hal)\b|\bkhas+ni ndir\b|\bt(?:9|q)tar7\b|\btnse7ni\b|"
    # where to start, the small step ("ايوا شنو نبدا بيه دابا؟", "chno hia l khatwa sghira?": tickets, a newcomer)
    r"(?:شنو|اش|اشنو|بماذا|بما) ?(?:ن|ا)?بدا|\b(?:chno|ach|achno|b ?ach) n?bda\b|\bkhatwa\b|الخطوه الصغيره|"
    r"par (?:quoi|ou) (?:je )?commence")


def asks_what_now(text: str) -> bool:
    """A short message asking only what to do now ("شنو نقدر ندير؟", "c'est quoi la prochaine étape alors ?")."""
    norm = normalize_text(text)
    most = SMALL_STEP_WORDS if _SMALL_STEP.search(norm) else MAX_WORDS
    return word_count(text) <= most and bool(_WHAT_NOW.search(norm))


def after_encouragement(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str,
                        message: Message) -> Decision | None:
    """Right after the encouragement (not the caring reply to distress), a short "what do I do now?" the guide does
    not place surely: its advice on keeping pace, with the ask-a-tutor button; else None."""
    # the intent model hears "c'est quoi la prochaine étape alors ?" as the calendar's: no date is asked, whatever
    # the route; after the caring reply to distress the tutors are on their way: not a study plan
    # a guide answer this unsure ("3tini chi 7al" → how to phrase a question, 0.36) is no answer to "what now?"
    if ((answer.answered and answer.confidence >= SURE_ENOUGH) or route in (Route.HUMAN, Route.GREETING, Route.THANKS)
            or tutor.memory is None or not asks_what_now(text) or parse_calendar_query(text) is not None
            or tutor.memory.last_intent(message.channel, message.user) != Intent.SOCIO
            or after_caring_reply(tutor, message)):
        return None
    found = tutor.engine.section_answer(KEEPING_PACE, t("keeping_pace_query", lang), lang, tutor.max_words)
    if not found.answered:
        return None
    return Decision(Kind.ANSWER, f"{t('keeping_pace_intro', lang)}\n\n{found.text}", lang, Intent.SOCIO,
                    confidence=found.confidence, citations=found.citations, buttons=answer_buttons(lang))


# the encouragement's offer of the cohort's thread taken up ("oui je veux bien le fil de ma cohorte", "اه عطيني الخيط
# ديال الفوج": the page on changing cohort, a newcomer)
_COHORT_THREAD = re.compile(r"\b(?:fil|l?forum|lien|link|lyen)\b|(?<!\w)(?:ال)?(?:خيط|منتدي|فوروم|رابط)(?!\w)")
_CHANGE = re.compile(r"\bchang\w*|\bn?bdl\w*|\bnbeddel\w*|(?<!\w)(?:ن|ا)?(?:بدل|غير|تغيير|تبديل)\w*")  # changing cohort
THREAD_WORDS = 10
# the cohort's thread asked for itself ("fin kayn forum dyal cohorte dyali?" got a choice of three forum pages)
_COHORT_ASKED = re.compile(r"\b(?:fil|l?forum)\b.*\b(?:cohorte|l?fouj|promo)\b"
                           r"|(?<!\w)(?:ال)?(?:خيط|منتدي|فوروم)(?!\w).*(?<!\w)(?:ال)?فوج\w*")
# ... where it is, or its link (not "كيفاش ننشط المنتدى ديال الفوج؟", how to animate it: the guide's)
_WHERE = re.compile(r"\b(?:fin|fine|ou|lien|link|lyen|3tini|donne[- ]moi|trouver|acceder)\b|(?<!\w)(?:فين|اين|رابط|الرابط|عطيني|اعطني)(?!\w)")
NAVIGATION = "dig-etakwine-navigation"


def cohort_thread(tutor: Tutor, text: str, lang: str, message: Message) -> Decision | None:
    """Right after the encouragement, its offer of the cohort's forum thread taken up: the thread's link when one is
    set (RAFIQ_COHORT_FORUM_URL), else where the guide says the forum's threads are; else None."""
    norm = normalize_text(text)
    asked = word_count(text) <= THREAD_WORDS and _COHORT_ASKED.search(norm) and _WHERE.search(norm) \
        and not _CHANGE.search(norm)
    if not asked and (tutor.memory is None or tutor.support is None or word_count(text) > THREAD_WORDS
                      or not _COHORT_THREAD.search(norm) or _CHANGE.search(norm)
                      or tutor.memory.last_intent(message.channel, message.user) != Intent.SOCIO
                      or after_caring_reply(tutor, message)):
        return None
    if tutor.support is not None and tutor.support.forum_url:
        return Decision(Kind.ANSWER, t("cohort_thread_link", lang, url=tutor.support.forum_url), lang, Intent.SOCIO,
                        confidence=1.0)
    found = tutor.engine.section_answer(NAVIGATION, t("cohort_thread_query", lang), lang, tutor.max_words)
    if not found.answered:
        return None
    return Decision(Kind.ANSWER, f"{t('cohort_thread_intro', lang)}\n\n{found.text}", lang, Intent.SOCIO,
                    confidence=found.confidence, citations=found.citations, buttons=answer_buttons(lang))


def after_own_reply(tutor: Tutor, route: Route, answer: Answer, text: str, lang: str,
                    message: Message) -> Decision | None:
    """The reply to a message read with Rafiq's own reply before it (a calendar reply, the encouragement); none for a
    request for reminders ("Comment j'active les rappels ?" after the next live session got the page on missing one)."""
    if asks_for_reminders(text):
        return None
    return after_calendar(tutor, route, answer, text, lang, message) or cohort_thread(
        tutor, text, lang, message) or after_encouragement(tutor, route, answer, text, lang, message)
