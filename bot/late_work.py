"""Being late with one's work ("et si je dépasse ?", "و ila ماقدرتش نسيفطو فالوقت؟", "w ila t3e9elt?"), said right after
a deadline's date (`bot.calendar_follow_up`) or the steps to submit an assignment: the FAQ on late work. Read alone
in its conversation it stayed on the steps to submit (a newcomer; dev conversations), or got the off-topic reply."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.conversation import LastTurn, word_count
from bot.dialogue import section_decision
from bot.roles.calendar_query import names_live
from bot.texts import t
from bot.types import Decision, Intent
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# normalized (no accents, أ→ا)
_LATE = re.compile(r"\b(?:depass\w*|(?:en )?retard\w*|trop tard|hors delai|loupe\w*|rate\w*|pas (?:a|dans les) "
                   r"(?:temps|delais?))\b|\b(?:t3e9el\w*|m3e9el\w*|t3a9el\w*|ma ?l7e9t\w*|ma ?9dert\w*|ma ?qdert\w*|"
                   r"fatni|fatetni|tard)\b|(?<!\w)(?:تاخرت|متاخر\w*|التاخير|ما ?قدرتش|ما ?لحقتش|فاتني|فاتتني|لم اتمكن|"
                   r"لم استطع|بعد الاجل|تجاوزت|ما ?وصلتش|تعطلت|ما ?كملتش|لم اكمل|لم انه)(?!\w)|"
                   r"\b(?:t3tlt|t3ttelt|ma ?kmeltch|ma ?kmltch|pas (?:fini|termine|encore fini))\b")
LATE_WORDS = 10
LATE_SECTION = "faq-late-submission"
# the pages on handing work in: being late is the next question ("وإلا ما قدرتش نسيفطو فالوقت؟" after the steps)
HANDING_IN = frozenset({"dig-etakwine-submission", "dig-etakwine-technical"})


def says_late(text: str) -> bool:
    """A short message about being late with one's work (not a live session missed: "w live session ila fatetni?"
    after a deadline got the late-work page)."""
    norm = normalize_text(text)
    return word_count(text) <= LATE_WORDS and bool(_LATE.search(norm)) and not names_live(norm)


# Work that will not be handed in on time, said in full ("ما غاديش نقدر نسيفط الواجب فالوقت", "je ne pourrai pas rendre
# mon devoir à temps", "ma ghadich n9der nsift devoir f lwe9t"): a newcomer in hospital got a choice of three pages
_CANNOT = re.compile(r"\b(?:ne (?:pourrai|pourrais|peux|vais) pas|pas pouvoir|impossible de|ma ?(?:ghadi|gha)ch n?(?:9der|qder)|"
                     r"ma ?n?(?:9derch|qderch|9edch))\b|(?<!\w)(?:ما ?(?:غاديش|غاش) ن?قدر|ما ?(?:نقدرش|غنقدرش)|لن اتمكن|"
                     r"لن استطيع|لا استطيع|لا يمكنني)(?!\w)")
_ON_TIME = re.compile(r"\b(?:a temps|dans les delais|avant (?:la date|l'echeance|la deadline)|f ?(?:l|el)?w[ae][9q]t|"
                      r"f ?(?:l|el)?ajal)\b|(?<!\w)(?:ف|في) ?(?:ال)?(?:وقت|اجل|الوقت المحدد)(?!\w)")
_ILL = re.compile(r"\b(?:malade|hospitalise\w*|hopital|clinique|operation|mrid\w*|mrad|sbitar|spitar)\b|"
                  r"(?<!\w)(?:مريض\w*|مرضت|المرض|السبيطار|سبيطار|المستشفي|مستشفي|المصحه|عمليه جراحيه)(?!\w)")
CANNOT_WORDS = 30
_DEADLINE = re.compile(r"\b(?:deadline|delai|echeance|date limite|semaine|jours|l?ajal|simana|hier|ferme\w*|"
                       r"clotur\w*|expir\w*|depasse\w*)\b|(?<!\w)(?:ال)?(?:اجل|ديدلاين|سيمانه|اسبوع|الاسبوع|ايام|البارح|"
                       r"اغلاق|اقفال)(?!\w)|(?<!\w)(?:ت|و)?(?:سالا|سالات|داز|دازت|فات|فاتت)(?!\w)")  # the date gone by


# ... or was not: "كنت مريض سيمانة كاملة وما قدرتش نسيفط الواجب، شنو ندير؟" got the encouragement for the discouraged
_COULD_NOT_HAND_IN = re.compile(
    r"(?<!\w)و?(?:ما ?قدرتش|ما ?لحقتش|لم اتمكن من|لم استطع|ما ?قدرتش ن?)\s*(?:ن|ا)?(?:سيفط|صيفط|ارسال|ارسل|ايداع|اودع|"
    r"سلم|تسليم|دير)\w*(?!\w)|\b(?:je n'?ai pas pu|j'?ai pas pu|je n'?ai pas reussi a)\s+(?:rendre|deposer|envoyer|"
    r"soumettre|faire)\b|\bma ?(?:9dertch|qdertch|l7e9tch)\s+n?(?:sift|sayft|dewez|depos)\w*")


# the assignment or its date missed, said so ("j'ai raté le devoir du module 2" got the steps to upload a file)
_MISSED_WORK = re.compile(r"\b(?:rate|loupe|manque|oublie)\s+(?:le |mon |la |l')?(?:devoir|depot|rendu|date limite|"
                          r"deadline|echeance)\b|\b(?:fatni|fatetni|fatatni)\s+(?:l ?|el ?)?(?:devoir|wajib|ajal|deadline)\b|"
                          r"(?<!\w)(?:فاتني|فاتتني)\s+(?:ال)?(?:واجب|اجل|ديفوار|ديدلاين)(?!\w)")


_SOMEONE_ELSE = re.compile(r"\b(?:stagiaires?|apprenants?|participants?|etudiants?|eleves?|collegues?)\b|"
                           r"(?<!\w)(?:ال)?(?:متدرب|متدربين|متعلم|متعلمين|مشارك|تلميذ|زميل)\w*")


def cannot_hand_in_on_time(text: str) -> bool:
    """The message says the writer's work will not be (or was not) handed in on time (not a live session)."""
    norm = normalize_text(text)
    return (word_count(text) <= CANNOT_WORDS and not names_live(norm)
            and ((bool(_MISSED_WORK.search(norm)) and not _SOMEONE_ELSE.search(norm)) or (bool(_CANNOT.search(norm)) and bool(_ON_TIME.search(norm))) or (  # not "ما قدرتش نصيفط الواجب
                bool(_COULD_NOT_HAND_IN.search(norm)) and bool(_ILL.search(norm) or _ON_TIME.search(norm)  # فالمنصة":
                                                               or _DEADLINE.search(norm)))))  # the steps, then technical


def late_after_handing_in(tutor: Tutor, text: str, lang: str, last: LastTurn | None) -> Decision | None:
    """"What if I cannot hand it in on time?" right after the steps to submit, or "I will not manage to hand it in on
    time" said in full: the late-work page (after a word for one who is ill); else None."""
    if last is not None and last.clarifying:
        return None
    if not cannot_hand_in_on_time(text) and (last is None or not HANDING_IN & set(last.sections) or not says_late(text)):
        return None
    decision = section_decision(tutor, LATE_SECTION, text, lang, Intent.FOLLOW_UP if last else Intent.QUESTION)
    if decision is not None and _ILL.search(normalize_text(text)):
        decision = replace(decision, body=f"{t('get_well', lang)}\n\n{decision.body}")
    return decision
