"""An excerpt that reads whole: the span of a section that answers a question, about `max_words` long.

The span is made of whole blocks (see `retrieval.blocks`), in the section's order, the definition first when one is
asked for. A paragraph keeps its sentences in order; a list keeps its lead and all its items in order (items that do
not fit shrink to their heading, "3. Connaître le public : …", or the list stops after its first items with "…"; a
numbered list never has a gap, a bulleted one may skip to the items the question names); a table is given row by row
as "- label : cell" lines. No excerpt opens on a conjunction (see `retrieval.openers`) or on a list number without its
lead. Example::

    build_excerpt("Comment préparer une séance ?", {"fr": section.text}, "fr", max_words=120)
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from retrieval.blocks import PROSE, TABLE, Block, parse_blocks
from retrieval.list_lines import ELLIPSIS, clip as _clip, is_cut as _cut, item_lines as _items, row_lines as _rows
from retrieval.list_lines import shown_lines as _shown_lines, words as _words
from retrieval.focus import (Focus, find_focus, hinted_blocks, item_priority, overlap_total, question_tokens,
                             text_tokens)
from retrieval.openers import drop_opener, leans_back

MIN_PART_WORDS = 25  # a second block is added only when at least this many words are left
MAX_PARTS = 3
STEPS_LEAD_SHARE = 0.35  # for a "how" question, the opening paragraph before the steps takes at most this share
INTRO_SHARE = 0.5  # a paragraph introducing a list is quoted whole up to this share of the words
LIST_STRETCH = 0.3  # a list before the main block may take this share of the words more, to be shown whole
def _opening(sentences: list[str], start: int, budget: int) -> list[str]:
    """Sentences from `start` on, within `budget`, opening on a sentence that stands on its own."""
    while start > 0 and leans_back(sentences[start]) and _words(sentences[start - 1:start + 1]) <= budget:
        start -= 1
    picked: list[str] = []
    for sentence in sentences[start:]:
        if picked and _words(picked) + _words(sentence) > budget:
            break
        picked.append(sentence)
    if not picked:
        return []
    first = drop_opener(picked[0]) if leans_back(picked[0]) else picked[0]
    if first is None:
        return _opening(sentences, start + 1, budget) if start + 1 < len(sentences) else []
    picked[0] = _clip(first, budget)
    return picked


def _prose(block: Block, budget: int, query: set[str], start: int | None = None) -> str:
    """A paragraph from its start (or `start`), or, when too long, its window richest in the question's words."""
    sentences = block.sentences
    if not sentences:
        return ""
    if start is None:
        start = 0
        if _words(sentences) > budget:
            best = -1.0
            for s in range(len(sentences)):
                window = _opening(sentences, s, budget)
                score = len(query & text_tokens(" ".join(window)))
                if score > best:
                    best, start = score, s
    text = " ".join(_opening(sentences, min(start, len(sentences) - 1), budget))
    return f"{block.heading}\n{text}" if block.heading and text else text


def _intros(blocks: Sequence[Block], index: int, budget: int, used: set[int]) -> list[str]:
    """For a list without a lead line, what may introduce it, longest first: the paragraph before it,
    its last sentence, its first sentence (cut short if need be)."""
    if index == 0 or index - 1 in used or blocks[index - 1].kind != PROSE or not blocks[index - 1].sentences:
        return [""]
    sentences, room = blocks[index - 1].sentences, max(int(budget * INTRO_SHARE), 8)
    first, last = drop_opener(sentences[0]), drop_opener(sentences[-1])
    whole = " ".join(sentences) if not leans_back(sentences[0]) else None
    found = [c for c in dict.fromkeys((whole, first, last)) if c and _words(c) <= room]
    found = sorted(found, key=_words, reverse=True)
    return found or ([_clip(first, room)] if first else [""])


