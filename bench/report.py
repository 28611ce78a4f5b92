"""Weekly report benchmark: the time to build `rafiq report week` (JSON and HTML) over 100k interactions.

Seeds a fresh SQLite store with N interactions spread over the 8 weeks of the trend (every variety,
channel, outcome and vote), N/10 tickets (half answered), 2,000 trainers and N/100 moderation entries,
then times `build_week` and `week_page` (median of --repeat runs). Issue #17 asks for under 10 s.

Run: ``python bench/report.py [--n 100000] [--repeat 3] [--db sqlite:///...]``
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from sqlalchemy import insert  # noqa: E402

from bot.reports.html import week_page  # noqa: E402
from bot.reports.week import WeekOptions, build_week, parse_week  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.schema import Interaction, ModerationEntry, Ticket, User  # noqa: E402

LANGS = ("ar", "ary", "ary-Latn", "fr")
CHANNELS = ("telegram", "web", "discourse")
REASONS = ("", "", "", "clarify", "off_topic", "low_confidence")
START = datetime(2026, 10, 5, 8, 0, tzinfo=timezone.utc)  # Monday of 2026-W41
SPAN = timedelta(weeks=8).total_seconds()


def seed(store: Store, n: int, rng: random.Random) -> None:
    """N interactions, N/10 tickets, 2,000 trainers, N/100 moderation entries, in bulk inserts."""
    with store.session() as s:
        s.execute(insert(User), [{"channel": "telegram", "external_id": str(i), "created_at": START - timedelta(days=30),
                                  "last_seen_at": START} for i in range(2000)])
    rows = []
    for i in range(n):
        reason = rng.choice(REASONS)
        rows.append({"user_id": rng.randint(1, 2000), "channel": rng.choice(CHANNELS), "thread": "t", "text": "…",
                     "detected_lang": rng.choice(LANGS), "reply_lang": "fr", "intent": "question",
                     "reply_text": "…", "confidence": rng.random(), "citations": [],
                     "escalate": reason == "low_confidence", "reason": reason,
                     "feedback": rng.choice((None, None, "up", "down")),
                     "created_at": START + timedelta(seconds=rng.random() * SPAN)})
    with store.session() as s:
        s.execute(insert(Interaction), rows)
        tickets = []
        for i in range(n // 10):
            created = START + timedelta(seconds=rng.random() * SPAN)
            answered = created + timedelta(minutes=rng.randint(5, 3000)) if i % 2 else None
            tickets.append({"interaction_id": rng.randint(1, n), "channel": rng.choice(CHANNELS), "question": "…",
                            "lang": "fr", "reason": "low_confidence", "created_at": created, "updated_at": created,
                            "answered_at": answered, "state": "answered" if answered else "open", "found": []})
        s.execute(insert(Ticket), tickets)
        s.execute(insert(ModerationEntry), [{"channel": "telegram", "author": "x", "verdict": rng.choice(
            ("toxic", "spam", "ok")), "action": "hide", "labels": {},
            "created_at": START + timedelta(seconds=rng.random() * SPAN)} for _ in range(n // 100)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.db or f"sqlite:///{tmp}/bench.db")
        store.migrate()
        seed(store, args.n, random.Random(17))
        options = WeekOptions(monday=parse_week("2026-W48"), now=datetime(2026, 12, 1, tzinfo=timezone.utc))
        seconds, html_seconds = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            report = build_week(store, options)
            t1 = time.perf_counter()
            week_page(report)
            seconds.append(t1 - t0)
            html_seconds.append(time.perf_counter() - t1)
        store.dispose()
    print(json.dumps({"interactions": args.n, "questions_in_week": report["total"]["questions"],
                      "build_week_s": round(statistics.median(seconds), 3),
                      "html_s": round(statistics.median(html_seconds), 3), "limit_s": 10}))


if __name__ == "__main__":
    main()
