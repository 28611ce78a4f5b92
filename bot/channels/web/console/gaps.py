"""The guide-gap report in the console (`/console/gaps`, coordinators only) and its FAQ drafts.

GET shows the topics of a chosen period (bot/reports/gaps.py over the live engine): size, trainers,
languages, masked representative questions (only with MIN_TRAINERS distinct trainers), the nearest guide
section and its score, tutors' answers. Each topic with a ticket has a button (a CSRF form) that POSTs
its tickets to `/console/gaps/draft`: a FAQ draft prefilled from the topic (`FaqProposals.draft`), opened
on its ticket page where the coordinator finishes and publishes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from bot.channels.web.console.faq import coordinators_only
from bot.channels.web.console.pages import Posted, Svc, User, back, console_lang, render, valid_id
from bot.clock import as_utc, utcnow, zone
from bot.faq_proposals import FaqProposals
from bot.reports.export import GapPeriod
from bot.reports.gaps import MIN_TRAINERS, Topic, gap_questions, topics
from bot.reports.memo import MEMO
from bot.reports.labels import label
from bot.reports.week import parse_week

router = APIRouter(prefix="/console", tags=["console"])
DEFAULT_DAYS = 28
PRESETS = (7, 28, 91)
MAX_DAYS = 366
PAGE_TOPICS = 100  # the largest topics shown (and searched for their nearest section); the CLI exports all
MAX_QUESTIONS = 8000  # clustering holds n²/2 distances: 8,000 questions ≈ 0.5 GB at the peak, 24,000 ≈ 4.6 GB


def period(today: date, since: str, until: str, week: str) -> tuple[date, date, tuple[str, dict]]:
    """The first and last day (inclusive) asked for, and what was wrong as a report text key and its values, else ("",
    {}) (then the default: the last DEFAULT_DAYS days). `week` (2026-W48) wins over `since` / `until`. Each error says
    its own fault: 2024-01-01 to 2026-12-01 was "write two dates like 2026-11-01", "hier" read "hier → ." (a tester)."""
    default = (today - timedelta(days=DEFAULT_DAYS - 1), today)
    if week:
        try:
            monday = parse_week(week)
        except ValueError:
            return (*default, ("bad_week", {"value": week}))
        return monday, monday + timedelta(days=6), ("", {})
    try:
        first = date.fromisoformat(since) if since else default[0]
    except ValueError:
        return (*default, ("period_not_a_date", {"value": since}))
    try:
        last = date.fromisoformat(until) if until else today
    except ValueError:
        return (*default, ("period_not_a_date", {"value": until}))
    if last < first:
        return (*default, ("period_reversed", {"since": first.isoformat(), "until": last.isoformat()}))
    if (last - first).days >= MAX_DAYS:
        return (*default, ("period_too_long", {"since": first.isoformat(), "until": last.isoformat(), "max": MAX_DAYS}))
    return first, last, ("", {})


def said(key: str, lang: str, **values: object) -> str:
    """The report text `key`; in Arabic, each date or value it names isolated left to right (U+2066…U+2069): after
    Arabic words a date is read as Arabic digits and drawn reversed, "2026-11-01" as "01-11-2026"."""
    if lang.startswith("ar"):
        values = {k: f"\u2066{v}\u2069" if isinstance(v, str) else v for k, v in values.items()}
    return label(key, lang, **values)


def recent(questions: list, limit: int = MAX_QUESTIONS) -> list:
    """The `limit` most recent questions (they come oldest first), so a long period cannot exhaust memory."""
    return questions[-limit:] if len(questions) > limit else questions


def _midnight(day: date, tz: str) -> datetime:
    return as_utc(datetime.combine(day, datetime.min.time(), tzinfo=zone(tz)))


@dataclass(frozen=True)
class GapView:
    """The gap report of the period asked for: its topics, what it covered, and what was wrong with the period."""

    topics: list[Topic]
    period: GapPeriod
    bad: str = ""  # a report text key, "" when the period was right
    values: dict = field(default_factory=dict)


def gap_view(services, since: str, until: str, week: str) -> GapView:
    """The topics of a period (bad: the default period, and why) as the page and its downloads show them; only the
    PAGE_TOPICS largest are searched for their nearest section."""
    tz = services.settings.timezone
    today = utcnow().astimezone(zone(tz)).date()
    first, last, (bad, values) = period(today, since[:40], until[:40], week[:20])
    questions = gap_questions(services.store, _midnight(first, tz), _midnight(last + timedelta(days=1), tz))
    asked = len(questions)
    questions = recent(questions)
    found = topics(questions, services.engine, memo=MEMO, sections=PAGE_TOPICS)
    return GapView(found, GapPeriod(first, last, tz, asked, len(questions)), bad, values)


@router.get("/gaps", response_class=HTMLResponse)
def gaps_page(request: Request, services: Svc, session: User, since: str = "", until: str = "",
              week: str = "") -> HTMLResponse:
    """The topics the guide serves badly over a period (default: the last 28 days), with its downloads."""
    if not session.coordinator:
        return render(request, "forbidden.html", session, status=403)
    lang = console_lang(request)
    view = gap_view(services, since, until, week)
    found, first, last = view.topics, view.period.since, view.period.until
    today = utcnow().astimezone(zone(services.settings.timezone)).date()
    presets = [(n, (today - timedelta(days=n - 1)).isoformat(), today.isoformat()) for n in PRESETS]
    bad, values = view.bad, view.values
    return render(request, "gaps.html", session, topics=found[:PAGE_TOPICS], more=found[PAGE_TOPICS:],
                  total=len(found), since=first.isoformat(), until=last.isoformat(),
                  error=f'{said(bad, lang, **values)} {label("period_default", lang, n=DEFAULT_DAYS)}' if bad else "",
                  presets=presets, questions=view.period.questions, kept=view.period.clustered,
                  min_trainers=MIN_TRAINERS, report=lambda key, **v: said(key, lang, **v),
                  downloads=urlencode({"since": first.isoformat(), "until": last.isoformat()}))


@router.post("/gaps/draft")
def draft(services: Svc, session: Posted,
          tickets: Annotated[str, Form(max_length=4000)] = "") -> RedirectResponse:
    """A FAQ draft from a topic's tickets (most central first), opened on its ticket page."""
    if not session.coordinator:
        raise coordinators_only()
    ids = [i for i in (valid_id(x.strip()) for x in tickets.split(",")) if i is not None]
    made = FaqProposals(services.store).draft(ids, session.name) if ids else None
    if made is None:
        return RedirectResponse("/console/gaps", status_code=303)
    ticket_id, created = made
    services.tickets.note(ticket_id, "faq_proposed", session.name)
    return back(ticket_id, "faq_drafted" if created else "faq_draft_kept")
