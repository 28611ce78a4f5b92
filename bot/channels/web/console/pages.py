"""Console plumbing: the session dependencies (login, role, CSRF) and page rendering in Arabic or French."""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Callable
from urllib.parse import quote, urlencode

from fastapi import Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from bot.services import Services
from bot.channels.web.console.auth import (COOKIE, MAX_AGE_S, ConsoleSession, SessionCodec, anonymous, parse_accounts,
                                       same_token)
from bot.store.console_sessions import SessionRegistry
from bot.clock import aware, local, utcnow, zone
from bot.texts import TEXTS, by_lang, t

log = logging.getLogger(__name__)
HERE = Path(__file__).parent.parent  # bot/channels/web: static/ and templates/
LANG_COOKIE = "rafiq_console_lang"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
FLASHES = {"claimed", "claim_lost", "answered", "answer_refused", "closed", "reopened", "merged", "unchanged",
           "faq_added", "faq_incomplete", "faq_too_long", "faq_empty", "faq_proposed", "faq_declined", "faq_none",
           "faq_drafted", "faq_draft_kept", "faq_withdrawn", "faq_not_published", "faq_private", "appeal_unseen"}


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
    """The session in the cookie, or a fresh anonymous one (also when its account no longer exists, or the
    session was revoked by a logout or expired server-side)."""
    session = codec(services).loads(request.cookies.get(COOKIE))
    if session is None:
        return anonymous()
    if session.signed_in and ((session.name, session.role) not in {
            (a.name, a.role) for a in parse_accounts(services.settings.console_tokens)}
            or not SessionRegistry(services.store).active(session.sid, session.name)):
        return replace(session, name="", role="", sid="")
    return session


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
        raise csrf_refused()
    return session


MAX_ID = 2**63 - 1  # the largest row id any store accepts


def valid_id(raw: object) -> int | None:
    """The id in a path or form value when it can name a row (ASCII digits, 1 to 2**63-1), else None."""
    text = str(raw or "")
    if not (text.isascii() and text.isdigit() and len(text) <= 19):
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def not_found() -> HTTPException:
    """The 404 for a ticket that does not exist (message in both languages)."""
    return HTTPException(status_code=404, detail={"error": "not_found", "message": by_lang("not_found")})


def known_ids(request: Request) -> None:
    """Every console route with a `{ticket_id}` answers 404 for an id no row can have (never 500)."""
    raw = request.path_params.get("ticket_id")
    if raw is not None and valid_id(raw) is None:
        raise not_found()


def csrf_refused() -> HTTPException:
    """The 403 for a form without the session's CSRF token (message in both languages)."""
    return HTTPException(status_code=403, detail={"error": "csrf", "message": by_lang("csrf")})


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


def secure_cookies(request: Request) -> bool:
    """Cookies are `Secure` unless the console is served on plain http to this machine (127.0.0.1, localhost);
    always in production (a reverse proxy may pass `Host: 127.0.0.1`)."""
    if get_services(request).settings.production:
        return True
    return not (request.url.scheme == "http" and (request.url.hostname or "") in LOOPBACK)


def set_session(response: Response, request: Request, services: Services, session: ConsoleSession) -> None:
    """Write the signed session cookie (HttpOnly, SameSite=Lax, Secure except on plain http to loopback)."""
    response.set_cookie(COOKIE, codec(services).dumps(session), max_age=MAX_AGE_S, path="/console",
                        httponly=True, samesite="lax", secure=secure_cookies(request))


def clear_session(response: Response, request: Request) -> None:
    """Remove the session cookie from the browser (the session itself is revoked server-side)."""
    response.delete_cookie(COOKIE, path="/console", httponly=True, samesite="lax", secure=secure_cookies(request))


def ui(lang: str) -> Callable[..., str]:
    """The templates' `_(key, **values)` in the console's language (an unknown key comes back as it is)."""
    return lambda key, **values: t(key, lang, **values) if key in TEXTS else key


def render(request: Request, name: str, session: ConsoleSession, status: int = 200, **context) -> HTMLResponse:
    """A page in the console's language, with the helpers every template uses."""
    lang = console_lang(request)
    services = get_services(request)
    tz = zone(services.settings.timezone)
    _ = ui(lang)
    flash = request.query_params.get("m")
    values = {k: v for k, v in request.query_params.items() if k in ("n", "id")}
    return templates().TemplateResponse(request, name, {
        "_": _, "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "session": session,
        "needs_https": request.url.scheme == "http" and secure_cookies(request),
        "here": quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe=""),
        "flash": _(f"msg_{flash}", **values) if flash in FLASHES else "",
        "local": lambda moment: local(moment, tz).strftime("%Y-%m-%d %H:%M") if moment else "",
        "age": lambda moment: _age(lang, aware(moment)), "count": lambda n, unit="minutes": counted(lang, unit, n),
        "one_line": one_line,
        "label": lambda prefix, key: _(f"{prefix}_{key}") if f"{prefix}_{key}" in TEXTS else str(key),
        **context}, status_code=status)


def _age(lang: str, moment: datetime) -> str:
    minutes = max(0, int((utcnow() - moment).total_seconds() // 60))
    if minutes < 60:
        return counted(lang, "minutes", minutes)
    if minutes < 48 * 60:
        return counted(lang, "hours", minutes // 60)
    return counted(lang, "days", minutes // 1440)


def counted(lang: str, unit: str, n: int) -> str:
    """`n` minutes, hours or days (`unit`), the Arabic word agreeing with the number: دقيقة واحدة، دقيقتان، 3 إلى 10
    دقائق، 11 دقيقة فما فوق ("2 دقيقة" was shown: a tester); 100, 101, 102 take the singular the hundreds take."""
    n = int(n)
    rest = n % 100
    form = "_1" if n == 1 else "_2" if n == 2 else "_few" if 3 <= rest <= 10 else \
        "_hundreds" if n >= 100 and rest <= 2 else ""
    key = f"n_{unit}{form}"
    return t(key if key in TEXTS else f"n_{unit}", lang, n=n)


def one_line(text: str, limit: int = 140) -> str:
    """A ticket's question on one line, its lines kept apart: a forum thread's title, then " — " and its post, then
    " · " between the details added after ("Mission Quand le ministère…" ran the title into the post: a tester)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    joined = lines[0] + (" — " + " · ".join(lines[1:]) if len(lines) > 1 else "") if lines else ""
    return joined if len(joined) <= limit else joined[:limit].rstrip() + "…"


def back(ticket_id: int, flash: str, **values) -> RedirectResponse:
    """Post/redirect/get to the ticket page with a message."""
    return RedirectResponse(f"/console/tickets/{ticket_id}?{urlencode({'m': flash, **values})}", status_code=303)
