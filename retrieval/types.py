"""Neutral records of retrieval: a passage found for a query, and a composed answer."""
from __future__ import annotations

from dataclasses import dataclass, field


TEXT, QUESTION = "text", "question"


@dataclass(frozen=True)
class Chunk:
    """A piece of a section that the index embeds and searches.

    `role` is "text" for a piece of the section's text (what answers quote) or "question" for one of
    the section's `questions` (a search key only, never quoted).
    """

    chunk_id: int
    section_id: str
    lang: str
    title: str
    text: str
    kind: str = "guide"
    path: tuple[str, ...] = ()
    role: str = TEXT

    @property
    def is_text(self) -> bool:
        """True for a piece of section text, False for a question key."""
        return self.role == TEXT


@dataclass(frozen=True)
class Passage:
    """A chunk returned by a search, with its fused score and a confidence in [0, 1].

    `dense` and `lexical` are the chunk's own cosine and relative BM25; `key` is how well the
    section's question keys match (their best cosine plus lexical share); `base_score` is the fused score
    before the section classifier's log-probability (a scale that does not move with the number of
    sections: what absolute floors and display gaps compare).
    """

    chunk: Chunk
    score: float
    confidence: float
    dense: float = 0.0
    lexical: float = 0.0
    key: float = 0.0
    base_score: float | None = None

    @property
    def base(self) -> float:
        """`base_score`, or `score` for a passage made without it."""
        return self.score if self.base_score is None else self.base_score


@dataclass(frozen=True)
class Citation:
    """The guide section an answer comes from."""

    id: str
    title: str
    lang: str
    kind: str = "guide"


@dataclass(frozen=True)
class Answer:
    """An extractive answer, or no answer with the reason; `see_also` names one or two related sections."""

    text: str
    lang: str
    confidence: float
    citations: tuple[Citation, ...] = ()
    passages: tuple[Passage, ...] = field(default_factory=tuple)
    reason: str = ""
    query_vector: tuple[float, ...] | None = field(default=None, compare=False, repr=False)
    see_also: tuple[Citation, ...] = ()  # related sections scored close to the cited one

    @property
    def answered(self) -> bool:
        """True when there is text to send."""
        return bool(self.text)
