"""`rafiq report week|gaps`: the coordinator's reports on the command line (registered by bot/cli.py)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bot.reports.labels import label
from bot.reports.week import last_day

WEEK_EPILOG = """examples:
  rafiq report week                      last complete week, a short summary in French and Arabic
  rafiq report week --week 2026-W48 --json
  rafiq report week --html rapport.html  one self-contained file (Arabic right-to-left, then French)"""
GAPS_EPILOG = """examples:
  rafiq report gaps --since 2026-11-01 --format md
  rafiq report gaps --since 2026-11-01 --format csv > gaps.csv"""


def add_parser(sub) -> argparse.ArgumentParser:
    """Add `report` and its sub-commands to the `rafiq` parser."""
    p = sub.add_parser("report", help="the coordinator's weekly report and guide-gap report",
                       description="The coordinator's reports (aggregates and masked texts only).")
    rsub = p.add_subparsers(dest="report_command", required=True, metavar="COMMAND")
    w = rsub.add_parser("week", help="the weekly figures per language variety and channel", epilog=WEEK_EPILOG,
                        formatter_class=argparse.RawDescriptionHelpFormatter,
                        description="Questions, outcomes, votes, tickets, tutors' first-answer time, SLA breaches, "
                                    "moderation and trainers' activity of one week (Monday to Monday, "
                                    "RAFIQ_TIMEZONE). JSON schema: docs/reports.md.")
    w.set_defaults(func=cmd_week)
    w.add_argument("--week", help="ISO week, e.g. 2026-W48 (default: the last complete week)")
    out = w.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the report as one JSON object")
    out.add_argument("--html", metavar="FILE", help="write a self-contained HTML report to FILE")
    w.add_argument("--inactive-days", type=int, default=14,
                   help="a trainer silent this many days is inactive (default: 14)")
    g = rsub.add_parser("gaps", help="topics the guide does not cover (escalated, unsure, not helpful)",
                        epilog=GAPS_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
                        description="Escalated, low-confidence and not-helpful questions since a date, masked, "
                                    "grouped into topics by meaning, each with its nearest guide section.")
    g.set_defaults(func=cmd_gaps)
    g.add_argument("--since", required=True, help="first day, e.g. 2026-11-01")
    g.add_argument("--format", choices=["md", "csv"], default="md", help="Markdown or CSV (default: md)")
    g.add_argument("--lang", choices=["ar", "fr"], default="fr", help="language of the Markdown (default: fr)")
    return p


def _say_both(key: str, **values: object) -> None:
    print(f"{label(key, 'fr', **values)}\n{label(key, 'ar', **values)}", file=sys.stderr)


def _settings(args):
    """The settings `main` read, or read them now."""
    from bot.settings import Settings

    return getattr(args, "settings", None) or Settings()


def cmd_week(args) -> int:
    """Build the weekly report and print it (summary or JSON) or write it as HTML."""
    from bot.reports.html import week_page
    from bot.reports.week import WeekOptions, build_week, parse_week
    from bot.store import Store

    try:
        monday = parse_week(args.week) if args.week else None
    except ValueError:
        _say_both("bad_week", value=args.week)
        return 2
    s = _settings(args)
    store = Store(s.database_url)
    try:
        report = build_week(store, WeekOptions(monday=monday, tz=s.timezone, working_hours=s.working_hours,
                                               sla_minutes=s.sla_minutes, inactive_days=args.inactive_days))
    finally:
        store.dispose()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.html:
        Path(args.html).write_text(week_page(report), encoding="utf-8")
        _say_both("written", path=args.html)
    else:
        for lang in ("fr", "ar"):
            print(label("week", lang, week=report["week"], start=report["start"], end=last_day(report)))
            for key in ("questions", "answered", "clarified", "escalated", "out_of_scope", "helpful",
                        "not_helpful", "tickets", "sla_breaches"):
                print(f"  {label(key, lang)}: {report['total'][key]}")
    return 0


def cmd_gaps(args) -> int:
    """Print the guide-gap report since a day, as Markdown or CSV."""
    from bot.reports.gaps import gaps_since, to_csv, to_markdown

    try:
        since = date.fromisoformat(args.since)
    except ValueError:
        _say_both("bad_since", value=args.since)
        return 2
    topics = gaps_since(_settings(args), since)
    print(to_markdown(topics, args.lang) if args.format == "md" else to_csv(topics), end="")
    return 0
