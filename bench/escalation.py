"""Escalation benchmark: from a tutor's answer in the console to its delivery on Telegram.

For each of N tickets, a logged-in tutor claims it and POSTs the answer form to the console (real
HTTP, uvicorn on 127.0.0.1); the answer relay queues it in the outbox, the outbox worker delivers it
with python-telegram-bot's `Bot` to a local Bot API stand-in. Measured per ticket:
- `post_ms`: the console POST (answer recorded, relay queued, redirect returned);
- `answer_to_delivery_ms`: from just before the POST to the Bot API's acceptance of `sendMessage`.
Two worker modes: `wake` (the outbox wakes the worker for every message queued; how `rafiq serve` is meant to run) and `poll`
(the worker only polls every `--interval` s). `exactly_once` checks one sendMessage per trainer.

Run: ``python bench/escalation.py [--n 100] [--db sqlite|postgresql+psycopg://...] [--interval 0.5]``
"""
from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# bench/ itself must not be on the path: bench/telegram.py would shadow python-telegram-bot
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

import httpx  # noqa: E402

from bot.app import build_services  # noqa: E402
from bot.channels.web import create_app  # noqa: E402
from bot.escalation import TicketRequest  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.channels.console_helpers import (ACCOUNTS, BotSender, ConsoleClient, ServerThread,  # noqa: E402
                                           with_outbox_worker)
from tests.support.bot_api import BotApiStandIn  # noqa: E402


def percentiles(values: list[float]) -> dict:
    """p50 / p95 / max / mean in milliseconds."""
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50": round(statistics.median(ordered), 1), "p95": round(p95, 1), "max": round(ordered[-1], 1),
            "mean": round(statistics.fmean(ordered), 1)}


@contextmanager
def database(db: str):
    """A SQLAlchemy URL for the run: SQLite in the run's folder, or a throw-away PostgreSQL schema."""
    if db == "sqlite":
        yield {}
        return
    import psycopg

    plain = db.replace("postgresql+psycopg://", "postgresql://")
    schema = f"rafiq_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield {"database_url": f"{db}{'&' if '?' in db else '?'}options=-csearch_path%3D{schema}"}
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def run(n: int, db: str, wake: bool, interval: float) -> dict:
    """One run of `n` answers; returns its figures."""
    with tempfile.TemporaryDirectory() as tmp, BotApiStandIn() as api, database(db) as overrides:
        settings = Settings(data_dir=Path(tmp), console_tokens=ACCOUNTS, **overrides)
        services = build_services(settings)
        services.store.migrate()
        delivered: dict[int, threading.Event] = {}
        sender = BotSender(api.token, api.base_url,
                           on_sent=lambda payload, moment: delivered.get(payload.get("ticket_id"),
                                                                         threading.Event()).set())
        with_outbox_worker(services, sender, wake=wake, interval=interval)
        posts, latencies = [], []
        with ServerThread(create_app(services, warm=False)) as server, httpx.Client(base_url=server.url) as http:
            console = ConsoleClient(http, "karim")
            for i in range(n):
                chat = str(900000 + i)
                ticket, _ = services.tickets.open(TicketRequest("telegram", chat, f"Question {i} hors du guide ?",
                                                                "fr" if i % 2 else "ar", "low_confidence"))
                console.post(f"/console/tickets/{ticket.id}/claim")
                delivered[ticket.id] = event = threading.Event()
                start = time.perf_counter()
                response = console.post(f"/console/tickets/{ticket.id}/answer", text=f"Réponse du tuteur n° {i}.")
                posted = time.perf_counter()
                assert response.status_code == 303 and "m=answered" in response.headers["location"], response.text
                if not event.wait(30):
                    raise RuntimeError(f"ticket {ticket.id} was not delivered in 30 s")
                times = sender.sent_at[str(ticket.id)]
                posts.append((posted - start) * 1000)
                latencies.append((times[0] - start) * 1000)
            sent = api.sent()
        per_chat = {}
        for message in sent:
            per_chat[str(message["chat_id"])] = per_chat.get(str(message["chat_id"]), 0) + 1
        services.store.dispose()
    return {"post_ms": percentiles(posts), "answer_to_delivery_ms": percentiles(latencies),
            "exactly_once": len(per_chat) == n and set(per_chat.values()) == {1}}


def main() -> int:
    """Run both worker modes and print one JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--db", default="sqlite", help="sqlite (in a temporary folder) or a SQLAlchemy URL")
    parser.add_argument("--interval", type=float, default=0.5, help="outbox poll interval (s)")
    parser.add_argument("--modes", default="wake,poll")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    out = {"n": args.n, "db": args.db.split("@")[-1], "interval_s": args.interval, "modes": {}}
    for mode in args.modes.split(","):
        out["modes"][mode] = run(args.n, args.db, wake=(mode == "wake"), interval=args.interval)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
