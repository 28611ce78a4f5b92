"""What an assignment is, asked ("c'est quoi le devoir du module 3 ?", "وما هو واجبها؟", "le devoir du module 4 il
consiste en quoi exactement ?", "وما المطلوب فيه بالضبط؟"): its title and deadline are the calendar's, and its exact
instructions are in the module's activity on the platform; "how" to do it stays the guide's. Normalized text."""
from __future__ import annotations

import re

from bot.roles.module_names import HOW as _HOW

# "What is module 3's assignment?" ("c'est quoi le devoir du module 3 ?", "ما هو الواجب المطلوب في الوحدة الثالثة؟"):
# its title and deadline are the calendar's (the guide only says how to submit one); "how" stays the guide's
_WHAT_IS = re.compile(r"(?:c'?\s?est quoi|\bc quoi|\bc koi|\bckoi|\bquel(?:le)?s? (?:est|sont)|(?:^|\s)و?(?:ما|شنو|اشنو|اش) (?:هو|هي|هوما)|"
                      r"\b(?:chno|chnou|achno|ach) (?:howa|hiya|huwa))\s+(?:\S+\s+){0,2}?"  # not "une tâche complexe":
                      r"(?:devoirs?|livrables?|l?wajib(?:o|ha)?|(?:ال)?(?:واجب|فرض)(?:ها|ه)?)(?=[\s?!.؟]|$)|"  # "واجبها"
                      r"(?:^|\s)(?:ما|اش)? ?المطلوب(?:\s|$)")
# What is asked in it, naming no assignment ("il consiste en quoi exactement ?", "qu'est-ce qu'il faut rendre ?", "شنو
# مطلوب فيه؟"): an assignment's when the message names one or follows a reply on one
# what to hand in, not what to do: "qu'est-ce que je dois faire ?", "شنو خاصني ندير؟" ask what to do now (a case told
# at length, "je suis malade… qu'est-ce que je dois faire ?", is the guide's)
_REQUIRED = re.compile(r"\b(?:en quoi consiste\w*|consiste\w* (?:en|a) quoi|(?:il|on) (?:faut|doit) rendre quoi|"
                       r"qu'?est[- ]ce qu'?(?:il faut|on doit) rendre|(?:on )?(?:nous )?demande quoi|"
                       r"(?:ce qui est|qu'?est[- ]ce qui est) demande|(?:chno|ach|achno) (?:matloub|kaytalbo|mtaloub)|"
                       r"qu'?est[- ]ce (?:que |qu')(?:je dois|l'?on doit|on doit) (?:rendre|envoyer|deposer)|"
                       r"(?:je|on) (?:dois|doit) (?:rendre|envoyer|deposer) quoi|"  # "chno khassni nsift?"
                       r"(?:chno|ach|achno) (?:khas+(?:ni|na)|5as+(?:ni|na)) n?(?:sift|sayft|siftou|sel+em)\w*)\b|"
                       r"(?<!\w)(?:شنو|اش|اشنو|ماذا|ما) (?:مطلوب|كيطلبو|يطلب|يطلبون|المطلوب)(?!\w)|"
                       r"(?<!\w)(?:شنو|اش|اشنو|ماذا) (?:خاص(?:ني|نا)|يجب ان|علي ان|ينبغي ان) (?:ن|ا)?(?:صيفط|سيفط|رسل|سلم|"
                       r"ودع)\w*")
_ASSIGNMENT_NOUN = re.compile(r"\b(?:devoirs?|livrables?|travail a rendre|l?wajib\w*)\b|(?<!\w)(?:ف|ب|ل)?(?:ال)?(?:واجب|فرض)\w*")


def asks_what_assignment(norm: str) -> bool:
    """A normalized message asks what an assignment is ("c'est quoi le devoir ?", "وما هو الواجب المطلوب فيها؟", "le
    devoir du module 4 il consiste en quoi ?"), not how to do it."""
    return bool(_WHAT_IS.search(norm) or (_REQUIRED.search(norm) and _ASSIGNMENT_NOUN.search(norm))) \
        and not _HOW.search(norm)


def asks_what_is_required(norm: str) -> bool:
    """A normalized message asks what is required, of an assignment or of what was just named ("وما المطلوب فيه
    بالضبط؟", "il consiste en quoi ?", "c'est quoi le devoir ?"), not how to do it."""
    return bool(_WHAT_IS.search(norm) or _REQUIRED.search(norm)) and not _HOW.search(norm)


def names_assignment(norm: str) -> bool:
    """A normalized message names an assignment ("واجبها", "le devoir", "lwajib")."""
    return bool(_ASSIGNMENT_NOUN.search(norm))
