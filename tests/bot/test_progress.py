"""Progress of a long step: a log line at every tenth with rate and time left on a pipe or in a log file,
a bar on a terminal."""
from __future__ import annotations

import logging
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from bot.progress import BarProgress, LineProgress, duration, progress_reporter

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_line_every_tenth_with_rate_and_time_left(caplog):
    clock = Clock()
    report = LineProgress("index", "chunks", logger=logging.getLogger("rafiq.progress"), clock=clock)
    with caplog.at_level(logging.INFO, logger="rafiq.progress"):
        for done in range(0, 201, 4):  # 2 chunks a second
            report(done, 200)
            clock.now += 2.0
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "index: 200 chunks to do"
    assert lines[1] == "index: 10% (20/200 chunks), 2.0 chunks/s, about 1 min 30 s left"
    assert lines[9] == "index: 90% (180/200 chunks), 2.0 chunks/s, about 10 s left"
    assert lines[10] == "index: done, 200 chunks in 1 min 40 s (2.0 chunks/s)"
    assert len(lines) == 11
    assert caplog.records[1].seconds_left == 90 and caplog.records[1].done == 20  # JSON lines carry them


def test_time_left_follows_the_latest_pace():
    clock, lines = Clock(), []
    logger = logging.getLogger("test.progress.pace")
    logger.addHandler(handler := logging.Handler())
    handler.emit = lambda record: lines.append(record.getMessage())
    logger.setLevel(logging.INFO)
    report = LineProgress("index", "chunks", logger=logger, clock=clock)
    report(0, 100)
    clock.now += 1  # the first tenth is fast (short question keys)...
    report(10, 100)
    clock.now += 10  # ...the second ten times slower (long passages)
    report(20, 100)
    assert lines[-1].endswith("about 1 min 20 s left")  # 80 left at 1 a second, not at the average pace


def test_durations_read_naturally():
    assert [duration(s) for s in (0, 45.4, 125, 3 * 3600 + 180)] == ["0 s", "45 s", "2 min 5 s", "3 h 3 min"]


def test_a_pipe_gets_lines_and_a_terminal_a_bar(tmp_path):
    with open(tmp_path / "log", "w") as file:
        assert isinstance(progress_reporter("x", stream=file), LineProgress)
    leader, follower = pty.openpty()
    with os.fdopen(follower, "w") as terminal:
        assert isinstance(progress_reporter("x", stream=terminal), BarProgress)
        assert isinstance(progress_reporter("x", stream=terminal, lines=True), LineProgress)
    os.close(leader)


def test_the_bar_is_drawn_on_a_terminal():
    script = ("import time\nfrom bot.progress import progress_reporter\nreport = progress_reporter('index', 'chunks')\n"
              "for done in range(0, 51, 5):\n    report(done, 50); time.sleep(0.05)\n")
    leader, follower = pty.openpty()
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=follower, stdout=follower,
                             stderr=follower, env={**os.environ, "TERM": "xterm", "COLUMNS": "100"})
    os.close(follower)
    output = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    child.wait(30)
    os.close(leader)
    text = output.decode("utf-8", "replace")
    assert "index" in text and "━" in text and "chunks" in text, text


@pytest.mark.slow  # a child process
def test_rafiq_index_on_a_pipe_logs_its_progress(tmp_path, mini_corpus_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAFIQ_")}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "index", str(mini_corpus_dir)], cwd=ROOT,
                         env={**env, "RAFIQ_DATA_DIR": str(tmp_path / "data"), "RAFIQ_EMBEDDER": "fake"},
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    progress = [line for line in out.stderr.splitlines() if "rafiq.progress" in line]
    assert len([line for line in progress if "% (" in line and "chunks/s" in line and "left" in line]) == 9, out.stderr
    assert "index: done," in progress[-1]
    assert "index built:" in out.stdout
