"""Tests that run `rafiq` in this process (`bot.cli.main` sets up logging) put pytest's logging back after."""
from __future__ import annotations

import logging
from contextlib import contextmanager

NAMES = ("rafiq", "bot", "retrieval", "corpus", "moderation", "rafiq.progress", "py.warnings", "uvicorn.error")


@contextmanager
def kept_logging():
    """Restore the root handlers and level, the levels and filters of Rafiq's loggers, and warnings capture."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    loggers = {name: (logging.getLogger(name).level, list(logging.getLogger(name).filters)) for name in NAMES}
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, (old_level, filters) in loggers.items():
            logger = logging.getLogger(name)
            logger.setLevel(old_level)
            logger.filters[:] = filters
        logging.captureWarnings(False)
