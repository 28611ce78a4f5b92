"""The services every channel needs, built once by the composition root (`bot.app`), the only place
where they are wired together: typed fields, no registry of string keys.

The channels that run beside the web app (Telegram, the forums) are seen here through two small
Protocols, so that this core module needs no import of `bot.channels`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from bot.escalation import TicketService
from bot.index_sync import IndexChanges, IndexSync, with_recorded_faq
from bot.lifecycle import Lifecycle
from bot.store.outbox import Outbox
from bot.privacy import Forgetter
from bot.question_keys import KeyProposals, with_approved_keys
from bot.recorder import TicketListener
from bot.relay import AnswerRelay
from bot.settings import Settings
from bot.sla import WorkingHours
from bot.sla_worker import Announcers, SlaWorker
from bot.store import Store
from bot.tutor import Tutor
from corpus.calendar import Calendar
from corpus.markdown import load_corpus
from moderation.moderator import Moderator
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)


class TelegramPort(Protocol):
    """What the web app needs of the Telegram runtime: its state, its problem, a way in for webhooks."""

    started: bool
    mode: str  # webhook | polling | standby | off

    def problem(self) -> str | None: ...

    async def feed(self, data: dict) -> None: ...


class ForumPort(Protocol):
    """What the web app needs of the forum service: its configuration, rate limiter and intake."""

    config: Any
    limiter: Any

    async def accept(self, source: str, event_id: str, kind: str, post: Any,
                     claims: list[tuple[str, str]]) -> int | None: ...


@dataclass
class Services:
    """Everything the channels need, built once from the settings (see `bot.app.build_services`).

    `lifecycle` starts and stops every background worker (the FastAPI lifespan calls it);
    `ticket_listeners` hear of each new ticket and `announcers` of each late one;
    `telegram` and `forum` are set by `bot.app` when those channels are on.
    """

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
    lifecycle: Lifecycle
    sla: SlaWorker
    announcers: Announcers
    ticket_listeners: list[TicketListener] = field(default_factory=list)
    calendar: Calendar | None = None
    telegram: TelegramPort | None = None
    forum: ForumPort | None = None
    index_sync: IndexSync | None = None  # other workers' FAQ entries and keys (bot/index_sync.py)

    @property
    def channels(self) -> list[str]:
        """The channels on: "web" always, "telegram" with a token, "forum" when its hooks are configured."""
        on = ["web"]
        if self.telegram is not None:
            on.append("telegram")
        if self.forum is not None and self.forum.config.configured:
            on.append("forum")
        return on

    def problems(self) -> list[str]:
        """What keeps a channel down now (for `/health`), e.g. "telegram: Bot API unreachable since 08:14"."""
        checks: list[Callable[[], str | None]] = [self.telegram.problem] if self.telegram is not None else []
        checks.append(self._index_problem)
        return [problem for check in checks if (problem := check())]

    def _index_problem(self) -> str | None:
        """A background index build that failed (answers then use only what was embedded)."""
        if self.engine.index_status()["state"] == "failed":
            return "index: computing the vectors failed (see the log); answers use BM25 and what was embedded"
        return None

    def warm_up(self, progress: Callable[[int, int], None] | None = None, background: bool = False) -> bool:
        """Migrate the store and load the index (building it when needed); True when it was built.

        One log line per step. With `background`, an index that must be embedded is completed in a thread
        while search already works (`engine.index_status()`)."""
        self.store.migrate()
        log.info("database: schema up to date (%s)", self.store.engine.url.render_as_string(hide_password=True))
        self.moderator.warm_up()
        log.info("moderation: models loaded")
        changes = IndexChanges(self.store)
        seen = changes.last_id()  # before reading: a change recorded meanwhile is applied by the sync
        sections = with_approved_keys(with_recorded_faq(load_corpus(self.settings.corpus_dir), changes.faq_sections()),
                                      KeyProposals(self.store).approved())
        log.info("corpus: %d sections from %s", len(sections), self.settings.corpus_dir)
        built = self.engine.warm_up(sections, progress, background=background)
        if self.index_sync is not None:
            self.index_sync.after = seen
        status, n = self.engine.index_status(), self.engine.index.manifest.n_chunks
        if status["state"] == "building":
            log.info("index: serving now; %d of %d chunks to embed in the background (see /health)",
                     status["total"] - status["done"], n)
        elif built:
            log.info("index: built in %s, %d chunks (%d vectors from the bundled index)", self.engine.index_dir, n,
                     self.engine.seeded)
        else:
            log.info("index: loaded from %s, %d chunks", self.engine.index_dir, n)
        return built
