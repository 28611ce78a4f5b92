"""The weekly report as HTML: tables and inline SVG charts (trend, funnel, votes), Arabic (RTL) and French.

`week_section` is one language's part (the console's dashboard shows it); `week_page` is the self-contained
file of `rafiq report week --html`, with the Arabic part right-to-left then the French part.
"""
from __future__ import annotations

from html import escape

from bot.reports import svg
from bot.reports.labels import label
from bot.reports.week import last_day
from bot.texts import t

COUNTS = ("questions", "answered", "clarified", "escalated", "out_of_scope", "helpful", "not_helpful", "tickets",
          "tickets_answered", "sla_breaches")
STYLE = """
.rafiq-report{font-family:system-ui,"Noto Sans Arabic","Segoe UI",sans-serif;max-width:980px;margin:1em auto}
.rafiq-report table{border-collapse:collapse;margin:.5em 0 1.5em}
.rafiq-report th,.rafiq-report td{border:1px solid #ccc;padding:.25em .5em;text-align:start}
.rafiq-report td.n{text-align:end;white-space:nowrap;font-variant-numeric:tabular-nums}
.rafiq-report .charts{display:flex;flex-wrap:wrap;gap:1em}
.rafiq-report figure{margin:0}.rafiq-report figcaption{font-weight:600;margin:.6em 0 .2em}.rafiq-report .chart{max-width:100%;height:auto}
"""


def _minutes(m: dict) -> str:
    fmt = lambda v: "—" if v is None else f"{v:g}"  # noqa: E731
    return f"<bdi dir=\"ltr\">{fmt(m['median'])} / {fmt(m['p90'])}</bdi>"


def _ltr(text: str) -> str:
    """A week or a date kept left to right inside Arabic text."""
    return f'<bdi dir="ltr">{escape(text)}</bdi>'


def _table(caption: str, cells: dict[str, dict], lang: str) -> str:
    head = "".join(f"<th>{escape(label(k, lang))}</th>" for k in (*COUNTS, "wall", "working"))
    rows = []
    for name, c in cells.items():
        nums = "".join(f'<td class="n">{c[k]}</td>' for k in COUNTS)
        times = "".join(f'<td class="n">{_minutes(c["first_answer_minutes"][k])}</td>' for k in ("wall", "working"))
        rows.append(f"<tr><th>{escape(label(name, lang))}</th>{nums}{times}</tr>")
    if not rows:  # an empty "by channel" table was its head alone (a tester)
        rows.append(f'<tr class="no-data"><td colspan="{len(COUNTS) + 3}">{escape(label("no_data", lang))}</td></tr>')
    return (f"<table><caption>{escape(caption)}</caption><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def charts(report: dict, lang: str) -> str:
    """The charts: questions over weeks, the week's funnel, votes per variety, tutors' first-answer delays."""
    trend = report["trend"]
    weeks = [row["week"][-3:] for row in trend]
    series = [(label(k, lang), [row[k] for row in trend]) for k in ("questions", "answered", "escalated")]
    total = report["total"]
    funnel = [(label(k, lang), total[k]) for k in ("questions", "answered", "clarified", "escalated",
                                                   "out_of_scope", "helpful", "not_helpful")]
    votes = []
    for name, cell in report["by_variety"].items():
        votes += [(f"{label(name, lang)} · {label(k, lang)}", cell[k]) for k in ("helpful", "not_helpful")]
    rtl = lang == "ar"
    hist = report["first_answer_histogram"]
    delays = [(f"{label(b, lang)} · {label(kind + '_short', lang)}", hist[kind][b])
              for b in hist["wall"] for kind in ("wall", "working")]
    figures = (("trend", svg.lines(label("trend", lang), weeks, series, rtl)),
               ("funnel", svg.bars(label("funnel", lang), funnel, total["questions"], rtl)),
               ("votes", svg.bars(label("votes", lang), votes, rtl=rtl)),
               ("response", svg.bars(label("response", lang), delays, rtl=rtl)))
    # each chart under a visible heading (its name was only in the SVG's <title>: three unnamed bar charts in a row)
    return '<div class="charts">' + "".join(
        f"<figure><figcaption>{escape(label(name, lang))}</figcaption>{chart}</figure>" for name, chart in figures
    ) + "</div>"


def week_section(report: dict, lang: str) -> str:
    """One language's report (an element with its own dir and lang): headline, charts, tables."""
    direction = "rtl" if lang == "ar" else "ltr"
    trainers = report["trainers"]
    people = (f"<li>{escape(label('registered', lang))}: {trainers['registered']}</li>"
              f"<li>{escape(label('active', lang))}: {trainers['active']}</li>"
              f"<li>{escape(label('inactive', lang, days=trainers['inactive_days']))}: {trainers['inactive']}</li>")
    moderation = "".join(f"<li>{escape(t('verdict_' + k, lang))}: {n}</li>" for k, n in report["moderation"].items())
    week = label("week", lang, week=_ltr(report["week"]), start=_ltr(report["start"]), end=_ltr(last_day(report)))
    return (f'<section class="rafiq-report" lang="{lang}" dir="{direction}">'
            f"<h1>{escape(label('title', lang))}</h1>"
            f"<p>{week}</p>"
            f"{charts(report, lang)}"
            f"{_table(label('by_variety', lang), report['by_variety'], lang)}"
            f"{_table(label('by_channel', lang), report['by_channel'], lang)}"
            f"<h2>{escape(label('trainers', lang))}</h2><ul>{people}</ul>"
            f"<h2>{escape(label('moderation', lang))}</h2><ul>{moderation}</ul></section>")


def week_page(report: dict) -> str:
    """A self-contained HTML document: the Arabic report (RTL) then the French one; no script, no link."""
    return ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>Rafiq {escape(report['week'])}</title><style>{STYLE}</style></head><body>"
            f"{week_section(report, 'ar')}<hr>{week_section(report, 'fr')}</body></html>")
