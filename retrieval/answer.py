"""Extractive answers: the most relevant sentences of the best section, in the asker's language.

Below the confidence threshold there is no answer, only the reason, and the Tutor escalates.
"""
from __future__ import annotations

from retrieval.chunking import split_sentences
from retrieval.index import RetrievalIndex
from retrieval.normalize import tokenize
from retrieval.types import Answer, Chunk, Citation, Passage

LOW_CONFIDENCE = "low_confidence"
NO_MATCH = "no_match"


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


def select_sentences(question: str, text: str, max_words: int) -> str:
    """Keep the opening sentence and the sentences sharing most words with the question, in order."""
    sentences = split_sentences(text)
    if not sentences:
        return ""
    q_tokens = set(tokenize(question))
    scored = []
    for i, sentence in enumerate(sentences):
        overlap = len(q_tokens & set(tokenize(sentence)))
        scored.append((overlap + (0.5 if i == 0 else 0.0) - 0.01 * i, i))
    chosen: set[int] = set()
    words = 0
    for _, i in sorted(scored, reverse=True):
        n = len(sentences[i].split())
        if chosen and words + n > max_words:
            continue
        chosen.add(i)
        words += n
        if words >= max_words * 0.8:
            break
    picked = " ".join(sentences[i] for i in sorted(chosen))
    tokens = picked.split()
    if len(tokens) > max_words + 20:
        picked = " ".join(tokens[:max_words]) + " …"
    return picked


def compose_answer(question: str, passages: list[Passage], lang: str, index: RetrievalIndex,
                   threshold: float, max_words: int = 120) -> Answer:
    """An answer in `lang` from the best passage, or no answer and the reason."""
    if not passages:
        return Answer(text="", lang=lang, confidence=0.0, reason=NO_MATCH)
    best = passages[0]
    if best.confidence < threshold:
        return Answer(text="", lang=lang, confidence=best.confidence, passages=tuple(passages),
                      reason=LOW_CONFIDENCE)
    chunk = _version_chunk(index, best.chunk, lang)
    text = select_sentences(question, chunk.text, max_words)
    citations = [Citation(chunk.section_id, chunk.title, chunk.lang, chunk.kind)]
    for other in passages[1:2]:
        if other.confidence >= threshold and best.score - other.score < 0.01:
            c = _version_chunk(index, other.chunk, lang)
            citations.append(Citation(c.section_id, c.title, c.lang, c.kind))
    return Answer(text=text, lang=chunk.lang, confidence=best.confidence, citations=tuple(citations),
                  passages=tuple(passages))
