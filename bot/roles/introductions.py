"""A trainer introducing themselves by role ("ana formatrice jdida f CFIE", "je suis formateur au CRMEF de Fès",
"أنا مكون جديد في المركز"), and a greeting that does only that: a greeting, not a question for the guide."""
from __future__ import annotations

import re

from bot.roles.intents import GREETING_WORDS, asks_something
from retrieval.normalize import normalize_text

MAX_WORDS_AFTER_ROLE = 6  # "… au CFIE de Rabat", "… jdid f CRMEF Agadir": where, not what is asked
# something wanted or looked for after the role ("je suis nouveau, où trouver le calendrier"): a question
_WANTS = re.compile(r"\b(?:ou|bghit|bghina|fin|fain|fine|je veux|je voudrais|je cherche|besoin|aidez|aide[rz]?)\b|"
                    r"(?<!\w)(?:اين|فين|بغيت|اريد|ابحث|محتاج|ساعدني|عاوني)(?!\w)")


_INTRODUCES = re.compile(r"\b(je suis|moi c'?est|ana|je m'appelle|smiti)\s+([\w-]+,?\s+){0,3}?(format(eur|rice)|tut(eur|rice)|"
                         r"conseill(er|ere)|inspect(eur|rice)|prof\w*|enseignante?|nouvel(le)?|nouveau|jdid(a)?|"
                         r"m[ou]?k[aou]?wi?n(a|e)?|mo2atir(a)?|mou2atir(a)?|ostad(a)?|oustad(a)?)\b|"
                         r"(^|\s)(انا|اسمي)\s+(\S+\s+){0,3}?(مكون|مكونه|مؤطر|موطر|مستشار|مفتش|استاذ|استاذه|جديد|جديده)"
                         r"(\s|$)")


# "…, nouvelle dans le MOOC", "jdid hna", "جديد في المساق" after the role: who the writer is, not a question
_NEW_HERE = re.compile(r"\b(?:nouvel(?:le)?|nouveau|jdida?)\s+(?:dans|sur|f|fi|ici|hna|a)?\s*(?:le |la |ce |cette |l)?"
                       r"(?:mooc|formation|cours|plateforme|hna|ici)?\b|"
                       r"(?<!\w)جديد(?:ه)?(?:\s+(?:في|ف|فال|هنا))?(?:\s*(?:ال)?(?:مساق|منصه|تكوين|هنا))?(?!\w)|"
                       r"\bje (?:commence|debute|demarre) (?:le mooc|la formation|le cours|aujourd'hui)\b|"
                       r"\b(?:bdit|kanbda|ghanbda) (?:l ?mooc|l ?formation|lyoum)\b")


def introduces_self(text: str) -> bool:
    """The message introduces its writer by role ("je suis formatrice au CFIE", "ana formateur jdid")."""
    return bool(_INTRODUCES.search(normalize_text(text or "")))


# a greeting's own question ("salam labas?", "bonjour, ça va ?", "السلام عليكم، كيف الحال؟"): asks nothing of the guide
_HOW_ARE_YOU = re.compile(r"^\W*(?:(?:la ?bas|labes|cv|ca va|comment (?:ca va|allez-vous)|kidayr\w*|kidayra|"
                          r"لاباس|كيف الحال|كيف حالك|كي داير|كيداير|كيدايره|بخير)\W*)+")


def greets_and_introduces(text: str) -> bool:
    """A greeting, then the writer's role and nothing asked ("salam labas? ana mkowin f COPE", "Bonjour, je suis
    formateur au CFIE de Rabat", "سلام، أنا مكون جديد فالمساق"): a greeting, whatever its length (the first went to
    a tutor, the second got the page on professional identity, the third a choice of three pages)."""
    norm = normalize_text(text or "")
    opened = re.match(rf"\W*{GREETING_WORDS}(?:\s+(?:3likom|alikom|عليكم|و?رحمه الله))?\b", norm)
    if not opened and not _INTRODUCES.match(norm.strip()):  # "ana formatrice f CRMEF dyal Marrakech" alone (it got
        return False  # the encouragement for a discouraged trainer): an introduction is a greeting too
    rest = _HOW_ARE_YOU.sub("", norm[opened.end():] if opened else norm)
    role = _INTRODUCES.search(rest)
    after = _NEW_HERE.sub(" ", rest[role.end():]).split() if role else []
    # alone, with no greeting, only where the writer works may follow ("… f CRMEF dyal Marrakech"), not "and …"
    plain = opened is not None or (len(after) <= ALONE_WORDS_AFTER_ROLE and not _AND.search(" ".join(after)))
    return (role is not None and plain and len(after) <= MAX_WORDS_AFTER_ROLE and not _WANTS.search(rest)
            and "?" not in rest and "؟" not in rest and not asks_something(rest))


ALONE_WORDS_AFTER_ROLE = 5
_AND = re.compile(r"(?:^|\s)(?:w|et|mais|ou|o|wa|و|ولكن|لكن)(?:\s|$)|(?:^|\s)و\S")
