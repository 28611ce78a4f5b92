"""A local Telegram Bot API stand-in served over real HTTP on 127.0.0.1 (port chosen by the OS).

Requests arrive at ``/bot<TOKEN>/<method>`` as python-telegram-bot sends them (form fields,
JSON bodies and multipart are all decoded). Updates are queued by the test and handed out by
``getUpdates`` (long poll). Every call is recorded.

    with BotApiStandIn() as api:
        app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
               .base_file_url(api.base_file_url).build())
        api.push_message(42, "/start")
        ...
        sent = api.wait_for(lambda sent: any("Rafiq" in m["text"] for m in sent))
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Callable
from typing import Any, NamedTuple

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from tests.support import _bot_methods, _telegram
from tests.support._server import Failure, StandInServer


class Call(NamedTuple):
    """One request received: the method name as sent and its decoded parameters."""

    method: str
    params: dict


class BotApiStandIn(_bot_methods.BotMethods, StandInServer):
    """Telegram Bot API stand-in; see the module docstring for a usage example."""

    def __init__(self, token: str = "123456:TEST", bot_username: str = "rafiq_test_bot",
                 bot_first_name: str = "Rafiq", port: int = 0) -> None:
        StandInServer.__init__(self)
        self.bind_port = port  # 0: any free port
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user = _telegram.make_user(self.bot_id, bot_first_name, is_bot=True,
                                            username=bot_username)
        self._requests: list[Call] = []
        self._statuses: list[int] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(100001)
        self._callback_ids = itertools.count(1)
        self._message_ids: dict[Any, int] = {}
        self._messages: dict[tuple[Any, int], dict] = {}
        self._chats: dict[Any, dict] = {}
        self._callbacks: set[str] = set()
        self._files: set[str] = set()  # file ids of photos the stand-in has seen
        self._webhook: dict[str, Any] = {}
        self._commands: dict[tuple[str, str], list] = {}
        self._updates_event = asyncio.Event()
        self._closing = False

    # -- URLs --------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """Give to ``ApplicationBuilder().base_url()`` / ``Bot(base_url=...)``; the token is appended."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """Give to ``ApplicationBuilder().base_file_url()``."""
        return f"{self.root_url}/file/bot"

    # -- server ------------------------------------------------------------------------------
    def _routes(self) -> list[BaseRoute]:
        return [
            Route("/bot{token}/{method}", self._handle, methods=["GET", "POST"]),
            Route("/file/bot{token}/{path:path}", self._no_file, methods=["GET"]),
        ]

    def start(self) -> None:
        """Start serving (see ``StandInServer.start``)."""
        self._closing = False
        StandInServer.start(self)

    def _on_stop(self) -> None:
        self._closing = True
        self._signal_updates()

    async def _no_file(self, request: Request) -> JSONResponse:
        return JSONResponse(_telegram.error_body(404), status_code=404)

    async def _handle(self, request: Request) -> JSONResponse:
        if request.path_params["token"] != self.token:
            return JSONResponse(_telegram.error_body(401), status_code=401)
        method = request.path_params["method"]
        params = await _telegram.read_params(request)
        with self._cond:
            failure = self._take_failure(method.lower())
        if failure is not None:
            status, body = failure.status, _telegram.error_body(
                failure.status, failure.detail, failure.retry_after)
        elif method.lower() == "getupdates":
            status, body = await self._get_updates(params)
        else:
            with self._cond:
                status, body = self._call(method, params)
        with self._cond:
            self._requests.append(Call(method, params))
            self._statuses.append(status)
            self._notify()
        return JSONResponse(body, status_code=status)

    # -- long poll ---------------------------------------------------------------------------
    def _signal_updates(self) -> None:
        """Wake a held getUpdates; safe from any thread."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._swap_event)
            except RuntimeError:
                pass

    def _swap_event(self) -> None:
        event, self._updates_event = self._updates_event, asyncio.Event()
        event.set()

    async def _get_updates(self, params: dict) -> tuple[int, dict]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, float(params.get("timeout") or 0))
        while True:
            with self._cond:
                if self._webhook.get("url"):
                    return 409, _telegram.error_body(
                        409, "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first")
                batch = self._take_updates(params)
                event = self._updates_event
            remaining = deadline - loop.time()
            if batch or self._closing or remaining <= 0:
                return 200, {"ok": True, "result": batch}
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    def _take_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        allowed = params.get("allowed_updates") or []
        limit = max(1, min(100, int(params.get("limit") or 100)))
        batch = [u for u in self._updates if not allowed or any(k in u for k in allowed)]
        return copy.deepcopy(batch[:limit])

    # -- updates for tests -------------------------------------------------------------------
    def push_message(self, chat_id: int, text: str, user_id: int | None = None,
                     first_name: str = "Samira", language_code: str = "ar",
                     chat_type: str = "private", reply_to_message_id: int | None = None,
                     message_thread_id: int | None = None) -> dict:
        """Queue a message Update (``/command`` texts get a bot_command entity); return it."""
        update = self._message_update(chat_id, text, user_id, first_name, language_code,
                                      chat_type, reply_to_message_id, message_thread_id)
        self._enqueue(update)
        return update

    def push_photo(self, chat_id: int, caption: str | None = None, user_id: int | None = None,
                   first_name: str = "Samira", language_code: str = "ar", chat_type: str = "private",
                   reply_to_message_id: int | None = None) -> dict:
        """Queue a message Update with a photo (sizes in ``message["photo"]``) and a caption; return it."""
        update = self._photo_update(chat_id, caption, user_id, first_name, language_code, chat_type,
                                    reply_to_message_id)
        self._enqueue(update)
        return update

    def push_callback(self, chat_id: int, user_id: int, data: str, message_id: int,
                      first_name: str = "Samira", language_code: str = "ar") -> dict:
        """Queue a callback_query Update pressed on ``message_id`` in ``chat_id``; return it."""
        update = self._callback_update(chat_id, user_id, data, message_id, first_name,
                                       language_code)
        self._enqueue(update)
        return update

    def update_for_webhook(self, chat_id: int, text: str | None = None, *,
                           callback_data: str | None = None, message_id: int | None = None,
                           user_id: int | None = None, **kwargs: Any) -> dict:
        """Build a message (or, with ``callback_data``, a callback) Update without queueing it."""
        if callback_data is not None:
            if message_id is None:
                raise ValueError("a callback update needs message_id")
            return self._callback_update(chat_id, user_id or chat_id, callback_data,
                                         message_id, **kwargs)
        return self._message_update(chat_id, text or "", user_id, **kwargs)

    def webhook_headers(self) -> dict[str, str]:
        """Headers Telegram would send to the webhook set by ``setWebhook`` (with its secret)."""
        headers = {"Content-Type": "application/json"}
        with self._cond:
            secret = self._webhook.get("secret_token")
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return headers

    def _enqueue(self, update: dict) -> None:
        with self._cond:
            self._updates.append(update)
        self._signal_updates()

    # -- inspection --------------------------------------------------------------------------
    @property
    def requests(self) -> list[Call]:
        """Every call received (including injected failures), oldest first."""
        with self._cond:
            return list(self._requests)

    @property
    def failed(self) -> list[Call]:
        """Calls that were answered with an error (injected or refused by the contract)."""
        with self._cond:
            return [c for c, s in zip(self._requests, self._statuses, strict=True) if s != 200]

    def sent(self, chat_id: int | str | None = None, method: str | None = "sendMessage") -> list[dict]:
        """Parameters of the successful calls to ``method`` (None: any), for ``chat_id`` (None: any)."""
        with self._cond:
            return [
                copy.deepcopy(call.params)
                for call, status in zip(self._requests, self._statuses, strict=True)
                if status == 200
                and (method is None or call.method.lower() == method.lower())
                and (chat_id is None or str(call.params.get("chat_id")) == str(chat_id))
            ]

    def messages(self, chat_id: int | str) -> list[dict]:
        """The chat as it now looks (bot and user messages, after edits), oldest first."""
        with self._cond:
            found = [m for (cid, _), m in self._messages.items() if str(cid) == str(chat_id)]
            return copy.deepcopy(sorted(found, key=lambda m: m["message_id"]))

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        with self._cond:
            return len(self._updates)

    @property
    def webhook(self) -> dict:
        """What the last setWebhook stored (empty after deleteWebhook)."""
        with self._cond:
            return dict(self._webhook)

    def commands(self, scope: dict | None = None, language_code: str = "") -> list[dict]:
        """Commands stored by setMyCommands for this scope and language."""
        with self._cond:
            return copy.deepcopy(self._commands.get(self._commands_key(scope, language_code), []))

    def wait_for(self, predicate: Callable[[list[dict]], Any], timeout: float = 10.0) -> list[dict]:
        """Block until ``predicate(self.sent())`` is truthy; return ``sent()`` or raise AssertionError."""
        return StandInServer.wait_for(self, predicate, timeout)

    def _snapshot(self) -> list[dict]:
        return self.sent()

    def _describe(self) -> str:
        return repr([(c.method, c.params) for c in self._requests])

    # -- failure injection -------------------------------------------------------------------
    def fail_next(self, method: str, times: int = 1, status: int = 500,
                  retry_after: int | None = None, description: str | None = None) -> None:
        """Answer the next ``times`` calls to ``method`` with an error (429 carries retry_after)."""
        if status == 429 and retry_after is None:
            retry_after = 1
        self._queue_failures(
            Failure(status, retry_after, method.lower(), description), times)
