"""The tutors' web console under `/console/`: queue, ticket page, answer, knowledge base, statistics.

Routes translate HTTP into calls to `TicketService`, `AnswerRelay`, `KnowledgeBase` and `build_report`;
they decide nothing else. Every POST carries the session's CSRF token; pages answer in Arabic
(right-to-left) or French, switched with `/console/lang/{ar|fr}`.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from bot.app import Services
from bot.channels.console_auth import (COOKIE, MAX_AGE_S, ConsoleSession, SessionCodec, anonymous, find_account,
                                       parse_accounts, same_token, signed_in_as)
from bot.channels.console_texts import CONSOLE_TEXTS, ui
from bot.escalation import OPEN_STATES, STATES, TicketError, aware
from bot.knowledge import FaqError, KnowledgeBase, entry_from_fields
from bot.sla_worker import install_sla_worker
from bot.stats import build_report

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
LANG_COOKIE = "rafiq_console_lang"
STATE_FILTERS = {"active": OPEN_STATES, "all": STATES, **{s: (s,) for s in STATES}}
AGE_FILTERS = {"1h": 1, "4h": 4, "24h": 24, "72h": 72}
FLASHES = {"claimed", "claim_lost", "answered", "answer_refused", "closed", "reopened", "merged", "unchanged",
           "faq_added", "faq_incomplete", "faq_too_long", "faq_empty"}

router = APIRouter(prefix="/console", tags=["console"])


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The console's Jinja2 templates (autoescaped)."""
    return Jinja2Templates(directory=str(HERE / "templates" / "console"))


def get_services(request: Request) -> Services:
    """The services held by the app."""
    return request.app.state.services


Svc = Annotated[Services, Depends(get_services)]


def codec(services: Services) -> SessionCodec:
    """The session codec for the configured accounts."""
    return SessionCodec.for_accounts(services.settings.console_tokens)


def current_session(request: Request, services: Svc) -> ConsoleSession:
    """The session in the cookie, or a fresh anonymous one."""
    return codec(services).loads(request.cookies.get(COOKIE)) or anonymous()


def signed_in(request: Request, session: Annotated[ConsoleSession, Depends(current_session)]) -> ConsoleSession:
    """The signed-in session, or a redirect to the login page."""
    if not session.signed_in:
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe="")
        raise HTTPException(status_code=303, headers={"Location": f"/console/login?next={target}"})
    return session


def checked(session: Annotated[ConsoleSession, Depends(signed_in)],
            csrf: Annotated[str, Form()] = "") -> ConsoleSession:
    """A signed-in session whose form repeated the CSRF token (403 otherwise)."""
    if not same_token(session.csrf, csrf):
        raise HTTPException(status_code=403, detail={"error": "csrf", "ar": CONSOLE_TEXTS["csrf"][0],
                                                     "fr": CONSOLE_TEXTS["csrf"][1]})
    return session


User = Annotated[ConsoleSession, Depends(signed_in)]
Posted = Annotated[ConsoleSession, Depends(checked)]


def console_lang(request: Request) -> str:
    """The console's language: the switch's cookie, else the browser's preference."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in ("ar", "fr"):
        return chosen
    return "ar" if request.headers.get("accept-language", "").lower().startswith("ar") else "fr"


def safe_next(target: str | None) -> str:
    """Only local console paths are followed after login or a language switch."""
    if target and target.startswith("/console") and not target.startswith("//") and "\\" not in target:
        return target
    return "/console/queue"


def set_session(response: Response, request: Request, services: Services, session: ConsoleSession) -> None:
    """Write the signed session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS)."""
    secure = request.url.scheme == "https" or services.settings.production
    response.set_cookie(COOKIE, codec(services).dumps(session), max_age=MAX_AGE_S, path="/console",
                        httponly=True, samesite="lax", secure=secure)


def render(request: Request, name: str, session: ConsoleSession, status: int = 200, **context) -> HTMLResponse:
    """A page in the console's language, with the helpers every template uses."""
    lang = console_lang(request)
    services = get_services(request)
    tz = ZoneInfo(services.settings.timezone)
    _ = ui(lang)
    flash = request.query_params.get("m")
    values = {k: v for k, v in request.query_params.items() if k in ("n", "id")}
    return templates().TemplateResponse(request, name, {
        "_": _, "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "session": session,
        "here": quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe=""),
        "flash": _(f"msg_{flash}", **values) if flash in FLASHES else "",
        "local": lambda moment: aware(moment).astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else "",
        "age": lambda moment: _age(_, aware(moment)),
        "label": lambda prefix, key: _(f"{prefix}_{key}") if f"{prefix}_{key}" in CONSOLE_TEXTS else str(key),
        **context}, status_code=status)