def _structured(blocks: Sequence[Block], index: int, budget: int, priority: Sequence[int], lang: str,
                used: set[int]) -> tuple[str, bool]:
    """A list or a table with its lead (or an introduction), within `budget` words; a shorter
    introduction is taken when it lets the whole list be shown. Also whether the paragraph before it was
    quoted as its introduction."""
    block = blocks[index]
    leads = [drop_opener(block.lead) or block.lead] if block.lead else _intros(blocks, index, budget, used)
    best, best_intro = "", False
    for intro in leads:
        lead = "\n".join(p for p in (block.heading, intro) if p)
        room = max(budget - _words(lead), 1)
        if block.kind == TABLE:
            rows = _rows(block, lang)
            kept = [r for n, r in enumerate(rows) if _words(rows[:n + 1]) <= room] or rows[:1]
            lines = kept + [ELLIPSIS] if len(kept) < len(rows) else kept
        else:
            lines = _items(block.items, room, priority, lang)
        text = "\n".join([lead, *lines] if lead else lines)
        quotes_intro = bool(intro) and not block.lead
        best, best_intro = (best, best_intro) if best else (text, quotes_intro)
        if lines[-1] != ELLIPSIS:
            return text, quotes_intro
    return best, best_intro


def _introduced_list(blocks: Sequence[Block], index: int, budget: int) -> int:
    """The list (or table) a short paragraph introduces, which is quoted with it; else `index`."""
    nxt = index + 1
    announces = blocks[index].announces_next and nxt < len(blocks) and bool(blocks[nxt].lead)  # its list: with it
    if announces or (blocks[index].kind == PROSE and nxt < len(blocks) and blocks[nxt].kind != PROSE
                     and not blocks[nxt].lead and not blocks[nxt].heading
                     and _words(blocks[index].lead) <= budget * INTRO_SHARE):
        return nxt
    return index


