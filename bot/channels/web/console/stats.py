"""The coordinator's dashboard: the weekly report of bot/reports (figures, SVG charts) inside /console/stats."""
from __future__ import annotations

from datetime import timedelta

from markupsafe import Markup

from bot.clock import utcnow, zone
from bot.reports.html import week_section
from bot.reports.labels import label
from bot.reports.week import WeekOptions, build_week, iso_week, parse_week


def week_view(services, week: str, lang: str) -> dict:
    """The template values: the chosen ISO week, the report's HTML in `lang`, and an error for a bad week."""
    s = services.settings
    error, monday = "", None
    if week:
        try:
            monday = parse_week(week)
        except ValueError:
            error = label("bad_week", lang, value=week[:20])
    report = build_week(services.store, WeekOptions(monday=monday, tz=s.timezone, working_hours=s.working_hours,
                                                    sla_minutes=s.sla_minutes))
    today = utcnow().astimezone(zone(s.timezone)).date()
    return {"week": report["week"], "week_error": error, "week_chosen": bool(week) and not error,
            "current_week": iso_week(today - timedelta(days=today.weekday())),
            "week_html": Markup(week_section(report, lang)),
            "week_button": label("show_week", lang), "week_field": label("iso_week", lang)}
