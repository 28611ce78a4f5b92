"""Runs the Telegram bot inside `rafiq serve`, on the same event loop as the FastAPI app.

    start: initialize (getMe) → setMyCommands (ar, fr) → updates left in the inbox by a crash
           → long polling, or setWebhook with its secret → the outbox delivery worker
    tickets: `announcer` (a `TelegramAnnouncer`) posts the card of a new ticket and re-announces a late
           one; the composition root (`bot.app.add_telegram`) gives it to the ticket listeners and to
           the SLA worker, and registers `outbox_worker.wake` with the outbox for "telegram" messages.
    stop:  the reverse; replies still in the outbox are delivered after the next start.
    workers: with several workers on one PostgreSQL, long polling is done by the one worker holding the
           advisory lock "rafiq:telegram-polling" (the others are on standby: they send replies and take
           over within 10 s when the poller dies; `/health` says `"telegram": "standby"`); in webhook mode
           every worker accepts updates. Every 10 s each worker renews the inbox rows it holds and takes
           those a dead worker left (bot/store/telegram_inbox.py).
    down:  a Bot API unreachable at start-up is tried again with backoff, forever (a failure is logged at
           most once a minute); meanwhile `/health` says "degraded" with the problem (`problem()`).

The app's `Lifecycle` runs `connect` (start with retries) and `stop`; the reminders scheduler is a
worker of its own in that lifecycle, added with the runtime when Telegram is on.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import BotCommand, Update
from telegram.error import TelegramError

from bot.channels.telegram import tutors
from bot.channels.telegram.handlers import COMMANDS, build_application, webhook_mode
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.retry import StartRetry
from bot.channels.telegram.sender import TelegramSender
from bot.store.advisory import AdvisoryLock
from bot.store.delivery import Dispatcher
from bot.texts import t
from bot.workers import PeriodicWorker

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "callback_query"]
POLLING_LOCK = "rafiq:telegram-polling"
INBOX_ROUND_S = 10.0


class TelegramRuntime:
    """The bot and its outbox delivery worker, started and stopped together.

    Example::

        runtime = add_telegram(services)   # bot.app: built and wired (or TelegramRuntime(services) alone)
        await runtime.start()              # or let the app's lifecycle run `connect`
        ...
        await runtime.stop()
    """

    name = "telegram"

    def __init__(self, services: Services, poll_timeout: int = 10, outbox_interval: float = 0.5,
                 network_retry_after: float | None = None, deliver: bool = True,
                 retry_first: float = 1.0, retry_max: float = 60.0, first_attempt_wait: float = 15.0) -> None:
        self.services = services
        self.settings = services.settings
        self.poll_timeout = poll_timeout
        self.deliver = deliver
        self.started = False
        self.retry = StartRetry(self.start, self._abandon, services.settings.timezone, first=retry_first,
                                most=retry_max, first_wait=first_attempt_wait)
        self._replayed = False
        self.channel = TelegramChannel(services)
        self.application = build_application(services, self.channel)
        self.sender = TelegramSender(self.application.bot, services.store, services.tickets, network_retry_after)
        self.announcer = tutors.TelegramAnnouncer(self.channel)
        self.dispatcher = Dispatcher(services.outbox, {"telegram": self.sender}, on_done=self.wake)
        self.outbox_worker = PeriodicWorker("telegram-outbox", outbox_interval, self._deliver)
        self.seat = AdvisoryLock(services.store, POLLING_LOCK)  # one long-polling worker at a time
        self.inbox_worker = PeriodicWorker("telegram-inbox", INBOX_ROUND_S, self._inbox_round, wait_first=True)

    @property
    def outbox_interval(self) -> float:
        """Seconds between two delivery rounds when nothing wakes the worker."""
        return self.outbox_worker.interval

    @outbox_interval.setter
    def outbox_interval(self, seconds: float) -> None:
        self.outbox_worker.interval = seconds

    @property
    def mode(self) -> str:
        """"webhook", "polling", "standby" (another worker long-polls) or "off" (not connected)."""
        if not self.started:
            return "off"
        if self.webhook:
            return "webhook"
        updater = self.application.updater
        return "polling" if updater is not None and updater.running else "standby"

    @property
    def webhook(self) -> bool:
        """True in webhook mode (URL and secret set), False for long polling."""
        return webhook_mode(self.settings)

    def wake(self) -> None:
        """Tell the outbox worker a message is waiting (safe from any thread)."""
        self.outbox_worker.wake()

    async def _deliver(self) -> None:
        """Start sending what is due, a task per message (the outbox worker's step); nothing while the bot
        is not connected. A finished send wakes the worker, so that chat's next message follows at once."""
        if self.started:
            await self.dispatcher.step()

    # life cycle ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect, register the commands, start receiving updates and delivering the outbox."""
        app = self.application
        await app.initialize()
        await self._set_commands()
        if not self._replayed:  # once: a retried start finds them still in the queue
            unhandled = await asyncio.to_thread(self.channel.inbox.unhandled)
            for payload in unhandled:  # received before a crash and never handled
                await app.update_queue.put(Update.de_json(payload, app.bot))
            if unhandled:
                log.warning("handling %d Telegram update(s) received before the last stop", len(unhandled))
            self._replayed = True
        if self.webhook:
            await app.bot.set_webhook(self.settings.telegram_webhook_url, allowed_updates=ALLOWED_UPDATES,
                                      secret_token=self.settings.telegram_webhook_secret)
        else:
            if self.settings.telegram_webhook_url:
                log.error("RAFIQ_TELEGRAM_WEBHOOK_URL is set without RAFIQ_TELEGRAM_WEBHOOK_SECRET: "
                          "using long polling instead")
            if await asyncio.to_thread(self.seat.acquire):
                await self._start_polling()
        await app.start()
        self.started = True
        if self.deliver:
            await self.outbox_worker.start()
        await self.inbox_worker.start()
        log.info("Telegram is on (@%s, %s)", app.bot.username, self.mode if self.mode != "standby" else
                 "standby: another worker long-polls; this one sends replies and takes over if it stops")

    async def _start_polling(self) -> None:
        await self.application.updater.start_polling(timeout=self.poll_timeout, poll_interval=0,
                                                     allowed_updates=ALLOWED_UPDATES)

    async def _inbox_round(self) -> None:
        """Renew this worker's inbox leases, take the updates a dead worker left, and (long polling) take
        the poller's seat when it is free or give it up when its lock was lost."""
        inbox = self.channel.inbox
        await asyncio.to_thread(inbox.renew)
        for payload in await asyncio.to_thread(inbox.orphans):
            log.warning("handling Telegram update %s left by a worker that stopped", payload.get("update_id"))
            await self.application.update_queue.put(Update.de_json(payload, self.application.bot))
        if self.webhook or not self.started:
            return
        updater = self.application.updater
        if updater.running and not await asyncio.to_thread(self.seat.held):
            await updater.stop()
        if not updater.running and await asyncio.to_thread(self.seat.acquire):
            if not self.started:  # stop() began while the seat was being taken: do not poll behind its back
                return
            log.info("Telegram: this worker now long-polls")
            await self._start_polling()

    async def stop(self) -> None:
        """Stop receiving, finish the updates in hand, stop the worker and the jobs, disconnect."""
        await self.retry.cancel()
        if not self.started:  # never came up: undo what a half-done attempt left
            await self._abandon()
            await self.application.shutdown()
            await self.application.bot.shutdown()
            return
        self.started = False
        await self.inbox_worker.stop()  # first: a round in progress could otherwise start polling again
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await self.outbox_worker.stop()
        await self.dispatcher.drain()
        await self.channel.postponed.cancel()
        await app.shutdown()
        await asyncio.to_thread(self.seat.release)
        try:
            await asyncio.to_thread(self.channel.inbox.release)  # any worker may take them now
        except Exception:  # noqa: BLE001 — their leases run out instead
            log.warning("could not release this worker's Telegram updates; they are taken after their lease")

    async def feed(self, data: dict) -> None:
        """Hand one webhook update to the application (python-telegram-bot's custom webhook pattern)."""
        await self.application.update_queue.put(Update.de_json(data, self.application.bot))

    # start-up with retries ----------------------------------------------------------------------
    async def connect(self) -> None:
        """Start in the background, trying again until the Bot API answers; wait a little for the first try."""
        await self.retry.begin()

    def problem(self) -> str | None:
        """What keeps Telegram down (for `/health`), e.g. "telegram: Bot API unreachable since 08:14"; None when on."""
        return None if self.started else self.retry.problem()

    async def _abandon(self) -> None:
        """Undo a start that failed half-way, so the next attempt begins clean."""
        app = self.application
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
        except Exception:  # noqa: BLE001 — best effort; the next attempt starts over
            log.debug("could not undo a failed Telegram start", exc_info=True)

    # helpers ------------------------------------------------------------------------------------
    async def _set_commands(self) -> None:
        bot = self.application.bot
        try:
            for lang in ("ar", "fr"):
                commands = [BotCommand(name, t(f"cmd_{name}", lang)) for name in COMMANDS]
                await bot.set_my_commands(commands, language_code=lang)
            await bot.set_my_commands([BotCommand(name, t(f"cmd_{name}", "fr")) for name in COMMANDS])
        except TelegramError:
            log.warning("could not register the command menu", exc_info=True)
