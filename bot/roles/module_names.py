"""Which module a message names: "module 2", "m2", "الوحدة الثانية", "المودول التالت", "الموديول الرابع", "2e module",
in normalized text (`retrieval.normalize.normalize_text`: no accents, folded alef, taa marbuta as ه)."""
from __future__ import annotations

import re

_BORROWED_MODULE = r"الموديول|المودول|الموديل"  # the French word in Arabic script (masculine)
# "المجزوء" without its ta marbuta, as Darija and hurried MSA write it ("فوقاش كيسالي المجزوء 6؟", "المجزوء الرابع"):
# masculine like the borrowed word
_MASCULINE_MODULE = _BORROWED_MODULE + r"|المجزوء(?!ه)"
# "المجزوءة", the everyday Moroccan word for a module, as "الوحدة" (also as written "المجزؤة", "المجزوئة"; normalized)
AR_MODULE = r"(?:وحده|مجزوءه?|مجزوه|مجزويه|موديول|مودول|موديل)"
MODULE_NUM = re.compile(
    r"(?:\bl?modu?les?|\bmod|\bl?w[ae][7h]da|(?:ال)?" + AR_MODULE + r")"
    r"\s*(?:n°|no|رقم|num(?:ero)?)?\s*(\d{1,2})\b"
    r"|\bm(\d)\b")
_ORDINALS = {
    1: r"الاولي|premier module|1er module|1ere? module",
    2: r"الثانيه|deuxieme module|second module|2e module|2eme module",
    3: r"الثالثه|troisieme module|3e module|3eme module",
    4: r"الرابعه|quatrieme module|4e module|4eme module",
    5: r"الخامسه|cinquieme module|5e module|5eme module",
    6: r"السادسه|sixieme module|6e module|6eme module",
}
# "الموديول الرابع": the borrowed word is masculine
_MASCULINE = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6}
# Darija writes ت for ث in the ordinals ("المودول التالت", "الوحدة التانية"): read as the MSA spelling
_DARIJA_ORDINALS = {"التاني": "الثاني", "التانيه": "الثانيه", "التالت": "الثالث", "التالته": "الثالثه"}
_DARIJA_ORDINAL = re.compile(r"(?<!\w)(" + "|".join(_DARIJA_ORDINALS) + r")(?!\w)")
# "المجزوءة الثانية", and "للمجزوءة الثانية" ("for the second module", which read as no module at all)
_AR_ORDINAL = re.compile(r"(?:ال|لل)(?:وحده|مجزوءه|مجزوه|مجزويه)\s+(" + "|".join(
    o.split("|")[0] for o in _ORDINALS.values()) + r")")
_AR_MASCULINE = re.compile(r"(?:" + _MASCULINE_MODULE + r")\s+(" + "|".join(_MASCULINE) + r")(?:\s|$|[؟?])")
MODULE_WORD = re.compile(r"\bl?modu?les?\b|(?:ال|لل)(?:وحده|مجزوءه?|مجزوه|مجزويه)|" + _BORROWED_MODULE)

def module_number(norm: str) -> int | None:
    """The module number named in normalized text ('module 2', 'الوحدة 2', 'الوحدة الثانية', 'm2')."""
    norm = _DARIJA_ORDINAL.sub(lambda found: _DARIJA_ORDINALS[found.group(1)], norm)
    found = MODULE_NUM.search(norm)
    if found:
        return int(found.group(1) or found.group(2))
    masculine = _AR_MASCULINE.search(norm)
    if masculine:
        return _MASCULINE[masculine.group(1)]
    ordinal = _AR_ORDINAL.search(norm)
    for number, pattern in _ORDINALS.items():
        if ordinal and ordinal.group(1) == pattern.split("|")[0]:
            return number
        if re.search(pattern.split("|", 1)[1], norm):
            return number
    return None


