"""The forum inbox's workers in one process: a queue of event ids, workers that lease and process them,
and the pickup that queues events left pending or abandoned by a worker that died.

    accept / pickup ──► queue ──► worker: claim (lease) ──► thread: moderate once, store the verdict,
                                    │ renew the lease          mask the payload, process ──► finish
                                    └─ while the thread runs    (a failure: tried again after a delay)

Several processes may share one database: a claim is atomic, each call after it is fenced by the attempt
number, and an event whose lease ran out (its worker died) is taken by the next pickup anywhere.
"""
from __future__ import annotations

import asyncio
import logging

from bot.store.forum_inbox import ForumInbox, verdict_from_json, verdict_to_json
from bot.channels.forum.pipeline import ForumProcessor
from bot.channels.forum.types import ForumConfig, ForumPost
from bot.workers import PeriodicWorker

log = logging.getLogger(__name__)


class InboxWorkers:
    """Processes this process's share of the forum inbox.

    Example::

        workers = InboxWorkers(inbox, processor, config)
        await workers.start()            # the workers and the pickup loop (on the running loop)
        workers.enqueue(row_id); await workers.idle(); await workers.stop()
    """

    name = "forum-inbox"

    def __init__(self, inbox: ForumInbox, processor: ForumProcessor, config: ForumConfig) -> None:
        self.inbox = inbox
        self.processor = processor
        self.config = config
        self.running: set[asyncio.Future] = set()  # threads processing a post (a stop lets them finish)
        self.pickup = PeriodicWorker("forum-pickup", config.pickup_interval_s, self.pick_up, wait_first=True)
        self._queue: asyncio.Queue[int] = asyncio.Queue()
        self._queued: set[int] = set()  # ids in the queue or being processed here
        self._tasks: list[asyncio.Task] = []
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        """Start the workers (tasks named ``forum-worker-<n>``) and the pickup loop."""
        self._loop = asyncio.get_running_loop()
        self._stopping = False
        self._tasks = [asyncio.create_task(self._worker(), name=f"forum-worker-{i}")
                       for i in range(max(1, self.config.workers))]
        await self.pickup.start()

    async def stop(self) -> None:
        """Stop picking up and taking events; posts being processed get up to 30 s to finish."""
        self._stopping = True
        await self.pickup.stop()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        if self.running:
            await asyncio.wait(set(self.running), timeout=30)

    def enqueue(self, row_id: int) -> None:
        """Queue an event id (once: an id already queued or being processed here is skipped)."""
        if row_id not in self._queued:
            self._queued.add(row_id)
            self._queue.put_nowait(row_id)

    async def pick_up(self) -> None:
        """Queue the events left pending (a dead worker's queue, a due retry) or whose worker died."""
        for row_id in await asyncio.to_thread(self.inbox.pending_ids):
            self.enqueue(row_id)

    async def idle(self) -> None:
        """Wait until every queued event is processed (tests, benchmarks)."""
        await self._queue.join()

    async def _worker(self) -> None:
        while True:
            row_id = await self._queue.get()
            retry = False
            try:
                claimed = await asyncio.to_thread(self.inbox.claim, row_id, self.config.lease_s)
                if claimed is not None:  # else done already, or leased by another worker
                    retry = await self._run(claimed)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("forum event #%d could not be processed", row_id)
            finally:
                self._queued.discard(row_id)
                self._queue.task_done()
            if retry and not self._stopping and self._loop is not None:
                self._loop.call_later(self.config.retry_delay_s, self.enqueue, row_id)

    async def _run(self, claimed: dict) -> bool:
        """Process a claimed event in a thread, renewing its lease meanwhile; True when it is to be retried."""
        job = asyncio.ensure_future(asyncio.to_thread(self.process, claimed))
        self.running.add(job)  # a stop cancels the worker, not the job
        job.add_done_callback(self.running.discard)
        held = True
        while True:
            done, _ = await asyncio.wait({job}, timeout=max(0.05, self.config.lease_s / 3))
            if done:
                return job.result()
            if held and not await asyncio.to_thread(self.inbox.renew, claimed["id"], claimed["attempts"],
                                                    self.config.lease_s):
                held = False
                log.warning("forum event #%d: lease lost while processing it", claimed["id"])

    def process(self, claimed: dict) -> bool:
        """Moderate once (verdict stored, payload masked), then process; True when the event is to be retried."""
        row_id, attempt = claimed["id"], claimed["attempts"]
        try:
            post, stored = ForumPost.from_payload(claimed["payload"]), claimed["verdict"]
            if stored is None:  # the original text is read here, once; only its masked copy is kept
                verdict = self.processor.moderate(post)
                stored = verdict_to_json(verdict) if verdict is not None else {}
                post = post.masked(verdict.lang if verdict else None)
                if not self.inbox.record_verdict(row_id, attempt, stored, post.to_payload()):
                    log.warning("forum event #%d was taken over by another worker", row_id)
                    return False
            outcome = self.processor.process(post, verdict_from_json(stored) if stored else None)
        except Exception as exc:
            log.exception("forum event #%d failed (attempt %d)", row_id, attempt)
            error = f"{exc.__class__.__name__}: {(str(exc).splitlines() or [''])[0]}"  # no SQL parameters
            return self.inbox.fail(row_id, error, attempt, self.config.retry_delay_s)
        self.inbox.finish(row_id, outcome, attempt)
        log.debug("forum event #%d: %s", row_id, outcome)
        return False
