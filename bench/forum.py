"""Forum hooks under load: signed Discourse webhooks (new questions) → replies posted at the stand-in.

Runs the real app (uvicorn on 127.0.0.1), the default embedder over the 13-section mini corpus, a
SQLite store and the Discourse stand-in, and prints JSON: webhooks accepted per second (HTTP only),
sustained webhooks per second end to end (first send → last reply posted), and the latency from a
webhook being accepted to its reply being posted (p50, p95, max).

    python bench/forum.py [--n 200] [--concurrency 16] [--workers 2] [--rate 0]

`--rate 0` sends everything at once (a burst: latency is mostly queueing); `--rate 3` offers a steady
flow below capacity (latency is the work itself).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.support.forum_standins import DiscourseStandIn, make_post, signed_webhook  # noqa: E402

SECRET = "bench-secret"
QUESTIONS = [
    "Comment organiser l'évaluation par les pairs dans mon groupe ?",
    "J'ai oublié mon mot de passe e-Takwine, comment me reconnecter ?",
    "Comment préparer une séance de formation en ligne ?",
    "Que faire si je rends mon travail en retard ?",
    "Comment déposer mon devoir sur la plateforme ?",
    "Quelle différence entre évaluation formative et sommative ?",
    "Comment animer un travail de groupe à distance ?",
    "كيف أنظم التقويم بين الأقران في مجموعتي؟",
    "نسيت كلمة المرور في منصة e-Takwine، كيف أسترجعها؟",
    "كيف أحضر حصة تكوينية؟",
    "ما الفرق بين التقويم التكويني والتقويم الإجمالي؟",
    "كيف أسجل في منصة e-Takwine؟",
]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered) + 0.5)) - 1))]


def build(tmp: Path, workers: int):
    """Services over the mini corpus with the default embedder, and the forum service installed."""
    from bot.app import add_forum, build_services
    from bot.channels.forum.types import ForumConfig
    from bot.settings import Settings
    from corpus.markdown import load_corpus
    from retrieval.embedders import make_embedder
    from retrieval.engine import RetrievalEngine
    from tests.conftest import copy_mini_corpus

    corpus = copy_mini_corpus(tmp / "corpus")
    settings = Settings(data_dir=tmp / "data", corpus_dir=corpus, discourse_webhook_secret=SECRET)
    engine = RetrievalEngine(make_embedder(settings.embedder), tmp / "index")
    engine.warm_up(load_corpus(corpus))
    services = build_services(settings, engine=engine)
    services.store.migrate()
    return services, add_forum, ForumConfig, settings


async def send_all(url: str, deliveries: list[tuple[int, bytes, dict]], concurrency: int,
                   rate: float = 0.0) -> dict[int, float]:
    """POST every delivery with at most `concurrency` in flight (paced at `rate` a second when > 0);
    the time each was accepted (202)."""
    accepted: dict[int, float] = {}
    begin = time.monotonic()
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        async def one(i: int, topic: int, body: bytes, headers: dict) -> None:
            if rate > 0:
                await asyncio.sleep(max(0.0, begin + i / rate - time.monotonic()))
            async with gate:
                answer = await client.post(url, content=body, headers=headers)
                if answer.status_code != 202:
                    raise RuntimeError(f"webhook {topic}: HTTP {answer.status_code} {answer.text[:200]}")
                accepted[topic] = time.time()
        await asyncio.gather(*(one(i, *d) for i, d in enumerate(deliveries)))
    return accepted


def run(n: int, concurrency: int, workers: int, rate: float = 0.0) -> dict:
    """Run the benchmark; the figures as a dict."""
    from sqlalchemy import select

    from bot.channels.web import create_app
    from bot.store.schema import ForumEvent
    from tests.channels.forum_support import AppServer

    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as folder, DiscourseStandIn(api_key="bench-key") as forum_site:
        tmp = Path(folder)
        services, add_forum, ForumConfig, settings = build(tmp, workers)
        config = ForumConfig.from_settings(settings, discourse_url=forum_site.base_url, discourse_api_key="bench-key",
                                           rate_per_minute=100_000, workers=workers, outbox_interval_s=0.05)
        forum = add_forum(services, config)
        server = AppServer(create_app(services, warm=False)).start()
        try:
            url = f"{server.url}/hooks/discourse"

            def deliveries(first: int, count: int) -> list[tuple[int, bytes, dict]]:
                out = []
                for topic in range(first, first + count):
                    text = f"{QUESTIONS[topic % len(QUESTIONS)]} ({topic})"
                    post = make_post(post_id=topic * 10, topic_id=topic, raw=text, username=f"user{topic}",
                                     topic_title=" ".join(text.split()[:5]))
                    out.append((topic, *signed_webhook(SECRET, "post_created", post, topic)))
                return out

            asyncio.run(send_all(url, deliveries(1, 6), 6))  # warm-up: model, caches, connections
            server.call(forum.idle(), timeout=600)
            start = time.time()
            accepted = asyncio.run(send_all(url, deliveries(1000, n), concurrency, rate))
            accept_s = time.time() - start
            server.call(forum.idle(), timeout=3600)
            with services.store.session() as s:
                events = {int(r.event_id): (r.done_at.timestamp(), r.outcome)
                          for r in s.scalars(select(ForumEvent)) if int(r.event_id) >= 1000}
            replied = [t for t, (_, outcome) in events.items() if outcome == "replied"]
            posts = forum_site.wait_for(lambda p: len([x for x in p if x["topic_id"] >= 1000]) >= len(replied),
                                        timeout=600)
        finally:
            server.stop()
            services.store.dispose()
    posted = {p["topic_id"]: datetime.fromisoformat(p["created_at"].replace("Z", "+00:00")).timestamp()
              for p in posts if p["topic_id"] >= 1000}
    processed = [(events[t][0] - accepted[t]) * 1000 for t in accepted]
    reply_ms = [(posted[t] - accepted[t]) * 1000 for t in accepted if t in posted]
    outcomes: dict[str, int] = {}
    for _, outcome in events.values():
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    def summary(values: list[float]) -> dict:
        return {"p50": round(statistics.median(values)), "p95": round(percentile(values, 95)),
                "max": round(max(values))} if values else {}

    return {
        "bench": "forum", "embedder": settings.embedder, "corpus": "mini (13 sections, ar+fr)",
        "cores": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2), "workers": workers,
        "webhooks": n, "concurrency": concurrency, "offered_per_s": rate or "as fast as possible",
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "unset"), "outcomes": outcomes,
        "accepted_per_s": round(n / accept_s, 1),
        "sustained_per_s": round(n / (max(max(v[0] for v in events.values()), max(posted.values(), default=0))
                                      - start), 2),
        "accepted_to_processed_ms": summary(processed),
        "accepted_to_reply_posted_ms": summary(reply_ms),
    }


def main() -> None:
    """Parse arguments, run, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200, help="webhooks to send (new questions)")
    parser.add_argument("--concurrency", type=int, default=16, help="webhooks in flight at once")
    parser.add_argument("--workers", type=int, default=2, help="forum processing workers")
    parser.add_argument("--rate", type=float, default=0.0, help="webhooks offered a second (0: all at once)")
    args = parser.parse_args()
    print(json.dumps(run(args.n, args.concurrency, args.workers, args.rate), ensure_ascii=False))


if __name__ == "__main__":
    main()