# "how" asked: a question on doing something, not on a module itself
HOW = re.compile(r"\bcomment\b|\bkifa[cs]h\b|(^|\s)(?:كيف|كيفاش)(\s|$)")
# A module asked for itself ("c quoi le module 1 déjà ?", "ما عنوان الوحدة الأولى؟", "et le module 3 ?"): its title and
# dates are the calendar's (a newcomer got tickets, and the platform's navigation page)
# ... the module named right after the question ("c quoi le module 1", "ما عنوان الوحدة الأولى"), not a question on
# something else in a module ("f module 1 kayhdro 3la…, chno l9sd biha?", "الموديل 3 باين رمادي وما كيتحلش")
_WHAT_WORDS = (r"(?:c'?\s?est quoi|\bc quoi|\bc koi|\bquel(?:le)?s? (?:est|sont)|\btitre|\bintitule|\bporte sur|"
               r"(?:^|\s)و?(?:ما|شنو|اشنو|اش) (?:هو|هي|هوما)|عنوان|موضوع|محتوي|مضمون|\bcontenu|\bprogramme|"
               r"\b(?:chno|chnou|achno) (?:howa|hiya)|"
               # "le module 3 c'est sur quoi ?", "الوحدة 3 على ماذا تتحدث؟", "module 3 kayhder 3la ach?"
               r"\bsur quoi\b|\bparle de quoi\b|\b3la (?:ach|chno|chnou)\b|(?<!\w)(?:على|عن) (?:ماذا|اش|شنو|ايش)(?!\w)|"
               r"(?<!\w)(?:ت|ي|كت|كي)(?:تحدث|تكلم|هضر)(?!\w)|"
               # what is in it ("شنو كاين فالوحدة 4؟", "chno kayn f module 4", "qu'est-ce qu'il y a dans le module 4")
               r"(?:^|\s)(?:شنو|اش|اشنو|ماذا|اشنو هو اللي) (?:كاين|يوجد|هناك)|\b(?:chno|ach|achno) kayn\b|"
               r"\bqu'?est[- ]ce qu'?il y a\b|\by a quoi\b|(?:^|\s)ماذا في(?:\s|$))")
_WHAT_MODULE = re.compile(_WHAT_WORDS + r"\s+(?:\S+\s+){0,3}?(?:(?:du|le|l'|de)\s?)?(?:\bmodu?les?\b|\bl?modul|"
                          r"(?:ف|في|ب)?(?:ل|ال)?" + AR_MODULE + r")")
_WHAT_ANY = re.compile(_WHAT_WORDS)  # in a short message naming a module ("le module 4 c'est quoi ?")
_BARE_MODULE = re.compile(r"^\W*(?:(?:ok|d'accord|wakha|واخا|طيب)\W+)?(?:et|w|o|wa|و)?\s*(?:pour\s+)?(?:le\s+|l\s?)?"
                          r"(?:\w+\s+){0,1}\w+\W*$")
BARE_MODULE_WORDS = 5
WHAT_SHORT_WORDS = 6


def names_module(norm: str) -> bool:
    """A normalized message asks what a module is, or only names one ("et le module 3 ?", "و الموديل 3؟")."""
    if HOW.search(norm):
        return False
    words = sum(1 for word in norm.split() if re.search(r"\w", word))  # "c'est sur quoi ?": "?" is no word
    short = words <= BARE_MODULE_WORDS and bool(_BARE_MODULE.match(MODULE_NUM.sub(" m ", norm).strip()))
    what = _WHAT_MODULE.search(norm) or (words <= WHAT_SHORT_WORDS and _WHAT_ANY.search(norm))
    return short or bool(what)


# "this module" said of the one just dated ("kayn chi classe virtuelle f had lmodule?", "w ach khasni nsift fih?")
_THIS_MODULE = re.compile(r"\bhad (?:l ?|l')?modu?le?\b|\bce module\b|\bf(?:ih|iha)\b|\bdedans\b"
                          r"|(?<!\w)(?:هاد|هذه|هذا|هاذ) ?(?:ال)?" + AR_MODULE + r"(?!\w)|(?<!\w)و?(?:فيه|فيها)(?!\w)")


def refers_to_the_module(norm: str) -> bool:
    """A normalized message speaks of "this module" / "in it" (the one the conversation is on)."""
    return bool(_THIS_MODULE.search(norm))

