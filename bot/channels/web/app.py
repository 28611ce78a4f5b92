"""The FastAPI app: health, the ask API, the web chat page and its mailbox. Other routers join it later."""
from __future__ import annotations

import asyncio
import logging
import secrets
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.services import Services
from bot.channels.web.console.routes import mount_console
from bot.channels.forum.routes import router as forum_router
from bot.channels.telegram.webhook import router as telegram_router
from bot.channels.web.api_docs import ASK_ERRORS, HOOK_ERRORS, AskResponse, HealthResponse, mount_docs
from bot.channels.web.bidi import isolate_commands
from bot.channels.web.commands import web_command
from bot.channels.web.mailbox import WebMailbox
from bot.conversation_language import page_choice
from bot.guards import MAX_CHARS, clean_text
from bot.store.rate_hits import rate_limiter
from bot.question_keys import record_feedback
from bot.texts import by_lang, t
from bot.tutor import Tutor
from bot.types import Decision, Message, Reason

log = logging.getLogger(__name__)
PAGE = Path(__file__).with_name("static") / "chat.html"


USER_ID = "^[A-Za-z0-9_-]{16,128}$"  # a browser's random id: long enough that nobody guesses another's


class AskRequest(BaseModel):
    """Body of `POST /api/ask`; without `user`, the message starts a conversation of its own."""

    text: str
    lang: str | None = Field(default=None, pattern="^(ar|fr)$",
                             description="the page's language: used only when the message's own cannot be told")
    user: str | None = Field(default=None, pattern=USER_ID)
    lang_chosen: bool = Field(default=False, description="true when `lang` is the trainer's own choice (a language "
                              "button pressed, or a \"from now on\" request the reply's `page_lang` said): every reply "
                              "is then in it, whatever the message's language, until she changes it")


class TutorRequest(BaseModel):
    """Body of `POST /api/tutor`: the browser whose question a tutor should take (that of `interaction`, else
    its latest)."""

    user: str = Field(pattern=USER_ID)
    lang: str | None = Field(default=None, pattern="^(ar|fr)$", description="the page's language")
    interaction: int | None = Field(default=None, ge=1, description="the exchange the button was under")
    reason: Literal["human_requested", "not_helpful"] = "human_requested"


class FeedbackRequest(BaseModel):
    """Body of `POST /api/feedback`: helpful ("up") or not ("down") on one of this browser's answers."""

    user: str = Field(pattern=USER_ID)
    interaction: int = Field(ge=1, description="the `interaction` of the answer")
    value: Literal["up", "down"]
    lang: str | None = Field(default=None, pattern="^(ar|fr)$", description="the page's language")


class FeedbackResponse(BaseModel):
    """What the page says after a feedback press."""

    answer: str = Field(description="thanks; after \"down\", the offer to ask a tutor")
    lang: str = Field(examples=["fr"])
    recorded: bool = Field(description="false when the answer is not this browser's (or is gone)")


def web_reply(decision: Decision, user: str) -> dict:
    """The `ask` JSON of a decision (its commands isolated left to right in Arabic: `bot.channels.web.bidi`), with the
    conversation's `user`, a clarifying question's `options`, `offers_tutor`: the reply carries an "ask a tutor" button (on Telegram too), as "about which topic?" does, and
    `actions` when the reply has buttons that send a text (the /forget confirmation), `page_lang` when the trainer
    chose a language for what follows (the page switches to it and keeps it)."""
    return {**decision.to_json(), "answer": isolate_commands(decision.text), "user": user,
            "interaction": decision.interaction_id,
            "options": [{"id": c.id, "title": c.title, "lang": c.lang} for c in decision.options],
            "offers_tutor": any(b.action == "tutor" for b in decision.buttons),
            "page_lang": decision.lang if decision.lang_kept else None,
            "actions": [{"label": b.label, "send": b.action.removeprefix("send:")}
                        for b in decision.buttons if b.action.startswith("send:")]}


# What each route's body looks like, said in its 422 (/api/tutor's "reason" was refused with the shape of /api/ask
# and a limit of 100 000 characters that no route has: a newcomer)
REQUEST_SHAPES = {
    "/api/ask": '{"text": "...", "lang": "ar|fr", "user": "..."}',
    "/api/tutor": '{"user": "...", "reason": "human_requested|not_helpful", "interaction": 12, "lang": "ar|fr"}',
    "/api/feedback": '{"user": "...", "interaction": 12, "value": "up|down", "lang": "ar|fr"}',
}
# A GET's query and the console's forms are no JSON body: /api/messages?after=abc was told to send {"text": ...} (a tester)
QUERY_SHAPES = {"/api/messages": "/api/messages?user=...&after=N"}


