"""Helpers for the console tests and the escalation benchmark: the app under uvicorn in a thread, a
console client that logs in and posts forms with the CSRF token, and a Telegram sender for the outbox.
"""
from __future__ import annotations

import re
import threading

import httpx

from bot.lifecycle import Hooks
from bot.store.outbox import DeliveryError, wake_on
from bot.workers import PeriodicWorker

ACCOUNTS = "karim:tutor:karim-token-0001,salma:tutor:salma-token-0002,nadia:coordinator:nadia-token-0003"
TOKENS = {"karim": "karim-token-0001", "salma": "salma-token-0002", "nadia": "nadia-token-0003"}
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class ServerThread:
    """The FastAPI app under uvicorn on 127.0.0.1, port chosen by the OS, lifespan included.

    Example: ``with ServerThread(app) as server: httpx.get(server.url + "/health")``
    """

    def __init__(self, app) -> None:
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, name="console-uvicorn", daemon=True)
        self.url = ""

    def __enter__(self) -> "ServerThread":
        self.thread.start()
        for _ in range(600):
            if self.server.started:
                break
            self.thread.join(0.05)
            if not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
        else:
            raise RuntimeError("uvicorn did not start in 30 s")
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(15)


class ConsoleClient:
    """An HTTP client logged in to the console that posts forms with the session's CSRF token."""

    def __init__(self, client: httpx.Client | object, name: str) -> None:
        self.client = client
        page = client.get("/console/login")
        csrf = CSRF.search(page.text).group(1)
        done = client.post("/console/login", data={"name": name, "token": TOKENS[name], "csrf": csrf,
                                                   "next": "/console/queue"}, follow_redirects=False)
        assert done.status_code == 303, done.text
        self.csrf = CSRF.search(client.get("/console/queue").text).group(1)

    def post(self, path: str, **data):
        """POST a console form with the CSRF token; the redirect is not followed."""
        return self.client.post(path, data={"csrf": self.csrf, **data}, follow_redirects=False)


class BotSender:
    """An outbox `Sender` that delivers through python-telegram-bot's Bot to a Bot API (or a stand-in)."""

    def __init__(self, token: str, base_url: str, on_sent=None) -> None:
        from telegram import Bot

        self.bot = Bot(token, base_url=base_url)
        self.sent_at: dict[str, list[float]] = {}
        self.on_sent = on_sent or (lambda payload, moment: None)
        self._ready = False

    async def send(self, recipient: str, text: str, payload: dict) -> str | None:
        """Send one message; Telegram's errors become DeliveryError (retry or permanent)."""
        import time

        from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

        if not self._ready:
            await self.bot.initialize()
            self._ready = True
        try:
            message = await self.bot.send_message(chat_id=int(recipient), text=text)
        except RetryAfter as exc:
            raise DeliveryError("rate limited", retry_after=float(getattr(exc, "retry_after", 1))) from exc
        except (BadRequest, Forbidden) as exc:
            raise DeliveryError(exc.__class__.__name__, permanent=True) from exc
        except TelegramError as exc:
            raise DeliveryError(exc.__class__.__name__) from exc
        moment = time.perf_counter()
        self.sent_at.setdefault(str(payload.get("ticket_id")), []).append(moment)
        self.on_sent(payload, moment)
        return str(message.message_id)

    async def close(self) -> None:
        """Close the bot's HTTP session."""
        if self._ready:
            await self.bot.shutdown()


def with_outbox_worker(services, sender, wake: bool = True, interval: float = 0.2) -> None:
    """Run an outbox worker for Telegram in the app's lifecycle (woken by every message queued if `wake`)."""
    async def deliver() -> None:
        await services.outbox.deliver_all({"telegram": sender})

    worker = PeriodicWorker("telegram-outbox", interval, deliver)
    if wake:
        services.outbox.wakes.append(wake_on(("telegram",), worker.wake))

    async def stop() -> None:
        await worker.stop()
        await sender.close()

    services.lifecycle.add(Hooks(worker.name, worker.start, stop))


def browser_login(page, base_url: str, name: str = "nadia") -> None:
    """Sign `name` in to the console in a Playwright page (it lands on the queue)."""
    page.goto(base_url + "/console/login")
    page.fill("#name", name)
    page.fill("#token", TOKENS[name])
    page.click("#login-submit")
    page.wait_for_url("**/console/queue")
