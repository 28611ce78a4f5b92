"""Run a Starlette app under uvicorn in a background thread on 127.0.0.1, port chosen by the OS.

Shared by every stand-in: start/stop, the context manager, a condition for ``wait_for`` and a
queue of injected failures.

    class Echo(StandInServer):
        def _routes(self): return [Route("/", self._echo, methods=["POST"])]
    with Echo() as echo:
        httpx.post(echo.base_url + "/")
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute

logger = logging.getLogger(__name__)

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


class _Server(uvicorn.Server):
    """A uvicorn server that reports start-up and exits on an event rather than a 0.1 s poll."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._exit: asyncio.Event | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        self._exit = asyncio.Event()
        await super().startup(sockets=sockets)
        self.ready.set()

    async def main_loop(self) -> None:
        assert self._exit is not None
        if not self.should_exit:
            await self._exit.wait()

    def request_exit(self) -> None:
        """Ask the server to stop; safe from any thread."""
        self.should_exit = True
        if self.loop is not None and self._exit is not None and not self.loop.is_closed():
            try:
                self.loop.call_soon_threadsafe(self._exit.set)
            except RuntimeError:  # loop already closed between the check and the call
                pass


@dataclass(frozen=True)
class Failure:
    """One injected failure: the HTTP status and extra data the stand-in uses to shape the body."""

    status: int
    retry_after: int | None = None
    target: str | None = None  # a method / function name, or None for any request
    detail: str | None = None  # a description or error code that shapes the body


class StandInServer:
    """Base class: owns the HTTP server thread, the lock/condition and the failure queue."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._failures: list[Failure] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None
        self.bind_port = 0  # 0: the OS chooses; set it to come back on a port used before

    # -- to override -------------------------------------------------------------------------
    def _routes(self) -> list[BaseRoute]:
        raise NotImplementedError

    def _snapshot(self) -> Any:
        """What ``wait_for`` hands to its predicate (called with the lock held)."""
        raise NotImplementedError

    def _on_stop(self) -> None:
        """Hook run before the server is told to exit (wake long polls here)."""

    # -- life cycle --------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The port the OS gave us; only valid after ``start()``."""
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return self._port

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The server thread's event loop, once started."""
        return self._server.loop if self._server else None

    def start(self) -> None:
        """Bind 127.0.0.1:0, start serving in a daemon thread and wait until it accepts."""
        if self._thread is not None:
            raise RuntimeError(f"{type(self).__name__} already started")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.bind_port))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            Starlette(routes=self._routes()),
            log_level="warning",
            access_log=False,
            lifespan="off",
            loop="asyncio",
            http="h11",
            timeout_graceful_shutdown=2,
        )
        server = _Server(config)
        thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])),
            name=f"{type(self).__name__}-{self._port}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        if not server.ready.wait(_START_TIMEOUT) or not thread.is_alive():
            server.request_exit()
            raise RuntimeError(f"{type(self).__name__} did not start")
        logger.debug("%s listening on %s", type(self).__name__, self.root_url)

    def stop(self) -> None:
        """Stop serving and join the thread; idempotent."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._on_stop()
        server.request_exit()
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            logger.warning("%s thread still alive after stop()", type(self).__name__)
        self._server = self._thread = None

    def __enter__(self) -> StandInServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- waiting -----------------------------------------------------------------------------
    def _notify(self) -> None:
        """Wake ``wait_for`` callers; call with ``self._cond`` held."""
        self._cond.notify_all()

    def wait_for(self, predicate: Callable[[Any], Any], timeout: float = 10.0) -> Any:
        """Block until ``predicate(snapshot)`` is truthy and return the snapshot, else AssertionError."""
        with self._cond:
            if self._cond.wait_for(lambda: predicate(self._snapshot()), timeout):
                return self._snapshot()
            raise AssertionError(
                f"{type(self).__name__}: condition not met within {timeout} s; "
                f"received: {self._describe()}"
            )

    async def wait_for_async(self, predicate: Callable[[Any], Any], timeout: float = 10.0) -> Any:
        """Like ``wait_for`` but awaitable, so the caller's event loop (e.g. a PTB app) keeps running."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout)

    def _describe(self) -> str:
        return repr(self._snapshot())

    # -- failure injection -------------------------------------------------------------------
    def _queue_failures(self, failure: Failure, times: int) -> None:
        with self._cond:
            self._failures.extend([failure] * times)

    def _take_failure(self, target: str | None) -> Failure | None:
        """Pop the first queued failure aimed at ``target`` (or at any request); lock held by caller."""
        for i, failure in enumerate(self._failures):
            if failure.target is None or failure.target == target:
                return self._failures.pop(i)
        return None
