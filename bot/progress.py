"""Progress of a long step (embedding the guide, an evaluation) where the operator looks.

On a terminal: a bar (rich) that disappears when done. On a pipe or a log file: a log line at every tenth,
with the rate and the time left, e.g.::

    index: 30% (356/1184 chunks), 9.8 chunks/s, about 1 min 25 s left
    index: done, 1184 chunks in 2 min 1 s (9.8 chunks/s)

`progress_reporter(label)` returns the callback `(done, total)` that the retrieval package calls.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

log = logging.getLogger("rafiq.progress")
Progress = Callable[[int, int], None]


def duration(seconds: float) -> str:
    """`45 s`, `2 min 5 s`, `1 h 3 min`."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


class LineProgress:
    """Logs one line at each tenth of the way (and at the start and the end); safe from any thread."""

    def __init__(self, label: str, unit: str = "items", logger: logging.Logger = log,
                 clock: Callable[[], float] = time.monotonic, steps: int = 10) -> None:
        self.label, self.unit, self.logger, self.clock, self.steps = label, unit, logger, clock, steps
        self._lock = threading.Lock()
        self._start: tuple[float, int] | None = None
        self._last: tuple[float, int] = (0.0, 0)
        self._step = 0

    def __call__(self, done: int, total: int) -> None:
        """Report `done` of `total`."""
        with self._lock:
            now = self.clock()
            if self._start is None:
                self._start = self._last = (now, done)
                self.logger.info("%s: %d %s to do", self.label, total - done, self.unit,
                                 extra={"step": self.label, "done": done, "total": total})
            step = done * self.steps // total if total > 0 else self.steps
            if step <= self._step:
                return
            self._step = step
            elapsed = now - self._start[0]
            rate = (done - self._start[1]) / elapsed if elapsed > 0 else 0.0
            extra = {"step": self.label, "done": done, "total": total, "rate": round(rate, 2)}
            if done >= total:
                self.logger.info("%s: done, %d %s in %s (%.1f %s/s)", self.label, total, self.unit,
                                 duration(elapsed), rate, self.unit, extra=extra)
                return
            recent = (done - self._last[1]) / (now - self._last[0]) if now > self._last[0] else 0.0
            self._last = (now, done)
            left = (total - done) / (recent or rate) if (recent or rate) > 0 else None  # at the latest pace
            extra["seconds_left"] = round(left) if left is not None else None
            self.logger.info("%s: %d%% (%d/%d %s), %.1f %s/s, %s left", self.label, 100 * done // total, done,
                             total, self.unit, rate, self.unit,
                             f"about {duration(left)}" if left is not None else "time", extra=extra)


class BarProgress:
    """A rich progress bar on stderr, shown from the first report and removed at the end."""

    def __init__(self, label: str, unit: str = "items") -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                             unit, TimeRemainingColumn(), transient=True, console=Console(stderr=True))
        self._label = label
        self._task = None
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int) -> None:
        """Report `done` of `total`."""
        with self._lock:
            if self._task is None:
                self._bar.start()
                self._task = self._bar.add_task(self._label, total=total, completed=done)
            self._bar.update(self._task, completed=done, total=total)
            if done >= total:
                self._bar.stop()


def is_terminal(stream: TextIO) -> bool:
    """True when `stream` is an interactive terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_reporter(label: str, unit: str = "items", stream: TextIO | None = None,
                      lines: bool = False) -> Progress:
    """A bar when `stream` (stderr) is a terminal, log lines otherwise or when `lines` is set."""
    if not lines and is_terminal(stream or sys.stderr):
        return BarProgress(label, unit)
    return LineProgress(label, unit)
