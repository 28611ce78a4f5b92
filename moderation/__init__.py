"""Moderation of chat messages and forum posts in Arabic (MSA, Darija, Arabizi) and French.

Public names: `Moderator` (check a text -> `Verdict`), `Policy` / `ClassRule` (verdict -> action),
`ModerationRecord` (what is logged), `author_message` (the explanation for the author), the
`Classifier` and `TopicScorer` protocols, and the personal-data helpers `find_personal_data` / `mask`.
Nothing is loaded at import time: call `Moderator.warm_up()` at start-up.
"""
from moderation.messages import CHARTER_TITLES
from moderation.moderator import Moderator
from moderation.personal_data import find_personal_data, mask
from moderation.policy import ClassRule, ModerationRecord, Policy, author_message
from moderation.protocols import Classifier, TopicScorer
from moderation.repeats import MemoryRepeatStore, RepeatStore
from moderation.verdict import ACTIONS, CLASSES, Verdict

__all__ = [
    "ACTIONS", "CHARTER_TITLES", "CLASSES", "ClassRule", "Classifier", "MemoryRepeatStore",
    "ModerationRecord", "Moderator", "Policy", "RepeatStore", "TopicScorer", "Verdict",
    "author_message", "find_personal_data", "mask",
]
