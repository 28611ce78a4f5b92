"""A complaint about the course or the platform itself ("had lmooc khayb bzaf w ntoma ghir katdhkou 3lina, walo ma
kaykhdem", "هاد المساق خايب بزاف، والو ما كيخدم"): heard, asked what does not work, a person offered. It got the
encouragement for a discouraged trainer ("you have already come part of the way"), which answers anger with comfort
and asks nothing (a newcomer)."""
from __future__ import annotations

import re

from bot.texts import t
from bot.types import Button, Decision, Intent, Kind, Reason
from retrieval.normalize import normalize_text

MAX_WORDS = 30
_COURSE = re.compile(r"\b(?:l?mooc|l?cours|formation|l?plateforme|l?platform|e-?takwine|hadchi|had chi)\b|"
                     r"(?<!\w)(?:ال)?(?:مساق|موك|تكوين|منصه|بلاتفورم)(?!\w)|هادشي|هاد الشي")
_BAD = re.compile(r"\b(?:khayb|khayba|khaybin|nul|nulle|naze|catastroph\w*|n'importe quoi|bla fayda|ma ?kaysswa walo)\b|"
                  r"(?<!\w)(?:خايب|خايبه|خايبين|زفت|كارثه|بلا فايده|ما كيسواش والو)(?!\w)")
_MOCKED = re.compile(r"\b(?:katdhk|kat9esr|katfl)\w* 3lina\b|\bvous vous moquez\b|\bon se moque de nous\b|"
                     r"(?<!\w)(?:كتضحكو|كتقصرو|كتفلاو) علينا(?!\w)")
_NOTHING_WORKS = re.compile(r"\bwalo ma ?(?:kay|ka|ki)?khdem\b|\brien ne (?:marche|fonctionne)\b|"
                            r"(?<!\w)والو ما ?(?:كي|كا)?خدم(?!\w)|حتى حاجه ما (?:خدامه|كتخدم)")
# about someone else's words ("comment réagir quand un stagiaire dit que le cours est nul ?"): the guide's
_OTHERS = re.compile(r"\b(?:stagiaires?|apprenants?|participants?|etudiants?|collegues?|comment|kifach|kifash)\b|"
                     r"(?<!\w)(?:ال)?(?:متدرب\w*|متعلم\w*|مشارك\w*|زميل\w*|كيف|كيفاش)(?!\w)")


def complains_about_the_course(text: str) -> bool:
    """A short message finding fault with the course or the platform, or saying the trainers are mocked."""
    norm = normalize_text(text or "")
    if len(norm.split()) > MAX_WORDS or _OTHERS.search(norm):
        return False
    return bool(_MOCKED.search(norm) or (_COURSE.search(norm) and (_BAD.search(norm) or _NOTHING_WORKS.search(norm))))


def complaint_reply(text: str, lang: str) -> Decision | None:
    """What Rafiq says to such a complaint (with the ask-a-tutor button; "oui" takes it), else None."""
    if not complains_about_the_course(text):
        return None
    return Decision(Kind.ANSWER, t("complaint_heard", lang), lang, Intent.FOLLOW_UP, reason=Reason.NOT_HELPFUL,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
