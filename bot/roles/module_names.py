"""Which module a message names: "module 2", "m2", "الوحدة الثانية", "المودول التالت", "الموديول الرابع", "2e module",
in normalized text (`retrieval.normalize.normalize_text`: no accents, folded alef, taa marbuta as ه)."""
from __future__ import annotations

import re

_BORROWED_MODULE = r"الموديول|المودول|الموديل"  # the French word in Arabic script (masculine)
# "المجزوء" without its ta marbuta, as Darija and hurried MSA write it ("فوقاش كيسالي المجزوء 6؟", "المجزوء الرابع"):
# masculine like the borrowed word
_MASCULINE_MODULE = _BORROWED_MODULE + r"|المجزوء(?!ه)"
MODULE_NUM = re.compile(
    r"(?:\bl?modu?les?|\bmod|\bl?w[ae][7h]da|الوحده|وحده|المجزوءه?|مجزوءه?|موديول|مودول|" + _BORROWED_MODULE + r")"
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
_AR_ORDINAL = re.compile(r"(?:ال|لل)(?:وحده|مجزوءه)\s+(" + "|".join(
    o.split("|")[0] for o in _ORDINALS.values()) + r")")
_AR_MASCULINE = re.compile(r"(?:" + _MASCULINE_MODULE + r")\s+(" + "|".join(_MASCULINE) + r")(?:\s|$|[؟?])")
MODULE_WORD = re.compile(r"\bl?modu?les?\b|(?:ال|لل)وحده|(?:ال|لل)مجزوءه?|" + _BORROWED_MODULE)

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
