"""The Bot API stand-in with faults aimed at one chat: an HTTP error, a closed connection, a hang.

    with FaultyBotApi() as api:
        api.inject("sendMessage", "hang", chat_id=42, seconds=30)   # held until the client gives up
        api.inject("sendMessage", "closed", chat_id=42)            # connection closed, no answer
        api.inject("sendMessage", 429, chat_id=42, retry_after=3)  # or 500, 502...
        ...
        api.sent_while_held(43)   # sendMessage calls to chat 43 answered while a request was held

A faulty call is never carried out (nothing is sent to the chat) and is recorded like the base
stand-in's injected failures (``api.failed``), with status 0 for a closed connection and 504 for a
hang. A hang ends when the client disconnects (its read timeout), after ``seconds``, or at stop;
it holds only its own request: other requests are served meanwhile.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from tests.support import _telegram
from tests.support.bot_api import BotApiStandIn, Call

CLOSED, HANG = "closed", "hang"


@dataclass(frozen=True)
class Fault:
    """One injected fault: an HTTP status, "closed" or "hang", for a method and optionally one chat."""

    method: str
    kind: int | str
    chat_id: str | None = None
    retry_after: int | None = None
    seconds: float = 30.0


def _close_connection(request: Request) -> bool:
    """Abort the TCP connection under a request (uvicorn's h11 cycle exposes its transport)."""
    transport = getattr(getattr(request.receive, "__self__", None), "transport", None)
    if transport is None:
        return False
    transport.abort()
    return True


class FaultyBotApi(BotApiStandIn):
    """``BotApiStandIn`` plus transport faults; see the module docstring."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._faults: list[Fault] = []
        self._held = 0
        self._abandoned: list[Call] = []
        self._answered: list[tuple[Call, int]] = []  # calls answered 200 while requests were held

    def inject(self, method: str, kind: int | str, chat_id: int | str | None = None, times: int = 1,
               retry_after: int | None = None, seconds: float = 30.0) -> None:
        """Spoil the next ``times`` calls to ``method`` (for ``chat_id``, or any chat)."""
        if kind == 429 and retry_after is None:
            retry_after = 1
        fault = Fault(method.lower(), kind, None if chat_id is None else str(chat_id), retry_after, seconds)
        with self._cond:
            self._faults.extend([fault] * times)

    @property
    def held(self) -> int:
        """Requests being held by a hang right now."""
        with self._cond:
            return self._held

    @property
    def abandoned(self) -> list[Call]:
        """Held calls the client gave up on (it closed the connection)."""
        with self._cond:
            return list(self._abandoned)

    def sent_while_held(self, chat_id: int | str) -> list[dict]:
        """Successful sendMessage calls to a chat answered while another request was held."""
        with self._cond:
            return [dict(c.params) for c, _ in self._answered
                    if c.method.lower() == "sendmessage" and str(c.params.get("chat_id")) == str(chat_id)]

    # -- server --------------------------------------------------------------------------------
    def _routes(self) -> list[BaseRoute]:
        return [Route("/bot{token}/{method}", self._faulty, methods=["GET", "POST"]), *super()._routes()]

    def _take_fault(self, method: str, chat_id: object) -> Fault | None:
        for i, fault in enumerate(self._faults):
            if fault.method == method and fault.chat_id in (None, str(chat_id)):
                return self._faults.pop(i)
        return None

    def _record(self, call: Call, status: int) -> None:
        with self._cond:
            self._requests.append(call)
            self._statuses.append(status)
            self._notify()

    async def _faulty(self, request: Request) -> Response:
        method = request.path_params["method"]
        with self._cond:
            aimed = any(f.method == method.lower() for f in self._faults)
            watched = aimed or self._held > 0  # params are read only when needed (uploads stay intact)
        params, fault = {}, None
        if watched and request.path_params["token"] == self.token:
            await request.body()  # cached: the base handler can read the same body again
            params = await _telegram.read_params(request)
            with self._cond:
                fault = self._take_fault(method.lower(), params.get("chat_id"))
        if fault is None:
            response = await self._handle(request)
            with self._cond:
                if response.status_code == 200 and self._held:
                    self._answered.append((Call(method, params), self._held))
            return response
        call = Call(method, params)
        if fault.kind == CLOSED:
            self._record(call, 0)
            if _close_connection(request):
                return Response(status_code=500)  # never written: the connection is gone
            raise ConnectionAbortedError("injected: connection closed")  # fallback: uvicorn drops it
        if fault.kind == HANG:
            return await self._hang(request, call, fault.seconds)
        self._record(call, int(fault.kind))
        body = _telegram.error_body(int(fault.kind), None, fault.retry_after)
        return JSONResponse(body, status_code=int(fault.kind))

    async def _hang(self, request: Request, call: Call, seconds: float) -> Response:
        with self._cond:
            self._held += 1
            self._notify()
        try:  # the body was read: the next ASGI message is the client's disconnect, seen at once
            await asyncio.wait_for(self._disconnected(request), seconds)
            with self._cond:
                self._abandoned.append(call)
        except TimeoutError:
            pass
        finally:
            with self._cond:
                self._held -= 1
            self._record(call, 504)
        return JSONResponse(_telegram.error_body(504, "Gateway Timeout"), status_code=504)

    async def _disconnected(self, request: Request) -> None:
        while not self._closing:
            message = await request.receive()
            if message.get("type") == "http.disconnect":
                return
        raise TimeoutError("stand-in stopping")
