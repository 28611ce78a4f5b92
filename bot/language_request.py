"""Whether a message asks for the previous answer in the other language ("et en arabe ?", "3awdha b lfrancais",
"tu peux me l'envoyer en arabe ?"), or asks something of its own that names a language ("je peux écrire en arabe ?",
"wach n9der nsift b l3arbia?": the guide's page on the course's languages). Read by `bot.conversation.follow_up`.
"""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text

MAX_OTHER_LANG_WORDS = 5  # "عطيني الجواب بالفرنسية عافاك": the language asked for anywhere in a short message
MAX_SAY_AGAIN_WORDS = 12  # a longer message naming a language asks for the same answer in it with `_SAY_AGAIN`

# Arabizi says "in Arabic / in French" with a preposition and the article glued or not: "b l3arbia",
# "f lfrançais", "bel francais", "l lfransawiya".
_ARABIZI_IN = r"(?:b|f|l|be|fe|bi|fi)? ?(?:e?l ?)?"
_TO_AR = re.compile(r"(^|\s|و)(en arabe|en langue arabe|in arabic|بالعربي[هة]?|بالعربيه|للعربي[هة]?|بالدارج[هة]|"
                    r"باللغ[هة] العربي[هة]|(?:الي|لل) ?(?:لغ[هة] )?العربي[هة]|" + _ARABIZI_IN
                    + r"3arbi(?:y?a)?|(?:en|in|b|f|bi|fi|be) ?d?darija|en marocain)\b")
_TO_FR = re.compile(r"(^|\s|و)(en francais|en langue francaise|in french|بالفرنسي[هة]?|بالفرنساوي[هة]?|"
                    r"بالفرانساوي[هة]?|بالفرونسي[هة]?|بالفرونساوي[هة]?|بالفرانسي[هة]?|للفرنسي[هة]?|للفرنساوي[هة]?|"
                    r"باللغ[هة] الفرنسي[هة]|(?:الي|لل) ?(?:لغ[هة] )?الفرنسي[هة]|"
                    + _ARABIZI_IN + r"(?:fran[cs9]ai?s?|fran[cs]i(?:y?a|s)?|fransawi(?:y?a)?|fronsi(?:y?a)?))\b")
# A language asked "in" (en arabe, بالفرنسية, b lfrancais), when a message names both ("je ne lis pas bien l'arabe")
_IN_AR = re.compile(r"(^|\s|و)(en arabe|in arabic|بالعربي[هة]?|بالدارج[هة]|باللغ[هة] العربي[هة]|"
                    r"(?:b|bi|be) ?l? ?3arbi(?:y?a)?|(?:en|in|b|bi|be) ?d?darija)\b")
_IN_FR = re.compile(r"(^|\s|و)(en francais|in french|بال(?:فرنسي|فرنساوي|فرانساوي|فرونسي|فرونساوي|فرانسي)[هة]?|"
                    r"باللغ[هة] الفرنسي[هة]|b[ie]? ?l? ?(?:fran[cs9]ai?s?|fran[cs]i(?:y?a|s)?|fransawi(?:y?a)?))\b")
# Asking for the same thing again ("tu peux me redire ça en arabe pour mes collègues ?", "هل يمكنك إعادة هذا
# الشرح بالفرنسية؟", "3awd chre7 b lfrançais"): with one of these, a longer message naming a language is a
# request for the previous answer in it, not a question of its own.
_SAY_AGAIN = re.compile(r"\b(redi[rst]e?|repete[rz]?|repeter|tradui[rst]e?|traduction|reformule[rz]?|reecri[rst]e?|"
                        r"expliqu\w*|reexpliqu\w*|dis[- ]le|la meme chose|meme reponse|ta reponse|cette reponse|"
                        r"redonne[rz]?|repond\w*|l'ecrire|ecris[- ](le|la|moi|ca)|donne[rz]?[- ](le|la|moi)|l'envoyer|"
                        r"envoie[rz]?[- ](le|la|moi)|compr\w* pas|pas compris|ma ?fh?[ea]?mt?ch|met(s|tre)|ca|cela)\b|"
                        r"(^|\s|و)(ا?عد|اعاد\w*|تعيد|ت?عاود\w*|ترجم\w*|اشرح\w*|شرح\w*|تشرح\w*|ت?كرر\w*|الجواب|الشرح|"
                        r"هادشي|داكشي|ذلك|ذاك|هذا|هذه|"
                        r"قولها\w*|قوليها|قول ليا|قولي|ا?كتبها\w*|ا?كتبه|كتبو|ا?كتب لي|ا?كتب ليا|تكتب\w*|جاوب\w*|اجبني|"
                        r"اعطني|اعطيني|عطيني|ما فهمتش|مافهمتش|لم افهم)"
                        r"(\s|$)|\b(3awd\w*|3awed\w*|tarjem\w*|chre7\w*|chra7\w*|goulha\w*|9olha\w*|9oulha\w*|"
                        r"ktebha\w*|kteblia|ktbha\w*|jawbni|jaweb\w*|3tini|a3tini)\b")
