"""The pluggable parts of moderation, each a small Protocol.

- `Classifier`: scores some classes for a text (implemented by `LearnedClassifier`, `NgramClassifier`,
  `LexiconClassifier`).
- `TopicScorer`: how close a text is to the guide, calendar and course: `moderation.topic.CourseTopicScorer`,
  which the bot layer feeds with the retrieval index (`bot/topic_scorer.py`; moderation never imports
  retrieval). A scorer may also offer `explain(text)` -> {"relevance", ...}: the Moderator keeps it as
  evidence.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Classifier(Protocol):
    """Scores in [0, 1] for the classes it knows, e.g. ``{"toxic": 0.91, "spam": 0.02}``."""

    def classify(self, text: str) -> dict[str, float]:
        """Scores per class for one raw text."""
        ...


@runtime_checkable
class TopicScorer(Protocol):
    """Relevance of a text to the course in [0, 1]; off_topic = 1 - relevance."""

    def relevance(self, text: str) -> float:
        """1.0 for a text about the guide, calendar or course; near 0 for a text far from all of it."""
        ...