def exchange_language(tutor: Tutor, message: Message, interaction: int | None) -> str:
    """The reply language of the exchange a button was under (else of the latest one), for a request that names no
    language: a ticket asked from an Arabizi conversation was recorded as French, and its notice said in French."""
    row = (tutor.recorder.interaction(message, interaction) if interaction is not None
           else next(iter(tutor.recorder.history(message, limit=1)), None))
    return row.reply_lang if row is not None and row.reply_lang in ("ar", "fr") else "fr"


def too_long(text: str) -> JSONResponse | None:
    """413 with the Tutor's bilingual "too long" text when the message exceeds Telegram's limit."""
    n = len(clean_text(text))
    if n <= MAX_CHARS:
        return None
    return JSONResponse(status_code=413, content={
        "error": "too_long", "limit": MAX_CHARS, "length": n,
        "message": by_lang("too_long", n=n, limit=MAX_CHARS)})


def rate_limited(request: Request, user: str | None = None) -> JSONResponse | None:
    """429 saying in Arabic and French when to retry, once a conversation (`user`) is over its share a minute, or
    its address over the address's. Trainers of one centre share an address (its NAT): each conversation has its
    own share, and the address a larger one, so that no single source floods the Tutor."""
    host = request.client.host if request.client else "?"
    wait = request.app.state.address_limiter.take(host)
    if not wait and user is not None:
        wait = request.app.state.ask_limiter.take(f"{host}|{user}")
    if not wait:
        return None
    return JSONResponse(status_code=429, headers={"Retry-After": str(wait)}, content={
        "error": "rate_limited", "retry_after": wait, "message": by_lang("rate_limited_retry", seconds=wait)})


def get_services(request: Request) -> Services:
    """The services held by the app."""
    return request.app.state.services


def get_tutor(services: Annotated[Services, Depends(get_services)]) -> Tutor:
    """The Tutor, injectable so tests can swap it."""
    return services.tutor


