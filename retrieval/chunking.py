"""Split sections into chunks of about 100 words at paragraph and sentence boundaries.

Each of a section's `questions` becomes a chunk of its own with role "question": a search key that
points at the section, embedded like the text (as a passage: on the tuned set this matched trainers'
questions as well as the query role did), never quoted.
"""
from __future__ import annotations

import re
from typing import Iterable

from corpus.section import Section
from retrieval.types import QUESTION, Chunk

SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?؟。…])\s+|(?<=\s[!?؟])\s+|\n+")  # "5. Étape" is not an end
CHUNKER_VERSION = 3  # bump when chunking changes, so that existing indexes are rebuilt
TARGET_WORDS = 110
MAX_WORDS = 160


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (Latin and Arabic punctuation, bullet lines)."""
    parts = [p.strip(" \t-•*") for p in SENTENCE_END.split(text)]
    return [p for p in parts if p]


def _pieces(text: str) -> list[str]:
    """Paragraphs, with over-long paragraphs cut into sentences."""
    pieces: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        if len(para.split()) <= MAX_WORDS:
            pieces.append(para)
        else:
            pieces.extend(split_sentences(para))
    return pieces


def chunk_section(section: Section, first_id: int, target_words: int = TARGET_WORDS) -> list[Chunk]:
    """Cut one section into chunks; each chunk keeps the section's id, language and title."""
    chunks: list[Chunk] = []
    buffer: list[str] = []
    words = 0

    def flush() -> None:
        nonlocal buffer, words
        if buffer:
            chunks.append(
                Chunk(
                    chunk_id=first_id + len(chunks),
                    section_id=section.id,
                    lang=section.lang,
                    title=section.title,
                    text="\n\n".join(buffer),
                    kind=section.kind,
                    path=section.path,
                )
            )
        buffer, words = [], 0

    for piece in _pieces(section.text):
        n = len(piece.split())
        if buffer and words + n > target_words and words >= target_words // 2:
            flush()
        buffer.append(piece)
        words += n
    flush()
    # fold a short tail into the previous chunk so no chunk is a stub
    if len(chunks) >= 2 and len(chunks[-1].text.split()) < target_words // 3:
        tail = chunks.pop()
        prev = chunks.pop()
        chunks.append(Chunk(prev.chunk_id, prev.section_id, prev.lang, prev.title,
                            prev.text + "\n\n" + tail.text, prev.kind, prev.path))
    return chunks


def question_chunks(section: Section, first_id: int) -> list[Chunk]:
    """One "question" chunk per distinct question of the section."""
    questions = list(dict.fromkeys(q for q in section.questions if q.strip()))
    return [Chunk(first_id + i, section.id, section.lang, section.title, q, section.kind, section.path, QUESTION)
            for i, q in enumerate(questions)]


def chunk_sections(sections: Iterable[Section], target_words: int = TARGET_WORDS) -> list[Chunk]:
    """Chunk every section (text pieces, then its questions), numbering chunks from 0 in order."""
    chunks: list[Chunk] = []
    for section in sections:
        if section.text.strip():
            chunks.extend(chunk_section(section, len(chunks), target_words))
            chunks.extend(question_chunks(section, len(chunks)))
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """The text the embedder sees: the title gives context to every text chunk; a question stands alone."""
    return f"{chunk.title}. {chunk.text}" if chunk.is_text else chunk.text
