"""One numbered step of a section, for "détaillez le point 5", "وما هي المرحلة السادسة؟", "chno hiya l'étape 3?".

An answer gives a long numbered list as its steps' headings ("5. Choisir les activités, en quatre temps : …");
a trainer then asks for one step by its number or its ordinal. `asked_step` reads the number; `step_excerpt`
gives that item whole, after the line that leads its list, or the last sentence of the paragraph before it
(a list number never opens an excerpt)::

    asked_step("Pouvez-vous détailler le point 5 ?")          # 5
    step_excerpt(section_text, 5)    # "Voici une démarche pas à pas.\n5. Choisir les activités, en quatre temps : …"
"""
from __future__ import annotations

import re

from retrieval.blocks import LIST
from retrieval.excerpt import cached_blocks
from retrieval.normalize import normalize_text
from retrieval.openers import drop_opener

_FR_ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
                "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
                "dixieme": 10}
_AR_ORDINALS = {"الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3, "الرابع": 4,
                "الرابعه": 4, "الخامس": 5, "الخامسه": 5, "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7,
                "الثامن": 8, "الثامنه": 8, "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10}
_STEP_WORD = (r"(?:point|etape|item|numero|element|phase|nu9ta|no9ta|noqta|n9ta|nokta|khatwa|mar[7h]ala|"
              r"النقطه|نقطه|الخطوه|خطوه|المرحله|مرحله|العنصر|البند|الرقم|رقم)")
_BY_NUMBER = re.compile(rf"(?:^|\s|l'|l\s){_STEP_WORD}\s*(?:n°|no|numero|رقم)?\s*(\d{{1,2}})(?!\d)")
_NUMBER_FIRST = re.compile(rf"(?:^|\s)(?:la |le |l')?(\d{{1,2}})\s*(?:e|eme|er|ere)\s+{_STEP_WORD}")
_ORDINAL_FIRST = re.compile(rf"(\w+)\s+{_STEP_WORD}")   # "cinquième étape"
_ORDINAL_AFTER = re.compile(rf"{_STEP_WORD}\s+(\w+)")   # "المرحلة السادسة"
# "et le 8 ?", "w 8?", "و 8؟" right after a step: the next one asked by its number alone (a newcomer got the whole list)
_AND_NUMBER = re.compile(r"^(?:et|w|o|wa|و)\s*(?:(?:le|la|l'|l)\s*)?(\d{1,2})\W*$")


def asked_step(text: str) -> int | None:
    """The step number a message asks about ("le point 5", "la 3e étape", "cinquième étape", "المرحلة السادسة",
    "الخطوة 3", "nu9ta 4"), or None."""
    norm = normalize_text(text)
    for pattern in (_BY_NUMBER, _NUMBER_FIRST, _AND_NUMBER):
        found = pattern.search(norm)
        if found:
            return int(found.group(1))
    for pattern in (_ORDINAL_FIRST, _ORDINAL_AFTER):
        for found in pattern.finditer(norm):
            number = _FR_ORDINALS.get(found.group(1)) or _AR_ORDINALS.get(found.group(1))
            if number:
                return number
    return None


def step_excerpt(section_text: str, number: int) -> str:
    """Item `number` of the section's first numbered list that has one, after the words that lead its list when they
    name it ("Étapes pour le préparer :"); "" if none."""
    blocks = cached_blocks(section_text)
    for index, block in enumerate(blocks):
        if block.kind != LIST or not any(item.numbered for item in block.items):
            continue
        item = next((i for i in block.items if i.numbered and i.marker.rstrip(".)") == str(number)), None)
        if item is None:
            continue
        before = blocks[index - 1] if index and blocks[index - 1].kind != LIST else None
        lead = block.lead or (before.sentences[-1] if before is not None and before.sentences else "")
        lead = drop_opener(lead) or ""  # "وهذه منهجية خطوة بخطوة." reads "هذه منهجية خطوة بخطوة."
        if not lead.rstrip().endswith((":", "：")):  # "Voici une démarche pas à pas." before step 6 read as stray
            lead = ""  # (two newcomers); "Étapes pour le préparer :" says what the list is
        line = f"{number}. {item.text}"
        return f"{lead.strip()}\n{line}" if lead.strip() else line
    return ""
