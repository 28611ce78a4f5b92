"""The console's downloads of the coordinators' reports: the stats page's figures and the gap report, JSON and CSV.

    stats_json(report, week, counts)  {"schema": "rafiq.console.stats/1", "weeks": the weeks' and languages' figures,
                                       "tickets_now", "gaps": the weeks' gaps, "week": the week's report (its JSON,
                                       `rafiq.report.week/1`)}
    stats_csv(report, week)           one line per cell: the week's total, varieties and channels, then each week and
                                       each language of the period, and the period's total (`STATS_COLUMNS`)
    gaps_json(found, period)          {"schema": "rafiq.report.gaps/1", the period, "topics": each Topic}
    gaps.to_csv                       the gap report's CSV (`rafiq report gaps --format csv`)
Aggregates and masked texts only, as the pages show them: a weeks' gap names its question only when MIN_TRAINERS
distinct trainers asked it. Rates are shares (0.25, not "25 %"); minutes are medians, empty without answers.
"""
from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from bot.masking import mask_text
from bot.reports.gaps import MIN_TRAINERS, Topic
from bot.stats import Figures, Gap, Report

STATS_SCHEMA = "rafiq.console.stats/1"
GAPS_SCHEMA = "rafiq.report.gaps/1"
STATS_COLUMNS = ("table", "key", "questions", "answered", "clarified", "escalated", "out_of_scope", "helpful",
                 "not_helpful", "tickets", "tickets_answered", "sla_breaches", "answered_rate", "escalated_rate",
                 "median_answer_minutes")


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def figures(fig: Figures) -> dict:
    """One cell of the stats page's tables (a week, a language, the total)."""
    median = fig.median_answer_minutes
    return {"questions": fig.questions, "answered": fig.answered, "escalated": fig.escalated, "tickets": fig.tickets,
            "tickets_answered": fig.tickets_answered, "answered_rate": _rate(fig.answered, fig.questions),
            "escalated_rate": _rate(fig.escalated, fig.questions),
            "median_answer_minutes": round(median, 1) if median is not None else None}


def gap(g: Gap) -> dict:
    """A weeks' gap: its question (masked again) only when enough distinct trainers asked it."""
    shown = g.trainers >= MIN_TRAINERS
    return {"question": mask_text(g.question, g.langs[0] if g.langs else None) if shown else None, "size": g.size,
            "trainers": g.trainers, "langs": list(g.langs), "ticket_ids": list(g.ticket_ids), "answered": g.answered}


def period_of(report: Report) -> tuple[date, date]:
    """The first Monday and the last Sunday of the report's weeks."""
    return report.weeks[-1][0], report.weeks[0][0] + timedelta(days=6)


def stats_json(report: Report, week: dict, counts: dict[str, int]) -> dict:
    """Everything the stats page shows, as one JSON object."""
    first, last = period_of(report)
    return {"schema": STATS_SCHEMA, "generated_at": week.get("generated_at"), "timezone": week.get("timezone"),
            "weeks": {"since": first.isoformat(), "until": last.isoformat(),
                      "by_week": [{"week_start": monday.isoformat(), **figures(fig), "langs": dict(fig.langs)}
                                  for monday, fig in report.weeks],
                      "by_lang": {lang: figures(fig) for lang, fig in report.by_lang.items()},
                      "total": figures(report.total)},
            "tickets_now": dict(counts), "gaps": [gap(g) for g in report.gaps], "week": week}


def _cell_row(table: str, key: str, cell: dict) -> dict:
    return {"table": table, "key": key, **{k: cell[k] for k in STATS_COLUMNS[2:12]},
            "answered_rate": _rate(cell["answered"], cell["questions"]),
            "escalated_rate": _rate(cell["escalated"], cell["questions"]),
            "median_answer_minutes": cell["first_answer_minutes"]["wall"]["median"]}


def stats_csv(report: Report, week: dict) -> str:
    """The stats page's tables as one CSV (header first; a figure a table does not have is left empty)."""
    rows = [_cell_row("week_total", week["week"], week["total"])]
    rows += [_cell_row("week_by_variety", name, cell) for name, cell in week["by_variety"].items()]
    rows += [_cell_row("week_by_channel", name, cell) for name, cell in week["by_channel"].items()]
    rows += [{"table": "by_week", "key": monday.isoformat(), **figures(fig)} for monday, fig in report.weeks]
    rows += [{"table": "by_language", "key": lang, **figures(fig)} for lang, fig in report.by_lang.items()]
    rows.append({"table": "total", "key": "{}/{}".format(*(d.isoformat() for d in period_of(report))),
                 **figures(report.total)})
    out = io.StringIO()
    writer = csv.DictWriter(out, STATS_COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@dataclass(frozen=True)
class GapPeriod:
    """What the gap report covered: its days (local, both included), the questions served badly, those clustered."""

    since: date
    until: date
    timezone: str
    questions: int
    clustered: int


def gaps_json(found: list[Topic], period: GapPeriod) -> dict:
    """The gap report as one JSON object: the period, then each topic, largest first."""
    return {"schema": GAPS_SCHEMA, "since": period.since.isoformat(), "until": period.until.isoformat(),
            "timezone": period.timezone, "questions": period.questions, "clustered": period.clustered,
            "min_trainers": MIN_TRAINERS, "topics": [{"topic": n, **asdict(t)} for n, t in enumerate(found, 1)]}