def _age(_, moment: datetime) -> str:
    minutes = max(0, int((datetime.now(timezone.utc) - moment).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} {_('unit_m')}"
    if minutes < 48 * 60:
        return f"{minutes // 60} {_('unit_h')}"
    return f"{minutes // 1440} {_('unit_d')}"


def back(ticket_id: int, flash: str, **values) -> RedirectResponse:
    """Post/redirect/get to the ticket page with a message."""
    return RedirectResponse(f"/console/tickets/{ticket_id}?{urlencode({'m': flash, **values})}", status_code=303)


# -- login ---------------------------------------------------------------------------------------
@router.get("", include_in_schema=False)
@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    """The queue is the console's home."""
    return RedirectResponse("/console/queue", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, services: Svc, session: Annotated[ConsoleSession, Depends(current_session)],
               next: str = "") -> HTMLResponse:
    """The token form (sets an anonymous session that carries the CSRF token)."""
    response = render(request, "login.html", session, next=safe_next(next),
                      no_accounts=not parse_accounts(services.settings.console_tokens))
    set_session(response, request, services, session)
    return response


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, services: Svc, session: Annotated[ConsoleSession, Depends(current_session)],
          token: Annotated[str, Form(max_length=512)] = "", csrf: Annotated[str, Form()] = "",
          next: Annotated[str, Form()] = "") -> Response:
    """Check the token; a new session (and CSRF token) on success."""
    if not same_token(session.csrf, csrf):
        raise HTTPException(status_code=403, detail={"error": "csrf", "ar": CONSOLE_TEXTS["csrf"][0],
                                                     "fr": CONSOLE_TEXTS["csrf"][1]})
    account = find_account(parse_accounts(services.settings.console_tokens), token.strip())
    if account is None:
        log.warning("console login refused")
        return render(request, "login.html", session, status=401, next=safe_next(next), failed=True)
    log.info("console login: %s (%s)", account.name, account.role)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session(response, request, services, signed_in_as(account))
    return response


@router.post("/logout")
def logout(session: Posted) -> RedirectResponse:
    """End the session."""
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(COOKIE, path="/console")
    return response


@router.get("/lang/{lang}")
def switch_language(lang: str, next: str = "") -> RedirectResponse:
    """Switch the console between Arabic and French."""
    response = RedirectResponse(safe_next(next), status_code=303)
    if lang in ("ar", "fr"):
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, path="/console", samesite="lax")
    return response


# -- queue and tickets ---------------------------------------------------------------------------
@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, services: Svc, session: User, state: str = "active", lang: str = "",
          channel: str = "", priority: str = "", age: str = "") -> HTMLResponse:
    """The tickets, most urgent first, with filters."""
    channels = services.tickets.channels()
    filters = {"state": state if state in STATE_FILTERS else "active", "lang": lang if lang in ("ar", "fr") else "",
               "channel": channel if channel in channels else "",
               "priority": priority if priority in ("0", "1", "2") else "", "age": age if age in AGE_FILTERS else ""}
    tickets = services.tickets.queue(
        STATE_FILTERS[filters["state"]], lang=filters["lang"] or None, channel=filters["channel"] or None,
        priority=int(filters["priority"]) if filters["priority"] else None,
        older_than=timedelta(hours=AGE_FILTERS[filters["age"]]) if filters["age"] else None)
    waiting = services.tickets.follower_counts([t.id for t in tickets])
    return render(request, "queue.html", session, tickets=tickets, waiting=waiting, filters=filters,
                  channels=channels, states=STATES, ages=AGE_FILTERS)


