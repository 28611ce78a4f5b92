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

from bot.channels.web.console.auth import ConsoleSession, find_account, parse_accounts, same_token, signed_in_as
from bot.channels.web.console.faq import PERSONAL_TICKETS, router as faq_router
from bot.channels.web.console.found import found_views
from bot.channels.web.console.exports import router as exports_router
from bot.channels.web.console.gaps import router as gaps_router
from bot.channels.web.console.guard import LoginThrottle
from bot.channels.web.console.headers import ConsoleHeaders
from bot.channels.web.console.keys import router as keys_router
from bot.channels.web.console.moderation import router as moderation_router
from bot.channels.web.console.pages import (HERE, LANG_COOKIE, Posted, Svc, User, back, clear_session, csrf_refused,
                                        current_session, known_ids, not_found, render, safe_next, secure_cookies,
                                        set_session, valid_id)
from bot.store.console_sessions import SessionRegistry
from bot import appeals
from bot.closing import close_ticket
from bot.escalation import OPEN_STATES, STATES, TicketError
from bot.faq_proposals import FaqProposals
from bot.faq_text import draft_fields
from bot.knowledge import MAX_ANSWER as MAX_FAQ_ANSWER, MAX_QUESTION, KnowledgeBase
from bot.stats import build_report
from bot.reports.across_languages import language_means
from bot.reports.gaps import MIN_TRAINERS
from bot.types import TicketState
from bot.channels.web.console.stats import week_view, weeks_period
from bot.channels.web.console.pages import console_lang

log = logging.getLogger(__name__)
STATE_FILTERS = {"active": OPEN_STATES, "all": STATES, **{s: (s,) for s in STATES}}
AGE_FILTERS = {"1h": 1, "4h": 4, "24h": 24, "72h": 72}
MAX_ANSWER = 8000  # a tutor's answer; the form takes more, so that a longer one comes back to be shortened, not lost
MAX_FORM_TEXT = 100_000

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
          name: Annotated[str, Form(max_length=128)] = "", token: Annotated[str, Form(max_length=512)] = "",
          csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    """Check the name and token (after a growing delay once attempts fail); a new session on success."""
    if not same_token(session.csrf, csrf):
        raise csrf_refused()
    address, throttle = request.client.host if request.client else "?", request.app.state.console_throttle
    wait = throttle.wait(address, name)
    if wait:
        log.warning("console login held back %d s after repeated failures", wait)
        response = render(request, "login.html", session, status=429, next=safe_next(next), wait=wait, account=name)
        response.headers["Retry-After"] = str(wait)
        return response
    account = find_account(parse_accounts(services.settings.console_tokens), token.strip(), name)
    if account is None:
        throttle.failed(address, name)
        log.warning("console login refused")
        return render(request, "login.html", session, status=401, next=safe_next(next), failed=True, account=name)
    throttle.succeeded(address, name)
    log.info("console login: %s (%s)", account.name, account.role)
    signed = signed_in_as(account)
    SessionRegistry(services.store).open(signed.sid, account.name, account.role, signed.expires)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session(response, request, services, signed)
    return response


@router.post("/logout")
def logout(request: Request, services: Svc, session: Posted) -> RedirectResponse:
    """End the session: revoked server-side, so a copy of the cookie no longer opens anything."""
    SessionRegistry(services.store).revoke(session.sid)
    response = RedirectResponse("/console/login", status_code=303)
    clear_session(response, request)
    return response


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str, next: str = "") -> RedirectResponse:
    """Switch the console between Arabic and French."""
    response = RedirectResponse(safe_next(next), status_code=303)
    if lang in ("ar", "fr"):
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, path="/console", samesite="lax",
                            secure=secure_cookies(request))
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
    return ticket_view(request, ticket_id, services, session)


def ticket_view(request: Request, ticket_id: int, services, session, status: int = 200, **answer) -> HTMLResponse:
    """The ticket page; `answer`: a refused answer's text kept in its box (`answer_text`) and its length (`too_long`)."""
    ticket = services.tickets.get(ticket_id)
    if ticket is None:
        raise not_found()
    followers = services.tickets.followers(ticket_id)
    kb = KnowledgeBase(services.settings.corpus_dir, services.engine)
    faq = kb.read(f"faq-t{ticket_id}")
    proposal = FaqProposals(services.store).get(ticket_id)
    proposed = proposal.fields if proposal and proposal.state == "pending" else {}
    drafted = draft_fields(ticket.question, ticket.answer or "", ticket.lang, MAX_QUESTION, MAX_FAQ_ANSWER,
                           ticket.reason)
    prefill = {lang: (proposed[f"question_{lang}"], proposed[f"answer_{lang}"]) if proposed else
               (faq[lang].title, faq[lang].text) if lang in faq else
               (drafted[f"question_{lang}"], drafted[f"answer_{lang}"]) for lang in ("ar", "fr")}
    faq_files = [p.name for p in kb.paths(f"faq-t{ticket_id}")]
    return render(request, "ticket.html", session, ticket=ticket, followers=followers, found=found_views(ticket.found),
                  history=services.tickets.history(ticket_id), similar=services.tickets.similar(ticket_id),
                  faq_files=faq_files, prefill=prefill, proposal=proposal,
                  personal=ticket.reason in PERSONAL_TICKETS, can_answer=ticket.state in OPEN_STATES
                  and (ticket.state != TicketState.CLAIMED or ticket.claimed_by == session.name),
                  max_answer=MAX_ANSWER, appeal_pending=appeals.pending(services.tickets, ticket_id), status=status,
                  **answer)