def render(blocks: Sequence[Block], focus: Focus, lang: str, max_words: int, query: set[str]) -> str:
    """The excerpt chosen by `focus`: the definition, the main block, then what else fits."""
    if (main := _introduced_list(blocks, focus.main, max_words)) != focus.main:  # a list with its lead line: the
        announced = (focus.main,) if blocks[main].lead else ()  # paragraph announcing it is quoted too
        focus = Focus(main, tuple(i for i in announced + focus.extras if i != main), (), focus.definition)
    parts: dict[int, str] = {}
    first = ""
    used: set[int] = set()
    if focus.definition is not None:
        b, s = focus.definition
        own = _words(blocks[b].sentences[s]) if blocks[b].sentences else 0
        share = max_words if b == focus.main else min(max_words, max(max_words // 2, own))
        first = _prose(blocks[b], share, query, start=s)
        used.add(b)
    for index in (focus.main, *focus.extras):
        left = max_words - _words(first) - sum(_words(p) for p in parts.values())
        if index in used or len(parts) + bool(first) >= MAX_PARTS or (used and left < MIN_PART_WORDS):
            continue
        block, is_main = blocks[index], index == focus.main
        if block.kind == PROSE and is_main and focus.steps and not first:  # the steps asked for must fit after it
            text, quotes_intro = _prose(block, int(max_words * STEPS_LEAD_SHARE), query, start=0), False
            fits = True
        elif block.kind == PROSE:  # another paragraph is added only when it fits whole
            text, quotes_intro = _prose(block, left if is_main else 10 ** 6, query), False
            fits = is_main or _words(text) <= left
        else:  # another list or table when at least two of its lines fit
            priority = focus.items if is_main else item_priority(query, block)  # the items the question names
            text, quotes_intro = _structured(blocks, index, left, priority, lang, used)
            if focus.steps and focus.extras[:1] == (index,) and _cut(text):
                whole, whole_intro = _structured(blocks, index, max_words, priority, lang, used)
                if not _cut(whole):  # the steps asked for, whole when they fit the budget on
                    text, quotes_intro = whole, whole_intro  # their own (a cycle of four came as "1. Planifier : …")
            if not is_main and _cut(text) and index < max(used | {focus.main}):
                whole, whole_intro = _structured(blocks, index, left + int(max_words * LIST_STRETCH), priority, lang,
                                                 used)
                text, quotes_intro = (whole, whole_intro) if not _cut(whole) else ("", False)
            fits = is_main or (_shown_lines(text) >= min(2, len(block.items) + len(block.rows))
                               and (not _cut(text) or index > max(used | {focus.main})))
            # another list cut short ("…") comes last or not at all: two conditions of four, "…", then the next
            # paragraph read as the whole list
        if text and fits:
            parts[index] = text
            used.add(index)
            if quotes_intro:
                used.add(index - 1)  # the paragraph introducing the list is in it: never quoted twice
            if block.kind != PROSE and _cut(text):
                break  # nothing after a list cut short: the trainer reads on with "la suite"
    return _join_parts(blocks, first, parts)


def _join_parts(blocks: Sequence[Block], first: str, parts: dict[int, str]) -> str:
    """The parts in the section's order (the definition first); a list follows its intro directly."""
    text, previous = first, -2
    for index in sorted(parts):
        follows_intro = index == previous + 1 and not blocks[index].lead and blocks[index].kind != PROSE
        glue = "\n" if follows_intro else "\n\n"
        text = f"{text}{glue}{parts[index]}" if text else parts[index]
        previous = index
    return text


def same_shape(a: Sequence[Block], b: Sequence[Block]) -> bool:
    """True when two language versions have the same shape (same kinds, same item counts)."""
    return [(x.kind, len(x.items), len(x.rows)) for x in a] == [(x.kind, len(x.items), len(x.rows)) for x in b]


@functools.lru_cache(maxsize=1024)
def cached_blocks(text: str) -> tuple[Block, ...]:
    """The blocks of a section's text, parsed once."""
    return tuple(parse_blocks(text))


def build_excerpt(question: str, versions: Mapping[str, str], lang: str, max_words: int = 120,
                  hint: tuple[str, str] | None = None) -> str:
    """The excerpt of `versions[lang]` answering `question`; `versions` may hold the other language's
    text (to read a question asked in that language) and `hint` is (lang, text) of the matched chunk."""
    blocks = {code: cached_blocks(text) for code, text in versions.items() if text.strip()}
    target = blocks.get(lang)
    if not target:
        return ""
    query = question_tokens(question)
    readable = [c for c in blocks if c == lang or same_shape(blocks[c], target)]
    reader = max(readable, key=lambda c: (overlap_total(query, blocks[c]), c == lang))
    hinted = None
    if hint and hint[0] in blocks and (hint[0] == reader or same_shape(blocks[hint[0]], blocks[reader])):
        hinted = hinted_blocks(blocks[hint[0]], hint[1])
    focus = find_focus(question, blocks[reader], hinted, query)
    if focus.definition and reader != lang:
        b, s = focus.definition
        focus = Focus(focus.main, focus.extras, focus.items, (b, max(0, min(s, len(target[b].sentences) - 1))))
    return render(target, focus, lang, max_words, query)


def shown_blocks(blocks: Sequence[Block], shown: str) -> set[int]:
    """The blocks of which an excerpt already showed a sentence, an item or a row."""
    def pieces(block: Block) -> list[str]:
        return [*block.sentences, *(i.text for i in block.items), *(" ".join(r) for r in block.rows)]

    flat = re.sub(r"\s+", " ", shown)
    return {i for i, block in enumerate(blocks)
            if any(len(p) > 12 and re.sub(r"\s+", " ", p).strip()[:60] in flat for p in pieces(block))}


def next_excerpt(shown: str, text: str, lang: str, max_words: int = 120) -> str:
    """What the section says after the excerpt `shown` ("plus de détails", a follow-up the section's words do
    not match): the first block after the last one shown, then what fits; "" when the section has no more."""
    blocks = cached_blocks(text)
    seen = shown_blocks(blocks, shown)
    if not blocks or not seen:
        return ""
    after = [i for i in range(max(seen) + 1, len(blocks))] or [i for i in range(len(blocks)) if i not in seen]
    if not after:
        return ""
    return render(blocks, Focus(after[0], tuple(after[1:])), lang, max_words, set())


def opening_excerpt(text: str, lang: str, max_words: int = 120) -> str:
    """The section from its start, as much as fits (a section chosen by its number from a list of sections)."""
    blocks = cached_blocks(text)
    return render(blocks, Focus(0, tuple(range(1, len(blocks)))), lang, max_words, set()) if blocks else ""
