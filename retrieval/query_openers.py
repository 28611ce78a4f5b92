"""A question's conversational opener, which says how it follows the last one but nothing of its topic.

In a conversation trainers open with "and" ("وكيف أقيس أثر التكوين؟", "w ch7al kayakhd?", "Et pour bien lancer
la séance ?"). The search reads the rest: the embedding of "وكيف …" sits further from the guide than that of
"كيف …" (on "et si je manque de temps sur la fin ?" the right section's confidence goes 0.46 → 0.57 without
"et"). Only a conjunction in front of a word that asks or points is dropped: "و" glued to a question word or
to an article ("والدور البيداغوجي؟"), a lone "w" / "o" in Arabizi, "et", "mais", "du coup"… in French.
"واش" (whether), "واحد" (one), "Puis-je" and "Ou bien" inside a sentence keep their first letters.
"""
from __future__ import annotations

import re

from retrieval.normalize import normalize_arabic

# Words (normalized: أ→ا, ة→ه, ى→ي) that a glued "و" may precede and still be "and + word".
_AR_AFTER_AND = frozenset("""
    كيف كيفاش كيفما ماذا ما ماهو ماهي متي امتي فوقاش هل اين فين فاين علاش لماذا علاه شنو اشنو شحال كم من
    اذا الا ايلا لو لا ماشي شكون واش عند عندي بالنسبه بالفرنسيه بالعربيه في فيما هذا هاد هادي هذه
""".split())
_AR_AND = re.compile(r"^\s*و(?=\S)")
_LATIN_OPENER = re.compile(r"^\s*(?:et\s+puis|et|mais|du\s+coup|alors|donc|sinon|ensuite|w|wa|o)\b(?!-)[,\s]+",
                           re.IGNORECASE)


def _arabic_rest(text: str) -> str | None:
    """The text after a glued "و" when that "و" is the conjunction "and", else None."""
    if not _AR_AND.match(text):
        return None
    rest = _AR_AND.sub("", text, count=1)
    first = normalize_arabic(re.split(r"[\s،,؟?!.]", rest, maxsplit=1)[0])
    if first in _AR_AFTER_AND or (first.startswith("ال") and len(first) > 3):
        return rest
    return None


# A greeting in front of a question ("Bonjour, comment se passe l'évaluation ?", "salam, kifach nsjel?", "السلام
# عليكم، كيف أسجل؟") says nothing of its topic and pulled the search away: the first lost a right answer (0.42)
# for a choice between unrelated sections (0.09). The intent model still reads the whole message. What follows the
# greeting must be a question of some length: "salut rafiq, ça va ?" is a greeting, not "ça va ?" searched.
GREETED_QUESTION_WORDS = 4
_GREETING = re.compile(
    r"^\s*(?:bonjour|bonsoir|salut|slt|coucou|hello|hi|salam(?:o|u)?(?:\s*(?:3alaykom|3likom|3likoum|alaykom|"
    r"alikoum|3alikom|aleykoum|alaykoum))?|as+alamu?\s*ala[iy]kum|السلام عليكم(?:\s+ورحمة الله(?:\s+وبركاته)?)?|"
    r"سلام|مرحبا|اهلا|أهلا|صباح الخير|مساء الخير)"
    r"(?:\s+(?:rafiq|رفيق|a tous|à tous|tout le monde|madame|monsieur|khouya|khti))?\s*[,،!.:;]*\s+",
    re.IGNORECASE)


# Saying what one meant ("non, je voulais parler de l'auto-évaluation", "لا، قصدي التقويم الذاتي", "la, 9sdt
# l'observation") names the topic after the frame; the frame's words ("parler", "voulais") pulled the search away
# (the self-assessment page at 0.21, a ticket).
_MEANT = re.compile(
    r"^\s*(?:(?:non|pas ca|pas ça|nan|la|lla|لا|ماشي)\b[\s,،!.]*)?(?:"
    r"(?:je|j')\s*(?:voulais|veux|voudrais)\s+(?:parler\s+(?:de|des|du|d')|dire)|je\s+parl(?:e|ais)\s+(?:de|des|du|d')"
    r"|je\s+pensais\s+(?:a|à)"
    r"|(?:كنت\s+)?(?:اقصد|أقصد|قصدي|كنقصد|نقصد|أعني|اعني)|(?:بغيت|أريد|اريد|كنت\s+أريد)\s+(?:نقول|أن\s+أقول|نهضر\s+على|"
    r"التحدث\s+عن|أتحدث\s+عن|الحديث\s+عن)|(?:كنهضر|أتحدث|اتحدث)\s+(?:على|عن)"
    r"|9sdt|9sadt|kan9sed|kan9sd|9esdi|9asdi|bghit\s+ngoul|bghit\s+nhder\s+3la|kanhder\s+3la)[\s,،:]+",
    re.IGNORECASE)


def without_frame(text: str) -> str:
    """`text` without a frame saying what one meant ("non, je voulais parler de X" → "X"), or `text` itself."""
    rest = _MEANT.sub("", text, count=1)
    return rest if rest != text and re.search(r"\w", rest) else text


def without_opener(text: str) -> str:
    """`text` without the greeting and the conjunction it opens with ("Bonjour, comment …" → "comment …",
    "وكيف …" → "كيف …", "Et pour …" → "pour …"), or `text` itself when it opens otherwise or nothing would be
    left."""
    text = without_frame(text)
    greeted = _GREETING.sub("", text, count=1)
    text = greeted if len(re.findall(r"\w+", greeted)) >= GREETED_QUESTION_WORDS else text  # not "salut, ça va ?"
    rest = _arabic_rest(text)
    if rest is None:
        rest = _LATIN_OPENER.sub("", text, count=1)
    return rest if rest.strip(" ?؟!.,،") else text
