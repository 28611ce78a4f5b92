"""`rafiq serve` as a real child process for the reliability tests: start it, wait for it, kill it.

    server = RafiqServer(env)
    server.start(kill_at="outbox.sent")   # RAFIQ_FAULT_KILL_AT: bot/faults.py dies there (SIGKILL)
    server.wait_killed()                  # the process really died at that checkpoint
    server.start(); server.wait_ready(); ...; server.stop()
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_environ() -> dict[str, str]:
    """This process's environment without any RAFIQ_* variable (each test sets its own)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("RAFIQ_")}


class RafiqServer:
    """One `python -m bot.cli serve` child with the given RAFIQ_* variables; its output goes to a log file."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.port = free_port()
        self.env = {**clean_environ(), **env, "RAFIQ_HTTP_HOST": "127.0.0.1", "RAFIQ_HTTP_PORT": str(self.port)}
        self.log_dir = log_dir
        self.process: subprocess.Popen | None = None
        self.runs = 0

    @property
    def url(self) -> str:
        """The app's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """The current run's output."""
        return self.log_dir / f"serve-{self.runs}.log"

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the current run's output (for assertion messages)."""
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def start(self, kill_at: str = "") -> None:
        """Start a new run; with `kill_at`, the run dies (SIGKILL) at that checkpoint."""
        assert self.process is None or self.process.poll() is not None, "already running"
        self.runs += 1
        env = {**self.env, "RAFIQ_FAULT_KILL_AT": kill_at} if kill_at else dict(self.env)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=env,
                                            stdout=log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> None:
        """Block until GET /health answers 200 (AssertionError, with the log, if the process dies first)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"rafiq serve exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"rafiq serve did not answer /health within {timeout} s:\n{self.log_tail()}")

    def wait_killed(self, timeout: float = START_TIMEOUT_S) -> None:
        """Block until the run died of SIGKILL (the fault checkpoint); AssertionError otherwise."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise AssertionError(f"the checkpoint was never reached:\n{self.log_tail()}") from None
        assert code == -signal.SIGKILL, f"rafiq serve exited with {code}, not by SIGKILL:\n{self.log_tail()}"

    def stop(self) -> int | None:
        """Stop the run as an operator would (SIGTERM, then SIGKILL after 20 s); its exit code."""
        process = self.process
        if process is None or process.poll() is not None:
            return None if process is None else process.returncode
        process.terminate()
        try:
            return process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait(10)
