"""Composition root: Settings → every service → the channels → one `Lifecycle` for every worker.

This is the only module that wires things together; every listener and worker is handed over here,
through constructors and the few lists built for that purpose:

    build(settings)                       what `rafiq serve` runs
     ├─ build_services(settings)          store, tickets, outbox(wakes), recorder(ticket_listeners), Tutor,
     │                                    relay, SLA worker(announcers), index sync; lifecycle = [sla, index-sync]
     ├─ add_telegram(services)            when RAFIQ_TELEGRAM_TOKEN is set: the runtime's card announcer
     │                                    joins ticket_listeners and announcers, its outbox worker the
     │                                    outbox's wakes; lifecycle += [telegram, scheduler, coordinators'
     │                                    Monday report when RAFIQ_COORDINATORS_CHAT_ID is set]
     └─ add_forum(services)               the forum service (routes answer 503 until configured); its
                                          outbox worker joins the wakes; lifecycle += [forum] if configured

The FastAPI lifespan (`bot.channels.web.create_app`) starts and stops `services.lifecycle`, nothing else.
Nothing heavy happens at import; `build_services` is cheap, `Services.warm_up` migrates the store and
loads the index (building it, with progress, when missing or stale).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.conversation import StoreMemory
from bot.escalation import TicketService
from bot.index_sync import IndexChanges, IndexSync
from bot.roles.organizational import CalendarAnswerer
from bot.roles.peers import PeerFinder
from bot.roles.support import SupportResponder
from bot.keys import pseudonym, server_secret
from bot import moderation_review
from bot.leases import exclusive
from bot.lifecycle import Hooks, Lifecycle
from bot.store.leases import JobLeases
from bot.store.outbox import Outbox, Wake, wake_on
from bot.privacy import Forgetter
from bot.recorder import StoreRecorder
from bot.relay import AnswerRelay
from bot.services import Services
from bot.settings import Settings
from bot.sla import WorkingHours
from bot.sla_worker import Announcers, SlaWorker
from bot.store import Store
from bot.topic_scorer import course_topic_scorer, learned_classifier
from bot.tutor import Tutor
from corpus.calendar import load_calendar
from moderation.moderator import Moderator
from retrieval.embedders import make_embedder
from retrieval.engine import RetrievalEngine
from retrieval.seed import SEED_DIR

if TYPE_CHECKING:
    from bot.channels.forum.service import ForumService
    from bot.channels.forum.types import ForumConfig
    from bot.channels.telegram.runtime import TelegramRuntime

log = logging.getLogger(__name__)


def build_engine(settings: Settings) -> RetrievalEngine:
    """The retrieval engine for the configured embedder and index folder."""
    return RetrievalEngine(make_embedder(settings.embedder), settings.index_dir, settings.index_kind,
                           settings.hnsw_threshold, settings.answer_threshold, seed=SEED_DIR)


def build_services(settings: Settings, engine: RetrievalEngine | None = None) -> Services:
    """Wire the Tutor with its collaborators (cheap: nothing is loaded here).

    `engine` lets a caller share an already warmed engine (tests, benchmarks).
    """
    settings.ensure_dirs()
    engine = engine or build_engine(settings)
    store = Store(settings.database_url)
    tickets = TicketService(store)
    hours = WorkingHours(settings.working_hours, settings.timezone, settings.sla_minutes)
    recorder = StoreRecorder(store, tickets, embed=lambda text: engine.embedder.embed_query([text])[0],
                             listeners=[])
    secret = server_secret(settings)
    calendar_file = settings.corpus_dir / "calendar.yaml"
    calendar = load_calendar(calendar_file) if calendar_file.exists() else None
    moderator = Moderator(sink=lambda record: moderation_review.record(store, record),
                          pseudonym=lambda value: pseudonym(secret, value),
                          classifiers=[learned_classifier(engine.embedder)],  # retrieval's model, shared
                          # off-topic: distance to the course (anchor vectors not shipped: kept in the data folder)
                          topic_scorer=course_topic_scorer(engine, calendar, settings.data_dir / "cache"))
    tutor = Tutor(engine, moderator=moderator, recorder=recorder, eta_text=lambda lang: hours.eta_text(lang),
                  urgent_eta_text=lambda lang: hours.urgent_text(lang, on_call=bool(settings.urgent_chat_id)),
                  organizational=CalendarAnswerer(calendar) if calendar else None,
                  support=SupportResponder(calendar, peers=PeerFinder(store), forum_url=settings.cohort_forum_url)
                  if calendar else None,
                  max_words=settings.answer_max_words, forum_auto_reply=settings.forum_auto_reply,
                  forum_min_confidence=settings.forum_min_confidence,
                  memory=StoreMemory(store, settings.conversation_minutes),
                  off_topic_tickets=settings.off_topic_tickets)
    wakes: list[Wake] = []  # each channel's delivery worker, added by add_telegram / add_forum
    outbox = Outbox(store, wakes)
    announcers = Announcers()  # the tutors' group joins when Telegram is on
    sla = SlaWorker(tickets, hours, announcers)
    sla.worker = exclusive(sla.worker, JobLeases(store))  # one worker re-announces (bot/leases.py)
    index_sync = IndexSync(IndexChanges(store), engine)  # FAQ entries and keys added on other workers
    return Services(settings=settings, engine=engine, store=store, tickets=tickets, outbox=outbox,
                    hours=hours, tutor=tutor, relay=AnswerRelay(tickets, outbox), moderator=moderator,
                    forgetter=Forgetter(store, secret), lifecycle=Lifecycle("rafiq", [sla, index_sync]), sla=sla,
                    announcers=announcers, ticket_listeners=recorder.listeners, calendar=calendar,
                    index_sync=index_sync)


def build(settings: Settings) -> Services:
    """Everything `rafiq serve` runs: the services, Telegram when a token is set, the forum hooks."""
    services = build_services(settings)
    add_telegram(services)
    add_forum(services)
    add_gap_warmer(services)
    return services


def add_gap_warmer(services: Services) -> None:
    """When the console has accounts: embed recent gap questions ahead of its gap page (bot/reports/warmer.py)."""
    if services.settings.console_tokens:
        from bot.reports.warmer import GapWarmer

        services.lifecycle.add(GapWarmer(services.store, services.engine))


def add_telegram(services: Services, start_with_app: bool = True, scheduler: bool = True,
                 **options) -> TelegramRuntime | None:
    """Build the Telegram runtime and wire it in (ticket cards, late tickets, outbox wake-ups); with
    `start_with_app`, the lifecycle starts it (with retries) and the reminders `scheduler` after it.
    None, and a log line saying so, when RAFIQ_TELEGRAM_TOKEN is not set. `options` go to the runtime."""
    settings = services.settings
    if not settings.telegram_token:
        log.info("RAFIQ_TELEGRAM_TOKEN is not set: Telegram is off; the web app and the API run.")
        return None
    from bot.channels.telegram.runtime import TelegramRuntime

    # httpx logs every request URL at INFO, and Bot API URLs carry the token (python-telegram-bot's advice)
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger("httpx").level))
    runtime = TelegramRuntime(services, **options)
    services.ticket_listeners.append(runtime.announcer.opened)
    services.announcers.add(runtime.announcer)
    services.outbox.wakes.append(wake_on(("telegram",), runtime.wake))
    services.telegram = runtime
    if start_with_app:
        services.lifecycle.add(Hooks(runtime.name, runtime.connect, runtime.stop))
        if scheduler:
            _add_scheduler(services)
            _add_coordinators_report(services)
    return runtime


def _add_scheduler(services: Services) -> None:
    """Reminders, digests and nudges for Telegram trainers, when the corpus has a calendar."""
    if services.calendar is None:
        log.info("no calendar.yaml in the corpus: reminders are off")
        return
    from bot.roles.nudges import NudgePolicy
    from bot.scheduler import Scheduler

    scheduler = Scheduler(services.store, services.outbox, services.calendar,
                          policy=NudgePolicy(after_days=services.settings.nudge_after_days))
    scheduler.worker = exclusive(scheduler.worker, JobLeases(services.store))  # one worker sends reminders
    services.lifecycle.add(scheduler)


def _add_coordinators_report(services: Services) -> None:
    """Last week's figures to the coordinators' chat each Monday morning, when RAFIQ_COORDINATORS_CHAT_ID is set."""
    s = services.settings
    if not s.coordinators_chat_id:
        return
    from bot.reports.monday import CoordinatorReport

    services.lifecycle.add(CoordinatorReport(services.store, services.outbox, s.coordinators_chat_id, tz=s.timezone,
                                             working_hours=s.working_hours, sla_minutes=s.sla_minutes,
                                             public_url=s.public_url))


def add_forum(services: Services, config: ForumConfig | None = None, moderator=None) -> ForumService:
    """Build the forum service and wire it in (outbox wake-ups; started with the app when configured)."""
    from bot.channels.forum.service import ForumService
    from bot.channels.forum.types import FORUM_CHANNELS, ForumConfig

    forum = ForumService(services, config or ForumConfig.from_settings(services.settings), moderator)
    services.outbox.wakes.append(wake_on(FORUM_CHANNELS, forum.outbox_worker.wake))
    services.forum = forum
    if forum.config.configured:
        services.lifecycle.add(forum)
    else:
        log.info("forum hooks are off (no webhook secret and no Moodle forum configured)")
    return forum