# Said around such a request without changing it: "s'il te plaît", "عافاك", "c'est pour le partager avec mes
# collègues", "لزملائي": left out before the request's words are counted.
_ASIDE = re.compile(r"s'?il (te|vous) plait|\b(stp|svp|please|merci|3afak|3fak|afak|llah ykhlik)\b|"
                    r"عافاك|عفاك|من فضلك|لو سمحت|الله يخليك|"
                    r"(c'?est )?pour (le |la |les |l')?(leur |lui )?"
                    r"(partager|transferer|transmettre|envoyer|faire suivre)\b.*$|"
                    r"\bpour (mes|mon|ma|nos|les|des|un|une) (collegues?|stagiaires?|equipe|amis?|inspecteurs?)\b.*$|"
                    r"ل?زملائي\w*.*$|(باش|لكي|حتى) (نصيفط|نرسل|نشارك|نبعث|نعطي)\w*.*$")
# A question about the course's own languages ("le MOOC existe-t-il en arabe ?", "واش خاصني نكتب الواجب
# بالفرنسية؟") or about a word's translation ("كيف نقول التقويم التكويني بالفرنسية؟") is a question of its own,
# however it is worded.
_OWN_QUESTION = re.compile(r"\b(mooc|cours|formation|plateforme|module|devoir|forum|disponible|existe|n[9q]de?r n\w+|"
                           r"platform|l'?cours|dit[- ]on|on dit|se dit|comment dire|ngolo|kangolo|kaygolo|je peux "
                           r"(?:l'|le |la )?(?:ecrire|rediger|rendre|envoyer|poster|deposer))\b|نقدر ن\w+|يمكنني ان|"
                           r"متاح|متوفر|المساق|الدور[هة]|الدروس|المنص[هة]|الواجب|المنتدي|المجزوء[هة]|(^|\s)(نقول|يقال|"
                           r"تقول(?!\s(?:لي|ليا|لنا)(?:\s|$))|كنقولو|نقولو|كيقولو|كيتقال)(\s|$)")  # "n9der nsift…?"


def word_count(text: str) -> int:
    """Words of a message, a detached "?" or "!" (French typography: "pas ?") not counted as one."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def other_language_asked(norm: str) -> str | None:
    """The language ("ar" or "fr") a normalized message asks the previous answer in, or None: it names one
    language only, says nothing of the course's own languages and, asides left out (`_ASIDE`), is short or
    asks for the same thing again (`_SAY_AGAIN`)."""
    core = " ".join(_ASIDE.sub(" ", norm).replace("?", " ").replace("؟", " ").split()).strip(" !.،,")
    to_ar, to_fr = bool(_TO_AR.search(core)), bool(_TO_FR.search(core))
    if to_ar and to_fr:  # "ma fhmtch l3arbia, 3tini b lfrancais": the one asked for "in" is meant
        to_ar, to_fr = bool(_IN_AR.search(core)), bool(_IN_FR.search(core))
    if to_ar == to_fr or _OWN_QUESTION.search(core):
        return None
    words = word_count(core)  # a detached comma is not a word
    if words > MAX_SAY_AGAIN_WORDS or (words > MAX_OTHER_LANG_WORDS and not _SAY_AGAIN.search(core)):
        return None
    return "ar" if to_ar else "fr"


_DARIJA = re.compile(r"(?:^|\s|و|ب)(?:ال)?دارج[هة]|\bd?darija\b|\ben marocain\b")


def language_asked_in(norm: str) -> str | None:
    """The one language a normalized message names with "in" ("b lfrancais", "بالعربية", "en arabe"), or None."""
    in_ar, in_fr = bool(_IN_AR.search(norm)), bool(_IN_FR.search(norm))
    return None if in_ar == in_fr else "ar" if in_ar else "fr"


def darija_asked(text: str) -> bool:
    """The message asks for Darija by name ("chra7 liya b darija", "بالدارجة عافاك"), a language the guide is not
    written in."""
    return bool(_DARIJA.search((text or "").lower()))



# "from now on" said with a language ("من فضلك أجبني بالفرنسية من الآن فصاعدا", "réponds-moi en arabe désormais",
# "men daba l9dam b l3arbia"): a newcomer's choice lasted one reply
_FROM_NOW_ON = re.compile(r"\b(?:desormais|dorenavant|a partir de maintenant|a partir d'aujourd'hui|a l'avenir|"
                          r"toujours|tout le temps|men daba|mn daba|mn db|dima|daymen)\b|"
                          r"(?<!\w)(?:من الان|من الآن|من دابا|من هنا ?ل?القدام|دائما|ديما|فصاعدا|مستقبلا)(?!\w)")


def kept_language(text: str) -> str | None:
    """The language ("ar" or "fr") a message asks Rafiq to use from now on, or None."""
    norm = normalize_text(text or "")
    if not _FROM_NOW_ON.search(norm):
        return None
    return other_language_asked(norm)
