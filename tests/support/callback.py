"""A generic callback receiver: records every request sent to it (JSON decoded when it can be).

    with CallbackStandIn() as hook:
        httpx.post(hook.url, json={"ticket": 7})
        assert hook.wait_for(lambda got: got)[0]["json"] == {"ticket": 7}
"""

from __future__ import annotations

import copy
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from tests.support._server import Failure, StandInServer


class CallbackStandIn(StandInServer):
    """Records requests on any path; answers ``{"ok": true}`` (or an injected status)."""

    def __init__(self, path: str = "/callback") -> None:
        super().__init__()
        self.path = path
        self._received: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        """The URL to configure as the callback (any other path on this host works too)."""
        return f"{self.root_url}{self.path}"

    def _routes(self) -> list[BaseRoute]:
        return [Route("/{rest:path}", self._record,
                      methods=["GET", "POST", "PUT", "PATCH", "DELETE"])]

    @property
    def received(self) -> list[dict[str, Any]]:
        """Each request: method, path, headers (lower-case names), body (str), json (or None), status."""
        with self._cond:
            return copy.deepcopy(self._received)

    def json_bodies(self) -> list[Any]:
        """The decoded JSON bodies of the requests answered 2xx."""
        return [r["json"] for r in self.received if 200 <= r["status"] < 300]

    def fail_next(self, times: int = 1, status: int = 500) -> None:
        """Answer the next ``times`` requests with ``status``."""
        self._queue_failures(Failure(status), times)

    def _snapshot(self) -> list[dict[str, Any]]:
        return self.received

    async def _record(self, request: Request) -> JSONResponse:
        raw = await request.body()
        try:
            decoded = json.loads(raw) if raw.strip() else None
        except ValueError:
            decoded = None
        with self._cond:
            failure = self._take_failure(None)
            status = failure.status if failure else 200
            self._received.append({
                "method": request.method, "path": request.url.path,
                "headers": {k.lower(): v for k, v in request.headers.items()},
                "body": raw.decode("utf-8", "replace"), "json": decoded, "status": status,
            })
            self._notify()
        return JSONResponse({"ok": status < 400}, status_code=status)
