"""The forum hooks at run time: inbox workers, the forum outbox senders, the Moodle poller, the
unanswered-thread check and the payload purge. A worker of the app's `Lifecycle` (added by
`bot.app.add_forum` when configured); its own jobs form a `Lifecycle` of their own, started in order
and stopped in reverse.

    webhook / poller ──► ForumInbox (row written) ──► queue ──► workers ──► ForumProcessor (thread)
    pickup (every pickup_interval_s) ──┘  (workers.py)                 outbox ◄──┘   └─► tickets
    outbox_worker: Dispatcher.step(discourse | moodle | forum senders) ──► a task per message ──► ForumPoster
                   ──► the forum (a thread's messages in order; a held request holds only its own thread)

A worker leases each event (`lease_s`, renewed while it is processed); the pickup loop queues events
left pending or whose worker died (lease expired), so several processes can share one database and a
dead one's events are taken by the others. The event's verdict is stored before anything else happens
and its payload masked; a retry reuses both. Processed payloads are purged after `retention_days`.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import datetime, timedelta

import httpx

from bot.services import Services
from bot.channels.forum.adapters import CallbackPoster, DiscoursePoster, ForumSender
from bot.store.forum_inbox import ForumInbox
from bot.channels.forum.moodle import MoodleClient, MoodlePoller, MoodlePoster
from bot.channels.forum.pipeline import ForumProcessor
from bot.channels.forum.threads import ThreadIndex
from bot.channels.forum.types import DISCOURSE, GENERIC, MOODLE, ForumConfig, ForumPost, thread_key
from bot.channels.forum.webhooks import is_stale, not_after
from bot.channels.forum.workers import InboxWorkers
from bot.clock import utcnow
from bot.forum_policy import chase_unanswered, unanswered_window
from bot.lifecycle import Lifecycle
from bot.store.rate_hits import rate_limiter
from bot.store.delivery import Dispatcher
from bot.leases import LeasedWorker
from bot.store.leases import JobLeases
from bot.types import Context, Message
from bot.workers import PeriodicWorker

log = logging.getLogger(__name__)


class ForumService:
    """Owns the forum inbox, its workers and the forum side of the outbox.

    Example::

        forum = ForumService(services, ForumConfig.from_settings(services.settings))
        await forum.start()
        await forum.accept("discourse", "42", "post_created", post, [("discourse:post", "101")])
        await forum.idle(); await forum.stop()
    """

    name = "forum"

    def __init__(self, services: Services, config: ForumConfig, moderator=None) -> None:
        self.services = services
        self.config = config
        self.moderator = moderator if moderator is not None else services.moderator
        self.inbox = ForumInbox(services.store)
        self.threads = ThreadIndex(services.store, embed=lambda texts: services.engine.embedder.embed_query(texts))
        self.limiter = rate_limiter(services.store, "forum", config.rate_per_minute)  # shared on PostgreSQL
        self.processor: ForumProcessor | None = None
        self.workers: InboxWorkers | None = None
        self.poller: MoodlePoller | None = None
        self.senders: dict[str, ForumSender] = {}
        self.client: httpx.AsyncClient | None = None
        self.dispatcher = Dispatcher(services.outbox, self.senders, on_done=self.wake_outbox)
        self.outbox_worker = PeriodicWorker("forum-outbox", config.outbox_interval_s, self._deliver)
        self.jobs = Lifecycle(self.name)

    # life cycle --------------------------------------------------------------------------------
    async def start(self) -> None:
        """Warm moderation, build the posters, start the outbox worker, the checks, the inbox workers and
        the Moodle poller (in that order; stopped in reverse)."""
        if not self.config.configured:
            log.info("forum hooks are off (no webhook secret and no Moodle forum configured)")
            return
        await asyncio.to_thread(self.moderator.warm_up)  # loads the model once (a no-op when loaded)
        self.client = httpx.AsyncClient(timeout=self.config.http_timeout_s)
        self._build_senders()
        self.processor = ForumProcessor(self.services, self.threads, self.config, can_reply=self._can_reply,
                                        can_flag=self._can_flag)
        cfg = self.config
        self.workers = InboxWorkers(self.inbox, self.processor, cfg)
        await self.workers.pick_up()  # what a previous run left
        leases = JobLeases(self.services.store)  # jobs one worker runs at a time (bot/leases.py)
        self.jobs = Lifecycle(self.name, [
            self.outbox_worker,
            LeasedWorker("forum-unanswered", cfg.unanswered_interval_s, self.check_unanswered, leases),
            PeriodicWorker("forum-purge", cfg.purge_interval_s, self.purge_expired),
            self.workers])
        if self.poller is not None:
            self.jobs.add(LeasedWorker("moodle-poller", cfg.moodle_interval_s, self.poller.poll, leases))
        await self.jobs.start()
        log.info("forum hooks started: senders %s, %d workers", sorted(self.senders), self.config.workers)

    async def stop(self) -> None:
        """Stop every job (posts being processed finish) and close the HTTP client; unfinished events stay
        in the inbox."""
        await self.jobs.stop()
        await self.dispatcher.drain()
        if self.client is not None:
            await self.client.aclose()
            self.client = None

    def _build_senders(self) -> None:
        cfg, client = self.config, self.client
        if cfg.discourse_ready:
            poster = DiscoursePoster(cfg.discourse_url, cfg.discourse_api_key, cfg.discourse_api_username, client)
            self.senders[DISCOURSE] = ForumSender(poster, self.threads)
        if cfg.moodle_url and cfg.moodle_token:
            moodle = MoodleClient(cfg.moodle_url, cfg.moodle_token, client)
            self.senders[MOODLE] = ForumSender(MoodlePoster(moodle), self.threads)
            if cfg.moodle_forum_ids:
                self.poller = MoodlePoller(moodle, self.inbox, cfg.moodle_forum_ids, self.accept_polled)
        self.senders[GENERIC] = ForumSender(CallbackPoster(cfg.generic_secret, client), self.threads)

    def _can_reply(self, post: ForumPost) -> bool:
        if post.channel == GENERIC:
            return bool(post.callback_url)
        return post.channel in self.senders

    def _can_flag(self, post: ForumPost) -> bool:
        sender = self.senders.get(post.channel)
        return self._can_reply(post) and sender is not None and getattr(sender.poster, "flags", True)

    def wake_outbox(self) -> None:
        """Ask the forum outbox worker to deliver now (safe from any thread)."""
        self.outbox_worker.wake()

    async def _deliver(self) -> None:
        """Start sending what is due for every forum sender, a task per message (the outbox worker's step)."""
        await self.dispatcher.step()

    # intake ------------------------------------------------------------------------------------
    async def accept(self, source: str, event_id: str, kind: str, post: ForumPost,
                     claims: list[tuple[str, str]]) -> int | None:
        """Persist an event, then queue it; None when it (or its post) was already accepted."""
        return await self._store(source, event_id, kind, self._dated(post), claims)

    async def accept_edit(self, source: str, event_id: str, post: ForumPost, post_claim: tuple[str, str],
                          edit_claim: tuple[str, str]) -> int | None:
        """An edited post. One Rafiq never saw (the forum lost its "created" delivery) is accepted as its creation,
        claiming the post too (a late "created" is then a duplicate); a known one is moderated and re-indexed only."""
        post = self._dated(post)
        row_id = await self._store(source, event_id, "post_edited", self._dated(replace(post, edited=False)),
                                   [post_claim, edit_claim])
        if row_id is not None:
            log.info("forum %s post %s: edit of a post never seen, handled as a new post", post.forum, post.post_id)
            return row_id
        return await self._store(source, event_id, "post_edited", post, [edit_claim])

    def _dated(self, post: ForumPost) -> ForumPost:
        """The post with a `created_at` more than `future_skew_s` ahead taken as the time received (a future instant
        is never stale), then marked stale when older than the replay window (not an edit)."""
        now = utcnow()
        if (moment := not_after(post.created_at, now, self.config.future_skew_s)) != post.created_at:
            log.warning("forum %s post %s: created_at %s is in the future, taken as received at %s",
                        post.forum, post.post_id or post.thread_id, post.created_at.isoformat(), now.isoformat())
            post = replace(post, created_at=moment)
        if post.created_at is not None and not post.edited:
            post = post.with_stale(is_stale(post.created_at, self.config.max_age_hours, now))
        return post

    async def _store(self, source: str, event_id: str, kind: str, post: ForumPost,
                     claims: list[tuple[str, str]]) -> int | None:
        row_id = await asyncio.to_thread(self.inbox.add, source, event_id, kind, post.to_payload(), claims)
        if row_id is not None and self.workers is not None:
            self.workers.enqueue(row_id)
        return row_id

    async def accept_polled(self, post: ForumPost, event_id: str) -> bool:
        """A post read by the Moodle poller (its event id is the post id)."""
        return await self.accept(post.forum, event_id, "post_polled", post, []) is not None

    async def idle(self) -> None:
        """Wait until every queued event is processed (tests, benchmarks)."""
        if self.workers is not None:
            await self.workers.idle()

    # periodic jobs -----------------------------------------------------------------------------
    def purge_expired(self, now: datetime | None = None) -> int:
        """Empty the payload of events processed more than `retention_days` ago; how many were purged."""
        purged = self.inbox.purge((now or utcnow()) - timedelta(days=self.config.retention_days))
        if purged:
            log.info("%d processed forum events purged (retention %s days)", purged, self.config.retention_days)
        return purged

    def check_unanswered(self, now: datetime | None = None) -> list[int]:
        """Hand every question nobody replied to in time to the Tutor (`chase_unanswered`: a "forum_unanswered"
        ticket) and mark its thread; the ticket ids."""
        before, after = unanswered_window(now or utcnow(), self.config.unanswered_hours,
                                          self.config.unanswered_within_days)
        opened = []
        for thread in self.threads.unanswered(before, after):
            key = thread_key(thread.forum, thread.thread_id)
            message = Message(channel=thread.channel, user=f"{thread.forum}:{thread.author}"[:128],
                              text=thread.text or thread.title, thread=key, display_name=thread.author,
                              context=Context.FORUM_QUESTION, url=thread.url)
            decision = chase_unanswered(self.services.tutor, message, thread)
            self.threads.set_state(thread.forum, thread.thread_id, "escalated", decision.ticket_id)
            opened.append(decision.ticket_id)
        if opened:
            log.info("%d unanswered forum threads became tickets", len(opened))
        return opened