@router.post("/tickets/{ticket_id}/claim")
def claim(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Claim the ticket (exactly one of several tutors pressing at once wins)."""
    return back(ticket_id, "claimed" if services.tickets.claim(ticket_id, session.name) else "claim_lost")


@router.post("/tickets/{ticket_id}/answer", response_model=None)
def answer(request: Request, ticket_id: int, services: Svc, session: Posted,
           text: Annotated[str, Form(max_length=MAX_FORM_TEXT)] = "") -> Response:
    """Record the answer and queue it for every trainer waiting on the ticket. Too long, the ticket page again with
    the text kept (over 8000 characters it was the chat's JSON error, a limit of 4000, the answer lost: a tester)."""
    if len(text) > MAX_ANSWER:
        return ticket_view(request, ticket_id, services, session, status=422, answer_text=text, too_long=len(text))
    try:
        queued = services.relay.answer(ticket_id, session.name, text)
    except TicketError:
        return back(ticket_id, "answer_refused")
    return back(ticket_id, "answered", n=queued)


@router.post("/tickets/{ticket_id}/close")
def close(ticket_id: int, services: Svc, session: Posted,
          appeal_seen: Annotated[str, Form(max_length=8)] = "") -> RedirectResponse:
    """Close the ticket; trainers still waiting for an answer are told (bot/relay.py). A ticket whose author contests
    the decision is closed only once the tutor says they read the appeal (`appeal_seen`): closing it told the author
    "the decision stands" about an appeal nobody had read (a tester). The rule is bot/closing.py's, the tutors'
    Telegram group's too."""
    done = close_ticket(services.tickets, services.relay, ticket_id, session.name, appeal_seen=bool(appeal_seen))
    return back(ticket_id, done.status.value)


@router.post("/tickets/{ticket_id}/reopen")
def reopen(ticket_id: int, services: Svc, session: Posted) -> RedirectResponse:
    """Reopen an answered or closed ticket."""
    return back(ticket_id, "reopened" if services.tickets.reopen(ticket_id, session.name) else "unchanged")


@router.post("/tickets/{ticket_id}/merge")
def merge(ticket_id: int, services: Svc, session: Posted,
          target: Annotated[str, Form(max_length=40)] = "") -> RedirectResponse:
    """Merge this ticket into a similar one; its trainers get the other ticket's answer. An answered ticket is kept:
    the other, unanswered one is merged into it and its trainers get the answer (merged the other way, the answered
    ticket was closed, its trainers waited again and got a second answer: a newcomer)."""
    target = valid_id(target)
    if target is None:
        return back(ticket_id, "unchanged")
    this, other = services.tickets.get(ticket_id), services.tickets.get(target)
    if this is not None and other is not None and this.answer and not other.answer:
        ticket_id, target = target, ticket_id
    try:
        services.tickets.merge(ticket_id, target, session.name)
    except TicketError:
        return back(ticket_id, "unchanged")
    kept = services.tickets.get(target)
    if kept is not None and kept.answer and kept.state in (TicketState.ANSWERED, TicketState.CLOSED):
        services.relay.deliver(target)
    return back(target, "merged")


# -- coordinator ---------------------------------------------------------------------------------
@router.get("/stats", response_class=HTMLResponse)
def stats(request: Request, services: Svc, session: User, weeks: int = 8, week: str = "") -> HTMLResponse:
    """The weekly report (figures and charts, bot/reports), the weeks' table and the gap report; their downloads are
    console/exports.py's."""
    if not session.coordinator:
        return render(request, "forbidden.html", session, status=403)
    weeks = max(1, min(weeks, 52))
    report = build_report(services.store, weeks=weeks, tz=services.settings.timezone,
                          means=language_means(services.engine))
    return render(request, "stats.html", session, report=report, counts=services.tickets.counts(), weeks_n=weeks,
                  min_trainers=MIN_TRAINERS, weeks_period=weeks_period(report, console_lang(request)),
                  **week_view(services, week, console_lang(request)))


def mount_console(app: FastAPI) -> None:
    """Add the console (routes, stylesheet, security headers, login throttle)."""
    app.state.console_throttle = LoginThrottle()
    app.add_middleware(ConsoleHeaders)
    app.include_router(router)
    app.include_router(faq_router)
    app.include_router(gaps_router)
    app.include_router(exports_router)
    app.include_router(keys_router)
    app.include_router(moderation_router)
    app.mount("/console/static", StaticFiles(directory=str(HERE / "static" / "console")), name="console-static")
