"""What a trainer says of the course itself.

A complaint about the course or the platform ("had lmooc khayb bzaf w ntoma ghir katdhkou 3lina, walo ma kaykhdem",
"هاد المساق خايب بزاف، والو ما كيخدم"): heard, asked what does not work, a person offered. It got the encouragement
for a discouraged trainer ("you have already come part of the way"), which answers anger with comfort and asks
nothing (a newcomer).

Good news ("trop contente, j'ai eu une super note au devoir 1", "فرحانة بزاف اليوم، سليت الواجب الأول", "ana
fer7ana lyoum salit module 2"): congratulated, with the next deadline. It got the same encouragement for the
discouraged, a ticket or a choice of pages (one social message in four of every variety of the blind sets)."""
from __future__ import annotations

import re

from bot.roles.organizational import next_deadline
from bot.roles.timefmt import format_when
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
    if len(norm.split()) > MAX_WORDS or _OTHERS.search(norm) or re.search(r"[?؟]", norm):
        return False  # "sf7a katbayn khayba, chno ndir?" asks what to do: the guide's (the technical page)
    return bool(_MOCKED.search(norm) or (_COURSE.search(norm) and (_BAD.search(norm) or _NOTHING_WORKS.search(norm))))


def complaint_reply(text: str, lang: str) -> Decision | None:
    """What Rafiq says to such a complaint (with the ask-a-tutor button; "oui" takes it), else None."""
    if not complains_about_the_course(text):
        return None
    return Decision(Kind.ANSWER, t("complaint_heard", lang), lang, Intent.FOLLOW_UP, reason=Reason.NOT_HELPFUL,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))


# joy, relief or pride, said by the writer (normalized: no accents, ة→ه, أ→ا)
_GLAD = re.compile(r"\b(?:contente?s?|ravie?s?|heureuse?|heureux|fiere?|soulagee?|trop bien|super note|bonne note|"
                   r"fer7an\w*|fr7an\w*|far7an\w*|fer7ana|zwin|mzyan bzaf|hamdoulah|hamdolah|l7amdolilah)\b|"
                   r"(?<!\w)(?:فرحان\w*|سعيد|سعيده|فخور|فخوره|مرتاح|مرتاحه|ارتياح|بارتياح|الحمد لله|الحمدلله|زوين)(?!\w)")
# ... about work done ("j'ai fini", "boucle", "salit", "سليت", "أنهيت", "نجحت")
_DONE = re.compile(r"\b(?:fini|termine|boucle|reussi|valide|rendu|depose|note|salit|kmlt|kmelt|kemmelt|nje7t|nja7t|"
                   r"lmooc|mooc|module|devoir)\b|(?<!\w)(?:سليت|كملت|أنهيت|انهيت|نجحت|انهاء|إنهاء|الواجب|المجزوءه|"
                   r"الوحده|المساق|الموديل)(?!\w)")
_NOT_GLAD = re.compile(r"\b(?:pas|plus|jamais|ma|machi|machi)\s+(?:\w+\s+)?(?:contente?|heureuse?|fer7an\w*|fiere?)\b|"
                       r"(?<!\w)(?:ماشي|مشي|لست|غير)\s+(?:فرحان|سعيد|مرتاح)\w*|[?؟]")
GLAD_WORDS = 20


def shares_good_news(text: str) -> bool:
    """A short message of joy, relief or pride about the course's work, asking nothing."""
    norm = normalize_text(text or "")
    return len(norm.split()) <= GLAD_WORDS and bool(_GLAD.search(norm) and _DONE.search(norm)) \
        and not _NOT_GLAD.search(norm) and not _OTHERS.search(norm)


def good_news_reply(tutor, text: str, lang: str) -> Decision | None:
    """Congratulations and the next deadline for good news (see the module), else None."""
    if not shares_good_news(text):
        return None
    calendar = getattr(tutor.organizational, "calendar", None) if tutor.organizational else None
    now = tutor.organizational.clock() if calendar is not None else None
    deadline = next_deadline(calendar, now) if calendar is not None else None
    after = t("step_deadline", lang, title=calendar.title(deadline, lang), when=format_when(
        deadline.due, lang, now, calendar.tz)) if deadline is not None else ""
    return Decision(Kind.ANSWER, t("good_news", lang, next=after).replace("\n\n", "\n"), lang, Intent.SOCIO,
                    confidence=1.0)
