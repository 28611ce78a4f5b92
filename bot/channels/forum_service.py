"""The forum hooks at run time: inbox workers, the forum outbox senders, the Moodle poller, the
unanswered-thread check. Started and stopped by the FastAPI lifespan (`services.extras` hooks).

    webhook / poller ──► ForumInbox (row written) ──► queue ──► workers ──► ForumProcessor (thread)
                                                               outbox ◄──┘   └─► tickets
    Outbox.run(discourse | moodle | forum senders) ──► ForumPoster ──► the forum
"""
from __future__ import annotations

import asyncio
import copy
import logging
from datetime import datetime, timedelta

import httpx
import numpy as np

from bot.services import Services
from bot.channels.forum_adapters import CallbackPoster, DiscoursePoster, ForumSender
from bot.channels.forum_inbox import ForumInbox
from bot.channels.forum_moodle import MoodleClient, MoodlePoller, MoodlePoster
from bot.channels.forum_pipeline import ForumProcessor
from bot.channels.forum_threads import ThreadIndex
from bot.channels.forum_types import DISCOURSE, GENERIC, MOODLE, ForumConfig, ForumPost, thread_key
from bot.channels.forum_webhooks import RateLimiter, is_stale
from bot.escalation import TicketRequest
from bot.schema import utcnow
from bot.tutor import PassThroughModerator

log = logging.getLogger(__name__)
RETRY_DELAY_S = 5.0


