"""The FastAPI app: health, the ask API and the web chat page. Other routers join it later."""
from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.services import Services
from bot.channels.console import mount_console
from bot.channels.forum import include_forum
from bot.channels.telegram_webhook import router as telegram_router
from bot.texts import t
from bot.tutor import Tutor
from bot.types import Message

log = logging.getLogger(__name__)
PAGE = Path(__file__).with_name("static") / "chat.html"


class AskRequest(BaseModel):
    """Body of `POST /api/ask`."""

    text: str = Field(max_length=100_000)
    lang: str | None = Field(default=None, pattern="^(ar|fr)$")
    user: str = Field(default="web", max_length=128)


def get_services(request: Request) -> Services:
    """The services held by the app."""
    return request.app.state.services


def get_tutor(services: Annotated[Services, Depends(get_services)]) -> Tutor:
    """The Tutor, injectable so tests can swap it."""
    return services.tutor


def create_app(services: Services, warm: bool = True) -> FastAPI:
    """The one FastAPI app of Rafiq."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm and not services.engine.ready:
            await asyncio.to_thread(services.warm_up)
        for start in services.extras.get("on_start", []):
            await start(app)
        yield
        for stop in reversed(services.extras.get("on_stop", [])):
            await stop(app)

    app = FastAPI(title="Rafiq", version="0.1.0", lifespan=lifespan)
    app.state.services = services
    app.include_router(telegram_router)  # POST /telegram/webhook
    include_forum(app, services)  # POST /hooks/discourse, POST /hooks/forum

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(status_code=500, content={
            "error": "internal_error", "message": {"ar": t("error", "ar"), "fr": t("error", "fr")}})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "body" for e in exc.errors()})
        return JSONResponse(status_code=422, content={
            "error": "invalid_request", "fields": fields,
            "message": {"ar": t("invalid_request", "ar", fields=", ".join(fields)),
                        "fr": t("invalid_request", "fr", fields=", ".join(fields))}})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            return await invalid(request, RequestValidationError([{"loc": ("body", "json")}]))
        if isinstance(exc.detail, dict):
            return JSONResponse(status_code=exc.status_code, content=exc.detail, headers=exc.headers)
        return JSONResponse(status_code=exc.status_code, content={"error": str(exc.detail)}, headers=exc.headers)

    @app.get("/health")
    def health(services: Annotated[Services, Depends(get_services)]) -> dict:
        """Liveness and what is loaded."""
        engine = services.engine
        manifest = engine.index.manifest if engine.ready else None
        return {"status": "ok" if engine.ready else "starting",
                "index": {"chunks": manifest.n_chunks, "question_keys": manifest.n_question_keys,
                          "sections": manifest.n_sections,
                          "embedder": manifest.embedder} if manifest else None,
                "channels": services.extras.get("channels", ["web"])}

    @app.post("/api/ask")
    def ask(body: AskRequest, tutor: Annotated[Tutor, Depends(get_tutor)]) -> dict:
        """One message through the Tutor; returns the public `ask` JSON."""
        reply = tutor.handle(Message(channel="web", user=body.user, text=body.text, lang_hint=body.lang))
        return reply.to_json()

    @app.get("/", response_class=HTMLResponse)
    def chat_page() -> HTMLResponse:
        """The web chat page (Arabic right-to-left, French left-to-right)."""
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    mount_console(app, services)  # tutors' console at /console/ and the SLA worker
    return app
