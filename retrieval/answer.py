"""Extractive answers: a span of the best section that reads whole, in the asker's language.

The span is chosen by `retrieval.excerpt` from the section's own text (whole paragraphs, whole lists
in order, tables row by row, the definition first when one is asked for); a span opening on a pronoun
for the section's subject ("Pour la télécharger :") comes after the section's first sentence, which
names it. The answer cites that section; sections the search scored within `SEE_ALSO_GAP` of it (before
the section classifier's term), then its siblings among the first results (same chapter, titles one
word apart), are offered as "see also" (at most `MAX_SEE_ALSO`). Below the confidence threshold there is
no answer, only the reason, and the Tutor escalates.
"""
from __future__ import annotations

from collections.abc import Mapping

from corpus.section import LANGS
from retrieval.blocks import PROSE
from retrieval.excerpt import build_excerpt, cached_blocks
from retrieval.focus import text_tokens
from retrieval.index import RetrievalIndex
from retrieval.openers import names_nothing
from retrieval.types import Answer, Chunk, Citation, Passage

LOW_CONFIDENCE = "low_confidence"
NO_MATCH = "no_match"
SEE_ALSO_GAP = 0.03  # fused-score distance from the best section (the top two often differ by 0.02-0.05)
MAX_SEE_ALSO = 2
SIBLING_DEPTH = 5  # a sibling section is named when the search put it among the first five,
SIBLING_GAP = 0.08  # and within this of the best one (the tutor's three roles: 0.07 apart)

SectionTexts = Mapping[tuple[str, str], str]  # (section id, lang) -> the section's Markdown text


def _version_chunk(index: RetrievalIndex, matched: Chunk, lang: str) -> Chunk:
    """The chunk of the section's `lang` version closest in position to the matched chunk."""
    if matched.lang == lang:
        return matched
    target = index.section_chunks(matched.section_id, lang)
    if not target:
        return matched
    source = index.section_chunks(matched.section_id, matched.lang)
    position = next((i for i, c in enumerate(source) if c.chunk_id == matched.chunk_id), 0)
    return target[min(position, len(target) - 1)]


def section_text(index: RetrievalIndex, section_id: str, lang: str, texts: SectionTexts | None = None) -> str:
    """A section version's text: from `texts` when given, else rebuilt from its chunks."""
    if texts and (section_id, lang) in texts:
        return texts[(section_id, lang)]
    return "\n\n".join(c.text for c in index.section_chunks(section_id, lang))


def select_sentences(question: str, text: str, max_words: int) -> str:
    """The excerpt of a plain text that answers the question (see `retrieval.excerpt`)."""
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "fr"
    return build_excerpt(question, {lang: text}, lang, max_words)


def siblings(a: Chunk, b: Chunk) -> bool:
    """Two sections of one chapter whose titles differ by one word ("Le rôle organisationnel du tuteur" and
    "Le rôle pédagogique du tuteur"; "L'évaluation formative" and "L'évaluation sommative")."""
    if not a.path or a.path != b.path:
        return False
    mine, theirs = text_tokens(a.title), text_tokens(b.title)
    return bool(mine & theirs) and len(mine & theirs) >= min(len(mine), len(theirs)) - 1


def see_also(passages: list[Passage], index: RetrievalIndex, lang: str, cited: set[str]) -> tuple[Citation, ...]:
    """Other sections scored close to the best one, then the best one's siblings the search also found (a
    question on "les rôles du tuteur" answered from one role names the others), in `lang` when they exist."""
    if not passages:
        return ()
    best, found = passages[0], []
    close = [p for p in passages[1:] if best.base - p.base <= SEE_ALSO_GAP]
    related = [p for p in passages[1:SIBLING_DEPTH]
               if p not in close and best.base - p.base <= SIBLING_GAP and siblings(best.chunk, p.chunk)]
    for passage in close + related:
        section_id = passage.chunk.section_id
        if section_id in cited or len(found) >= MAX_SEE_ALSO:
            continue
        version = lang if index.has_version(section_id, lang) else passage.chunk.lang
        found.append(Citation(section_id, index.titles.get((section_id, version), passage.chunk.title), version,
                              passage.chunk.kind))
        cited.add(section_id)
    return tuple(found)


def with_its_subject(excerpt: str, section: str, max_words: int = 120) -> str:
    """The excerpt, after the section's first sentence when it opens on a pronoun for what that sentence names
    ("Pour la télécharger : 1. …" alone: "la" is the attestation the section opened on) and both fit in
    `max_words`."""
    if not names_nothing(excerpt):
        return excerpt
    opening = next((block for block in cached_blocks(section) if block.kind == PROSE and block.sentences), None)
    first = opening.sentences[0] if opening else ""
    fits = len(first.split()) + len(excerpt.split()) <= max_words
    return f"{first}\n\n{excerpt}" if first and fits and first not in excerpt else excerpt


def compose_answer(question: str, passages: list[Passage], lang: str, index: RetrievalIndex,
                   threshold: float, max_words: int = 120, texts: SectionTexts | None = None) -> Answer:
    """An answer in `lang` from the best passage, or no answer and the reason.

    `texts` holds the sections' own text (the engine passes it); without it the text is rebuilt from
    the index's chunks.
    """
    if not passages:
        return Answer(text="", lang=lang, confidence=0.0, reason=NO_MATCH)
    best = passages[0]
    if best.confidence < threshold:
        return Answer(text="", lang=lang, confidence=best.confidence, passages=tuple(passages),
                      reason=LOW_CONFIDENCE)
    chunk = _version_chunk(index, best.chunk, lang)
    versions = {code: section_text(index, chunk.section_id, code, texts) for code in LANGS
                if index.has_version(chunk.section_id, code)}
    text = build_excerpt(question, versions, chunk.lang, max_words, hint=(best.chunk.lang, best.chunk.text))
    if not text:
        text = select_sentences(question, chunk.text, max_words)
    text = with_its_subject(text, versions.get(chunk.lang, ""), max_words)
    citation = Citation(chunk.section_id, chunk.title, chunk.lang, chunk.kind)
    return Answer(text=text, lang=chunk.lang, confidence=best.confidence, citations=(citation,),
                  passages=tuple(passages), see_also=see_also(passages, index, lang, {chunk.section_id}))
