"""Which part of a section answers a question: its main block, its best list items, and, for
"qu'est-ce que / c'est quoi / ما هو / شنو هو / chno howa" questions, the defining sentence.

Blocks are scored by the question's words they contain (rarer words in the section weigh more), with
four nudges: the block the search matched, a list for "comment / كيف / kifach" questions, a table for
"quelle différence / ما الفرق / lfar9" questions, and the opening paragraph. Example::

    focus = find_focus("Quelles étapes pour construire une grille ?", parse_blocks(section.text))
    focus.main  # the index of the "Étapes :" list
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.blocks import LIST, PROSE, TABLE, Block
from retrieval.chunking import split_sentences
from retrieval.darija import query_variants
from retrieval.language import detect_language
from retrieval.normalize import normalize_text, tokenize

_DEFINITION = re.compile(
    r"qu'?est[- ]ce qu|c'?est quoi|\bc quoi\b|\bque (?:signifie|veut dire|designe)\b|\bca veut dire\b"
    r"|\bdefini|qu'entend[- ]on|qu'appelle[- ]t[- ]on"
    r"|(?:^|\s)(?:ما|ماذا|شنو|اشنو|شنهو|اش)\s+(?:هو|هي|هيا|هوا|معني|المقصود|يعني|نقصد|كيعني|تعني)(?:\s|$|[؟?])"
    r"|ماهو|ماهي|شنوهو|شنوهي|تعريف|(?:^|\s)عرف\s"
    r"|\b(?:chno|chnou|chnu|achno|ach|ashno|shno|chnou)\s*(?:howa|huwa|houwa|hiya|hia|hya|m3na|ma3na|y3ni|kay3ni)\b"
    r"|\b(?:a?chnahowa|a?chnahiya)\b")
_PROCEDURE = re.compile(
    r"\bcomment\b|\betapes?\b|\bdemarche\b|\bprocedure\b|\bque faire\b|\bmarche a suivre\b|\bs'y prendre\b"
    r"|كيف|كيفاش|الخطوات|خطوات|مراحل|المراحل|\bkif(?:ach|ash|ech|ah)?\b|\bkhotowat\b")
_COMPARISON = re.compile(
    r"\bdifferen|\bdiff\b|\bdistingu|\bcompar|\bvs\b|\bversus\b|\bou bien\b"
    r"|فرق|الفرق|لفرق|يميز|نميز|مقارنه|\bl?far[9q]\b|\bkayfr[a9]\b")

# A sentence that gives examples is not a definition, however many of the question's words it holds ("c quoi la
# diff entre MOOC et SPOC" opened on "Exemples : … xMOOC ; … SPOC hybride ; … cMOOC.")
_EXAMPLES = re.compile(r"(exemples?|par exemple|a titre d'exemple|مثال|امثله|مثلا|من الامثله)\s*[:،,]")
# nor a sentence of a paragraph on pitfalls ("ما هي الطرائق النشيطة؟" opened on "أخطاء شائعة: الخلط بين النشاط…",
# whose "تكوين الأساتذة بطرائق نشيطة هو…" holds more of its words than the section's opening, a newcomer)
_PITFALLS = re.compile(r"(pieges?|erreurs? (frequentes?|courantes?)|a eviter|(ومن )?(من )?(ال)?اخطاء (ال)?شايعه"
                       r"|(اما )?المزلق|مزالق)\s*[:،,]?")
# "How long / how many?": the answer is a figure ("combien de temps pour avoir une réponse ?" got the section's framing
# opening, no delay in it; the paragraph with "48 heures" comes after)
_QUANTITY = re.compile(r"\bcombien\b|\bquel(?:le)? (?:delai|duree|nombre)\b|\bch?7al\b|\bchhal\b|\bchh?al\b|\bhow (?:long|many)\b"
                       r"|(?:^|\s)(?:كم|شحال|شحال من|ما مده|ما هي مده)(?:\s|$)")
# a figure with its unit ("48 heures", "48 ساعة", "10 Mo"), not a module's number ("واجب الوحدة 2")
_FIGURE = re.compile(r"\d+\s*(?:h\b|heures?|minutes?|jours?|semaines?|mois\b|ans?\b|%|mo\b|ko\b|go\b|caracteres|mots|"
                     r"ساع|دقيق|يوم|ايام|أيام|اسبوع|أسبوع|اسابيع|أسابيع|شهر|اشهر|أشهر|سن|كلم|%)", re.IGNORECASE)
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# A question answered by yes or no ("wach n9der ntab3 lmooc mn telephone?", "est-ce que je peux…", "هل يمكن…"): a
# section's opening says yes or no ("نعم، في معظم الأنشطة"); it got the paragraph after it, which read like a no
_YES_NO = re.compile(r"^\W*(?:(?:salam|slm|bonjour|salut)\W+)?(?:wach|wash|est[- ]ce qu|peut[- ]on|puis[- ]je|je peux|on peut|"
                     r"(?:(?:ال)?سلام(?: عليكم)?\W+)?(?:واش|هل))\b")
# a question about what goes wrong: the paragraph on pitfalls is then its answer
_ASKS_PITFALLS = re.compile(r"\bpieges?\b|\berreurs?\b|\beviter\b|\bfautes?\b|\bdangers?\b|\brisques?\b"
                            r"|(?<!\w)(?:ال|و|ب)?(?:اخطاء|خطا|اغلاط|غلطات|تجنب|نتجنب|مزالق|مخاطر)(?!\w)"
                            r"|\bl?(?:a|e)?khta2a?\b|\bghalat\b|\bghlat\b")
PITFALLS_SHARE = 0.5  # the weight of a paragraph on pitfalls for any other question
HINT_BONUS = 0.75  # the block the search matched
LIST_BONUS = 1.0  # a numbered list, for a "how" question (half for a bulleted one)
TABLE_BONUS = 2.0  # a table, for a "what is the difference" question (it is the answer)
OPENING_BONUS = 0.25  # the section's first block


@dataclass(frozen=True)
class Focus:
    """Where an answer lies: the main block, other relevant blocks (best first), the main list's
    items that match (best first) and, for a definition question, (block, sentence) of the definition."""

    main: int
    extras: tuple[int, ...] = ()
    items: tuple[int, ...] = ()
    definition: tuple[int, int] | None = None
    steps: bool = False  # a "how" question whose steps come after the opening: the opening is kept short


def question_kinds(question: str) -> frozenset[str]:
    """What the question asks for: "definition", "procedure", "comparison", "quantity" (none, one or several)."""
    text = normalize_text(question)
    patterns = (("definition", _DEFINITION), ("procedure", _PROCEDURE), ("comparison", _COMPARISON),
                ("quantity", _QUANTITY), ("yes_no", _YES_NO))
    return frozenset(kind for kind, pattern in patterns if pattern.search(text))


_CONNECTOR = re.compile(r"^\s*(?:et|w|o|wa)\s+|^\s*و(?=\S)")


def defined_term(question: str) -> str | None:
    """What a definitional question asks to define ("وما هو التعلم النشط؟" -> "التعلم النشط", "c'est quoi le TPACK ?"
    -> "le tpack"), normalized; None for another kind of question."""
    text = _CONNECTOR.sub("", normalize_text(question))
    found = _DEFINITION.search(text)
    return _DEFINITION.sub(" ", text).strip(" ?؟!.،,") if found else None


def question_tokens(question: str) -> set[str]:
    """The question's search words, with those of its MSA rewrite for Darija and Arabizi, and a hyphenated word
    also read joined ("auto-évaluation" is the guide's "autoévaluation", "co-animation" its "coanimation")."""
    variants = query_variants(question, detect_language(question).code) if question.strip() else []
    joined = _HYPHEN.sub("", question)
    return {t for v in variants for t in tokenize(v)} | (set(tokenize(joined)) if joined != question else set())


@functools.lru_cache(maxsize=8192)
def text_tokens(text: str) -> frozenset[str]:
    """The search words of a piece of section text (cached: sections are read again and again)."""
    return frozenset(tokenize(text))


def _weights(query: set[str], token_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """The question's words that occur in the section, rarer ones weighing more."""
    n = len(token_sets)
    found = {t: sum(t in s for s in token_sets) for t in query}
    return {t: 1.0 + math.log((n + 1) / (df + 1)) for t, df in found.items() if df}


def _overlap(weights: dict[str, float], tokens: frozenset[str]) -> float:
    return sum(w for t, w in weights.items() if t in tokens)


def overlap_total(query: set[str], blocks: Sequence[Block]) -> float:
    """How much of the question a version of the section contains (to pick the version to read)."""
    tokens = set().union(*(text_tokens(b.text) for b in blocks)) if blocks else set()
    return float(len(query & tokens))


def hinted_blocks(blocks: Sequence[Block], hint: str) -> set[int]:
    """The blocks mostly inside the matched chunk's text, or holding most of it."""
    hint_tokens = text_tokens(hint)
    found = set()
    for i, block in enumerate(blocks):
        tokens = text_tokens(block.text)
        shared = len(tokens & hint_tokens)
        if tokens and hint_tokens and max(shared / len(tokens), shared / len(hint_tokens)) >= 0.5:
            found.add(i)
    return found


def _definition(query_weights: dict[str, float], blocks: Sequence[Block], compared: bool = False
                ) -> tuple[int, int] | None:
    """(block, sentence) of the sentence defining what is asked: the opening one unless a later
    sentence holds more of the question's words (two at least when two things are `compared`: "Piège :
    l'abandon massif, fréquent dans les MOOC" does not define the difference between a MOOC and a SPOC)."""
    candidates = [(b, s, text_tokens(sentence)) for b, block in enumerate(blocks) if block.kind == PROSE
                  for s, sentence in enumerate(split_sentences(block.lead))
                  if (b == 0 and s == 0) or not (_EXAMPLES.match(normalize_text(sentence))
                                                 or _PITFALLS.match(normalize_text(block.lead)))]
    if not candidates:
        return None
    counts = [len(query_weights.keys() & tokens) for _, _, tokens in candidates]
    best = max(range(len(candidates)), key=lambda i: (counts[i], -i))
    pick = best if counts[best] > counts[0] and (counts[best] >= 2 or not compared) else 0
    return candidates[pick][0], candidates[pick][1]


def item_priority(query: set[str], block: Block) -> tuple[int, ...]:
    """The items of a list block that share words with the question, best first (none for a paragraph)."""
    if not block.items:
        return ()
    item_weights = _weights(query, [text_tokens(it.text) for it in block.items])
    item_scores = [_overlap(item_weights, text_tokens(it.text)) for it in block.items]
    return tuple(sorted((i for i, s in enumerate(item_scores) if s > 0), key=lambda i: (-item_scores[i], i)))


def find_focus(question: str, blocks: Sequence[Block], hinted: set[int] | None = None,
               query: set[str] | None = None) -> Focus:
    """Score the blocks of one version of a section for this question."""
    if not blocks:
        return Focus(main=0)
    query = question_tokens(question) if query is None else query
    kinds = question_kinds(question)
    steps = False
    token_sets = [text_tokens(b.text) for b in blocks]
    weights = _weights(query, token_sets)
    asks_pitfalls = bool(_ASKS_PITFALLS.search(normalize_text(question)))
    scores = []
    for i, block in enumerate(blocks):
        score = _overlap(weights, token_sets[i])
        if block.kind != PROSE:
            score += 0.5 * _overlap(weights, text_tokens(f"{block.heading} {block.lead}"))
        if hinted and i in hinted:
            score += HINT_BONUS
        if "procedure" in kinds and block.kind == LIST:
            score += LIST_BONUS if block.items[0].numbered else LIST_BONUS / 2
        if "comparison" in kinds and block.kind == TABLE:
            score += TABLE_BONUS
        if not asks_pitfalls and _PITFALLS.match(normalize_text(block.lead or block.text)):
            score *= PITFALLS_SHARE  # what to avoid is quoted when asked for, not in place of what to do
        scores.append(score + (OPENING_BONUS if i == 0 else 0.0))
    order = sorted(range(len(blocks)), key=lambda i: (-scores[i], i))
    main = order[0]
    extras = tuple(i for i in order[1:] if scores[i] > 0 and scores[i] >= 0.5 * scores[main])
    if "procedure" in kinds and blocks[main].kind == PROSE:  # "comment animer le forum ?": the way to do it too,
        how = next((i for i in order if blocks[i].kind == LIST), None)  # not only the paragraph naming the task
        steps = how is not None and how > main
        extras = extras if how is None else (how, *(i for i in extras if i != how))  # first: the pitfalls came
        # before the steps ("Quelles sont les étapes du micro-enseignement ?" got the definition and "Pièges : …")
    if "yes_no" in kinds and main != 0 and blocks[0].kind == PROSE and not steps:  # the opening's yes or no first
        main, extras = 0, (main, *(i for i in extras if i not in (0, main)))
    if "quantity" in kinds and not _FIGURE.search(blocks[main].text):  # the first block with a figure comes next
        figure = next((i for i in order if _FIGURE.search(blocks[i].text)), None)
        extras = extras if figure is None else (figure, *(i for i in extras if i != figure))
    items = item_priority(query, blocks[main])
    definition = _definition(weights, blocks, "comparison" in kinds) if "definition" in kinds else None
    return Focus(main, extras, items, definition, steps)
