"""Whether a question is about the trainer's own administration: leave, a transfer, pay, a strike, an exam or a
competition, a document from human resources, a doctorate (not promotion: whether the attestation counts for it is
the guide's).

The guide's pages on institutions, on changing cohort and on licences find such questions surely ("بغيت نطلب
الانتقال لمركز آخر قريب لداري" → changing cohort at 0.69, "wach n9der nakhod congé bach nkmel doctorat dyali?" →
0.88, "les formateurs des CRMEF sont-ils concernés par la grève de jeudi ?" → institutions at 0.95) while the guide
has nothing to say: on the dev sets' out-of-scope questions (blind1-19, 22, 25-27), 6 of the 20 answered from the
guide were these, and no content question was lost. A message that also names the course (the MOOC, its cohort, a
module, an assignment, a Creative Commons licence) keeps its answer ("عندي كونجي ديال الولادة، واش نقدر نبدل
الفوج؟"), and so does one going on from a conversation ("et ça compte pour la promotion ou le salaire ?").
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from bot.dialogue import found_passages
from bot.other_service import names_the_course
from bot.texts import t
from bot.types import Decision, Intent, Reason
from retrieval.normalize import normalize_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from bot.tutor import Tutor

# the pages that speak of institutions, changing cohort and licences (the attestation's page answers whether it counts
# for promotion or pay: "et ça compte pour la promotion ou le salaire ?" after the attestation is the guide's)
ADMINISTRATION_PAGES = frozenset({"prof-institutions", "faq-change-cohort", "dig-resources-copyright", "faq-free"})
# being paid (not paying: the MOOC's fee is the guide's), whatever of the course is named: "Est-ce que le MOOC donne
# droit à une indemnité financière ?" got the page on the MOOC being free at 0.98, twice (a newcomer)
_PAID = re.compile(r"\b(?:indemnit\w*|remuner\w*|primes?|salaires?|rembours\w*|frais de (?:deplacement|mission|transport)|(?:on est|etre|sommes|serons|seront|sera|est-on) "
                   r"payee?s?|t3wid\w*|ta3wid\w*|y?khel?sou?na|ykhalsou?na)\b|"
                   r"(?<!\w)(?:ال|ل|لل|ب|بال)?(?:تعويض|تعويضات|منحه|اجره|مصاريف (?:ال)?(?:تنقل|سفر)|(?:ي|كي|غادي ي)?خلصو(?:نا|ني))(?!\w)")

# leave said as such (a bare "رخصة" is also a licence: "فيديو برخصة تمنع التعديل")
_QUALIFIED_LEAVE = r"رخصه (?:ال)?(?:ولاده|مرضيه|استثنا\w*|اداريه|سنويه|امومه)"
_ADMINISTRATION = re.compile(
    r"\b(?:conges?|mutations?|mutee?s?|rapprochement de conjoints?|salaires?|paie|primes?|indemnites?|greves?|retraite|concours|baremes?|"
    r"titularisation|ressources humaines|attestation de (?:travail|salaire)|certificat de travail|doctorat|these|"
    r"arret maladie|khlas|lkhlas|salir|ta9a3od|idrab|moubara|mubara|mobara|"
    r"y?khel?sou?na|ykhalsou?na|ykhlsou?na|t3wid|ta3wid|t3wida|ta3wida|t3widat|"
    r"l?[7h]ara?ka (?:l ?)?inti9alia|l?[7h]ara?ka (?:l ?)?intiqalia|inti9al|intiqal)\b|"  # "l7araka l intiqalia"  # "imta ghadi ykhelsouna…? t3wid?"
    r"(?<!\w)(?:ال|ل|لل|ب|بال|ف|فال)?(?:" + _QUALIFIED_LEAVE + r"|انتقال|"
    r"حركه (?:ال)?انتقاليه|اجره|راتب|سالير|خلاص|منحه|تعويض|تعويضات|اضراب|تقاعد|مباراه|موارد (?:ال)?بشريه|دكتورا\w*|اطروح\w*|ترسيم|"
    r"كونجي|(?:ي|كي|غادي ي)?خلصو(?:نا|ني))(?!\w)")  # "يخلصونا": paid us
# the licences page draws a leave by the word "رخصة" alone, whatever of the course is named too
# ("واش نقدر ناخد رخصة مرضية فوسط التكوين؟ شكون نعلم؟" was answered from Creative Commons at 0.73)
_LEAVE = re.compile(r"(?<!\w)(?:ال|ل|لل|ب|بال|ف|فال)?" + _QUALIFIED_LEAVE + r"(?!\w)")
LICENCES_PAGE = "dig-resources-copyright"
_TRAINING = re.compile(r"(?<!\w)(?:ال|ف|فال|ب|بال|ل|لل)?تكوين(?!\w)")  # "the training", a course word only when sure
# the course's cohorts and a Creative Commons licence ("رخصة المشاع الإبداعي") are the guide's
_COURSE_TOO = re.compile(r"(?<!\w)(?:ال|ل|لل|ب|بال|ف|فال)?(?:فوج|افواج|مساق|موك|مووك|المشاع)(?!\w)|"
                         r"\b(?:cc|creative|fouj|lfouj|cohortes?|mooc|lmooc)\b")


def about_administration(text: str, section_id: str | None, sure: bool = True) -> bool:
    """One of the pages that draw administrative questions (ADMINISTRATION_PAGES) was found for a message about the
    trainer's administration that names nothing of the course, or (`sure` False) the guide is unsure of any page
    for it ("Quand est-ce que la prime de formateur sera versée ?" was offered the institutions and the MOOC's
    fee): the guide does not answer it."""
    if section_id not in ADMINISTRATION_PAGES and sure:
        return False
    norm = normalize_text(text or "")
    if _PAID.search(norm):
        return True
    if _COURSE_TOO.search(norm):
        return False
    if section_id == LICENCES_PAGE and _LEAVE.search(norm):
        return True
    # unsure of any page, "the training" names no part of the course ("فوقاش غادي يخلصونا على التكوين؟" was offered
    # three pages on training design)
    return bool(_ADMINISTRATION.search(norm)) and not names_the_course(norm if sure else _TRAINING.sub(" ", norm))



# The ministry, its lists and missions, a career's steps ("quand le ministère publie-t-il la liste des formateurs
# retenus pour la mission à l'étranger ?", the scenario "Nothing in the guide"): a trainer's matter for a tutor
_MINISTRY = re.compile(r"\b(?:ministeres?|aref|academie regionale|nominations?|affectations?|"
                       r"missions? (?:a|f|fi|l) ?l'?etranger|l?wizara|"
                       r"(?:liste|resultats?) (?:des|dyal|d|de)? ?(?:les )?(?:formateurs|candidats|admis|retenus|"
                       r"selectionnes))\b|"
                       r"(?<!\w)(?:نتائج (?:ال)?(?:انتقاء|مباراه)|خارج (?:ال)?مغرب|(?:ال)?انتقاء)(?!\w)|"
                       r"(?<!\w)(?:ال)?(?:وزاره|الوزاره|الاكاديميه الجهويه|البعثه|بعثه|تعيين|التعيينات|لائحه (?:ال)?"
                       r"(?:مكونين|مترشحين|ناجحين|مقبولين|المختارين|الناجحين))(?!\w)|"
                       # how much a month ("ch7al kayakhd formateur jdid f chhar?", "شحال كيشدو فالشهر؟"): pay
                       r"\b(?:ch[7h]al|chhal|combien)\b.*\b(?:f ?chhar|f ?chher|par mois)\b|"
                       r"(?<!\w)(?:شحال|كم)(?!\w).*(?<!\w)(?:فالشهر|في الشهر|شهريا)(?!\w)")


# a match is also "مباراة", a poem for a colleague's retirement is no administration ("ما نتيجة آخر مباراة للمنتخب
# المغربي؟" went to a tutor)
_NOT_ADMINISTRATION = re.compile(r"\b(?:match|foot\w*|raja|wydad|equipe nationale|poemes?|poesie|chanson)\b|"
                                 r"(?<!\w)(?:ال|لل|ل|ب|بال)?(?:منتخب|رجاء|وداد|كره القدم|ماتش|قصيده|شعر|اغنيه)(?!\w)")


def asks_administration(text: str) -> bool:
    """A message about the trainer's own administration or the ministry's decisions, naming nothing of the course."""
    norm = normalize_text(text or "")
    if _NOT_ADMINISTRATION.search(norm):
        return False
    return bool(_PAID.search(norm)) or (
        bool(_ADMINISTRATION.search(norm) or _MINISTRY.search(norm)) and not _COURSE_TOO.search(norm))


def administration_ticket(tutor: Tutor, answer: Answer, text: str, lang: str) -> Decision | None:
    """An administrative question the guide does not cover goes to a tutor, who knows or can find out (the scenario
    "Nothing in the guide": the guide does not cover it, a tutor has it, and when to expect the reply); None for any
    other question heard as off topic."""
    if not asks_administration(text):
        return None
    return tutor._escalation(t("administration_ticket", lang, eta=tutor.eta_text(lang)), lang, Intent.QUESTION,
                             Reason.NO_MATCH, found=found_passages(answer))
