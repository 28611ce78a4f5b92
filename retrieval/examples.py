"""The example a section gives, for "un exemple ?" / "عطيني مثال" / "3tini mital" after an answer from it.

A section's examples sit in a sentence, a list item or a table row that opens on "Exemple :" / "مثال:", that
announces one ("par exemple :", "مثلا:"), or that quotes the words to say («Comment as-tu vécu la séance ?»).
A "par exemple" in passing ("ressources disponibles, par exemple sur e-Takwine") is not one, but when a section
gives no example, the sentence that says one in passing is the nearest thing to it (the peer-assessment page:
"Dans un MOOC, par exemple sur e-Takwine, la plateforme…"; "3tini mital" got its common mistakes). Step 6 of the
session-preparation list is: "Minuter. Pour une séance de trois heures, par exemple : accroche 20 min, …".
The excerpt is that piece whole, with the sentences that follow it in its paragraph while they fit; a list item
is quoted without its number (it would read out of context). Pieces already shown are skipped; among the rest,
the one sharing most words with the request comes first, then the surer mark, then the section's order.

    example_excerpt("un exemple de déroulé", shown, section_text, "fr", max_words=120)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.blocks import PROSE
from retrieval.excerpt import cached_blocks
from retrieval.focus import question_tokens, text_tokens
from retrieval.openers import drop_opener

OPENS_ON_EXAMPLE = re.compile(r"(?i)^\W*(exemples?\b|à titre d'exemple|par exemple\s*[,:]|"
                              r"مثال|أمثلة|مثلا|مثلاً|على سبيل المثال)")
ANNOUNCES_EXAMPLE = re.compile(r"(?i)(par exemple|exemples?|مثلا|مثلاً|مثال|على سبيل المثال)\s*:")
QUOTED_WORDS = re.compile(r"[«“]\s*\S+(?:\s+\S+){2,}?[^»”]*[»”]")


IN_PASSING = re.compile(r"(?i)\b(?:par exemple|notamment)\b|(?<!\w)(?:مثلا|مثلاً|على سبيل المثال)(?!\w)")
# a paragraph of mistakes quotes what not to do ("Pièges : … (« tout est excellent »)"): not an example of the method
MISTAKES = re.compile(r"(?i)^\W*(?:pi[eè]ges|erreurs?\b|(?:و?من )?(?:ال)?أخطاء)")
MARKED = 2  # the strength of a piece that gives an example (not one said in passing)


def example_strength(text: str) -> int:
    """3: opens on "Exemple"; 2: announces one or quotes the words to say; 1: "par exemple" in passing; 0: none."""
    if OPENS_ON_EXAMPLE.search(text):
        return 3
    if ANNOUNCES_EXAMPLE.search(text) or (QUOTED_WORDS.search(text) and not MISTAKES.search(text)):
        return MARKED
    return 1 if IN_PASSING.search(text) else 0
MIN_WORDS = 6  # a marked piece shorter than this ("Exemple :" alone) is read with what follows it
ENOUGH_WORDS = 48  # the sentences after a marked one are added until the example is about this long


@dataclass(frozen=True)
class _Piece:
    text: str  # the marked sentence, item or row, with what follows it in its paragraph
    strength: int
    order: int
    own: str = ""  # the marked item alone, when `text` quotes its list's lead before it (what "shown" is checked on)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pieces(section_text: str, max_words: int) -> list[_Piece]:
    """The section's example-bearing pieces, in order, each within `max_words`."""
    pieces: list[_Piece] = []
    for block in cached_blocks(section_text):
        if block.kind == PROSE:
            sentences = block.sentences
            for i, sentence in enumerate(sentences):
                strength = example_strength(sentence)
                if not strength:
                    continue
                taken = [drop_opener(sentence) or sentence]
                for following in sentences[i + 1:]:
                    if len(" ".join([*taken, following]).split()) > max_words:
                        break
                    taken.append(following)
                    if len(" ".join(taken).split()) >= ENOUGH_WORDS:
                        break
                pieces.append(_Piece(" ".join(taken), strength, len(pieces)))
        else:
            lines = [item.text for item in block.items] + [" : ".join(row) for row in block.rows]
            lead_strength = example_strength(block.lead or "")
            for line in lines:
                strength = example_strength(line)
                if strength:
                    pieces.append(_Piece(_read_whole(line, block.lead or ""), strength, len(pieces), line))
                elif lead_strength >= MARKED:  # "Exemple de dispositif sur e-Takwine :" then its items
                    pieces.append(_Piece(f"{block.lead}\n" + "\n".join(f"- {x}" for x in lines),
                                         lead_strength, len(pieces)))
                    break
    return [p for p in pieces if len(p.text.split()) >= MIN_WORDS]


LEAD_MAX_WORDS = 20
_FRAGMENT_END = (";", "؛", ",", "،")


def _read_whole(item: str, lead: str) -> str:
    """A list item quoted as an example: with its list's short lead when the item alone reads as a fragment (it
    ends on ";" or "؛", or opens in lower case: "التمثلات الأولية، بما فيها الخاطئة، مثل «…»؛" under "ما يمكن أن
    يستهدفه:"), ending on a full stop."""
    fragment = item.rstrip().endswith(_FRAGMENT_END) or item[:1].islower()
    if not fragment:
        return item
    whole = item.rstrip().rstrip("".join(_FRAGMENT_END)).rstrip()
    whole += "" if whole.endswith((".", "!", "?", "؟")) else "."  # not "élèves ».."
    return f"{lead}\n- {whole}" if lead and len(lead.split()) <= LEAD_MAX_WORDS else whole


def example_excerpt(request: str, shown: str, section_text: str, lang: str, max_words: int = 120,
                    topic: str = "") -> str:
    """The section's example for `request` not already shown whole in `shown`, or "" when it gives none. Among
    pieces the request's words do not tell apart, the one sharing most words with `topic` (the question the section
    answered: "un exemple ?" after the opening of a session was given the closing's example) comes first."""
    seen = _flat(shown)
    pieces = _pieces(section_text, max_words)
    if any(p.strength >= MARKED for p in pieces):  # an example said in passing only when the section gives none
        pieces = [p for p in pieces if p.strength >= MARKED]
    fresh = [p for p in pieces if _flat(p.own or p.text)[:80] not in seen]
    if not fresh:
        return ""
    wanted, about = question_tokens(request), question_tokens(topic) if topic else set()
    best = max(fresh, key=lambda p: (len(wanted & text_tokens(p.own or p.text)), len(about & text_tokens(p.text)),
                                     p.strength, -p.order))
    words = best.text.split()
    return best.text if len(words) <= max_words else " ".join(words[:max_words]) + " …"
