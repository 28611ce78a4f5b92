"""Runs the Telegram bot inside `rafiq serve`, on the same event loop as the FastAPI app.

    start: initialize (getMe) → setMyCommands (ar, fr) → updates left in the inbox by a crash
           → long polling, or setWebhook with its secret → outbox worker → scheduler (reminders)
    tickets: new ones are announced through the Tutor's recorder (`on_ticket`); late ones by the SLA
           worker (bot/sla_worker.py) through `services.extras["ticket_announcer"]`.
    stop:  the reverse; replies still in the outbox are delivered after the next start.
    down:  a Bot API unreachable at start-up is tried again with backoff, forever (a failure is logged at
           most once a minute); meanwhile `/health` says "degraded" with the problem (`problem()`).

`install_telegram(services)` hooks start/stop into `services.extras["on_start"/"on_stop"]` when
`RAFIQ_TELEGRAM_TOKEN` is set and says that Telegram is off when it is not.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import BotCommand, Update
from telegram.error import TelegramError

from bot.channels import telegram_tutors as tutors
from bot.channels.telegram import COMMANDS, build_application, webhook_mode
from bot.channels.telegram_channel import TelegramChannel
from bot.channels.telegram_retry import StartRetry
from bot.channels.telegram_sender import TelegramSender
from bot.texts import t

if TYPE_CHECKING:
    from bot.services import Services

log = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "callback_query"]


class TelegramRuntime:
    """The bot, its outbox worker and its periodic jobs, started and stopped together.

    Example::

        runtime = TelegramRuntime(services)
        await runtime.start()   # or runtime.attach() and let the FastAPI lifespan do it
        ...
        await runtime.stop()
    """

    def __init__(self, services: Services, poll_timeout: int = 10, outbox_interval: float = 0.5,
                 network_retry_after: float | None = None, deliver: bool = True, scheduler: bool = True,
                 retry_first: float = 1.0, retry_max: float = 60.0, first_attempt_wait: float = 15.0) -> None:
        self.services = services
        self.settings = services.settings
        self.poll_timeout = poll_timeout
        self.outbox_interval = outbox_interval
        self.deliver = deliver
        self.use_scheduler = scheduler
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stop: asyncio.Event | None = None
        self._tasks: list[asyncio.Task] = []
        self._scheduler = None
        self.started = False
        self.retry = StartRetry(self.start, self._abandon, services.settings.timezone, first=retry_first,
                                most=retry_max, first_wait=first_attempt_wait)
        self._replayed = False
        self.channel = TelegramChannel(services, wake=self.wake)
        self.application = build_application(services, self.channel)
        self.sender = TelegramSender(self.application.bot, services.store, services.tickets, network_retry_after)
        self._wire()

    def _wire(self) -> None:
        recorder = self.services.tutor.recorder
        previous = getattr(recorder, "on_ticket", None)

        def on_ticket(ticket) -> None:
            if previous is not None:
                previous(ticket)
            try:
                tutors.announce(self.channel, ticket)
            except Exception:  # the ticket exists; the console and the SLA pass still show it
                log.exception("could not queue the card of ticket #%s", ticket.id)

        if hasattr(recorder, "on_ticket"):
            recorder.on_ticket = on_ticket
        relay = self.services.relay
        previous_wake = relay.wake

        def wake_relay() -> None:
            previous_wake()
            self.wake()

        relay.wake = wake_relay
        self.services.extras["ticket_announcer"] = tutors.TelegramAnnouncer(self.channel)

    @property
    def webhook(self) -> bool:
        """True in webhook mode (URL and secret set), False for long polling."""
        return webhook_mode(self.settings)

    def wake(self) -> None:
        """Tell the outbox worker a message is waiting (safe from any thread)."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        else:
            loop.call_soon_threadsafe(event.set)

    # life cycle ---------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect, register the commands, start receiving updates and delivering the outbox."""
        self._loop = asyncio.get_running_loop()
        self._wake, self._stop = asyncio.Event(), asyncio.Event()
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
            await app.updater.start_polling(timeout=self.poll_timeout, poll_interval=0,
                                            allowed_updates=ALLOWED_UPDATES)
        await app.start()
        self.started = True
        if self.deliver:
            self._tasks.append(asyncio.create_task(
                self.services.outbox.run({"telegram": self.sender}, self._stop, self.outbox_interval, self._wake),
                name="rafiq-telegram-outbox"))
        if self.use_scheduler:
            try:
                await self._start_scheduler()
            except Exception:  # the bot is up; reminders wait for the next start
                log.exception("could not start the scheduler")
        log.info("Telegram is on (@%s, %s)", app.bot.username, "webhook" if self.webhook else "long polling")

    async def stop(self) -> None:
        """Stop receiving, finish the updates in hand, stop the worker and the jobs, disconnect."""
        await self.retry.cancel()
        if not self.started:  # never came up: undo what a half-done attempt left
            await self._abandon()
            await self.application.shutdown()
            await self.application.bot.shutdown()
            return
        self.started = False
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        if self._scheduler is not None:
            await self._scheduler.stop()
            if self.services.extras.get("scheduler") is self._scheduler:
                del self.services.extras["scheduler"]
            self._scheduler = None
        self._stop.set()
        self._wake.set()
        for task in self._tasks:
            try:
                await asyncio.wait_for(task, timeout=10)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                log.warning("task %s did not stop in time", task.get_name())
        self._tasks.clear()
        await app.shutdown()

    async def feed(self, data: dict) -> None:
        """Hand one webhook update to the application (python-telegram-bot's custom webhook pattern)."""
        await self.application.update_queue.put(Update.de_json(data, self.application.bot))

    def attach(self) -> None:
        """Run with the FastAPI app: hook start and stop into its lifespan."""
        extras = self.services.extras
        extras["telegram"] = self
        extras.setdefault("channels", ["web"])
        if "telegram" not in extras["channels"]:
            extras["channels"].append("telegram")

        async def on_start(_app) -> None:
            await self.connect()

        async def on_stop(_app) -> None:
            await self.stop()

        extras.setdefault("on_start", []).append(on_start)
        extras.setdefault("on_stop", []).append(on_stop)
        extras.setdefault("health_checks", {})["telegram"] = self.problem

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

    async def _start_scheduler(self) -> None:
        if self.services.extras.get("scheduler") is not None:
            return
        calendar = self.channel.calendar()
        if calendar is None:
            log.info("no calendar.yaml in the corpus: reminders are off")
            return
        try:
            from bot.roles.nudges import NudgePolicy
            from bot.scheduler import Scheduler
        except ImportError:
            return
        self._scheduler = Scheduler(self.services.store, self.services.outbox, calendar,
                                    policy=NudgePolicy(after_days=self.settings.nudge_after_days),
                                    on_enqueued=self.wake)
        self.services.extras["scheduler"] = self._scheduler
        await self._scheduler.start()


def install_telegram(services: Services) -> TelegramRuntime | None:
    """Attach the Telegram bot to the app when a token is set; otherwise say that Telegram is off."""
    if not services.settings.telegram_token:
        log.info("RAFIQ_TELEGRAM_TOKEN is not set: Telegram is off; the web app and the API run.")
        return None
    # httpx logs every request URL at INFO, and Bot API URLs carry the token (python-telegram-bot's advice)
    logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLogger("httpx").level))
    runtime = TelegramRuntime(services)
    runtime.attach()
    return runtime