@router.get("/tickets/{ticket_id}", response_class=HTMLResponse)
def ticket_page(request: Request, ticket_id: int, services: Svc, session: User) -> HTMLResponse:
    """One ticket with everything a tutor needs to answer it."""
    ticket = services.tickets.get(ticket_id)
    if ticket is None:
        raise HTTPException(status_code=404, detail="ticket not found")
    followers = services.tickets.followers(ticket_id)
    faq_files = [p.name for p in KnowledgeBase(services.settings.corpus_dir, services.engine).paths(f"faq-t{ticket_id}")]
    return render(request, "ticket.html", session, ticket=ticket, followers=followers,
                  history=services.tickets.history(ticket_id), similar=services.tickets.similar(ticket_id),
                  faq_files=faq_files, can_answer=ticket.state in OPEN_STATES
                  and (ticket.state != "claimed" or ticket.claimed_by == session.name))


@router.post("/tickets/{ticket_id}/claim")
def claim(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Claim the ticket (exactly one of several tutors pressing at once wins)."""
    return back(ticket_id, "claimed" if services.tickets.claim(ticket_id, session.name) else "claim_lost")


@router.post("/tickets/{ticket_id}/answer")
def answer(ticket_id: int, services: Svc, session: Posted,
           text: Annotated[str, Form(max_length=8000)] = "") -> RedirectResponse:
    """Record the answer and queue it for every trainer waiting on the ticket."""
    try:
        services.tickets.answer(ticket_id, session.name, text)
    except TicketError:
        return back(ticket_id, "answer_refused")
    return back(ticket_id, "answered", n=services.relay.deliver(ticket_id))


@router.post("/tickets/{ticket_id}/close")
def close(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Close the ticket."""
    return back(ticket_id, "closed" if services.tickets.close(ticket_id, session.name) else "unchanged")


@router.post("/tickets/{ticket_id}/reopen")
def reopen(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Reopen an answered or closed ticket."""
    return back(ticket_id, "reopened" if services.tickets.reopen(ticket_id, session.name) else "unchanged")


@router.post("/tickets/{ticket_id}/merge")
def merge(ticket_id: int, services: Svc, session: Posted, target: Annotated[int, Form()]) -> RedirectResponse:
    """Merge this ticket into a similar one; its trainers get the other ticket's answer."""
    try:
        services.tickets.merge(ticket_id, target, session.name)
    except TicketError:
        return back(ticket_id, "unchanged")
    kept = services.tickets.get(target)
    if kept is not None and kept.answer and kept.state in ("answered", "closed"):
        services.relay.deliver(target)
    return back(target, "merged")


@router.post("/tickets/{ticket_id}/faq")
def add_to_knowledge_base(ticket_id: int, services: Svc, session: Posted,
                          question_ar: Annotated[str, Form()] = "", answer_ar: Annotated[str, Form()] = "",
                          question_fr: Annotated[str, Form()] = "",
                          answer_fr: Annotated[str, Form()] = "") -> RedirectResponse:
    """Store the answer as a FAQ entry and add it to the live index."""
    if services.tickets.get(ticket_id) is None:
        raise HTTPException(status_code=404, detail="ticket not found")
    try:
        entry = entry_from_fields(ticket_id, {"question_ar": question_ar, "answer_ar": answer_ar,
                                              "question_fr": question_fr, "answer_fr": answer_fr}, session.name)
    except FaqError as exc:
        return back(ticket_id, exc.code)
    sections = KnowledgeBase(services.settings.corpus_dir, services.engine).promote(entry)
    services.tickets.note(ticket_id, "faq", session.name, f"{entry.id} ({', '.join(s.lang for s in sections)})")
    return back(ticket_id, "faq_added", id=entry.id)


# -- coordinator ---------------------------------------------------------------------------------
@router.get("/stats", response_class=HTMLResponse)
def stats(request: Request, services: Svc, session: User, weeks: int = 8) -> HTMLResponse:
    """Questions per week and language, rates, tutors' answer time and the gap report."""
    if not session.coordinator:
        return render(request, "forbidden.html", session, status=403)
    report = build_report(services.store, weeks=max(1, min(weeks, 52)), tz=services.settings.timezone)
    return render(request, "stats.html", session, report=report, counts=services.tickets.counts())


def mount_console(app: FastAPI, services: Services) -> None:
    """Add the console (routes and stylesheet) and the service-level worker to the app."""
    app.include_router(router)
    app.mount("/console/static", StaticFiles(directory=str(HERE / "static" / "console")), name="console-static")
    install_sla_worker(services)
