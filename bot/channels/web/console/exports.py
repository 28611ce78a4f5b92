"""The coordinators' downloads (coordinators only, as the pages that show the same figures; linked from them).

    GET /console/stats.json?weeks=8&week=2026-W48        the stats page's figures, JSON (bot/reports/export.py)
    GET /console/stats.csv?weeks=8&week=2026-W48         the same tables, CSV
    GET /console/gaps.json?since=…&until=…|week=2026-W48  the gap report of a period, JSON
    GET /console/gaps.csv?since=…&until=…|week=2026-W48   the same topics, CSV (as `rafiq report gaps --format csv`)
A tutor gets 403 and a bad week or period 422, each with its message in Arabic and French (a download has no page to
say it on); a CSV starts with a byte-order mark, so that a spreadsheet reads its Arabic. Routes translate only.
"""
from __future__ import annotations

import json

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from bot.channels.web.console.faq import coordinators_only
from bot.channels.web.console.gaps import gap_view
from bot.channels.web.console.pages import Svc, User, known_ids
from bot.channels.web.console.stats import week_report
from bot.reports.across_languages import language_means
from bot.reports.export import gaps_json, stats_csv, stats_json
from bot.reports.gaps import to_csv
from bot.reports.labels import label
from bot.stats import build_report

router = APIRouter(prefix="/console", tags=["console"], dependencies=[Depends(known_ids)])
BOM = "\ufeff"


def _file(body: str, media_type: str, name: str) -> Response:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _refused(key: str, **values: object) -> HTTPException:
    """422 for a bad week or period (as the console's other bad queries), said in both languages."""
    return HTTPException(status_code=422, detail={"error": key, "message": {
        lang: label(key, lang, **values) for lang in ("ar", "fr")}})


def _stats(services, session, weeks: int, week: str):
    if not session.coordinator:
        raise coordinators_only()
    report, bad = week_report(services, week[:20])
    if bad:
        raise _refused("bad_week", value=week[:20])
    figures = build_report(services.store, weeks=max(1, min(weeks, 52)), tz=services.settings.timezone,
                           means=language_means(services.engine))
    return figures, report


@router.get("/stats.json")
def stats_download(services: Svc, session: User, weeks: int = 8, week: str = "") -> Response:
    """The stats page's figures as JSON (schema `rafiq.console.stats/1`, docs/reports.md)."""
    figures, report = _stats(services, session, weeks, week)
    body = json.dumps(stats_json(figures, report, services.tickets.counts()), ensure_ascii=False, indent=2)
    return _file(body, "application/json", f"rafiq-stats-{report['week']}.json")


@router.get("/stats.csv")
def stats_table(services: Svc, session: User, weeks: int = 8, week: str = "") -> Response:
    """The stats page's tables as CSV."""
    figures, report = _stats(services, session, weeks, week)
    return _file(BOM + stats_csv(figures, report), "text/csv; charset=utf-8", f"rafiq-stats-{report['week']}.csv")


def _gaps(services, session, since: str, until: str, week: str):
    if not session.coordinator:
        raise coordinators_only()
    view = gap_view(services, since, until, week)
    if view.bad:
        raise _refused(view.bad, **view.values)
    return view


@router.get("/gaps.json")
def gaps_download(services: Svc, session: User, since: str = "", until: str = "", week: str = "") -> Response:
    """The gap report of a period as JSON (schema `rafiq.report.gaps/1`)."""
    view = _gaps(services, session, since, until, week)
    body = json.dumps(gaps_json(view.topics, view.period), ensure_ascii=False, indent=2)
    return _file(body, "application/json", f"rafiq-gaps-{view.period.since}-{view.period.until}.json")


@router.get("/gaps.csv")
def gaps_table(services: Svc, session: User, since: str = "", until: str = "", week: str = "") -> Response:
    """The gap report of a period as CSV, one line per topic."""
    view = _gaps(services, session, since, until, week)
    return _file(BOM + to_csv(view.topics), "text/csv; charset=utf-8",
                 f"rafiq-gaps-{view.period.since}-{view.period.until}.csv")
