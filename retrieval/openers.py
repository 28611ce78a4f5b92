"""Sentences that cannot open an answer: those starting on a conjunction or a connective.

An Arabic sentence such as «ومن أمثلة ذلك…» or «فالتكويني…» leans on what came before, and so does a
French one starting with "Mais", "Donc" or "Ainsi,". `leans_back` tells them; `drop_opener` removes
the conjunction when the rest reads on its own («ومن أمثلة» -> «من أمثلة», "Ainsi, la grille" -> "La
grille"), and returns None when it cannot (a French inversion such as "Aussi faut-il").
"""
from __future__ import annotations

import re

from retrieval.normalize import normalize_arabic

# Words whose first letter و or ف belongs to the word itself (normalized spelling: ة -> ه, أ -> ا).
_AR_ROOTS = (
    "وضع", "وظيف", "وظاي", "وسايل", "وسيل", "وسايط", "وسيط", "وسط", "وحد", "وثيق", "وثاي", "وقت",
    "واجب", "وصف", "ورش", "وزار", "وفق", "ولوج", "وعي", "وتير", "واقع", "واضح", "وجود", "وجه",
    "وصول", "وطن", "ولي", "وقايه", "وقف", "وعد", "ويب", "ويكي", "واتساب", "وورد",
    "فضاء", "فريق", "فرق", "فرص", "فكر", "فيه", "فيها", "فيما", "فيديو", "فيسبوك", "فعل", "فعال",
    "فتر", "فصل", "فصول", "فقر", "فقط", "فوج", "فحص", "فايد", "فهم", "فرض", "فتح", "فارق", "فرد",
    "فن", "فوق", "فور", "فلسف", "فرنس", "فاس",
)
_AR_WORDS = frozenset({"ثم", "لكن", "لكنّ", "بل", "إذن", "اذن", "لذا", "لذلك", "كذلك", "أيضا", "ايضا"})
# Arabic connectives of several words that lean back as much ("بناء على ذلك، فكل من يطلب منك مالا…" opened the
# answer on the course being free), in normalized spelling; a "و" may lead them.
_AR_PHRASES = re.compile(r"^و?(بناء علي ذلك|بناء عليه|علي هذا الاساس|وعليه|بالتالي|لهذا السبب|لهذا|من ثم|"
                         r"علاوه علي ذلك|فضلا عن ذلك|اضافه الي ذلك|بالاضافه الي ذلك|مع ذلك|رغم ذلك|في المقابل|"
                         r"من جهه اخري|غير ان|الا ان|بيد ان)(?=[\s،,:؛]|$)")
_FR_CONNECTIVES = (
    "c'est pourquoi", "par conséquent", "par ailleurs", "en outre", "de plus", "en effet", "du coup",
    "d'ailleurs", "et", "mais", "donc", "ainsi", "or", "puis", "ensuite", "enfin", "alors", "aussi",
    "pourtant", "cependant", "toutefois", "néanmoins", "sinon", "car", "ni",
)
_FR_OPENER = re.compile(r"^(" + "|".join(re.escape(c) for c in _FR_CONNECTIVES) + r")\b(?!\s+que\b)[,\s]*",
                        re.IGNORECASE)
_INVERSION = re.compile(r"^\S+-(?:t-)?(?:il|elle|on|ils|elles)\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^\s*([^\s،,:؛;.!?؟]+)")


def _arabic_conjunction(word: str) -> bool:
    """True when an Arabic word starts with the conjunction و or ف (or is a connective word)."""
    if word in _AR_WORDS:
        return True
    norm = normalize_arabic(word)
    if len(norm) < 3 or norm[0] not in "وف":
        return False
    return not norm.startswith(_AR_ROOTS) or norm[1:].startswith("ال")


def leans_back(text: str) -> bool:
    """True when the text opens on a conjunction or a connective that needs the preceding text."""
    first = _FIRST_WORD.match(text)
    if not first:
        return False
    word = first.group(1)
    if "\u0600" <= word[0] <= "\u06ff":
        return _arabic_conjunction(word) or bool(_AR_PHRASES.match(normalize_arabic(text.lstrip())))
    return bool(_FR_OPENER.match(text.lstrip()))


def drop_opener(text: str) -> str | None:
    """The text without its opening conjunction, or None when it would not read on its own."""
    text = text.lstrip()
    if not leans_back(text):
        return text
    word = _FIRST_WORD.match(text).group(1)
    phrase = _AR_PHRASES.match(normalize_arabic(text)) if "\u0600" <= word[0] <= "\u06ff" else None
    if phrase is not None:  # "بناء على ذلك، فكل من…" -> "كل من…" (the phrase's words, then its ف)
        rest = " ".join(text.split()[len(phrase.group().split()):]).lstrip(" ،,:؛")
        return (drop_opener(rest) if leans_back(rest) else rest) or None
    if "\u0600" <= word[0] <= "\u06ff":
        rest = text[len(word):].lstrip(" ،,") if word in _AR_WORDS else text[1:]
        return rest if rest and not leans_back(rest) else None
    rest = _FR_OPENER.sub("", text, count=1)
    if not rest or _INVERSION.match(rest) or leans_back(rest):
        return None
    return rest[0].upper() + rest[1:]


# A French excerpt opening on a pronoun for what the section is about ("Pour la télécharger :" after "L'attestation
# de réussite certifie…", "Elle se remplit en ligne") names nothing on its own.
_FR_PRONOUN = re.compile(r"^(?:pour|afin de)\s+(?:la|le|les|l['’])\s*\w+(?:er|ir|re)\b"  # a verb: "la télécharger"
                         r"|^(?:elles?|celle-ci|celui-ci|ceux-ci|celles-ci)\b", re.IGNORECASE)


def names_nothing(text: str) -> bool:
    """True when the text opens on a pronoun standing for what the section's opening named."""
    return bool(_FR_PRONOUN.match(text.lstrip()))
