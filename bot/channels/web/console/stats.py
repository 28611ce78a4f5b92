"""The coordinator's dashboard: the weekly report of bot/reports (figures, SVG charts) inside /console/stats, and the
period the blocks under it cover."""
from __future__ import annotations

from datetime import timedelta

from markupsafe import Markup

from bot.clock import utcnow, zone
from bot.reports.html import week_section
from bot.reports.labels import label
from bot.reports.week import WeekOptions, build_week, iso_week, parse_week
from bot.texts import t


def week_report(services, week: str) -> tuple[dict, bool]:
    """The weekly report of the ISO week asked for (the last complete week when none), and whether `week` was bad
    (then the last complete week's)."""
    s = services.settings
    bad, monday = False, None
    if week:
        try:
            monday = parse_week(week)
        except ValueError:
            bad = True
    return build_week(services.store, WeekOptions(monday=monday, tz=s.timezone, working_hours=s.working_hours,
                                                  sla_minutes=s.sla_minutes)), bad


def week_view(services, week: str, lang: str) -> dict:
    """The template values: the chosen ISO week, the report's HTML in `lang`, and an error for a bad week."""
    s = services.settings
    report, bad = week_report(services, week)
    error = label("bad_week", lang, value=week[:20]) if bad else ""
    today = utcnow().astimezone(zone(s.timezone)).date()
    return {"week": report["week"], "week_error": error, "week_chosen": bool(week) and not error,
            "current_week": iso_week(today - timedelta(days=today.weekday())),
            "week_html": Markup(week_section(report, lang)),
            "week_button": label("show_week", lang), "week_field": label("iso_week", lang)}


def weeks_period(report, lang: str) -> str:
    """What the blocks under the week's report cover (`bot.stats.Report`: its weeks, newest first): the last weeks,
    this one included, from the first Monday to this Sunday; in Arabic the dates isolated left to right. The page opened
    on last week's report, all zeros, above tables counting this week, and only some blocks said their period (a
    tester)."""
    first, last = report.weeks[-1][0], report.weeks[0][0] + timedelta(days=6)
    shown = (lambda d: f"\u2066{d.isoformat()}\u2069") if lang == "ar" else (lambda d: d.isoformat())
    return t("period_weeks", lang, n=len(report.weeks), since=shown(first), until=shown(last))
