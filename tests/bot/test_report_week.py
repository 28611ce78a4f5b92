"""`rafiq report week`: every figure of a known week's JSON, exactly; the week's boundaries are local."""
from __future__ import annotations

import json
from datetime import date

import pytest

from bot.reports.week import WeekOptions, build_week, parse_week
from tests.bot.report_week_data import NOW, seed_week

FIELDS = ("questions", "answered", "clarified", "escalated", "out_of_scope", "helpful", "not_helpful", "tickets",
          "tickets_answered", "sla_breaches")


def cell(wall=(None, None), working=(None, None), **counts) -> dict:
    """A report cell: every count zero unless given."""
    return {**{f: counts.get(f, 0) for f in FIELDS},
            "first_answer_minutes": {"wall": {"median": wall[0], "p90": wall[1]},
                                     "working": {"median": working[0], "p90": working[1]}}}


def trend_row(week, **counts) -> dict:
    keys = ("questions", "answered", "clarified", "escalated", "out_of_scope", "helpful", "not_helpful", "tickets")
    return {"week": week, **{k: counts.get(k, 0) for k in keys}}


def test_every_figure_of_a_known_week(store):
    seed_week(store)
    report = build_week(store, WeekOptions(monday=parse_week("2026-W48"), now=NOW))
    assert report.pop("generated_at") == "2026-12-01T11:00:00+00:00"
    msa = cell(questions=1, answered=1, helpful=1)
    darija = cell(questions=2, answered=1, escalated=1, not_helpful=1, tickets=1, sla_breaches=1)
    arabizi = cell(questions=1, clarified=1)
    web = cell(questions=2, escalated=1, out_of_scope=1, tickets=1, tickets_answered=1, wall=(30.0, 30.0),
               working=(30.0, 30.0))
    forum = cell(questions=1, escalated=1, tickets=1, tickets_answered=1, sla_breaches=1, wall=(3870.0, 3870.0),
                 working=(150.0, 150.0))
    french = cell(questions=3, escalated=2, out_of_scope=1, tickets=2, tickets_answered=2, sla_breaches=1,
                  wall=(1950.0, 3486.0), working=(90.0, 138.0))
    telegram = cell(questions=4, answered=2, clarified=1, escalated=1, helpful=1, not_helpful=1, tickets=1,
                    sla_breaches=1)
    assert report == {
        "schema": "rafiq.report.week/1", "week": "2026-W48", "start": "2026-11-23", "end": "2026-11-30",
        "timezone": "Africa/Casablanca",
        "total": cell(questions=7, answered=2, clarified=1, escalated=3, out_of_scope=1, helpful=1, not_helpful=1,
                      tickets=3, tickets_answered=2, sla_breaches=2, wall=(1950.0, 3486.0), working=(90.0, 138.0)),
        "by_variety": {"msa": msa, "darija": darija, "arabizi": arabizi, "french": french},
        "by_channel": {"forum": forum, "telegram": telegram, "web": web},
        "by_variety_channel": {"msa": {"telegram": msa}, "darija": {"telegram": darija},
                               "arabizi": {"telegram": arabizi}, "french": {"forum": forum, "web": web}},
        "first_answer_histogram": {"wall": {"le_15m": 0, "le_1h": 1, "le_4h": 0, "le_24h": 0, "gt_24h": 1},
                                   "working": {"le_15m": 0, "le_1h": 1, "le_4h": 1, "le_24h": 0, "gt_24h": 0}},
        "moderation": {"toxic": 2, "spam": 1, "personal_data": 0, "distress": 0, "off_topic": 0},
        "trainers": {"registered": 5, "active": 3, "inactive": 1, "inactive_days": 14},
        "trend": [trend_row(f"2026-W{w}") for w in range(41, 47)] + [
            trend_row("2026-W47", questions=1, answered=1),
            trend_row("2026-W48", questions=7, answered=2, clarified=1, escalated=3, out_of_scope=1, helpful=1,
                      not_helpful=1, tickets=3)],
    }
    json.dumps(report)  # plain JSON


def test_default_week_is_the_last_complete_one(store):
    assert build_week(store, WeekOptions(now=NOW))["week"] == "2026-W48"


@pytest.mark.parametrize("text", ["2026-48", "W48", "2026-W54", ""])
def test_bad_week_is_refused(text):
    with pytest.raises(ValueError):
        parse_week(text)


def test_week_parses():
    assert parse_week("2026-w48") == date(2026, 11, 23)


def test_the_week_is_shown_from_monday_to_sunday(store):
    """"du 2026-11-30 au 2026-12-07" read as eight days (a newcomer): the JSON's end is the next Monday, where the
    week stops; the page and the command line show its last day."""
    from bot.reports.html import week_section
    from bot.reports.week import last_day

    report = build_week(store, WeekOptions(monday=parse_week("2026-W49"), now=NOW))
    assert report["end"] == "2026-12-07" and last_day(report) == "2026-12-06"
    page = week_section(report, "fr")
    assert "2026-12-06" in page and "2026-12-07" not in page


def test_a_trainer_whose_only_post_was_left_to_people_is_active(store):
    # a forum post Rafiq leaves alone is stored as no exchange: its author was counted as silent (45 of 50 active)
    from sqlalchemy import update
    from bot.store.schema import User
    from tests.bot.report_week_data import at
    seed_week(store)
    before = build_week(store, WeekOptions(monday=parse_week("2026-W48"), now=NOW))["trainers"]["active"]
    uid = store.get_or_create_user("discourse", "poster-only").id
    with store.session() as s:
        s.execute(update(User).where(User.id == uid).values(created_at=at(1, 9, month=10), last_seen_at=at(25, 10)))
    after = build_week(store, WeekOptions(monday=parse_week("2026-W48"), now=NOW))["trainers"]
    assert after["active"] == before + 1 and after["registered"] == 6