class ForumService:
    """Owns the forum inbox, its workers and the forum side of the outbox.

    Example::

        forum = ForumService(services, ForumConfig.from_settings(services.settings))
        await forum.start()
        await forum.accept("discourse", "42", "post_created", post, [("discourse:post", "101")])
        await forum.idle(); await forum.stop()
    """

    def __init__(self, services: Services, config: ForumConfig, moderator=None) -> None:
        self.services = services
        self.config = config
        self.moderator = moderator if moderator is not None else services.moderator
        self.inbox = ForumInbox(services.store)
        self.threads = ThreadIndex(services.store, embed=lambda texts: services.engine.embedder.embed_query(texts))
        self.limiter = RateLimiter(config.rate_per_minute)
        self.processor: ForumProcessor | None = None
        self.poller: MoodlePoller | None = None
        self.senders: dict[str, ForumSender] = {}
        self.client: httpx.AsyncClient | None = None
        self._queue: asyncio.Queue[int] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop = asyncio.Event()
        self._wake: asyncio.Event | None = None
        self._tasks: list[asyncio.Task] = []
        self._running: set[asyncio.Future] = set()

    # life cycle --------------------------------------------------------------------------------
    async def start(self, app=None) -> None:
        """Warm moderation, build the posters, start workers, the outbox loop, the poller and the checks."""
        if not self.config.configured:
            log.info("forum hooks are off (no webhook secret and no Moodle forum configured)")
            return
        await asyncio.to_thread(self.moderator.warm_up)  # loads the model once (a no-op when loaded)
        tutor = copy.copy(self.services.tutor)
        tutor.moderator = PassThroughModerator()  # posts are moderated once, in forum context, before
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._queue = asyncio.Queue()
        self.client = httpx.AsyncClient(timeout=self.config.http_timeout_s)
        self._build_senders()
        self.processor = ForumProcessor(self.services, self.threads, self.moderator, self.config,
                                        can_reply=self._can_reply, wake=self.wake_outbox, tutor=tutor)
        self._chain_relay_wake()
        for row_id in await asyncio.to_thread(self.inbox.pending_ids):
            self._queue.put_nowait(row_id)
        self._tasks = [asyncio.create_task(self._worker(), name=f"forum-worker-{i}")
                       for i in range(max(1, self.config.workers))]
        self._tasks.append(asyncio.create_task(self.services.outbox.run(
            self.senders, self._stop, self.config.outbox_interval_s, self._wake), name="forum-outbox"))
        self._tasks.append(asyncio.create_task(self._unanswered_loop(), name="forum-unanswered"))
        if self.poller is not None:
            self._tasks.append(asyncio.create_task(self.poller.run(self._stop, self.config.moodle_interval_s),
                                                   name="moodle-poller"))
        log.info("forum hooks started: senders %s, %d workers", sorted(self.senders), self.config.workers)

    async def stop(self, app=None) -> None:
        """Stop every task and close the HTTP client; unfinished events stay in the inbox."""
        self._stop.set()
        for task in self._tasks:
            if task.get_name().startswith("forum-worker"):
                task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._running:  # posts being processed in threads: let them finish (they are in the inbox anyway)
            await asyncio.wait(set(self._running), timeout=30)
        self._tasks = []
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

    def _chain_relay_wake(self) -> None:
        """Tutor answers relayed to forum threads are sent at once, not at the next outbox round."""
        relay, extras = self.services.relay, self.services.extras
        if extras.get("forum_relay_wake"):
            return
        previous = relay.wake
        relay.wake = lambda: (previous(), self.wake_outbox())
        extras["forum_relay_wake"] = True

    def wake_outbox(self) -> None:
        """Ask the forum outbox loop to deliver now (safe from any thread)."""
        if self._loop is not None and self._wake is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake.set)

    # intake ------------------------------------------------------------------------------------
    async def accept(self, source: str, event_id: str, kind: str, post: ForumPost,
                     claims: list[tuple[str, str]]) -> int | None:
        """Persist an event, then queue it; None when it (or its post) was already accepted."""
        if post.created_at is not None and not post.edited:
            post = post.with_stale(is_stale(post.created_at, self.config.max_age_hours, utcnow()))
        row_id = await asyncio.to_thread(self.inbox.add, source, event_id, kind, post.to_payload(), claims)
        if row_id is not None and self._queue is not None:
            self._queue.put_nowait(row_id)
        return row_id

    async def accept_polled(self, post: ForumPost, event_id: str) -> bool:
        """A post read by the Moodle poller (its event id is the post id)."""
        return await self.accept(post.forum, event_id, "post_polled", post, []) is not None

    async def idle(self) -> None:
        """Wait until every queued event is processed (tests, benchmarks)."""
        if self._queue is not None:
            await self._queue.join()

    async def _worker(self) -> None:
        assert self._queue is not None
        while True:
            row_id = await self._queue.get()
            job = asyncio.ensure_future(asyncio.to_thread(self._process_row, row_id))
            self._running.add(job)
            job.add_done_callback(self._running.discard)
            try:
                await asyncio.shield(job)  # a stop lets the post being processed finish
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("forum event #%d could not be processed", row_id)
            finally:
                self._queue.task_done()

    def _process_row(self, row_id: int) -> None:
        claimed = self.inbox.claim(row_id)
        if claimed is None:
            return
        try:
            outcome = self.processor.process(ForumPost.from_payload(claimed["payload"]))
        except Exception as exc:
            log.exception("forum event #%d failed (attempt %d)", row_id, claimed["attempts"])
            if self.inbox.fail(row_id, f"{exc.__class__.__name__}: {exc}", claimed["attempts"]):
                try:
                    self._loop.call_soon_threadsafe(self._retry_later, row_id)
                except RuntimeError:  # the loop is closed: the row is pending and is read again at start
                    pass
            return
        self.inbox.finish(row_id, outcome)
        log.debug("forum event #%d: %s", row_id, outcome)

    def _retry_later(self, row_id: int) -> None:
        if not self._stop.is_set() and self._queue is not None:
            self._loop.call_later(RETRY_DELAY_S, self._queue.put_nowait, row_id)

    # unanswered threads ------------------------------------------------------------------------
    async def _unanswered_loop(self) -> None:
        while not self._stop.is_set():
            try:
                await asyncio.to_thread(self.check_unanswered)
            except Exception:
                log.exception("unanswered-thread check failed")
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.config.unanswered_interval_s)
            except asyncio.TimeoutError:
                pass

    def check_unanswered(self, now: datetime | None = None) -> list[int]:
        """Open a "forum_unanswered" ticket for every question nobody replied to in time; their ids."""
        now = now or utcnow()
        cutoff = now - timedelta(hours=self.config.unanswered_hours)
        opened = []
        for thread in self.threads.unanswered(cutoff, now - timedelta(days=self.config.unanswered_within_days)):
            key = thread_key(thread.forum, thread.thread_id)
            user = self.services.store.get_or_create_user(thread.channel, f"{thread.forum}:{thread.author}"[:128],
                                                          thread.author)
            vector = tuple(float(x) for x in np.frombuffer(thread.vector, dtype=np.float32)) if thread.vector else None
            ticket, _ = self.services.tickets.open(TicketRequest(
                channel=thread.channel, recipient=key, question=(thread.text or thread.title)[:3500],
                lang=thread.lang or "fr", reason="forum_unanswered", user_id=user.id, thread=key,
                found=({"kind": "thread", "title": thread.title, "url": thread.url,
                        "posted_at": thread.posted_at.isoformat()},), vector=vector))
            self.threads.set_state(thread.forum, thread.thread_id, "escalated", ticket.id)
            opened.append(ticket.id)
        if opened:
            log.info("%d unanswered forum threads became tickets", len(opened))
        return opened
