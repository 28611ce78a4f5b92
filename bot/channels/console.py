"""The tutors' web console under `/console/`: queue, ticket page, answer, knowledge base, statistics.

Routes translate HTTP into calls to `TicketService`, `AnswerRelay`, `KnowledgeBase` and `build_report`;
they decide nothing else. Every POST carries the session's CSRF token; pages answer in Arabic
(right-to-left) or French, switched with `/console/lang/{ar|fr}`.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from bot.services import Services
from bot.channels.console_auth import COOKIE, ConsoleSession, find_account, parse_accounts, same_token, signed_in_as
from bot.channels.console_found import found_views
from bot.channels.console_pages import (HERE, LANG_COOKIE, Posted, Svc, User, back, csrf_refused, current_session,
                                        known_ids, not_found, render, safe_next, set_session, valid_id)
from bot.escalation import OPEN_STATES, STATES, TicketError
from bot.knowledge import FaqError, KnowledgeBase, entry_from_fields
from bot.sla_worker import install_sla_worker
from bot.stats import build_report

log = logging.getLogger(__name__)
STATE_FILTERS = {"active": OPEN_STATES, "all": STATES, **{s: (s,) for s in STATES}}
AGE_FILTERS = {"1h": 1, "4h": 4, "24h": 24, "72h": 72}

router = APIRouter(prefix="/console", tags=["console"], dependencies=[Depends(known_ids)])


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
        raise csrf_refused()
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
        raise not_found()
    followers = services.tickets.followers(ticket_id)
    kb = KnowledgeBase(services.settings.corpus_dir, services.engine)
    faq = kb.read(f"faq-t{ticket_id}")
    prefill = {lang: (faq[lang].title, faq[lang].text) if lang in faq else
               ((ticket.question, ticket.answer or "") if ticket.lang == lang else ("", "")) for lang in ("ar", "fr")}
    faq_files = [p.name for p in kb.paths(f"faq-t{ticket_id}")]
    return render(request, "ticket.html", session, ticket=ticket, followers=followers, found=found_views(ticket.found),
                  history=services.tickets.history(ticket_id), similar=services.tickets.similar(ticket_id),
                  faq_files=faq_files, prefill=prefill, can_answer=ticket.state in OPEN_STATES
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
    """Close the ticket; trainers still waiting for an answer are told (bot/relay.py)."""
    if not services.tickets.close(ticket_id, session.name):
        return back(ticket_id, "unchanged")
    services.relay.closed(ticket_id)
    return back(ticket_id, "closed")


@router.post("/tickets/{ticket_id}/reopen")
def reopen(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Reopen an answered or closed ticket."""
    return back(ticket_id, "reopened" if services.tickets.reopen(ticket_id, session.name) else "unchanged")


@router.post("/tickets/{ticket_id}/merge")
def merge(ticket_id: int, services: Svc, session: Posted,
          target: Annotated[str, Form(max_length=40)] = "") -> RedirectResponse:
    """Merge this ticket into a similar one; its trainers get the other ticket's answer."""
    target = valid_id(target)
    if target is None:
        return back(ticket_id, "unchanged")
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
        raise not_found()
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
