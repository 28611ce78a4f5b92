"""Composition root: Settings → every service → the FastAPI app (and, when configured, Telegram).

Nothing heavy happens at import; `build_services` is cheap, `Services.warm_up` migrates the store and
loads the index (building it, with progress, when missing or stale).
"""
from __future__ import annotations

import logging
from bot.escalation import TicketService
from bot.roles.organizational import CalendarAnswerer
from bot.roles.peers import PeerFinder
from bot.roles.support import SupportResponder
from bot.schema import ModerationEntry
from bot.keys import pseudonym, server_secret
from bot.outbox import Outbox
from bot.privacy import Forgetter
from bot.recorder import StoreRecorder
from bot.relay import AnswerRelay
from bot.services import Services
from bot.settings import Settings
from bot.sla import WorkingHours
from bot.store import Store
from bot.tutor import Tutor
from corpus.calendar import load_calendar
from moderation.moderator import Moderator
from retrieval.embedders import make_embedder
from retrieval.engine import RetrievalEngine

log = logging.getLogger(__name__)


def build_engine(settings: Settings) -> RetrievalEngine:
    """The retrieval engine for the configured embedder and index folder."""
    return RetrievalEngine(make_embedder(settings.embedder), settings.index_dir, settings.index_kind,
                           settings.hnsw_threshold, settings.answer_threshold)


def build_services(settings: Settings, engine: RetrievalEngine | None = None) -> Services:
    """Wire the Tutor with its collaborators (cheap: nothing is loaded here).

    `engine` lets a caller share an already warmed engine (tests, benchmarks).
    """
    settings.ensure_dirs()
    engine = engine or build_engine(settings)
    store = Store(settings.database_url)
    tickets = TicketService(store)
    hours = WorkingHours(settings.working_hours, settings.timezone, settings.sla_minutes)
    recorder = StoreRecorder(store, tickets, embed=lambda text: engine.embedder.embed_query([text])[0])
    secret = server_secret(settings)
    moderator = Moderator(sink=lambda record: _log_moderation(store, record),
                          pseudonym=lambda value: pseudonym(secret, value))
    calendar_file = settings.corpus_dir / "calendar.yaml"
    calendar = load_calendar(calendar_file) if calendar_file.exists() else None
    tutor = Tutor(engine, moderator=moderator, recorder=recorder, eta_text=lambda lang: hours.eta_text(lang),
                  urgent_eta_text=lambda lang: hours.urgent_text(lang, on_call=bool(settings.urgent_chat_id)),
                  organizational=CalendarAnswerer(calendar) if calendar else None,
                  support=SupportResponder(calendar, peers=PeerFinder(store), forum_url=settings.cohort_forum_url)
                  if calendar else None,
                  max_words=settings.answer_max_words)
    outbox = Outbox(store)
    return Services(settings=settings, engine=engine, store=store, tickets=tickets, outbox=outbox,
                    hours=hours, tutor=tutor, relay=AnswerRelay(tickets, outbox), moderator=moderator,
                    forgetter=Forgetter(store, secret),
                    calendar=calendar)


def _log_moderation(store: Store, record) -> None:
    """Keep every moderation decision (scores and reason, never the text)."""
    try:
        with store.session() as s:
            s.add(ModerationEntry(channel=record.context, author=record.author_ref, verdict=record.verdict,
                                  action=record.action, labels=dict(record.labels), reason=record.reason))
    except Exception:  # the decision stands even if the log cannot be written
        log.exception("could not store a moderation record")
