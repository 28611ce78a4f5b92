"""The services every channel needs, built once by the composition root (`bot.app`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from bot.escalation import TicketService
from bot.outbox import Outbox
from bot.privacy import Forgetter
from bot.relay import AnswerRelay
from bot.settings import Settings
from bot.sla import WorkingHours
from bot.store import Store
from bot.tutor import Tutor
from corpus.calendar import Calendar
from corpus.markdown import load_corpus
from moderation.moderator import Moderator
from retrieval.engine import RetrievalEngine


@dataclass
class Services:
    """Everything the channels need, built once from the settings."""

    settings: Settings
    engine: RetrievalEngine
    store: Store
    tickets: TicketService
    outbox: Outbox
    hours: WorkingHours
    tutor: Tutor
    relay: AnswerRelay
    moderator: Moderator
    forgetter: Forgetter
    calendar: Calendar | None = None
    extras: dict = field(default_factory=dict)

    def warm_up(self, progress: Callable[[int, int], None] | None = None) -> bool:
        """Migrate the store and load the index (building it when needed); True when it was built."""
        self.store.migrate()
        self.moderator.warm_up()
        sections = load_corpus(self.settings.corpus_dir)
        return self.engine.warm_up(sections, progress)