def create_app(services: Services, warm: bool = True) -> FastAPI:
    """The one FastAPI app of Rafiq: routes only; its lifespan starts and stops `services.lifecycle`
    (every background worker, wired by `bot.app`)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm and not services.engine.ready:
            await asyncio.to_thread(services.warm_up)
        await services.lifecycle.start()
        try:
            yield
        finally:
            await services.lifecycle.stop()

    app = FastAPI(title="Rafiq", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Rafiq (رفيق): the trainers' assistant. Ask the guide (`POST /api/ask`), fetch tutors' "
                              "answers (`GET /api/messages`), forum hooks, health. Errors carry a message in "
                              "Arabic and French.")
    app.state.services = services
    app.state.ask_limiter = rate_limiter(services.store, "ask", services.settings.rate_limit_per_minute)
    app.state.address_limiter = rate_limiter(services.store, "ask-address", services.settings.address_rate_per_minute)
    app.include_router(telegram_router)  # POST /telegram/webhook
    app.include_router(forum_router, responses=HOOK_ERRORS)  # POST /hooks/discourse, /hooks/forum (503 until configured)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(status_code=500, content={
            "error": "internal_error", "message": by_lang("error")})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        path = request.url.path
        if path in QUERY_SHAPES or path.startswith("/console/"):
            fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "body" for e in exc.errors()})
            key, shape = ("invalid_query", QUERY_SHAPES[path]) if path in QUERY_SHAPES else ("invalid_console", "")
            return JSONResponse(status_code=422, content={"error": "invalid_request", "fields": fields,
                                                          "message": by_lang(key, fields=", ".join(fields), shape=shape)})
        route = path if path in REQUEST_SHAPES else "/api/ask"
        broken = next((e for e in exc.errors() if e.get("type") == "json_invalid"), None)
        if broken is not None:  # "champs : 15" named a character position as a field
            position = next((str(p) for p in broken.get("loc", ())[1:]), "?")
            return JSONResponse(status_code=422, content={"error": "invalid_request", "fields": ["body"], "message":
                                by_lang("invalid_json", position=position, shape=REQUEST_SHAPES[route])})
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "body" for e in exc.errors()})
        message = by_lang("invalid_request", fields=", ".join(fields), shape=REQUEST_SHAPES[route])
        if route == "/api/ask":  # what the text may be
            message = {lang: f"{text} {by_lang('invalid_ask_limits', limit=MAX_CHARS)[lang]}"
                       for lang, text in message.items()}
        if "user" in fields:  # a conversation id too short to be unguessable ("u1"): say what it must be
            message = {lang: f"{text} {by_lang('invalid_user')[lang]}" for lang, text in message.items()}
        return JSONResponse(status_code=422, content={
            "error": "invalid_request", "fields": fields, "message": message})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            return await invalid(request, RequestValidationError([{"loc": ("body", "json")}]))
        if isinstance(exc.detail, dict):
            return JSONResponse(status_code=exc.status_code, content=exc.detail, headers=exc.headers)
        return JSONResponse(status_code=exc.status_code, content={"error": str(exc.detail)}, headers=exc.headers)

    @app.get("/health", response_model=HealthResponse)
    def health(services: Annotated[Services, Depends(get_services)]) -> dict:
        """Liveness, what is loaded, and any channel that is down ("degraded", still HTTP 200)."""
        engine = services.engine
        manifest = engine.index.manifest if engine.ready else None
        problems = services.problems()
        return {"status": ("degraded" if problems else "ok") if engine.ready else "starting",
                "problems": problems,
                "index": {"chunks": manifest.n_chunks, "question_keys": manifest.n_question_keys,
                          "sections": manifest.n_sections, "embedder": manifest.embedder,
                          **engine.index_status()} if manifest else None,
                "channels": services.channels,
                "telegram": services.telegram.mode if services.telegram is not None else None}

    @app.post("/api/ask", response_model=AskResponse, responses=ASK_ERRORS)
    def ask(body: AskRequest, request: Request, tutor: Annotated[Tutor, Depends(get_tutor)]) -> dict | JSONResponse:
        """One message through the Tutor; returns the public `ask` JSON and the conversation's `user` id."""
        refused = rate_limited(request, body.user) or too_long(body.text)
        if refused is not None:
            return refused
        user = body.user or f"anon-{secrets.token_urlsafe(16)}"
        # without the page's language, a command is answered in the conversation's (the last reply's): "/forget" after
        # an Arabic answer got French; the /forget question is kept, so that "لا، تراجعت" after it cancels
        lang = body.lang or (exchange_language(tutor, Message(channel="web", user=user, text=""), None)
                             if body.user else None)
        command = web_command(get_services(request).forgetter, body.text, user, lang,
                              getattr(tutor, "recorder", None))  # a stand-in Tutor may have none
        if command is not None:  # the page's help, /privacy, /forget (Telegram has its own handlers)
            return web_reply(command, user)
        reply = tutor.handle(Message(channel="web", user=user, text=body.text, lang_default=body.lang,
                                     lang_hint=page_choice(body.text, body.lang, body.lang_chosen)))
        return web_reply(reply, user)

    @app.post("/api/tutor", response_model=AskResponse, responses={k: ASK_ERRORS[k] for k in (422, 429)})
    def ask_a_tutor(body: TutorRequest, request: Request,
                    tutor: Annotated[Tutor, Depends(get_tutor)]) -> dict | JSONResponse:
        """The page's "ask a tutor" button: a ticket for this browser's latest question (an off-topic one, or one
        whose clarifying question named no right section), answered on the page by the mailbox."""
        refused = rate_limited(request, body.user)
        if refused is not None:
            return refused
        asking = Message(channel="web", user=body.user, text="")
        lang = body.lang or exchange_language(tutor, asking, body.interaction)
        reply = tutor.request_tutor(replace(asking, lang_hint=lang), Reason(body.reason), body.interaction)
        return web_reply(reply, body.user)

    @app.post("/api/feedback", response_model=FeedbackResponse, responses={k: ASK_ERRORS[k] for k in (422, 429)})
    def feedback(body: FeedbackRequest, request: Request,
                 services: Annotated[Services, Depends(get_services)]) -> dict | JSONResponse:
        """👍 / 👎 under an answer: stored on the exchange; 👍 proposes its question as a question key of the cited
        section (a tutor approves it in the console); 👎 offers to ask a tutor."""
        refused = rate_limited(request, body.user)
        if refused is not None:
            return refused
        row = services.tutor.recorder.interaction(Message(channel="web", user=body.user, text=""), body.interaction)
        lang = body.lang or (row.reply_lang if row is not None and row.reply_lang in ("ar", "fr") else "fr")
        if row is None:
            return {"answer": t("expired", lang), "lang": lang, "recorded": False}
        record_feedback(services.store, row, body.value)
        return {"answer": t("feedback_thanks" if body.value == "up" else "not_helpful_offer", lang), "lang": lang,
                "recorded": True}

    @app.get("/api/messages", responses={422: ASK_ERRORS[422]})
    def messages(services: Annotated[Services, Depends(get_services)],
                 user: Annotated[str, Query(pattern=USER_ID)],
                 after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0) -> dict:
        """Messages for this browser since `after` (tutor answers, reminders); marked delivered now."""
        return {"messages": WebMailbox(services.outbox).fetch(user, after)}

    @app.get("/", response_class=HTMLResponse)
    def chat_page() -> HTMLResponse:
        """The web chat page (Arabic right-to-left, French left-to-right)."""
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    mount_docs(app)  # /docs and /redoc from the package (offline), /favicon.ico
    mount_console(app)  # tutors' console at /console/
    return app
